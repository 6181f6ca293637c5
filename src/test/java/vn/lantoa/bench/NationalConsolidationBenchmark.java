package vn.lantoa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.LanToaApplication;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.report.Narrative;
import vn.lantoa.report.Report;
import vn.lantoa.report.ReportDesk;
import vn.lantoa.report.ReportExport;
import vn.lantoa.report.ReportStatus;
import vn.lantoa.report.ReportTables;
import vn.lantoa.report.ReportView;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * A province's consolidated report at national size (issue 9), on a database made by
 * {@code java -jar lantoa.jar generate} (it neither drops nor creates one). It picks a province (the level-1 unit
 * whose subtree recorded the most activities in the generated quarterly campaign, or the unit code given) and the
 * quarter of 2025 with the most of its activities, then builds that quarter's reports bottom-up as the units would
 * through {@link ReportDesk}: from the deepest level up, every unit with an assignment opens its own report and
 * submits it (figures frozen), every unit with units below has its consolidated report opened and submitted by the
 * nearest coordinator at or above it (so a district's sums its communes' consolidated reports, and the province's its
 * districts'), and the nearest coordinator above approves each. Reports already there are taken as they stand and
 * carried on to approval, so it can run again on the same database. Then, over the rounds after a warm-up round, it
 * times opening the province's consolidated report as the report page does ({@code ReportDesk.view} and the page's
 * tables), warm, and again right after the register's counter moved (what a changed assignment or unit does; a report
 * written in the province's subtree moves its report counter, with the same effect: the part of the consolidation
 * kept while the counters stand still is read afresh), its DOCX, PDF and XLSX exports
 * and, in the same loop, the floor: the raw SQL aggregate of the quarter's activities of the province's subtree by
 * theme and channel with their measures, which is what consolidation replaces. Run (see docs/PERFORMANCE.md):
 *
 * <pre>
 * mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) vn.lantoa.bench.NationalConsolidationBenchmark \
 *   jdbc:postgresql://127.0.0.1:5432/lantoa_bench_scale [province code] [rounds]
 * </pre>
 *
 * or {@code mvn -Pbench test-compile exec:exec -Dbench.main=vn.lantoa.bench.NationalConsolidationBenchmark
 * -Dbench="jdbc:postgresql://127.0.0.1:5432/lantoa_bench_scale VN-T1 15"}. Arguments: the JDBC URL (user
 * {@code postgres}), then optionally the province's code and the number of timed rounds (default 15).
 */
public final class NationalConsolidationBenchmark {

	private static final int ROUNDS = 15;

	private NationalConsolidationBenchmark() {
	}

	public static void main(String[] arguments) throws Exception {
		String[] args = String.join(" ", arguments).trim().split("[ ,]+");
		if (args.length == 0 || !args[0].startsWith("jdbc:")) {
			throw new IllegalArgumentException("usage: NationalConsolidationBenchmark <jdbc url> [province code] [rounds]");
		}
		String code = null;
		int rounds = ROUNDS;
		for (int i = 1; i < args.length; i++) {
			if (args[i].matches("\\d+")) {
				rounds = Integer.parseInt(args[i]);
			} else {
				code = args[i];
			}
		}
		System.out.printf("load average: %s", Files.readString(Path.of("/proc/loadavg")));
		SpringApplication app = new SpringApplication(LanToaApplication.class);
		try (ConfigurableApplicationContext context = app.run("--server.port=0", "--spring.datasource.url=" + args[0],
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--lantoa.demo=false",
				"--logging.level.root=warn", "--lantoa.data-dir=target/bench-consol-data")) {
			new Run(context).all(code, rounds);
		}
	}

	/** A unit of the province's subtree. */
	private record Unit(long id, Long parentId, int depth) {
	}

	private static final class Run {

		private final JdbcClient jdbc;
		private final JdbcTemplate template;
		private final ReportDesk desk;
		private final ReportExport export;
		private final ReportTables tables;
		private final CampaignDirectory campaigns;
		/** The account working on each unit (its scope), as the actor it signs in as. */
		private final Map<Long, Actor> accounts = new HashMap<>();
		private final Map<Long, Unit> units = new HashMap<>();

