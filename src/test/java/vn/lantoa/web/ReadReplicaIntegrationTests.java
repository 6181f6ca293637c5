package vn.lantoa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.LanToaApplication;
import vn.lantoa.TestDatabases;
import vn.lantoa.web.ConnectionLog.Use;

/**
 * The dashboards read the replica, everything else the primary, with the default {@code lantoa.replica.paths}. The
 * "replica" is the test database itself, reached through a user that can only read: on PostgreSQL a role with SELECT
 * grants only and {@code default_transaction_read_only = on}, as on a hot standby (the role is the server's, kept
 * from run to run; its grants live in the run's database); on H2, which cannot replicate either but has users and
 * rights, a second user of the same in-memory database with SELECT on its schema. So the test runs on both: a write
 * routed to the replica fails on both, and {@link ConnectionLog} asks the database which user each connection is.
 * The dashboard page, its XLSX and its API answer with the figures of an activity just recorded on the primary, and
 * every read they run once marked (the change counter their caches are filed under among them) runs as the replica's
 * user; signing in, recording, the activity list, a campaign's page and the page sessions ({@code
 * lantoa.sessions=jdbc}) run as the primary's; a probe inside a dashboard request shows that a writing transaction
 * there still reaches the primary.
 */
class ReadReplicaIntegrationTests {

	private static final String REPLICA = "lantoa_replica_ro";
	private static final String REPLICA_PASSWORD = "replica-Pass-2026";

	private static final ConnectionLog log = new ConnectionLog();
	private static TestDatabases.Fresh database;
	private static ConfigurableApplicationContext app;
	private static String primaryUser;
	private static String replicaUser;

