package vn.lantoa.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.lantoa.SecondInstance;
import vn.lantoa.SheetTemplates;
import vn.lantoa.TestDatabases;

/**
 * The application killed (SIGKILL, no shutdown hook runs) in the middle of an XLSX activity import and of a report
 * submission, while its transaction has written and not committed: afterwards the database holds every row of the
 * import or none, and the report is either submitted with its frozen figures or still a draft without them; the
 * restarted application works on. The application runs in a child JVM on a database of its own; PostgreSQL's view of
 * its sessions ({@code pg_stat_activity}) tells when the transaction is under way, and a table lock held by the test
 * stops the submission between its two writes. Only on PostgreSQL: the H2 file database of a child process cannot
 * be watched from outside while it runs.
 */
class KilledIntegrationTests {

	private static final int ROWS = 2_000;

	@Test
	void killedDuringAnImportAndASubmissionLeavesNoHalfState() throws Exception {
		assumeFalse("h2".equals(System.getProperty("lantoa.test.db")), "watching the transaction needs PostgreSQL");
		SecondInstance db = SecondInstance.freshDatabase("killed");
		String name = db.url().substring(db.url().lastIndexOf('/') + 1);
		Path dataDir = Path.of("target", "killed-" + System.nanoTime());

		// 1. an import of 2,000 rows, killed while its transaction is writing
		Child app = Child.start(db, dataDir);
		long campaign;
		CompletableFuture<HttpResponse<String>> answer;
		try {
			Http user = new Http(app.port).signIn("ducxuan", TestDatabases.DEMO_PASSWORD);
			campaign = sql(db, "select min(id) from campaign");
			byte[] sheet = fill(user.download("/campaigns/" + campaign + "/activities-template.xlsx").body(),
					sqlText(db, "select cast(starts_on as varchar) from campaign where id = " + campaign));
			answer = user.postFile("/activities/import",
					Map.of("campaignId", String.valueOf(campaign), "_csrf", user.csrf("/activities/import")), "file",
					"hoat-dong.xlsx", sheet);
			CompletableFuture<HttpResponse<String>> sent = answer;
			DatabaseOutageIntegrationTests.waitFor(() -> {
				if (sent.isDone()) {
					throw new AssertionError("the import answered before it was killed: " + sent.join().statusCode());
				}
				return writing(db, name);
			}, 120);
			Thread.sleep(500);
		} finally {
			app.kill();
		}
		assertThat(answer.isDone() && !answer.isCompletedExceptionally()).as("killed before the import answered")
			.isFalse();
		assertThat(sql(db, "select count(*) from activity where title like 'Nhập rồi bị ngắt %'")).isZero();
		assertThat(sql(db, "select count(*) from activity_theme t join activity a on a.id = t.activity_id "
				+ "where a.title like 'Nhập rồi bị ngắt %'")).isZero();

		// 2. the restarted application imports the same file whole, then a submission is killed between its writes
		app = Child.start(db, dataDir);
		long report;
		try {
			Http user = new Http(app.port).signIn("ducxuan", TestDatabases.DEMO_PASSWORD);
			byte[] sheet = fill(user.download("/campaigns/" + campaign + "/activities-template.xlsx").body(),
					sqlText(db, "select cast(starts_on as varchar) from campaign where id = " + campaign));
			HttpResponse<String> imported = user.postFile("/activities/import",
					Map.of("campaignId", String.valueOf(campaign), "_csrf", user.csrf("/activities/import")), "file",
					"hoat-dong.xlsx", sheet).get(180, TimeUnit.SECONDS);
			assertThat(imported.statusCode()).isEqualTo(302);
			assertThat(sql(db, "select count(*) from activity where title like 'Nhập rồi bị ngắt %'")).isEqualTo(ROWS);

			// the quarter of the imported activities (the campaign's first four weeks)
			LocalDate start = LocalDate.parse(sqlText(db, "select cast(starts_on as varchar) from campaign where id = "
					+ campaign));
			String period = start.getYear() + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
			long unit = sql(db, "select id from org_unit where code = 'DB-DUCXUAN'");
			HttpResponse<String> opened = user.postJson("/api/v1/reports",
					"{\"campaignId\":%d,\"unitId\":%d,\"period\":\"%s\"}".formatted(campaign, unit, period));
			assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
			report = sql(db, "select max(id) from report");
			try (Connection lock = DriverManager.getConnection(db.url(), db.user(), "")) {
				lock.setAutoCommit(false);
				lock.createStatement().execute("lock table report_figure in share mode");
				answer = user.postJsonAsync("/api/v1/reports/" + report + "/submit", "{\"version\":0}");
				DatabaseOutageIntegrationTests.waitFor(() -> waitingForLock(db, name), 60);
				assertThat(answer.isDone()).isFalse();
				app.kill();
				lock.rollback();
			}
		} finally {
			app.kill();
		}
		assertThat(sqlText(db, "select status from report where id = " + report)).isEqualTo("DRAFT");
		assertThat(sql(db, "select count(*) from report_figure where report_id = " + report)).isZero();
		assertThat(sql(db, "select count(*) from report_event where report_id = " + report + " and action = 'SUBMIT'"))
			.isZero();

		// 3. restarted once more, the same submission goes through whole
		app = Child.start(db, dataDir);
		try {
			Http user = new Http(app.port).signIn("ducxuan", TestDatabases.DEMO_PASSWORD);
			HttpResponse<String> submitted = user.postJson("/api/v1/reports/" + report + "/submit", "{\"version\":0}");
			assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
			assertThat(sqlText(db, "select status from report where id = " + report)).isEqualTo("SUBMITTED");
			assertThat(sql(db, "select count(*) from report_figure where report_id = " + report)).isPositive();
			System.out.printf("killed: import of %d rows killed mid-transaction, 0 rows left; submission killed between "
					+ "its writes, still a draft with 0 figures; then imported whole and submitted with %d figures%n",
					ROWS, sql(db, "select count(*) from report_figure where report_id = " + report));
		} finally {
			app.kill();
		}
	}

