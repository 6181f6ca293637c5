package vn.lantoa.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.LanToaApplication;
import vn.lantoa.dashboard.Dashboard;
import vn.lantoa.dashboard.DashboardFigures;
import vn.lantoa.generate.NationalData;
import vn.lantoa.rollup.Rollups;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * The root dashboard of a province against a raw SQL aggregate of the same coverage figures over the activity table,
 * in the same run, on PostgreSQL. On an empty database {@code lantoa_bench_dash} it first generates a province
 * ({@link NationalData}: 500 units, 500,000 activities by default, prefix PV) and rebuilds its roll-ups; later runs
 * reuse it. Checks that the two agree on the root's totals, then times each (warm-up, then the median of the runs).
 * Run: {@code createdb -h 127.0.0.1 -U postgres -E UTF8 -T template0 lantoa_bench_dash} then
 * {@code mvn -Pbench test-compile exec:exec -Dbench.main=vn.lantoa.bench.DashboardBenchmark -Dbench="500 500000 9"}
 * (arguments: units, activities, timed runs, and {@code parts} to time the dashboard's parts too, among them the
 * report tally after one report changed). {@code -Dbench.db=lantoa_bench_scale -Dbench.prefix=VN} runs it on the
 * national database made by {@code lantoa.jar generate}. See docs/PERFORMANCE.md, "Dashboards".
 */
public final class DashboardBenchmark {

	/** The database, and the generated campaign's prefix: {@code -Dbench.db=lantoa_bench_scale -Dbench.prefix=VN}. */
	private static final String DATABASE = System.getProperty("bench.db", "lantoa_bench_dash");
	private static final String PREFIX = System.getProperty("bench.prefix", "PV");

	private DashboardBenchmark() {
	}

