package vn.lantoa.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lantoa.LanToaApplication;
import vn.lantoa.account.Account;
import vn.lantoa.account.Accounts;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityFigures;
import vn.lantoa.activity.ActivityFilter;
import vn.lantoa.activity.ActivityQueries;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.rollup.RollupLoad;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.VietnameseText;

/**
 * Activities at scale on PostgreSQL: recording through the service layer against a plain insert of the same row,
 * then the list and search pages over a million activities against a raw SQL aggregate over the same table.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.main=vn.lantoa.bench.ActivityLoadBenchmark} with a database
 * {@code lantoa_bench} (or the one named by {@code LANTOA_BENCH_DB}) on 127.0.0.1:5432 (see docs/PERFORMANCE.md). Arguments: records through the service, total
 * rows, rows imported through the XLSX import.
 */
public final class ActivityLoadBenchmark {

	private ActivityLoadBenchmark() {
	}

	public static void main(String[] arguments) {
		String[] args = String.join(" ", arguments).trim().split("[ ,]+");
		int recorded = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
		int total = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		int imported = args.length > 2 ? Integer.parseInt(args[2]) : 0;
		SpringApplication app = new SpringApplication(LanToaApplication.class);
		try (ConfigurableApplicationContext context = app.run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/"
						+ System.getenv().getOrDefault("LANTOA_BENCH_DB", "lantoa_bench"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--lantoa.demo=true", "--lantoa.demo-history=false",
				"--lantoa.demo-password=bench-Pass-2026", "--logging.level.root=warn",
				"--lantoa.data-dir=target/bench-data")) {
			new Run(context).all(recorded, total, imported);
		}
	}

	private static final class Run {

		private final ActivityRecording recording;
		private final ActivityQueries queries;
		private final JdbcClient jdbc;
		private final JdbcTemplate template;
		private final Actor reporter;
		private final Actor coordinator;
		private final long campaign;
		private final long theme;
		private final long channel;
		private final Random random = new Random(42);
		private final ConfigurableApplicationContext context;
		private final TransactionTemplate transactions;
		private final List<ActivityFigures> counted = new ArrayList<>();

		Run(ConfigurableApplicationContext context) {
			this.context = context;
			recording = context.getBean(ActivityRecording.class);
			queries = context.getBean(ActivityQueries.class);
			jdbc = context.getBean(JdbcClient.class);
			template = context.getBean(JdbcTemplate.class);
			transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			Accounts accounts = context.getBean(Accounts.class);
			reporter = actor(accounts.findByUsername("ducxuan").orElseThrow());
			coordinator = actor(accounts.findByUsername("tuyengiao").orElseThrow());
			campaign = jdbc.sql("select min(id) from campaign").query(Long.class).single();
			theme = jdbc.sql("select min(id) from campaign_theme where campaign_id = ?").param(campaign)
				.query(Long.class).single();
			channel = jdbc.sql("select id from campaign_channel where campaign_id = ? and position = 2").param(campaign)
				.query(Long.class).single();
		}

		static Actor actor(Account a) {
			return new Actor(a.getId(), a.getUsername(), a.getFullName(), a.getRole(), a.getUnitId(),
					a.getScopeUnitId(), true);
		}

		void all(int recorded, int total, int imported) {
			long existing = jdbc.sql("select count(*) from activity").query(Long.class).single();
			if (existing < recorded) {
				recordThroughTheService(recorded);
			}
			if (imported > 0) {
				importThroughXlsx(imported);
			}
			bulkLoad(total);
			template.execute("analyze");
			lists();
		}

