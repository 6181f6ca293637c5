package vn.lantoa.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.lantoa.LanToaApplication;
import vn.lantoa.SecondInstance;
import vn.lantoa.TestDatabases;

/**
 * PostgreSQL out of reach while a user records activities: a second instance of the application reaches its own
 * database through a TCP relay that the test cuts and restores. While it is cut, pages answer 503 with a Vietnamese
 * page and the API 503 in its one error shape (never 500); once restored, the instance serves again by itself; every
 * activity whose creation was acknowledged (201) is in the database afterwards, field by field. Only on PostgreSQL:
 * the H2 of the tests lives inside the test's own process, with no connection to cut.
 */
class DatabaseOutageIntegrationTests {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	/** With page sessions in memory (one node) and in the database (several nodes), where the session is lost too. */
	@ParameterizedTest
	@ValueSource(strings = { "memory", "jdbc" })
	void answers503WhileTheDatabaseIsDownRecoversAndLosesNoAcknowledgedWrite(String sessions) throws Exception {
		assumeFalse("h2".equals(System.getProperty("lantoa.test.db")), "a network cut needs a database server");
		SecondInstance db = SecondInstance.freshDatabase("outage");
		try (TcpRelay relay = new TcpRelay(5432);
				ConfigurableApplicationContext app = new SpringApplicationBuilder(LanToaApplication.class)
					.run(new SecondInstance(db.url().replace(":5432/", ":" + relay.port() + "/"), db.user())
						.args("target/outage-" + System.nanoTime(), "--server.port=0", "--lantoa.demo=true",
								"--lantoa.demo-password=" + TestDatabases.DEMO_PASSWORD,
								"--lantoa.sessions=" + sessions, "--spring.datasource.hikari.connection-timeout=2000",
								"--spring.datasource.hikari.validation-timeout=1000"))) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Http user = new Http(port).signIn("ducxuan", TestDatabases.DEMO_PASSWORD);
			String activity = activityJson(db);
			assertThat(user.get("/activities").statusCode()).isEqualTo(200);

			Map<Long, String> acknowledged = new ConcurrentHashMap<>();
			AtomicInteger refused = new AtomicInteger();
			AtomicInteger serverErrors = new AtomicInteger();
			AtomicBoolean stop = new AtomicBoolean();
			List<String> others = new java.util.concurrent.CopyOnWriteArrayList<>();
			Thread writer = new Thread(() -> {
				for (int i = 0; !stop.get(); i++) {
					String title = "Ghi khi mất kết nối " + i;
					try {
						HttpResponse<String> answer = user.postJson("/api/v1/activities", activity.replace("TITLE", title));
						if (answer.statusCode() == 201) {
							Matcher id = ID.matcher(answer.body());
							id.find();
							acknowledged.put(Long.parseLong(id.group(1)), title);
						} else if (answer.statusCode() == 503) {
							refused.incrementAndGet();
						} else {
							serverErrors.incrementAndGet();
							others.add(answer.statusCode() + " " + answer.body());
						}
					} catch (Exception e) {
						serverErrors.incrementAndGet();
						others.add(e.toString());
					}
				}
			}, "writer");
			writer.start();
			waitFor(() -> acknowledged.size() >= 10, 60);
			int beforeCut = acknowledged.size();

			relay.cut();
			waitFor(() -> refused.get() >= 3, 60);
			HttpResponse<String> page = user.get("/activities");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("Hệ thống đang tạm gián đoạn")
				.contains("Hệ thống tạm thời không kết nối được cơ sở dữ liệu").doesNotContain("Exception");
			assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
			HttpResponse<String> api = user.get("/api/v1/activities");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.body()).startsWith("{\"status\":503,\"error\":\"Service Unavailable\",\"message\":\"Hệ thống tạm")
				.endsWith("\"fieldErrors\":[]}");
			int whileCut = acknowledged.size();

			relay.restore();
			long restoredAt = System.nanoTime();
			waitFor(() -> acknowledged.size() >= whileCut + 10, 60);
			long recoveryMillis = (System.nanoTime() - restoredAt) / 1_000_000;
			stop.set(true);
			writer.join(60_000);
			assertThat(user.get("/activities").statusCode()).isEqualTo(200);

			assertThat(others).as("answers other than 201 and 503").isEmpty();
			try (Connection c = DriverManager.getConnection(db.url(), db.user(), "");
					PreparedStatement sql = c.prepareStatement(
							"select title, unit_id, starts_on, deleted_at from activity where id = ?")) {
				for (Map.Entry<Long, String> write : acknowledged.entrySet()) {
					sql.setLong(1, write.getKey());
					try (ResultSet rs = sql.executeQuery()) {
						assertThat(rs.next()).as("activity " + write.getKey()).isTrue();
						assertThat(rs.getString("title")).isEqualTo(write.getValue());
						assertThat(rs.getObject("deleted_at")).isNull();
					}
				}
			}
			System.out.printf("outage (sessions " + sessions + "): %d writes acknowledged (%d before the cut), "
					+ "%d answered 503 while cut, "
					+ "served again %d ms after the restore, 0 lost%n", acknowledged.size(), beforeCut, refused.get(),
					recoveryMillis);
		}
	}

	/** A valid new activity of the reporter's unit in the demo campaign, its title to fill in for TITLE. */
	private static String activityJson(SecondInstance db) throws Exception {
		try (Connection c = DriverManager.getConnection(db.url(), db.user(), "")) {
			long campaign = single(c, "select min(id) from campaign");
			long unit = single(c, "select id from org_unit where code = 'DB-DUCXUAN'");
			long theme = single(c, "select min(id) from campaign_theme where campaign_id = " + campaign);
			long channel = single(c, "select min(id) from campaign_channel where campaign_id = " + campaign);
			String start = text(c, "select cast(starts_on as varchar) from campaign where id = " + campaign);
			return """
					{"campaignId":%d,"unitId":%d,"themeIds":[%d],"channelId":%d,"startDate":"%s","title":"TITLE"}"""
				.formatted(campaign, unit, theme, channel, start);
		}
	}

	private static long single(Connection c, String sql) throws Exception {
		try (ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String text(Connection c, String sql) throws Exception {
		try (ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	static void waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("not within " + seconds + " s");
			}
			Thread.sleep(50);
		}
	}
}
