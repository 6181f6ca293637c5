package vn.lantoa.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.LanToaApplication;
import vn.lantoa.TestDatabases;
import vn.lantoa.account.Accounts;
import vn.lantoa.activity.EvidenceStore;
import vn.lantoa.report.ReportRegister;
import vn.lantoa.shared.Actor;

/**
 * The demo campaign's history, loaded by a fresh instance of the application on an empty database of the kind the
 * run is about (a database of its own on the PostgreSQL server, or an in-memory H2): activities over every quarter
 * with evidence, reports of every quarter but the last with late, missing and returned ones, and the city's
 * consolidated reports, all stamped at the moments of the story.
 */
class DemoHistoryIntegrationTests {

	private static ConfigurableApplicationContext app;
	private static JdbcClient jdbc;

	@BeforeAll
	static void loadTheDemoIntoAFreshDatabase() throws Exception {
		app = new SpringApplicationBuilder(LanToaApplication.class)
			.run(TestDatabases.freshDatabase("demo").arguments("--server.port=0", "--lantoa.demo=true",
					"--lantoa.demo-history=true", "--lantoa.demo-password=" + TestDatabases.DEMO_PASSWORD,
					"--lantoa.data-dir=target/demo-history-" + UUID.randomUUID(), "--logging.level.root=warn"));
		jdbc = app.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void activitiesCoverEveryQuarterUnevenlyWithEvidenceThatOpens() throws Exception {
		long activities = count("select count(*) from activity where deleted_at is null");
		assertThat(activities).isBetween(200L, 400L);
		// every quarter of the campaign has activities, recorded after they happened, not on the day of loading
		List<Map<String, Object>> quarters = jdbc.sql("""
				select extract(year from starts_on) y, floor((extract(month from starts_on) - 1) / 3) q, count(*) n
				from activity group by extract(year from starts_on), floor((extract(month from starts_on) - 1) / 3)""")
			.query().listOfRows();
		assertThat(quarters).hasSizeGreaterThanOrEqualTo(10);
		assertThat(count("select count(*) from activity where created_at > timestamp '2026-01-15 00:00:00'"))
			.as("recorded at the moment of the story").isZero();
		// a few busy units, some nearly idle: the dashboards' ranking has a top and a bottom
		List<Long> perUnit = jdbc.sql("select count(*) from activity group by unit_id order by count(*)")
			.query(Long.class).list();
		assertThat(perUnit.get(perUnit.size() - 1)).isGreaterThan(5 * perUnit.get(0));
		// themes × channels has both filled and empty cells
		long cells = count("""
				select count(*) from (select distinct t.theme_id, a.channel_id from activity a
				join activity_theme t on t.activity_id = a.id) c""");
		long themes = count("select count(*) from campaign_theme");
		long channels = count("select count(*) from campaign_channel");
		assertThat(cells).isGreaterThan(themes).isLessThan(themes * channels);

		Map<String, Object> photo = jdbc.sql("""
				select e.id, e.activity_id, a.unit_id from evidence e join activity a on a.id = e.activity_id
				order by e.id limit 1""").query().singleRow();
		assertThat(count("select count(*) from evidence")).isGreaterThanOrEqualTo(activities / 5);
		Actor board = actor("tuyengiao");
		try (InputStream in = app.getBean(EvidenceStore.class).open(board, ((Number) photo.get("activity_id"))
			.longValue(), ((Number) photo.get("id")).longValue()).content()) {
			byte[] png = in.readAllBytes();
			assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
		}
	}

	@Test
	void everyQuarterButTheLastHasReportsSomeLateSomeMissingOneReturned() {
		long campaign = count("select min(id) from campaign");
		ReportRegister register = app.getBean(ReportRegister.class);
		List<ReportRegister.Completeness> terms = register.completenessOverTime(actor("tuyengiao"), campaign, null);
		assertThat(terms).hasSize(10);
		ReportRegister.Completeness last = terms.get(terms.size() - 1);
		assertThat(last.periodKey()).isEqualTo("2025Q4");
		assertThat(last.submitted()).as("the last quarter is left for the newcomer").isZero();
		List<ReportRegister.Completeness> past = terms.subList(0, terms.size() - 1);
		int expected = past.stream().mapToInt(ReportRegister.Completeness::expected).sum();
		int submitted = past.stream().mapToInt(ReportRegister.Completeness::submitted).sum();
		int onTime = past.stream().mapToInt(ReportRegister.Completeness::onTime).sum();
		assertThat(submitted).isBetween(expected * 8 / 10, expected - 3);
		assertThat(onTime).isBetween(submitted * 7 / 10, submitted - 3);
		assertThat(past).allSatisfy(t -> assertThat(t.submitted()).isPositive());

		assertThat(count("select count(*) from report where status = 'RETURNED'")).isOne();
		assertThat(count("""
				select count(*) from report r where r.status = 'APPROVED'
				and exists (select 1 from report_event e where e.report_id = r.id and e.action = 'RETURN')""")).isOne();
		// a late report stays late: its first submission came after the deadline
		assertThat(count("""
				select count(*) from report where on_time = false
				and cast(first_submitted_at as date) <= deadline""")).isZero();
		assertThat(count("select count(*) from report where on_time = false")).isPositive();
	}

	@Test
	void theCityConsolidatedEveryPastQuarterAndTheProvinceApprovedAllButTheLast() {
		long city = count("select id from org_unit where code = 'THANHUY'");
		List<String> statuses = jdbc.sql("""
				select status from report where consolidated = true and unit_id = ? order by period_key""")
			.param(city).query(String.class).list();
		assertThat(statuses).hasSize(9);
		assertThat(statuses.subList(0, 8)).containsOnly("APPROVED");
		assertThat(statuses.get(8)).isEqualTo("SUBMITTED");
		// the consolidated figures were frozen at submission and count the units' activities
		long frozen = count("""
				select count(*) from report_figure f join report r on r.id = f.report_id
				where r.consolidated = true""");
		assertThat(frozen).isPositive();
	}

	@Test
	void aSecondStartAddsNothing() throws Exception {
		long activities = count("select count(*) from activity");
		long reports = count("select count(*) from report");
		app.getBean(DemoHistory.class).run(null);
		assertThat(count("select count(*) from activity")).isEqualTo(activities);
		assertThat(count("select count(*) from report")).isEqualTo(reports);
	}

	private static long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static Actor actor(String username) {
		return app.getBean(Accounts.class).findByUsername(username).map(a -> new Actor(a.getId(), a.getUsername(),
				a.getFullName(), a.getRole(), a.getUnitId(), a.getScopeUnitId(), true)).orElseThrow();
	}
}