		/**
		 * Recording one activity, four ways, in one run: (a) a plain insert of the activity row alone, in its own
		 * statement; (b) a plain insert of the activity as stored (its row, its theme row and its measure row) in one
		 * transaction; (c) the same plus the application's roll-up writes for it, in the same transaction; (d) the
		 * full {@link ActivityRecording#record} (checks, aggregate, audit, event, roll-ups). The plain rows and their
		 * roll-up counts are taken out again afterwards. The four run in turns of
		 * 100, so that a machine busy with other work slows them alike, and each is the median of its rounds.
		 */
		void recordThroughTheService(int count) {
			int warmUp = Math.min(300, count);
			for (int i = 0; i < warmUp; i++) {
				recording.record(reporter, details("Phát thanh khởi động " + i));
				plainRow("Bản ghi đối chứng khởi động " + i);
				plainActivity("Bản ghi đối chứng khởi động " + i, false);
				plainActivity("Bản ghi đối chứng khởi động " + i, true);
			}
			long publications = jdbc.sql("select count(*) from event_publication").query(Long.class).single();
			int rounds = (count + 99) / 100;
			double[][] perRound = new double[4][rounds];
			for (int r = 0; r < rounds; r++) {
				int from = r * 100;
				int to = Math.min(count, from + 100);
				perRound[0][r] = time(from, to, i -> plainRow("Bản ghi đối chứng " + i));
				perRound[1][r] = time(from, to, i -> plainActivity("Bản ghi đối chứng " + i, false));
				perRound[2][r] = time(from, to, i -> plainActivity("Bản ghi đối chứng " + i, true));
				perRound[3][r] = time(from, to, i -> recording.record(reporter, details("Phát thanh trên loa chuyên đề số " + i)));
			}
			long published = jdbc.sql("select count(*) from event_publication").query(Long.class).single() - publications;
			double row = medianOf(perRound[0]);
			double stored = medianOf(perRound[1]);
			double rolled = medianOf(perRound[2]);
			double service = medianOf(perRound[3]);
			for (ActivityFigures figures : counted) {
				transactions.executeWithoutResult(status -> RollupLoad.count(context, figures, -1));
			}
			counted.clear();
			String plain = "select id from activity where title like 'Bản ghi đối chứng %'";
			template.update("delete from activity_theme where activity_id in (" + plain + ")");
			template.update("delete from activity_measure where activity_id in (" + plain + ")");
			template.update("delete from activity where title like 'Bản ghi đối chứng %'");
			System.out.printf("record: %d activities each way, interleaved in rounds of 100 (after %d to warm up),"
					+ " ms per activity, median of the rounds:%n", count, warmUp);
			System.out.printf("  (a) plain insert of the activity row alone, autocommit        %7.3f%n", row);
			System.out.printf("  (b) plain insert of activity + theme + measure rows, one tx    %7.3f%n", stored);
			System.out.printf("  (c) (b) + the application's roll-up writes, same tx           %7.3f%n", rolled);
			System.out.printf("  (d) ActivityRecording.record (checks, aggregate, audit, roll-ups) %4.3f%n", service);
			System.out.printf("  ratios: (d)/(a) %.2f, (d)/(b) %.2f, (c)/(b) %.2f; event_publication rows written by (d): %d%n",
					service / row, service / stored, rolled / stored, published);
		}

		/** Imports {@code count} activities in files of 5,000 rows (the import's limit), against plain inserts. */
		void importThroughXlsx(int count) {
			long start = System.nanoTime();
			int done = 0;
			try {
				while (done < count) {
					done += vn.lantoa.activity.ImportLoad.importRows(context, reporter, campaign, "DB-DUCXUAN",
							Math.min(5_000, count - done), done);
				}
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			double perRow = (System.nanoTime() - start) / 1e6 / done;
			System.out.printf("xlsx import: %d activities in files of 5,000 rows, %.3f ms each%n", done, perRow);
		}

		ActivityDetails details(String title) {
			return new ActivityDetails(campaign, reporter.unitId(), List.of(theme), channel,
					LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)), null, title, "Tổ dân phố " + random.nextInt(40),
					"Phường Đức Xuân", Map.of("broadcasts", BigDecimal.valueOf(1 + random.nextInt(20))), List.of());
		}

		void plainRow(String title) {
			template.update("""
					insert into activity (campaign_id, unit_id, channel_id, starts_on, ends_on, title, search_text,
					  recorded_by, version, created_at, updated_at)
					values (?, ?, ?, date '2024-05-01', date '2024-05-01', ?, ?, 'bench', 0, now(), now())""",
					campaign, reporter.unitId(), channel, title, title.toLowerCase());
		}

		/** Milliseconds per item of the work on items {@code from} to {@code to}. */
		static double time(int from, int to, java.util.function.IntConsumer work) {
			long start = System.nanoTime();
			for (int i = from; i < to; i++) {
				work.accept(i);
			}
			return (System.nanoTime() - start) / 1e6 / (to - from);
		}

