package vn.lantoa.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.LanToaApplication;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.org.UnitKind;
import vn.lantoa.report.Narrative;
import vn.lantoa.report.Report;
import vn.lantoa.report.ReportDesk;
import vn.lantoa.report.ReportExport;
import vn.lantoa.rollup.Rollups;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * Reports of a city at the size issue 5 names, on PostgreSQL: 50 reporting units, a monthly campaign of 12 periods
 * and 100,000 activities. Every unit's report of every month is opened, submitted (figures frozen) and approved through
 * {@link ReportDesk}; then, for each month, the city's consolidated report is opened as the coordinator sees it
 * (consolidation over the approved reports, the annex, the units missing, the previous period) and exported as DOCX,
 * PDF and XLSX. The floor, measured in the same run: the raw SQL aggregate of the month's activities of the city's
 * subtree by theme and channel, which is what consolidation replaces. Run:
 * {@code mvn -Pbench test-compile exec:exec -Dbench.main=vn.lantoa.bench.ReportLoadBenchmark} (it drops and creates
 * the database {@code lantoa_bench_report} on 127.0.0.1:5432; see docs/PERFORMANCE.md). Argument: activities.
 */
public final class ReportLoadBenchmark {

	private static final String DATABASE = "lantoa_bench_report";
	private static final int UNITS = 50;
	private static final int ROUNDS = 5;

	private ReportLoadBenchmark() {
	}