	public static void main(String[] arguments) {
		String[] args = String.join(" ", arguments).trim().split("[ ,]+");
		int units = args.length > 0 && !args[0].isEmpty() ? Integer.parseInt(args[0]) : 500;
		long activities = args.length > 1 ? Long.parseLong(args[1]) : 500_000;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
		boolean parts = args.length > 3 && args[3].equals("parts");
		SpringApplication app = new SpringApplication(LanToaApplication.class);
		try (ConfigurableApplicationContext context = app.run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--lantoa.demo=false",
				"--logging.level.root=warn", "--lantoa.data-dir=target/bench-data")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			long campaign = jdbc.sql("select coalesce(max(id), 0) from campaign where title like '%(" + PREFIX + ")'")
				.query(Long.class).single();
			if (campaign == 0) {
				long start = System.nanoTime();
				NationalData.Result result = context.getBean(NationalData.class).generate(new NationalData.Options(units,
						activities, PREFIX, 2025, "bench-Pass-2026", 42));
				System.out.printf("generated %s in %.1f s%n", result, (System.nanoTime() - start) / 1e9);
				campaign = result.campaignId();
				start = System.nanoTime();
				context.getBean(Rollups.class).rebuild(campaign);
				System.out.printf("roll-ups rebuilt in %.1f s%n", (System.nanoTime() - start) / 1e9);
			}
			long root = jdbc.sql("select owner_unit_id from campaign where id = ?").param(campaign).query(Long.class)
				.single();
			long live = jdbc.sql("select count(*) from activity where campaign_id = ? and deleted_at is null")
				.param(campaign).query(Long.class).single();
			long subtree = jdbc.sql("select count(*) from org_unit_tree where ancestor_id = ?").param(root)
				.query(Long.class).single();
			System.out.printf("campaign %d, root %d: %d units, %d live activities%n", campaign, root, subtree, live);
			new Run(context, jdbc, campaign, root, runs, parts).all();
		}
	}

	private record Run(ConfigurableApplicationContext context, JdbcClient jdbc, long campaign, long root, int runs,
			boolean parts) {

		void all() {
			Dashboard dashboard = context.getBean(Dashboard.class);
			Actor leader = new Actor(0, "bench", "bench", Role.LEADER, root, root, false);
			Map<String, Long> rolled = totals(dashboard.figures(leader, campaign, root, null));
			Map<String, Long> raw = raw(null);
			if (!rolled.equals(raw)) {
				throw new IllegalStateException("the dashboard and the raw aggregate differ:\n" + rolled + "\n" + raw);
			}
			System.out.printf("the root dashboard equals the raw aggregate: %d activities in %d cells%n",
					rolled.get("0|0"), rolled.size());
			double whole = median("root dashboard, whole campaign", () -> dashboard.figures(leader, campaign, root, null));
			double quarter = median("root dashboard, 2025Q1", () -> dashboard.figures(leader, campaign, root, "2025Q1"));
			var rollups = context.getBean(vn.lantoa.rollup.RollupQueries.class);
			var months = new vn.lantoa.rollup.MonthRange(java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2025, 12));
			double read = median("of which the roll-up reads (coverage and trend of the root)", () -> {
				rollups.coverage(campaign, root, months);
				return rollups.trend(campaign, root, months);
			});
			var tally = context.getBean(vn.lantoa.report.ReportTally.class);
			median("of which the report tally (per unit below, kept while the register's counter stands)",
					() -> tally.rows(leader, campaign, root));
			if (parts) {
				var directory = context.getBean(vn.lantoa.campaign.CampaignDirectory.class);
				var tree = context.getBean(vn.lantoa.org.OrgTree.class);
				var models = context.getBean(vn.lantoa.recognition.ModelQueries.class);
				median("part: assignments per status", () -> directory.statusCounts(leader, campaign, root));
				median("part: units below", () -> tree.children(root));
				median("part: models", () -> models.find(leader,
						new vn.lantoa.recognition.ModelQueries.Filter(root, campaign, null, null, null, null, 0, 5)));
				median("part: campaign", () -> directory.get(leader, campaign));
				// a report written in one grassroots unit bumps its path's report counters (as ReportDesk does in the
				// writing transaction): the next tally counts that unit's row below the root again, not every row
				long leaf = jdbc.sql("""
						select a.unit_id from assignment a where a.campaign_id = ? and not exists
						  (select 1 from org_unit c where c.parent_id = a.unit_id) order by a.unit_id limit 1""")
					.param(campaign).query(Long.class).single();
				median("part: report tally after a report changed in one grassroots unit", () -> {
					jdbc.sql("""
							insert into report_change (unit_id, changes) select ancestor_id, 1 from org_unit_tree
							where unit_id = ? order by ancestor_id
							on conflict (unit_id) do update set changes = report_change.changes + 1""")
						.param(leaf).update();
					return tally.rows(leader, campaign, root);
				});
				median("part: report tally after the register's counter moved (all counted again)", () -> {
					jdbc.sql("update change_counter set changes = changes + 1 where name = 'register'").update();
					return tally.rows(leader, campaign, root);
				});
			}
			double sql = median("raw SQL aggregate of the same coverage, whole campaign", () -> raw(null));
			double sqlQuarter = median("raw SQL aggregate, 2025Q1", () -> raw("2025Q1"));
			System.out.printf("ratio raw aggregate / dashboard: whole campaign %.1f, 2025Q1 %.1f; raw aggregate / "
					+ "roll-up reads: %.0f%n", sql / whole, sqlQuarter / quarter, sql / read);
		}

		/** Activities per theme × channel (theme 0: all themes), and per channel on every channel ("0|0"). */
		private static Map<String, Long> totals(DashboardFigures f) {
			Map<String, Long> totals = new TreeMap<>();
			f.coverage().forEach(r -> r.cells().forEach(c -> {
				if (c.activities() != 0) {
					totals.put(c.themeId() + "|" + c.channelId(), c.activities());
					totals.merge("0|0", r.themeId() == 0 ? c.activities() : 0, Long::sum);
				}
			}));
			return totals;
		}

		/** The same figures, and the measure sums, from the activity table of the root's subtree. */
		private Map<String, Long> raw(String quarter) {
			String window = quarter == null ? "" : " and a.starts_on between date '2025-01-01' and date '2025-03-31'";
			Map<String, Long> totals = new TreeMap<>();
			jdbc.sql("""
					select x.theme_id, a.channel_id, count(*) from activity a
					join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = ?
					join activity_theme x on x.activity_id = a.id
					where a.campaign_id = ? and a.deleted_at is null%s group by x.theme_id, a.channel_id""".formatted(window))
				.params(root, campaign).query(rs -> {
					totals.put(rs.getLong(1) + "|" + rs.getLong(2), rs.getLong(3));
				});
			jdbc.sql("""
					select a.channel_id, count(*) from activity a
					join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = ?
					where a.campaign_id = ? and a.deleted_at is null%s group by a.channel_id""".formatted(window))
				.params(root, campaign).query(rs -> {
					totals.put("0|" + rs.getLong(1), rs.getLong(2));
					totals.merge("0|0", rs.getLong(2), Long::sum);
				});
			jdbc.sql("""
					select a.channel_id, m.measure_code, sum(m.amount) from activity a
					join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = ?
					join activity_measure m on m.activity_id = a.id
					where a.campaign_id = ? and a.deleted_at is null%s group by a.channel_id, m.measure_code"""
				.formatted(window)).params(root, campaign).query(rs -> {
					rs.getBigDecimal(3);
				});
			return totals;
		}

		private double median(String what, Supplier<?> query) {
			for (int i = 0; i < 2; i++) {
				query.get();
			}
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				query.get();
				times.add((System.nanoTime() - start) / 1e6);
			}
			Collections.sort(times);
			double median = times.get(times.size() / 2);
			System.out.printf("%s, %d runs: median %.1f ms (min %.1f, max %.1f)%n", what, runs, median, times.get(0),
					times.get(times.size() - 1));
			return median;
		}
	}
}
