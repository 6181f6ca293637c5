package vn.lantoa.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.lantoa.LanToaApplication;
import vn.lantoa.LanToaTest;
import vn.lantoa.SecondInstance;
import vn.lantoa.files.FileStore;

/**
 * A backup of the running test instance (the demo and whatever the other tests made) restored into a second
 * instance on an empty database and file store: every row of every table and every file come back the same.
 */
@LanToaTest
class BackupIntegrationTests {

	@Autowired
	Backup backup;
	@Autowired
	DataSource dataSource;
	@Autowired
	FileStore files;

	@Test
	void restoresEveryRowAndEveryFileOfARunningInstance() throws Exception {
		byte[] random = new byte[4096];
		new java.util.Random(7).nextBytes(random);
		files.put(random);
		Path folder = Path.of("target", "backup-" + UUID.randomUUID());
		Backup.Summary made = backup.backup(folder);
		assertThat(made.rows().get("org_unit")).isPositive();
		assertThat(made.files()).isGreaterThanOrEqualTo(2);
		assertThat(Files.exists(folder.resolve("manifest.json"))).isTrue();
		Map<String, List<String>> before = rows(dataSource);

		SecondInstance db = SecondInstance.freshDatabase("restore");
		String dataDir = "target/restore-" + UUID.randomUUID();
		try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(LanToaApplication.class)
			.run(db.args(dataDir, "restore", "--from", folder.toString(), "--lantoa.command=restore",
					"--server.port=-1", "--lantoa.demo=false"))) {
			Map<String, List<String>> after = rows(restored.getBean(DataSource.class));
			assertThat(after.keySet()).isEqualTo(before.keySet());
			// every row comes back as it was, but the change counters, which move on so that no node trusts what it
			// cached before the restore
			before.forEach((table, list) -> {
				if (!table.equals("change_counter")) {
					assertThat(after.get(table)).as(table).containsExactlyElementsOf(list);
				}
			});
			assertThat(after.get("change_counter")).hasSameSizeAs(before.get("change_counter"))
				.isNotEqualTo(before.get("change_counter"));
			assertThat(before.values().stream().mapToInt(List::size).sum())
				.isEqualTo(made.rows().values().stream().mapToLong(Long::longValue).sum());

			FileStore copy = restored.getBean(FileStore.class);
			assertThat(copy.addresses()).containsExactlyInAnyOrderElementsOf(files.addresses());
			for (String sha : files.addresses()) {
				try (InputStream a = files.open(sha).orElseThrow(); InputStream b = copy.open(sha).orElseThrow()) {
					assertThat(b.readAllBytes()).as(sha).isEqualTo(a.readAllBytes());
				}
			}
			// the identity columns go on after the restored ids: a new row does not collide
			try (Connection c = restored.getBean(DataSource.class).getConnection(); Statement sql = c.createStatement()) {
				sql.executeUpdate("""
						insert into audit_event (at, actor, entity, entity_id, action)
						values (current_timestamp, 'test', 'backup', '1', 'TEST')""");
			}
			// a second restore into the now filled database is refused before it changes anything
			assertThatThrownBy(() -> restored.getBean(Backup.class).restore(folder))
				.hasMessageContaining("empty database");
			backupWhileUnitsAreCreated(restored, dataDir);
		}
	}

	/**
	 * A backup of the restored instance while a writer creates units there without pause (each unit, its rows in the
	 * closure table and its audit event in one transaction): the copy holds each unit whole or not at all, so it
	 * loads into a third, empty instance and every unit there has its closure rows and its audit event.
	 */
	private void backupWhileUnitsAreCreated(ConfigurableApplicationContext app, String dataDir) throws Exception {
		vn.lantoa.account.Account admin = app.getBean(vn.lantoa.account.Accounts.class).findByUsername("admin")
			.orElseThrow();
		vn.lantoa.shared.Actor actor = new vn.lantoa.shared.Actor(admin.getId(), admin.getUsername(),
				admin.getFullName(), admin.getRole(), admin.getUnitId(), admin.getScopeUnitId(), true);
		vn.lantoa.org.UnitAdministration units = app.getBean(vn.lantoa.org.UnitAdministration.class);
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger created = new AtomicInteger();
		Thread writer = new Thread(() -> {
			while (!stop.get()) {
				int n = created.get() + 1;
				units.create(actor, admin.getUnitId(), "SNAP-" + n, "Đơn vị ghi trong lúc sao lưu " + n,
						vn.lantoa.org.UnitKind.PARTY_CELL);
				created.set(n);
			}
		}, "unit-writer");
		writer.start();
		Path folder = Path.of("target", "backup-" + UUID.randomUUID());
		Backup.Summary made;
		try {
			while (created.get() < 20) {
				Thread.sleep(10);
			}
			made = app.getBean(Backup.class).backup(folder);
		} finally {
			stop.set(true);
			writer.join(30_000);
		}
		SecondInstance db = SecondInstance.freshDatabase("restore2");
		try (ConfigurableApplicationContext copy = new SpringApplicationBuilder(LanToaApplication.class)
			.run(db.args(dataDir + "-2", "restore", "--from", folder.toString(), "--lantoa.command=restore",
					"--server.port=-1", "--lantoa.demo=false"));
				Connection c = copy.getBean(DataSource.class).getConnection();
				Statement sql = c.createStatement()) {
			long copied = single(sql, "select count(*) from org_unit where code like 'SNAP-%'");
			assertThat(copied).isPositive().isLessThanOrEqualTo(created.get());
			long torn = single(sql, """
					select count(*) from org_unit u where u.code like 'SNAP-%' and (
					  (select count(*) from org_unit_tree t where t.unit_id = u.id)
					  <> (select count(*) from org_unit_tree t where t.unit_id = u.parent_id) + 1
					  or not exists (select 1 from audit_event a where a.entity_id = cast(u.id as varchar(60))
					                 and a.action = 'CREATE' and a.entity = 'OrgUnit'))""");
			assertThat(torn).as("units copied without their closure rows or audit event").isZero();
			System.out.printf("backup under writes: %d units created meanwhile, %d in the copy, 0 torn, %d rows%n",
					created.get(), copied, made.rows().values().stream().mapToLong(Long::longValue).sum());
		}
	}

	private static long single(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	@Test
	void refusesAnUnfinishedOrDamagedBackup() throws Exception {
		Path folder = Path.of("target", "backup-" + UUID.randomUUID());
		backup.backup(folder);
		Path table = folder.resolve("database").resolve("org_unit.jsonl");
		Files.writeString(table, Files.readString(table).replace("THANHUY", "THANHUX"));
		assertThatThrownBy(() -> backup.restore(folder)).hasMessageContaining("org_unit is missing or damaged");
		Files.delete(folder.resolve("manifest.json"));
		assertThatThrownBy(() -> backup.restore(folder)).hasMessageContaining("unfinished");
		assertThatThrownBy(() -> backup.backup(folder)).hasMessageContaining("new or empty");
	}

	/** Every row of every application table, each as the text of its values, in primary-key order. */
	static Map<String, List<String>> rows(DataSource dataSource) throws Exception {
		Map<String, List<String>> tables = new TreeMap<>();
		try (Connection c = dataSource.getConnection()) {
			for (Schema.Table table : Schema.read(c).tables()) {
				List<String> rows = new ArrayList<>();
				try (Statement sql = c.createStatement();
						ResultSet rs = sql.executeQuery("select * from " + table.name() + " order by " + table.orderBy())) {
					ResultSetMetaData meta = rs.getMetaData();
					while (rs.next()) {
						StringBuilder row = new StringBuilder();
						for (int i = 1; i <= meta.getColumnCount(); i++) {
							row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
						}
						rows.add(row.toString());
					}
				}
				tables.put(table.name(), rows);
			}
		}
		return tables;
	}
}