	public static void main(String[] arguments) throws Exception {
		String[] args = String.join(" ", arguments).trim().split("[ ,]+");
		int activities = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 100_000;
		try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
				Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + DATABASE + " with (force)");
			sql.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
		}
		SpringApplication app = new SpringApplication(LanToaApplication.class);
		try (ConfigurableApplicationContext context = app.run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--lantoa.demo=true",
				"--lantoa.demo-history=false", "--lantoa.demo-password=bench-Pass-2026", "--logging.level.root=warn",
				"--lantoa.data-dir=target/bench-report-data")) {
			new Run(context).all(activities);
		}
	}

	private static final class Run {

		private final JdbcClient jdbc;
		private final JdbcTemplate template;
		private final ReportDesk desk;
		private final ReportExport export;
		private final CampaignPlanning planning;
		private final UnitAdministration units;
		private final Rollups rollups;
		private final Random random = new Random(42);
		private final Actor admin;
		private final Actor board;
		private final long city;

		Run(ConfigurableApplicationContext context) {
			jdbc = context.getBean(JdbcClient.class);
			template = context.getBean(JdbcTemplate.class);
			desk = context.getBean(ReportDesk.class);
			export = context.getBean(ReportExport.class);
			planning = context.getBean(CampaignPlanning.class);
			units = context.getBean(UnitAdministration.class);
			rollups = context.getBean(Rollups.class);
			city = id("select id from org_unit where code = 'THANHUY'");
			long province = id("select id from org_unit where code = 'TINHUY'");
			long adminId = id("select id from account where username = 'admin'");
			long boardId = id("select id from account where username = 'tuyengiao'");
			admin = new Actor(adminId, "admin", "Quản trị", Role.ADMIN, province, province, true);
			board = new Actor(boardId, "tuyengiao", "Ban Tuyên giáo", Role.COORDINATOR,
					id("select id from org_unit where code = 'BTG-TU'"), city, true);
		}

		void all(int activityCount) {
			List<Long> reporting = reportingUnits();
			Campaign campaign = plan(reporting);
			long[] themes = ids("select id from campaign_theme where campaign_id = ? order by position", campaign.getId());
			long[] channels = ids("select id from campaign_channel where campaign_id = ? order by position",
					campaign.getId());
			long started = System.nanoTime();
			insertActivities(campaign.getId(), reporting, themes, channels, activityCount);
			rollups.rebuild(campaign.getId());
			template.execute("analyze");
			System.out.printf("%,d activities of %d units inserted in %.1f s%n", activityCount, reporting.size(),
					(System.nanoTime() - started) / 1e9);

			List<String> periods = months();
			List<Double> submissions = new ArrayList<>();
			for (String period : periods) {
				for (long unit : reporting) {
					long t = System.nanoTime();
					Report draft = desk.open(board, campaign.getId(), unit, period, false);
					Report sent = desk.submit(board, draft.getId(), draft.getVersion(), narrative());
					desk.approve(board, sent.getId(), sent.getVersion());
					submissions.add((System.nanoTime() - t) / 1e6);
				}
			}
			System.out.printf("%d unit reports opened, submitted and approved: median %.1f ms each%n",
					submissions.size(), median(submissions));

			List<Long> consolidated = new ArrayList<>();
			List<Double> opening = new ArrayList<>();
			for (String period : periods) {
				long t = System.nanoTime();
				consolidated.add(desk.open(admin, campaign.getId(), city, period, true).getId());
				opening.add((System.nanoTime() - t) / 1e6);
			}
			System.out.printf("consolidated reports created (first consolidation, narrative prefilled): median %.1f ms%n",
					median(opening));

			String floorSql = """
					select t.theme_id, a.channel_id, count(*), sum(m.amount)
					from activity a join org_unit_tree c on c.unit_id = a.unit_id and c.ancestor_id = ?
					join activity_theme t on t.activity_id = a.id
					left join activity_measure m on m.activity_id = a.id
					where a.campaign_id = ? and a.deleted_at is null and a.starts_on between ? and ?
					group by t.theme_id, a.channel_id""";
			String[] labels = { "raw SQL aggregate of a month (floor)", "consolidated report opened (view)",
					"DOCX export", "PDF export", "XLSX export" };
			List<List<Double>> samples = new ArrayList<>();
			for (int i = 0; i < labels.length; i++) {
				samples.add(new ArrayList<>());
			}
			for (int round = 0; round < ROUNDS + 1; round++) {
				for (int p = 0; p < periods.size(); p++) {
					LocalDate from = LocalDate.of(2025, p + 1, 1);
					LocalDate to = from.plusMonths(1).minusDays(1);
					long id = consolidated.get(p);
					List<Supplier<Object>> work = List.of(
							() -> template.queryForList(floorSql, city, campaign.getId(), from, to),
							() -> desk.view(admin, id), () -> export.export(admin, id, "docx"),
							() -> export.export(admin, id, "pdf"), () -> export.export(admin, id, "xlsx"));
					for (int w = 0; w < work.size(); w++) {
						long t = System.nanoTime();
						work.get(w).get();
						if (round > 0) {
							samples.get(w).add((System.nanoTime() - t) / 1e6);
						}
					}
				}
			}
			double floor = median(samples.get(0));
			System.out.printf("%n| operation, per month of the city (%d samples) | median ms | ratio to the floor |%n",
					samples.get(0).size());
			System.out.println("|---|---:|---:|");
			for (int i = 0; i < labels.length; i++) {
				double m = median(samples.get(i));
				System.out.printf("| %s | %.1f | %.2f |%n", labels[i], m, m / floor);
			}
		}

		/** The city's demo units below it, plus new wards until 50 report. */
		private List<Long> reportingUnits() {
			List<Long> below = new ArrayList<>(jdbc.sql("""
					select t.unit_id from org_unit_tree t where t.ancestor_id = ? and t.unit_id <> ?
					order by t.unit_id""").param(city).param(city).query(Long.class).list());
			for (int i = below.size(); i < UNITS; i++) {
				below.add(units.createUnchecked(city, "BENCH-" + i, "Chi bộ khu dân cư số " + i, UnitKind.PARTY_CELL)
					.getId());
			}
			return below.subList(0, UNITS);
		}

		private Campaign plan(List<Long> reporting) {
			return planning.create(board, new CampaignPlan(null, "Tuyên truyền năm 2025 (đo hiệu năng)",
					LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of("Đo hiệu năng báo cáo"), List.of(),
					new ReportSchedule(ReportSchedule.Frequency.MONTHLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 5),
					List.of(new CampaignPlan.ThemePlan("Xây dựng Đảng", ""),
							new CampaignPlan.ThemePlan("Học tập và làm theo Bác", ""),
							new CampaignPlan.ThemePlan("Bảo vệ nền tảng tư tưởng", ""),
							new CampaignPlan.ThemePlan("Đại hội đảng bộ các cấp", "")),
					List.of(new CampaignPlan.ChannelPlan("Trang thông tin điện tử", "", List.of(), List.of("news", "views")),
							new CampaignPlan.ChannelPlan("Loa truyền thanh", "", List.of(),
									List.of("broadcasts", "broadcast_minutes")),
							new CampaignPlan.ChannelPlan("Hội nghị, sinh hoạt chuyên đề", "", List.of(),
									List.of("conferences", "attendances")),
							new CampaignPlan.ChannelPlan("Tuyên truyền trực quan", "", List.of(),
									List.of("slogans", "banners"))),
					List.of(new CampaignPlan.AssignmentPlan("Các đơn vị", reporting, List.of("Báo cáo hằng tháng"),
							LocalDate.of(2025, 12, 31)))));
		}

		private void insertActivities(long campaign, List<Long> reporting, long[] themes, long[] channels, int count) {
			String[][] measures = { { "news", "views" }, { "broadcasts", "broadcast_minutes" },
					{ "conferences", "attendances" }, { "slogans", "banners" } };
			long next = id("select coalesce(max(id), 0) + 1 from activity");
			Timestamp now = Timestamp.from(Instant.now());
			List<Object[]> rows = new ArrayList<>();
			List<Object[]> themeRows = new ArrayList<>();
			List<Object[]> measureRows = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				long id = next + i;
				int c = random.nextInt(channels.length);
				LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
				rows.add(new Object[] { id, campaign, reporting.get(random.nextInt(reporting.size())), channels[c], day,
						day, "Hoạt động tuyên truyền " + i, "hoat dong tuyen truyen " + i, "bench", now, now });
				themeRows.add(new Object[] { id, themes[random.nextInt(themes.length)] });
				for (String code : measures[c]) {
					measureRows.add(new Object[] { id, code, 1 + random.nextInt(200) });
				}
				if (rows.size() == 5_000 || i == count - 1) {
					template.batchUpdate("""
							insert into activity (id, campaign_id, unit_id, channel_id, starts_on, ends_on, title,
							search_text, recorded_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
							rows);
					template.batchUpdate("insert into activity_theme (activity_id, theme_id) values (?, ?)", themeRows);
					template.batchUpdate("insert into activity_measure (activity_id, measure_code, amount) values (?, ?, ?)",
							measureRows);
					rows.clear();
					themeRows.clear();
					measureRows.clear();
				}
			}
			template.execute("select setval(pg_get_serial_sequence('activity', 'id'), (select max(id) from activity))");
		}

		private List<String> months() {
			List<String> keys = new ArrayList<>();
			for (int m = 1; m <= 12; m++) {
				keys.add(String.format("2025M%02d", m));
			}
			return keys;
		}

		private Narrative narrative() {
			return new Narrative("01-BC/CB", "Quán triệt đầy đủ.", "Số liệu tại phụ lục.", "Ưu điểm: kịp thời.",
					"Tiếp tục tuyên truyền.", "Không.", "Ban Tuyên giáo Thành ủy;\nLưu.", "T/M CHI BỘ", "BÍ THƯ",
					"Nguyễn Văn An");
		}

		private long id(String sql) {
			return jdbc.sql(sql).query(Long.class).single();
		}

		private long[] ids(String sql, long param) {
			return jdbc.sql(sql).param(param).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
		}

		private static double median(List<Double> values) {
			double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
		}
	}

}