	/** The template of the campaign with {@link #ROWS} broadcasts of the reporter's commune. */
	private static byte[] fill(byte[] template, String campaignStart) throws IOException {
		LocalDate start = LocalDate.parse(campaignStart);
		DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			Row keys = SheetTemplates.keys(sheet);
			int first = keys.getRowNum() + 1;
			for (int i = 0; i < ROWS; i++) {
				Row row = sheet.createRow(first + i);
				for (int c = 0; c < keys.getLastCellNum(); c++) {
					String key = keys.getCell(c) == null ? "" : keys.getCell(c).getStringCellValue();
					switch (key) {
						case "unit" -> row.createCell(c).setCellValue("DB-DUCXUAN");
						case "startsOn" -> row.createCell(c).setCellValue(start.plusDays(i % 28).format(format));
						case "title" -> row.createCell(c).setCellValue("Nhập rồi bị ngắt " + i);
						case "themes" -> row.createCell(c).setCellValue("1");
						case "channel" -> row.createCell(c).setCellValue("2");
						case "m:broadcasts" -> row.createCell(c).setCellValue(1 + i % 9);
						default -> {
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** A session of the application is inserting activities in a transaction that has written and not committed. */
	private static boolean writing(SecondInstance db, String database) {
		try {
			return sql(db, "select count(*) from pg_stat_activity where datname = '" + database
					+ "' and backend_xid is not null and query ilike 'insert into%activity%'") > 0;
		} catch (Exception e) {
			return false;
		}
	}

	private static boolean waitingForLock(SecondInstance db, String database) {
		try {
			return sql(db, "select count(*) from pg_stat_activity where datname = '" + database
					+ "' and backend_xid is not null and wait_event_type = 'Lock'") > 0;
		} catch (Exception e) {
			return false;
		}
	}

	private static long sql(SecondInstance db, String sql) throws Exception {
		try (Connection c = DriverManager.getConnection(db.url(), db.user(), "");
				Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String sqlText(SecondInstance db, String sql) throws Exception {
		try (Connection c = DriverManager.getConnection(db.url(), db.user(), "");
				Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static boolean demoLoaded(SecondInstance db) {
		try {
			return sql(db, "select count(*) from campaign") > 0;
		} catch (Exception e) {
			return false;
		}
	}

	/** The application in a JVM of its own, started from the test's class path. */
	private record Child(Process process, int port) {

		static Child start(SecondInstance db, Path dataDir) throws Exception {
			int port;
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
			}
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), "vn.lantoa.LanToaApplication"));
			command.addAll(List.of(db.args(dataDir.toString(), "--server.port=" + port, "--lantoa.demo=true",
					"--lantoa.demo-password=" + TestDatabases.DEMO_PASSWORD)));
			Files.createDirectories(dataDir);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(dataDir.resolve("app-" + System.nanoTime() + ".log").toFile()).start();
			Child child = new Child(process, port);
			try {
				// the web server answers before the demo is loaded (application runners run after it starts)
				DatabaseOutageIntegrationTests.waitFor(() -> child.answers() && demoLoaded(db), 180);
			} catch (AssertionError e) {
				child.kill();
				throw e;
			}
			return child;
		}

		boolean answers() {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped: " + process.exitValue());
			}
			try {
				return new Http(port).get("/login").statusCode() == 200;
			} catch (Exception e) {
				return false;
			}
		}

		/** SIGKILL: the JVM ends at once, no shutdown hook, no connection closed politely. */
		void kill() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}
}