		Run(ConfigurableApplicationContext context) {
			jdbc = context.getBean(JdbcClient.class);
			template = context.getBean(JdbcTemplate.class);
			desk = context.getBean(ReportDesk.class);
			export = context.getBean(ReportExport.class);
			tables = context.getBean(ReportTables.class);
			campaigns = context.getBean(CampaignDirectory.class);
		}

		void all(String code, int rounds) throws IOException {
			// the generated campaign: quarterly, 2025, owned by a root unit
			long campaignId = jdbc.sql("""
					select c.id from campaign c join org_unit u on u.id = c.owner_unit_id
					where c.report_frequency = 'QUARTERLY' and c.starts_on = date '2025-01-01' and u.parent_id is null
					order by c.id desc limit 1""").query(Long.class).single();
			long root = jdbc.sql("select owner_unit_id from campaign where id = ?").param(campaignId).query(Long.class)
				.single();
			long province = code != null
					? jdbc.sql("select id from org_unit where code = ? and parent_id = ?").params(code, root)
						.query(Long.class).single()
					: jdbc.sql("""
							select r.unit_id from rollup_activity r join org_unit u on u.id = r.unit_id
							where r.campaign_id = ? and u.parent_id = ? and r.theme_id = 0
							group by r.unit_id order by sum(r.activities) desc, r.unit_id limit 1""")
						.params(campaignId, root).query(Long.class).optional()
						// without roll-ups, from the activities themselves (slow at national size)
						.orElseGet(() -> jdbc.sql("""
								select t.ancestor_id from activity a join org_unit_tree t on t.unit_id = a.unit_id
								join org_unit u on u.id = t.ancestor_id
								where a.campaign_id = ? and u.parent_id = ? and a.deleted_at is null
								group by t.ancestor_id order by count(*) desc, t.ancestor_id limit 1""")
							.params(campaignId, root).query(Long.class).single());
			int quarter = jdbc.sql("""
					select (r.reporting_month % 100 + 2) / 3 from rollup_activity r
					where r.campaign_id = ? and r.unit_id = ? and r.theme_id = 0 and r.reporting_month / 100 = 2025
					group by (r.reporting_month % 100 + 2) / 3 order by sum(r.activities) desc, 1 limit 1""")
				.params(campaignId, province).query(Integer.class).optional().orElse(1);
			String period = "2025Q" + quarter;
			String provinceName = jdbc.sql("select code || ' ' || name from org_unit where id = ?").param(province)
				.query(String.class).single();

			readAccounts(root, province);
			Actor national = accounts.get(root);
			Campaign campaign = campaigns.get(national, campaignId);
			ReportSchedule.Period term = campaigns.periods(campaign).stream().filter(p -> p.key().equals(period))
				.findFirst().orElseThrow();
			readUnits(root, province);
			long activities = jdbc.sql("""
					select count(*) from activity a join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = ?
					where a.campaign_id = ? and a.deleted_at is null and a.starts_on between ? and ?""")
				.params(province, campaignId, term.windowStart(), term.windowEnd()).query(Long.class).single();
			System.out.printf("province %s: %d units, %,d activities in %s (%s to %s)%n", provinceName, units.size(),
					activities, period, term.windowStart(), term.windowEnd());

			long provinceReport = buildReports(campaign, period, province);
			Actor coordinator = writerOf(province, true);

			// the figures consolidated must be the activities counted
			ReportView shown = desk.view(coordinator, provinceReport);
			System.out.printf("check: the consolidated report counts %,d activities, the activities table %,d; "
					+ "%d reports summed, %d units in the annex%n", shown.figures().activities(), activities,
					shown.consolidation().reportIds().size(), shown.consolidation().units().size());

			String floorSql = """
					select t.theme_id, a.channel_id, count(*), sum(m.amount)
					from activity a join org_unit_tree c on c.unit_id = a.unit_id and c.ancestor_id = ?
					join activity_theme t on t.activity_id = a.id
					left join activity_measure m on m.activity_id = a.id
					where a.campaign_id = ? and a.deleted_at is null and a.starts_on between ? and ?
					group by t.theme_id, a.channel_id""";
			Locale vi = Locale.forLanguageTag("vi");
			String[] labels = { "raw SQL aggregate of the quarter of the province (floor)",
					"consolidated report opened as the page does (view, tables, annex)",
					"the same right after a change in the register (nothing kept)", "DOCX export", "PDF export",
					"XLSX export" };
			Supplier<Object> page = () -> {
				ReportView view = desk.view(coordinator, provinceReport);
				return List.of(tables.figures(view, vi), tables.themes(view), tables.annex(view, vi));
			};
			List<Supplier<Object>> work = List.of(
					() -> template.queryForList(floorSql, province, campaignId, term.windowStart(), term.windowEnd()),
					page, page, () -> export.export(coordinator, provinceReport, "docx"),
					() -> export.export(coordinator, provinceReport, "pdf"),
					() -> export.export(coordinator, provinceReport, "xlsx"));
			List<List<Double>> samples = new ArrayList<>();
			for (int i = 0; i < labels.length; i++) {
				samples.add(new ArrayList<>());
			}
			for (int round = 0; round < rounds + 1; round++) {
				for (int w = 0; w < work.size(); w++) {
					if (w == 2) {
						// what any report, assignment or unit change anywhere does: what was kept is read afresh
						template.update("update change_counter set changes = changes + 1 where name = 'register'");
					}
					long t = System.nanoTime();
					work.get(w).get();
					if (round > 0) {
						samples.get(w).add((System.nanoTime() - t) / 1e6);
					}
				}
			}
			System.out.printf("load average: %s", Files.readString(Path.of("/proc/loadavg")));
			double floor = median(samples.get(0));
			double consolidation = median(samples.get(1));
			System.out.printf("%n| operation, the province's %s (%d samples after a warm-up round) | median ms | min ms "
					+ "| max ms | floor ÷ operation |%n", period, samples.get(0).size());
			System.out.println("|---|---:|---:|---:|---:|");
			for (int i = 0; i < labels.length; i++) {
				List<Double> s = samples.get(i);
				double m = median(s);
				System.out.printf("| %s | %.1f | %.1f | %.1f | %.2f |%n", labels[i], m, s.stream().min(Double::compare)
					.orElseThrow(), s.stream().max(Double::compare).orElseThrow(), floor / m);
			}
			System.out.printf("%ntarget (median under 200 ms and at least 20 times faster than the floor): %.1f ms, "
					+ "%.1f× → %s%n", consolidation, floor / consolidation,
					consolidation < 200 && floor / consolidation >= 20 ? "met" : "NOT met");
		}