	@BeforeAll
	static void start() throws Exception {
		database = TestDatabases.freshDatabase("replica");
		boolean h2 = database.url().startsWith("jdbc:h2:");
		try (Connection admin = DriverManager.getConnection(database.url(), database.username(), "");
				Statement sql = admin.createStatement()) {
			if (h2) {
				sql.execute("create user " + REPLICA + " password '" + REPLICA_PASSWORD + "'");
				sql.execute("grant select on schema public to " + REPLICA);
			} else {
				sql.execute("do $$ begin create role " + REPLICA + "; exception when duplicate_object then null; end $$");
				sql.execute("alter role " + REPLICA + " login password '" + REPLICA_PASSWORD + "'");
				sql.execute("alter role " + REPLICA + " set default_transaction_read_only = on");
				sql.execute("alter default privileges in schema public grant select on tables to " + REPLICA);
			}
		}
		app = new SpringApplicationBuilder(LanToaApplication.class).initializers(context -> {
			context.getBeanFactory().addBeanPostProcessor(log);
			((GenericApplicationContext) context).registerBean("replicaProbe", WebMvcConfigurer.class,
					() -> new ReplicaProbe(context));
		}).run(database.arguments("--server.port=0", "--lantoa.sessions=jdbc", "--lantoa.demo=true",
				"--lantoa.demo-history=false", "--lantoa.demo-password=" + TestDatabases.DEMO_PASSWORD,
				"--lantoa.data-dir=target/replica-" + UUID.randomUUID(), "--lantoa.reminders.enabled=false",
				"--logging.level.root=warn", "--lantoa.replica.url=" + replicaUrl(),
				"--lantoa.replica.username=" + REPLICA, "--lantoa.replica.password=" + REPLICA_PASSWORD));
		primaryUser = user(database.url(), database.username(), "");
		replicaUser = user(replicaUrl(), REPLICA, REPLICA_PASSWORD);
		assertThat(replicaUser).isNotEqualTo(primaryUser);
		execute("create table replica_probe (note varchar(100))");
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void dashboardsReadTheReplicaWithTheFiguresJustRecordedOnThePrimary() throws Exception {
		long campaign = number("select min(id) from campaign");
		long unit = number("select id from org_unit where code = 'DB-DUCXUAN'");
		long theme = number("select min(id) from campaign_theme where campaign_id = " + campaign);
		long channel = number("select min(id) from campaign_channel where campaign_id = " + campaign);
		String themeTitle = text("select title from campaign_theme where id = " + theme);
		String channelTitle = text("select title from campaign_channel where id = " + channel);
		String startsOn = text("select cast(starts_on as varchar(10)) from campaign where id = " + campaign);

		SignedInUser reporter = browser();
		int from = log.size();
		reporter.signIn("ducxuan");
		assertOnPrimary(log.since(from, "POST /login"));
		HttpResponse<String> recorded = reporter.postJson("/api/v1/activities", """
				{"campaignId":%d,"unitId":%d,"themeIds":[%d],"channelId":%d,"startDate":"%s",
				 "title":"Nói chuyện chuyên đề qua bản sao"}""".formatted(campaign, unit, theme, channel, startsOn));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		List<Use> recording = log.since(from, "POST /api/v1/activities");
		assertOnPrimary(recording);
		assertThat(recording).anyMatch(u -> u.sql() != null && u.sql().toLowerCase().startsWith("insert into"));

		String query = "?unitId=" + unit;
		from = log.size();
		HttpResponse<String> api = reporter.get("/api/v1/campaigns/" + campaign + "/dashboard" + query);
		assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
		String cell = "$.coverage[?(@.themeId == %d && @.channelId == %d)].activities";
		assertThat(JsonPath.<List<Integer>>read(api.body(), cell.formatted(theme, channel))).containsExactly(1);
		assertThat(JsonPath.<List<Integer>>read(api.body(), cell.formatted(0, channel))).containsExactly(1);
		List<Use> apiUses = log.since(from, "GET /api/v1/campaigns/" + campaign + "/dashboard");
		assertOnReplica(apiUses);
		assertThat(apiUses).as("the roll-ups read afresh after the recording")
			.anyMatch(u -> u.sql() != null && u.sql().contains("from rollup_activity") && u.user().equals(replicaUser));

		from = log.size();
		HttpResponse<String> page = reporter.get("/campaigns/" + campaign + "/dashboard" + query);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsPattern("data-theme=\"" + theme + "\" data-channel=\"" + channel
				+ "\">\\s*<a [^>]+>\\s*<span>1</span>");
		List<Use> pageUses = log.since(from, "GET /campaigns/" + campaign + "/dashboard");
		assertOnReplica(pageUses);
		assertThat(pageUses).as("the page session, read before the page is marked")
			.anyMatch(u -> !u.marked() && u.sql() != null && u.sql().toUpperCase().contains("SPRING_SESSION")
					&& u.user().equals(primaryUser));

		from = log.size();
		HttpResponse<byte[]> xlsx = reporter.download("/campaigns/" + campaign + "/dashboard.xlsx" + query);
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<List<String>> coverage = new java.util.ArrayList<>();
			book.getSheetAt(0).forEach(row -> {
				List<String> cells = new java.util.ArrayList<>();
				row.forEach(c -> cells.add(c.toString()));
				coverage.add(cells);
			});
			List<String> header = coverage.stream().filter(r -> r.stream().anyMatch(c -> c.startsWith(channelTitle + " – ")))
				.findFirst().orElseThrow();
			int column = java.util.stream.IntStream.range(0, header.size())
				.filter(i -> header.get(i).startsWith(channelTitle + " – ")).findFirst().orElseThrow();
			assertThat(coverage).filteredOn(r -> r.get(0).equals(themeTitle)).singleElement()
				.satisfies(r -> assertThat(r.get(column)).isEqualTo("1.0"));
		}
		assertOnReplica(log.since(from, "GET /campaigns/" + campaign + "/dashboard.xlsx"));

		from = log.size();
		HttpResponse<String> list = reporter.get("/activities");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Nói chuyện chuyên đề qua bản sao");
		assertThat(reporter.get("/campaigns/" + campaign).statusCode()).isEqualTo(200);
		assertOnPrimary(log.since(from, "GET /activities"));
		assertOnPrimary(log.since(from, "GET /campaigns/" + campaign));
	}

