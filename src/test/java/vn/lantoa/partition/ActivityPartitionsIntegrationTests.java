package vn.lantoa.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.flywaydb.core.Flyway;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.LanToaApplication;
import vn.lantoa.SheetTemplates;
import vn.lantoa.TestDatabases;
import vn.lantoa.backup.Backup;
import vn.lantoa.reliability.Http;
import vn.lantoa.rollup.Rollups;

/**
 * {@code partition-activities} on a database that the application migrated and filled with the demo campaign's
 * history (2023–2025: activities with evidence, reports submitted and approved): the command converts it, the
 * application restarts on it (Flyway validates the migrations) and answers what it answered before, and records,
 * edits across years, deletes, restores, imports, rebuilds the roll-ups and backs up on the partitioned table. Only
 * on PostgreSQL: H2 has no partitioned tables ({@link ActivityPartitionsTests} shows the refusal).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class ActivityPartitionsIntegrationTests {

	private static final int THIS_YEAR = Year.now().getValue();
	private static final String OWNER = "lantoa_part_owner";
	private static final String READER = "lantoa_part_reader";

	private static TestDatabases.Fresh database;
	private static String dataDir;
	private static ConfigurableApplicationContext app;
	private static Http admin;
	private static long campaign;
	private static Map<String, String> before;
	private static List<String> activitiesBefore;
	private static long nextIdBefore;

	@BeforeAll
	static void convertADatabaseTheApplicationFilled() throws Exception {
		assumeFalse("h2".equals(System.getProperty("lantoa.test.db")), "H2 has no partitioned tables");
		database = TestDatabases.freshDatabase("partition");
		dataDir = "target/partition-" + UUID.randomUUID();
		app = start(true);
		admin = new Http(port()).signIn("admin", TestDatabases.DEMO_PASSWORD);
		campaign = number("select min(id) from campaign");
		before = answers();
		activitiesBefore = rows("select id, starts_on, title, version, deleted_at from activity order by id");
		nextIdBefore = number("select case when is_called then last_value + 1 else last_value end from "
				+ "activity_id_seq");
		app.close();
		// the table belongs to another role than the one that runs the command, and a third one may read it
		for (String role : List.of(OWNER, READER)) {
			execute("do $$ begin create role " + role + "; exception when duplicate_object then null; end $$");
		}
		execute("alter table activity owner to " + OWNER);
		execute("grant select on activity to " + READER);
		command();
		app = start(false);
		admin = new Http(port()).signIn("admin", TestDatabases.DEMO_PASSWORD);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	@Order(1)
	void putsEveryActivityInItsYearsPartitionKeepingItsId() throws Exception {
		assertThat(text("select relkind from pg_class where oid = 'activity'::regclass")).isEqualTo("p");
		List<String> partitions = new ArrayList<>();
		for (int year = 2023; year <= THIS_YEAR + 2; year++) {
			partitions.add("activity_y" + year);
		}
		partitions.add("activity_default");
		assertThat(rows("select inhrelid::regclass from pg_inherits where inhparent = 'activity'::regclass"))
			.containsExactlyInAnyOrderElementsOf(partitions);
		assertThat(rows("select tableoid::regclass::text || ' ' || extract(year from starts_on) || ' ' "
				+ "|| (count(*) > 20) from activity group by tableoid, extract(year from starts_on) order by 1"))
			.containsExactly("activity_y2023 2023 true", "activity_y2024 2024 true", "activity_y2025 2025 true");
		assertThat(rows("select id, starts_on, title, version, deleted_at from activity order by id"))
			.isEqualTo(activitiesBefore);
		assertThat(activitiesBefore).hasSizeGreaterThan(200);
	}

	@Test
	@Order(2)
	void keepsEveryIndexAsAPartitionedIndexAndDropsTheForeignKeysToActivity() throws Exception {
		assertThat(rows("select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid "
				+ "where i.indrelid = 'activity'::regclass and c.relkind = 'I' order by 1")).containsExactly(
						"activity_campaign_start", "activity_channel", "activity_pkey", "activity_search_trgm",
						"activity_start_id", "activity_unit_start");
		// every partition has the six, built and valid
		assertThat(rows("select count(*) || ' ' || bool_and(i.indisvalid) from pg_inherits p "
				+ "join pg_index i on i.indrelid = p.inhrelid where p.inhparent = 'activity'::regclass "
				+ "group by p.inhrelid")).containsOnly("6 true");
		assertThat(text("select pg_get_constraintdef(oid) from pg_constraint where conname = 'activity_pkey'"))
			.isEqualTo("PRIMARY KEY (id, starts_on)");
		assertThat(number("select count(*) from pg_constraint where confrelid = 'activity'::regclass")).isZero();
		assertThat(rows("select conname from pg_constraint where conrelid = 'activity'::regclass and contype = 'f' "
				+ "order by 1")).containsExactly("activity_campaign_id_fkey", "activity_channel_id_fkey",
						"activity_unit_id_fkey");
		assertThat(text("select column_default from information_schema.columns where table_name = 'activity' "
				+ "and column_name = 'id'")).isEqualTo("nextval('activity_id_seq'::regclass)");
		assertThat(rows("select distinct pg_get_userbyid(relowner) from pg_class where relname = 'activity' "
				+ "or relname = 'activity_id_seq' or oid in (select inhrelid from pg_inherits "
				+ "where inhparent = 'activity'::regclass)")).containsExactly(OWNER);
		assertThat(text("select has_table_privilege('" + READER + "', 'activity', 'select') || ' ' "
				+ "|| has_table_privilege('" + READER + "', 'activity', 'insert')")).isEqualTo("true false");
	}

	@Test
	@Order(3)
	void answersAsBeforeTheConversion() throws Exception {
		// pages of activities, search, a period, the CSV, two dashboards, two roll-up tables, 30 reports
		assertThat(before).containsKeys("list 0", "list 1", "search", "2024", "csv", "dashboard", "dashboard 2024Q2",
				"rollup_activity", "rollup_measure");
		assertThat(before.keySet()).filteredOn(k -> k.startsWith("report ")).hasSize(30);
		assertThat(answers()).isEqualTo(before);
	}

	@Test
	@Order(4)
	void recordsEditsAcrossYearsDeletesAndRestores() throws Exception {
		HttpResponse<String> recorded = admin.postJson("/api/v1/activities",
				activity("2024-05-20", "Tọa đàm phân vùng năm", ""));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		long id = ((Number) JsonPath.read(recorded.body(), "$.id")).longValue();
		assertThat(id).isEqualTo(nextIdBefore);
		assertThat(text("select tableoid::regclass from activity where id = " + id)).isEqualTo("activity_y2024");
		long channel = number("select min(id) from campaign_channel where campaign_id = " + campaign);
		String cell = "$.coverage[?(@.themeId == 0 && @.channelId == %d)].activities".formatted(channel);
		int q2 = this.<Integer>figure("2024Q2", cell);
		int q1 = this.<Integer>figure("2025Q1", cell);

		HttpResponse<String> moved = admin.send("PUT", "/api/v1/activities/" + id, "application/json",
				activity("2025-03-10", "Tọa đàm phân vùng năm", ",\"version\":0").getBytes());
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(text("select tableoid::regclass::text || ' ' || version from activity where id = " + id))
			.isEqualTo("activity_y2025 1");
		assertThat(number("select count(*) from activity_theme where activity_id = " + id)).isEqualTo(1);
		assertThat(this.<Integer>figure("2024Q2", cell)).isEqualTo(q2 - 1);
		assertThat(this.<Integer>figure("2025Q1", cell)).isEqualTo(q1 + 1);
		assertThat(search("phan vung")).isEqualTo(1);

		assertThat(admin.send("DELETE", "/api/v1/activities/" + id + "?version=1", null, null).statusCode())
			.isEqualTo(204);
		assertThat(search("phan vung")).isZero();
		assertThat(this.<Integer>figure("2025Q1", cell)).isEqualTo(q1);
		HttpResponse<String> restored = admin.postForm("/activities/" + id + "/restore",
				Map.of("_csrf", admin.csrf("/activities/" + id)));
		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(search("phan vung")).isEqualTo(1);
		assertThat(this.<Integer>figure("2025Q1", cell)).isEqualTo(q1 + 1);
	}

	@Test
	@Order(5)
	void importsIntoTheYearsPartitions() throws Exception {
		Http reporter = new Http(port()).signIn("ducxuan", TestDatabases.DEMO_PASSWORD);
		byte[] sheet = fill(reporter.download("/campaigns/" + campaign + "/activities-template.xlsx").body());
		HttpResponse<String> imported = reporter.postFile("/activities/import",
				Map.of("campaignId", String.valueOf(campaign), "_csrf", reporter.csrf("/activities/import")), "file",
				"hoat-dong.xlsx", sheet).get(60, TimeUnit.SECONDS);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
		assertThat(rows("select tableoid::regclass::text || ' ' || count(*) from activity "
				+ "where title like 'Nhập phân vùng %' group by tableoid order by 1"))
			.containsExactly("activity_y2024 2", "activity_y2025 1");
	}

	@Test
	@Order(6)
	void rebuildsTheRollupsToWhatTheyKeptUpToDate() throws Exception {
		List<String> kept = rows("select * from rollup_activity where activities <> 0 order by 1, 2, 3, 4, 5");
		List<String> keptMeasures = rows("select * from rollup_measure where entries <> 0 order by 1, 2, 3, 4, 5, 6");
		app.getBean(Rollups.class).rebuild(campaign);
		assertThat(rows("select * from rollup_activity order by 1, 2, 3, 4, 5")).isEqualTo(kept).isNotEmpty();
		assertThat(rows("select * from rollup_measure order by 1, 2, 3, 4, 5, 6")).isEqualTo(keptMeasures);
	}

	@Test
	@Order(7)
	void backsUpTheActivitiesOnceAndRestoresThemIntoAPartitionedDatabase() throws Exception {
		Path folder = Path.of(dataDir, "backup");
		Backup.Summary summary = app.getBean(Backup.class).backup(folder);
		assertThat(summary.rows().get("activity")).isEqualTo(number("select count(*) from activity"));
		assertThat(summary.rows().keySet()).noneMatch(t -> t.startsWith("activity_y") || t.equals("activity_default"));

		// an empty database, migrated and partitioned by the command, then restored
		TestDatabases.Fresh copy = TestDatabases.freshDatabase("partition_restore");
		String copyDir = dataDir + "-restore";
		command(copy, copyDir);
		new SpringApplicationBuilder(LanToaApplication.class).run(copy.arguments("restore", "--from", folder.toString(),
				"--lantoa.command=restore", "--server.port=-1", "--lantoa.demo=false", "--lantoa.demo-history=false",
				"--lantoa.data-dir=" + copyDir, "--lantoa.reminders.enabled=false", "--logging.level.root=warn"))
			.close();
		// the years before the empty database's were restored into its default partition: a second run gives
		// them their partitions
		assertThat(rows(copy, "select distinct tableoid::regclass from activity")).containsExactly("activity_default");
		command(copy, copyDir);
		String activities = "select tableoid::regclass::text || ' ' || id || ' ' || starts_on || ' ' || title "
				+ "from activity order by id";
		assertThat(rows(copy, activities)).isEqualTo(rows(activities)).hasSizeGreaterThan(200);
		// the sequence goes on after the highest restored id
		assertThat(rows(copy, "select nextval('activity_id_seq') - (select max(id) from activity)"))
			.containsExactly("1");
	}

	@Test
	@Order(8)
	void runsAgainHarmlesslyAndAddsTheYearsThatLackAPartition(CapturedOutput output) throws Exception {
		List<String> catalog = rows("select c.relname from pg_class c where c.relname like 'activity%' order by 1");
		command();
		assertThat(output).contains("partition-activities: the activity table is already partitioned and every year "
				+ "up to 2 years ahead has its partition; nothing changed");
		assertThat(rows("select c.relname from pg_class c where c.relname like 'activity%' order by 1"))
			.isEqualTo(catalog);

		// a row of a year without a partition went to the default one; the next run gives the year its partition
		int later = THIS_YEAR + 5;
		long id = number("select max(id) from activity");
		execute("update activity set starts_on = date '" + later + "-05-01', ends_on = date '" + later + "-05-01' "
				+ "where id = " + id);
		assertThat(text("select tableoid::regclass from activity where id = " + id)).isEqualTo("activity_default");
		ActivityPartitions.Outcome outcome = app.getBean(ActivityPartitions.class).partition(2, "10s");
		assertThat(outcome).extracting("converted", "created", "rows")
			.containsExactly(false, List.of("activity_y" + later), 1L);
		assertThat(text("select tableoid::regclass from activity where id = " + id)).isEqualTo("activity_y" + later);
		assertThat(number("select count(*) from activity_default")).isZero();
	}

	@Test
	@Order(9)
	void letsTheMigrationsAfterTheActivitiesOnesAndALaterOneApply() throws Exception {
		TestDatabases.Fresh fresh = TestDatabases.freshDatabase("partition_flyway");
		Flyway upTo17 = Flyway.configure().dataSource(fresh.url(), fresh.username(), "")
			.locations("classpath:db/migration").target("17").load();
		upTo17.migrate();
		new ActivityPartitions(new SimpleDriverDataSource(new org.postgresql.Driver(), fresh.url(), fresh.username(),
				""), java.time.Clock.systemUTC()).partition(0, "10s");

		Flyway all = Flyway.configure().dataSource(fresh.url(), fresh.username(), "")
			.locations("classpath:db/migration", "classpath:db/later").load();
		assertThat(all.migrate().migrations).extracting(m -> m.version)
			.containsExactly("21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "90");
		all.validate();
		try (Connection c = DriverManager.getConnection(fresh.url(), fresh.username(), "");
				Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery("select relkind, (select count(*) from pg_inherits i "
						+ "join pg_index x on x.indrelid = i.inhrelid join pg_class n on n.oid = x.indexrelid "
						+ "where i.inhparent = 'activity'::regclass and n.relname like '%reviewed_by%') "
						+ "from pg_class where oid = 'activity'::regclass")) {
			rs.next();
			// still partitioned, and the later index is on both partitions (this year's and the default)
			assertThat(rs.getString(1) + " " + rs.getInt(2)).isEqualTo("p 2");
		}
	}

	@Test
	@Order(10)
	void answersAnEditThatAConcurrentMoveToAnotherYearOvertookWithAConflict() throws Exception {
		HttpResponse<String> recorded = admin.postJson("/api/v1/activities",
				activity("2024-06-12", "Hội nghị báo cáo viên", ""));
		long id = ((Number) JsonPath.read(recorded.body(), "$.id")).longValue();
		try (Connection other = DriverManager.getConnection(database.url(), database.username(), "");
				Statement sql = other.createStatement()) {
			other.setAutoCommit(false);
			sql.executeUpdate("update activity set starts_on = date '2025-02-03', ends_on = date '2025-02-03' "
					+ "where id = " + id);
			java.util.concurrent.CompletableFuture<HttpResponse<String>> edit = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> {
					try {
						return admin.send("PUT", "/api/v1/activities/" + id, "application/json",
								activity("2024-06-13", "Hội nghị báo cáo viên", ",\"version\":0").getBytes());
					} catch (Exception e) {
						throw new IllegalStateException(e);
					}
				});
			// the edit waits for the row the other transaction moved, which then commits
			for (int i = 0; i < 200 && number("select count(*) from pg_stat_activity where datname = current_database()"
					+ " and wait_event_type = 'Lock'") == 0; i++) {
				Thread.sleep(50);
			}
			other.commit();
			HttpResponse<String> answer = edit.get(30, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
		}
		assertThat(text("select tableoid::regclass::text || ' ' || starts_on from activity where id = " + id))
			.isEqualTo("activity_y2025 2025-02-03");
	}

	/** An activity of the demo reporter's ward for the API, in the campaign's first theme and channel. */
	private static String activity(String date, String title, String more) throws Exception {
		long unit = number("select id from org_unit where code = 'DB-DUCXUAN'");
		long theme = number("select min(id) from campaign_theme where campaign_id = " + campaign);
		long channel = number("select min(id) from campaign_channel where campaign_id = " + campaign);
		return """
				{"campaignId":%d,"unitId":%d,"themeIds":[%d],"channelId":%d,"startDate":"%s","title":"%s"%s}"""
			.formatted(campaign, unit, theme, channel, date, title, more);
	}

	/** What the application answers about the activities: lists, search, exports, dashboards, reports, roll-ups. */
	private static Map<String, String> answers() throws Exception {
		Map<String, String> answers = new LinkedHashMap<>();
		long total = ((Number) JsonPath.read(admin.get("/api/v1/activities?size=100&campaignId=" + campaign).body(),
				"$.total")).longValue();
		for (int page = 0; page * 100 < total; page++) {
			answers.put("list " + page, ok("/api/v1/activities?size=100&campaignId=" + campaign + "&page=" + page));
		}
		String word = text("select split_part(search_text, ' ', 2) from activity order by id limit 1");
		answers.put("search", ok("/api/v1/activities?size=100&q=" + word));
		answers.put("2024", ok("/api/v1/activities?size=100&startsFrom=2024-03-01&startsTo=2024-04-30"));
		answers.put("csv", ok("/activities/export.csv?campaignId=" + campaign));
		answers.put("dashboard", ok("/api/v1/campaigns/" + campaign + "/dashboard"));
		answers.put("dashboard 2024Q2", ok("/api/v1/campaigns/" + campaign + "/dashboard?period=2024Q2"));
		answers.put("rollup_activity", String.join("\n", rows("select * from rollup_activity order by 1, 2, 3, 4, 5")));
		answers.put("rollup_measure", String.join("\n", rows("select * from rollup_measure order by 1, 2, 3, 4, 5, 6")));
		for (String report : rows("select id from report order by id limit 30")) {
			answers.put("report " + report, ok("/api/v1/reports/" + report));
		}
		assertThat(answers.get("search")).contains("\"total\":");
		return answers;
	}

	private static String ok(String path) throws Exception {
		HttpResponse<String> answer = admin.get(path);
		assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
		return answer.body();
	}

	private <T> T figure(String period, String path) throws Exception {
		List<T> values = JsonPath.read(ok("/api/v1/campaigns/" + campaign + "/dashboard?period=" + period), path);
		return values.get(0);
	}

	private static int search(String q) throws Exception {
		return JsonPath.read(ok("/api/v1/activities?campaignId=" + campaign + "&q=" + q.replace(" ", "+")), "$.total");
	}

	/** Three rows for the demo reporter's commune: two in 2024, one in 2025. */
	private static byte[] fill(byte[] template) throws Exception {
		String[] days = { "12/03/2024", "20/11/2024", "05/02/2025" };
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			Row keys = SheetTemplates.keys(sheet);
			for (int i = 0; i < days.length; i++) {
				Row row = sheet.createRow(keys.getRowNum() + 1 + i);
				for (int c = 0; c < keys.getLastCellNum(); c++) {
					String key = keys.getCell(c) == null ? "" : keys.getCell(c).getStringCellValue();
					switch (key) {
						case "unit" -> row.createCell(c).setCellValue("DB-DUCXUAN");
						case "startsOn" -> row.createCell(c).setCellValue(days[i]);
						case "title" -> row.createCell(c).setCellValue("Nhập phân vùng " + i);
						case "themes" -> row.createCell(c).setCellValue("1");
						case "channel" -> row.createCell(c).setCellValue("2");
						case "m:broadcasts" -> row.createCell(c).setCellValue(1 + i);
						default -> {
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static ConfigurableApplicationContext start(boolean demo) {
		return new SpringApplicationBuilder(LanToaApplication.class).run(database.arguments("--server.port=0",
				"--lantoa.demo=" + demo, "--lantoa.demo-history=" + demo,
				"--lantoa.demo-password=" + TestDatabases.DEMO_PASSWORD, "--lantoa.data-dir=" + dataDir,
				"--lantoa.reminders.enabled=false", "--logging.level.root=warn"));
	}

	private static void command() {
		command(database, dataDir);
	}

	/** The command as {@code java -jar lantoa.jar partition-activities} runs it: no web server, no demo. */
	private static void command(TestDatabases.Fresh on, String folder) {
		new SpringApplicationBuilder(LanToaApplication.class).run(on.arguments("partition-activities",
				"--lantoa.command=partition-activities", "--server.port=-1", "--lantoa.demo=false",
				"--lantoa.demo-history=false", "--lantoa.data-dir=" + folder, "--lantoa.reminders.enabled=false",
				"--logging.level.root=warn")).close();
	}

	private static int port() {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private static long number(String query) throws Exception {
		return Long.parseLong(text(query));
	}

	private static String text(String query) throws Exception {
		List<String> rows = rows(query);
		assertThat(rows).as(query).hasSize(1);
		return rows.get(0);
	}

	private static List<String> rows(String query) throws Exception {
		return rows(database, query);
	}

	/** Each row's columns joined by " | ". */
	private static List<String> rows(TestDatabases.Fresh on, String query) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(on.url(), on.username(), "");
				Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery(query)) {
			ResultSetMetaData meta = rs.getMetaData();
			while (rs.next()) {
				List<String> columns = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					columns.add(rs.getString(i));
				}
				rows.add(String.join(" | ", columns));
			}
		}
		return rows;
	}

	private static void execute(String statement) throws Exception {
		try (Connection c = DriverManager.getConnection(database.url(), database.username(), "");
				Statement sql = c.createStatement()) {
			sql.execute(statement);
		}
	}
}