		/** Every account whose scope is the root or a unit of the province's subtree. */
		private void readAccounts(long root, long province) {
			jdbc.sql("""
					select a.id, a.username, a.full_name, a.role, a.unit_id, a.scope_unit_id from account a
					where a.active and a.role in ('COORDINATOR', 'REPORTER')
					  and (a.scope_unit_id = :root
					       or a.scope_unit_id in (select unit_id from org_unit_tree where ancestor_id = :province))
					order by a.id desc""").param("root", root).param("province", province)
				.query((rs, n) -> accounts.put(rs.getLong(6), new Actor(rs.getLong(1), rs.getString(2),
						rs.getString(3), Role.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6), true)))
				.list();
			if (accounts.get(root) == null || accounts.get(root).role() != Role.COORDINATOR) {
				// the national coordinator wins over any reporter that the root's scope may also have
				accounts.put(root, jdbc.sql("""
						select id, username, full_name, unit_id from account
						where scope_unit_id = ? and role = 'COORDINATOR' and active order by id limit 1""").param(root)
					.query((rs, n) -> new Actor(rs.getLong(1), rs.getString(2), rs.getString(3), Role.COORDINATOR,
							rs.getLong(4), root, true))
					.single());
			}
		}

		/** The province's subtree, and the root above it, where the national coordinator works. */
		private void readUnits(long root, long province) {
			jdbc.sql("""
					select u.id, u.parent_id, t.depth from org_unit_tree t join org_unit u on u.id = t.unit_id
					where t.ancestor_id = ?""").param(province)
				.query((rs, n) -> units.put(rs.getLong(1), new Unit(rs.getLong(1), rs.getLong(2), rs.getInt(3))))
				.list();
			units.put(root, new Unit(root, null, -1));
		}