	@Test
	void aWritingTransactionInADashboardRequestReachesThePrimary() throws Exception {
		long campaign = number("select min(id) from campaign");
		SignedInUser reporter = browser();
		reporter.signIn("ducxuan");
		HttpResponse<String> probe = reporter.get("/api/v1/campaigns/" + campaign + "/dashboard?probe");
		assertThat(probe.statusCode()).as(probe.body()).isEqualTo(200);
		assertThat(probe.body()).as("outside a transaction, read-only, writing")
			.isEqualTo(String.join(",", replicaUser, replicaUser, primaryUser));
		assertThat(number("select count(*) from replica_probe")).isEqualTo(1);

		HttpResponse<String> elsewhere = reporter.get("/api/v1/me?probe");
		assertThat(elsewhere.body()).isEqualTo(String.join(",", primaryUser, primaryUser, primaryUser));
		assertThat(number("select count(*) from replica_probe")).isEqualTo(2);
	}

	@Test
	void theHealthEndpointChecksBothPools() throws Exception {
		HttpResponse<String> health = browser().get("/actuator/health");
		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(health.body(), "$.components.db.components.primaryDataSource.status"))
			.isEqualTo("UP");
		assertThat(JsonPath.<String>read(health.body(), "$.components.db.components.replicaDataSource.status"))
			.isEqualTo("UP");
	}

	private static SignedInUser browser() {
		return new SignedInUser(((WebServerApplicationContext) app).getWebServer().getPort());
	}

	private static void assertOnPrimary(List<Use> uses) {
		assertThat(uses).as("connections taken").isNotEmpty()
			.allSatisfy(u -> assertThat(u.user()).as(u.toString()).isEqualTo(primaryUser))
			.noneMatch(Use::marked);
	}

	/**
	 * The request's reads after the mark are on the replica, its figures (or the roll-ups' change counters it keeps
	 * them under) and the change counter they are filed under among them; the rest is on the primary: its security checks before the mark and, while it runs, the page
	 * session's writes (Spring Session saves it when the response is committed, in a transaction of its own).
	 */
	private static void assertOnReplica(List<Use> uses) {
		assertThat(uses).filteredOn(u -> u.marked() && !u.writing()).as("the page's reads").isNotEmpty()
			.allSatisfy(u -> assertThat(u.user()).as(u.toString()).isEqualTo(replicaUser))
			.anyMatch(u -> u.sql() != null && u.sql().contains("change_counter"))
			.anyMatch(u -> u.sql() != null && u.sql().contains("rollup_"));
		assertThat(uses).filteredOn(u -> u.marked() && u.writing()).as("writes while the page runs")
			.allSatisfy(u -> assertThat(u.user()).as(u.toString()).isEqualTo(primaryUser))
			.allSatisfy(u -> assertThat(u.sql() == null || u.sql().toUpperCase().contains("SPRING_SESSION"))
				.as(u.toString()).isTrue());
		assertThat(uses).filteredOn(u -> !u.marked())
			.allSatisfy(u -> assertThat(u.user()).as(u.toString()).isEqualTo(primaryUser));
	}

	/** The test database's URL, without the setting that keeps an in-memory H2 open (only its admin may give it). */
	private static String replicaUrl() {
		return database.url().replace(";DB_CLOSE_DELAY=-1", "");
	}

	private static String user(String url, String name, String password) throws Exception {
		try (Connection c = DriverManager.getConnection(url, name, password);
				Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("select current_user")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static void execute(String statement) throws Exception {
		try (Connection c = DriverManager.getConnection(database.url(), database.username(), "");
				Statement sql = c.createStatement()) {
			sql.execute(statement);
		}
	}

	private static long number(String query) throws Exception {
		return Long.parseLong(text(query));
	}

	private static String text(String query) throws Exception {
		try (Connection c = DriverManager.getConnection(database.url(), database.username(), "");
				Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
