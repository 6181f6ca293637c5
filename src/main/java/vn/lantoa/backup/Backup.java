package vn.lantoa.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import vn.lantoa.files.FileStore;

/**
 * Backs up the whole application (every table, every stored file) into a folder and restores such a folder into an
 * empty instance. The tables are read in one read-only transaction that sees one snapshot, so the copy is the
 * state of one moment although users go on working; files are immutable and named by their hash, so copying them
 * after the snapshot takes at least every file the snapshot refers to. {@code manifest.json} is written last: a
 * folder without it is an unfinished backup.
 */
@Component
public class Backup {

	static final String MANIFEST = "manifest.json";
	static final String FILES = "files.sha256";
	private static final int H2_SNAPSHOT = 6;

	private final DataSource dataSource;
	private final FileStore files;

	Backup(DataSource dataSource, FileStore files) {
		this.dataSource = dataSource;
		this.files = files;
	}

	/** What a backup holds: rows per table (in load order), the stored files and their total size. */
	public record Summary(String schemaVersion, Map<String, Long> rows, int files, long bytes) {
	}

	public Summary backup(Path to) {
		try {
			if (Files.exists(to) && (!Files.isDirectory(to) || Files.list(to).findAny().isPresent())) {
				throw new IllegalArgumentException("the backup folder must be new or empty: " + to);
			}
			Files.createDirectories(to.resolve("database"));
			Map<String, Long> rows = new LinkedHashMap<>();
			Map<String, String> hashes = new LinkedHashMap<>();
			String version;
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				connection.setTransactionIsolation(snapshotLevel(connection));
				connection.setReadOnly(true);
				try {
					version = Manifest.schemaVersion(connection);
					for (Schema.Table table : Schema.read(connection).tables()) {
						Path file = to.resolve("database").resolve(table.name() + ".jsonl");
						rows.put(table.name(), TableCopy.export(connection, table, file));
						hashes.put(table.name(), Manifest.sha256(file));
					}
				} finally {
					connection.rollback();
				}
			}
			List<String> lines = new ArrayList<>();
			long bytes = 0;
			for (String sha : files.addresses()) {
				bytes += copy(sha, to.resolve(relative(sha)));
				lines.add(sha + "  " + relative(sha));
			}
			Files.write(to.resolve(FILES), lines, StandardCharsets.UTF_8);
			Summary summary = new Summary(version, rows, lines.size(), bytes);
			Manifest.write(to.resolve(MANIFEST), summary, hashes, Manifest.sha256(to.resolve(FILES)),
					Instant.now());
			return summary;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (SQLException e) {
			throw new IllegalStateException("backup failed: " + e.getMessage(), e);
		}
	}

	/**
	 * Loads a backup into this instance, whose database must hold no unit yet (Flyway has created the schema; the
	 * rows its migrations seed are replaced by the backup's). Every file is checked against its hash; the files go
	 * first, then all the rows in one transaction, then the identity columns continue after the highest id.
	 */
	public Summary restore(Path from) {
		try {
			Manifest manifest = Manifest.read(from.resolve(MANIFEST));
			manifest.check(from);
			List<String> lines = Files.readAllLines(from.resolve(FILES), StandardCharsets.UTF_8);
			long bytes = 0;
			for (String line : lines) {
				String sha = line.substring(0, 64);
				byte[] content = Files.readAllBytes(from.resolve(line.substring(66)));
				if (!files.put(content).equals(sha)) {
					throw new IllegalStateException("the file " + sha + " of the backup is damaged");
				}
				bytes += content.length;
			}
			Map<String, Long> rows = new LinkedHashMap<>();
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				try {
					String version = Manifest.schemaVersion(connection);
					if (!version.equals(manifest.schemaVersion())) {
						throw new IllegalStateException("the backup has schema version " + manifest.schemaVersion()
								+ ", this database " + version + ": restore with the version of Lan Tỏa that made it");
					}
					Schema schema = Schema.read(connection);
					empty(connection, schema);
					for (Schema.Table table : schema.tables()) {
						Path file = from.resolve("database").resolve(table.name() + ".jsonl");
						rows.put(table.name(), Files.exists(file) ? TableCopy.load(connection, table, file) : 0L);
					}
					continueIdentities(connection, schema);
					// a node that ran on this database before cached what it held: the counters tell it to forget
					try (Statement sql = connection.createStatement()) {
						sql.executeUpdate("update change_counter set changes = changes + 1");
					}
					connection.commit();
				} catch (SQLException | IOException | RuntimeException e) {
					connection.rollback();
					throw e;
				}
			}
			return new Summary(manifest.schemaVersion(), rows, lines.size(), bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (SQLException e) {
			throw new IllegalStateException("restore failed: " + e.getMessage(), e);
		}
	}

	/**
	 * One snapshot of the whole database for the whole transaction: PostgreSQL's REPEATABLE READ is that; H2's is
	 * not (a table read later can show rows committed meanwhile, as the test with a writer showed), its SNAPSHOT
	 * level (JDBC value 6) is.
	 */
	private static int snapshotLevel(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().equals("H2") ? H2_SNAPSHOT
				: Connection.TRANSACTION_REPEATABLE_READ;
	}

	private static void empty(Connection connection, Schema schema) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			for (String table : List.of("org_unit", "account")) {
				try (var rs = sql.executeQuery("select count(*) from " + Schema.quote(table))) {
					if (rs.next() && rs.getLong(1) > 0) {
						throw new IllegalStateException("restore needs an empty database; " + table + " has rows");
					}
				}
			}
			List<Schema.Table> tables = new ArrayList<>(schema.tables());
			java.util.Collections.reverse(tables);
			for (Schema.Table table : tables) {
				sql.executeUpdate("delete from " + Schema.quote(table.name()));
			}
		}
	}

	private static void continueIdentities(Connection connection, Schema schema) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			for (Schema.Table table : schema.tables()) {
				if (table.identity() == null) {
					continue;
				}
				long next = 1;
				try (var rs = sql.executeQuery("select coalesce(max(" + Schema.quote(table.identity()) + "), 0) + 1 from "
						+ Schema.quote(table.name()))) {
					if (rs.next()) {
						next = rs.getLong(1);
					}
				}
				if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
					// the identity's sequence, or the sequence a partitioned table's id column takes its default from
					sql.execute("select setval(pg_get_serial_sequence('" + Schema.quote(table.name()) + "', '"
							+ table.identity() + "'), " + next + ", false)");
				} else {
					sql.execute("alter table " + Schema.quote(table.name()) + " alter column "
							+ Schema.quote(table.identity()) + " restart with " + next);
				}
			}
		}
	}

	private long copy(String sha, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		MessageDigest digest = Manifest.digest();
		long size;
		try (InputStream in = files.open(sha).orElseThrow(() -> new IOException("file vanished: " + sha));
				OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
			size = in.transferTo(out);
		}
		if (!HexFormat.of().formatHex(digest.digest()).equals(sha)) {
			throw new IOException("the stored file " + sha + " does not match its hash");
		}
		return size;
	}

	static String relative(String sha) {
		return "files/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
	}
}