		/**
		 * Opens, submits and approves every report of the quarter in the province, deepest units first; returns the
		 * province's consolidated report.
		 */
		private long buildReports(Campaign campaign, String period, long province) {
			Set<Long> assigned = new HashSet<>(jdbc.sql("""
					select distinct a.unit_id from assignment a
					join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = ?
					where a.campaign_id = ?""").params(province, campaign.getId()).query(Long.class).list());
			Set<Long> parents = new HashSet<>();
			List<Unit> order = new ArrayList<>();
			for (Unit u : units.values()) {
				if (u.depth() >= 0) {
					order.add(u);
					if (u.depth() > 0) {
						parents.add(u.parentId());
					}
				}
			}
			order.sort(Comparator.comparingInt(Unit::depth).reversed().thenComparingLong(Unit::id));
			List<Double> own = new ArrayList<>();
			List<Double> consolidated = new ArrayList<>();
			int[] reused = new int[1];
			long provinceReport = -1;
			long started = System.nanoTime();
			for (Unit u : order) {
				if (assigned.contains(u.id())) {
					own.add(report(campaign, period, u, false, reused)[1]);
				}
				if (parents.contains(u.id())) {
					double[] made = report(campaign, period, u, true, reused);
					consolidated.add(made[1]);
					if (u.id() == province) {
						provinceReport = (long) made[0];
					}
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			int count = own.size() + consolidated.size();
			System.out.printf("setting up: %d own and %d consolidated reports (%d already approved) in %.1f s, "
					+ "%.1f reports/s; own median %.1f ms, consolidated median %.1f ms%n", own.size(),
					consolidated.size(), reused[0], seconds, count / seconds, median(own), median(consolidated));
			return provinceReport;
		}

		/** The unit's report taken to approval: its id, and the milliseconds it took. */
		private double[] report(Campaign campaign, String period, Unit unit, boolean consolidated, int[] reused) {
			long t = System.nanoTime();
			Actor writer = writerOf(unit.id(), consolidated);
			Actor reviewer = reviewerOf(unit.id());
			Report report = desk.open(writer, campaign.getId(), unit.id(), period, consolidated);
			if (report.getStatus() == ReportStatus.APPROVED) {
				reused[0]++;
			}
			if (report.getStatus() == ReportStatus.DRAFT || report.getStatus() == ReportStatus.RETURNED) {
				report = desk.submit(writer, report.getId(), report.getVersion(), consolidated ? summary() : narrative());
			}
			if (report.getStatus() == ReportStatus.SUBMITTED) {
				report = desk.approve(reviewer, report.getId(), report.getVersion());
			}
			return new double[] { report.getId(), (System.nanoTime() - t) / 1e6 };
		}

		/**
		 * The unit's own account when it may write the report (a consolidated one takes a coordinator), else the
		 * nearest coordinator above.
		 */
		private Actor writerOf(long unitId, boolean consolidated) {
			Actor own = accounts.get(unitId);
			return own != null && (!consolidated || own.role() == Role.COORDINATOR) ? own : coordinatorAbove(unitId);
		}

		private Actor reviewerOf(long unitId) {
			return coordinatorAbove(unitId);
		}

		private Actor coordinatorAbove(long unitId) {
			for (Long up = units.get(unitId).parentId(); up != null; up = units.containsKey(up) ? units.get(up)
				.parentId() : null) {
				Actor a = accounts.get(up);
				if (a != null && a.role() == Role.COORDINATOR) {
					return a;
				}
			}
			throw new IllegalStateException("no coordinator above unit " + unitId);
		}

		private Narrative narrative() {
			return new Narrative("01-BC/CB", "Quán triệt đầy đủ.", "Số liệu tại phụ lục.", "Ưu điểm: kịp thời.",
					"Tiếp tục tuyên truyền.", "Không.", "Cấp ủy cấp trên;\nLưu.", "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An");
		}

		/** What a coordinator writes over the consolidated figures instead of the units' prefilled paragraphs. */
		private Narrative summary() {
			return new Narrative("05-BC/TU", "Các cấp ủy quán triệt, triển khai kịp thời.", "Số liệu tổng hợp tại phụ lục.",
					"Cơ bản hoàn thành kế hoạch.", "Tiếp tục tuyên truyền các ngày lễ lớn.", "Không.",
					"Ban Tuyên giáo Trung ương;\nLưu.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Thị Bình");
		}

		private static double median(List<Double> values) {
			double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
		}
	}

}