		static double medianOf(double[] values) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			return sorted[sorted.length / 2];
		}

		/** The activity as stored (the same search text as the service's), in one transaction; with {@code rollUp}, its roll-up writes as well. */
		void plainActivity(String title, boolean rollUp) {
			ActivityDetails d = details(title);
			BigDecimal amount = d.measures().get("broadcasts");
			transactions.executeWithoutResult(status -> {
				long id = template.queryForObject("""
						insert into activity (campaign_id, unit_id, channel_id, starts_on, ends_on, title, description,
						  place, search_text, recorded_by, version, created_at, updated_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 0, now(), now()) returning id""", Long.class,
						campaign, reporter.unitId(), channel, d.startsOn(), d.startsOn(), title, d.description(),
						d.place(), VietnameseText.fold(String.join(" ", title, d.description(), d.place())));
				template.update("insert into activity_theme (activity_id, theme_id) values (?, ?)", id, theme);
				template.update("insert into activity_measure (activity_id, measure_code, amount) values (?, ?, ?)", id,
						"broadcasts", amount);
				if (rollUp) {
					ActivityFigures figures = new ActivityFigures(campaign, reporter.unitId(), channel, d.startsOn(),
							List.of(theme), Map.of("broadcasts", amount));
					RollupLoad.count(context, figures, 1);
					counted.add(figures);
				}
			});
		}

		/** Fills the table to {@code total} rows spread over the city's units, fast, in set-based SQL. */
		void bulkLoad(int total) {
			long existing = jdbc.sql("select count(*) from activity").query(Long.class).single();
			if (existing >= total) {
				return;
			}
			long start = System.nanoTime();
			template.update("""
					insert into activity (campaign_id, unit_id, channel_id, starts_on, ends_on, title, description,
					  search_text, recorded_by, version, created_at, updated_at)
					select ?, u.id, ?, date '2023-07-01' + (g %% 900)::int, date '2023-07-01' + (g %% 900)::int,
					  'Hoạt động tuyên truyền số ' || g, 'Sinh hoạt chi bộ chuyên đề ' || (g %% 97),
					  'hoat dong tuyen truyen so ' || g || ' sinh hoat chi bo chuyen de ' || (g %% 97),
					  'bench', 0, now(), now()
					from generate_series(1, ?) g
					join (select id, row_number() over (order by id) - 1 as n from org_unit
					      where code like 'DB-%%' or code like 'CB-%%') u on u.n = g %% 11""".formatted(),
					campaign, channel, total - existing);
			template.update("""
					insert into activity_theme (activity_id, theme_id)
					select a.id, ? from activity a where not exists (select 1 from activity_theme x where x.activity_id = a.id)""",
					theme);
			System.out.printf("bulk: %d rows added in %.1f s%n", total - existing, (System.nanoTime() - start) / 1e9);
		}

		void lists() {
			long rows = jdbc.sql("select count(*) from activity").query(Long.class).single();
			double floor = median(() -> jdbc.sql("select count(*) from activity where deleted_at is null")
				.query(Long.class).single());
			System.out.printf("lists over %d activities; floor (raw count aggregate over the table): %.1f ms%n", rows,
					floor);
			page("first page, city scope, newest first", coordinator, filter(null, 0), floor);
			page("first page, a ward's reporter", reporter, filter(null, 0), floor);
			page("search 'sinh hoat chi bo chuyen de 42'", coordinator, filter("sinh hoat chi bo chuyen de 42", 0), floor);
			page("search, no match", coordinator, filter("khong co tu nay", 0), floor);
			page("page 400 (10,000 rows deep)", coordinator, filter(null, 400), floor);
		}

		static ActivityFilter filter(String q, int page) {
			return new ActivityFilter(null, null, null, null, null, null, q, false, ActivityFilter.Sort.NEWEST, page, 25);
		}

		void page(String name, Actor actor, ActivityFilter filter, double floor) {
			double ms = median(() -> queries.find(actor, filter));
			System.out.printf("  %-45s %8.1f ms  (%.2f of the floor)%n", name, ms, ms / floor);
		}

		static double median(Supplier<?> work) {
			for (int i = 0; i < 3; i++) {
				work.get();
			}
			double[] times = new double[15];
			for (int i = 0; i < times.length; i++) {
				long start = System.nanoTime();
				work.get();
				times[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(times);
			return times[times.length / 2];
		}
	}
}
