package vn.lantoa.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json}: when the backup was made, at which schema version, and the SHA-256 of every table file
 * and of the list of stored files, so that a restore refuses a damaged or unfinished backup before it loads a row.
 */
record Manifest(String schemaVersion, Map<String, String> tableHashes, String filesHash) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static void write(Path path, Backup.Summary summary, Map<String, String> hashes, String filesHash, Instant at)
			throws IOException {
		Map<String, Object> tables = new LinkedHashMap<>();
		hashes.forEach((table, sha) -> tables.put(table, Map.of("rows", summary.rows().get(table), "sha256", sha)));
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", 1);
		manifest.put("createdAt", at.toString());
		manifest.put("schemaVersion", summary.schemaVersion());
		manifest.put("tables", tables);
		manifest.put("files", Map.of("count", summary.files(), "bytes", summary.bytes(), "sha256", filesHash));
		Path temp = path.resolveSibling(path.getFileName() + ".part");
		Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
		Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
	}

	static Manifest read(Path path) throws IOException {
		if (!Files.exists(path)) {
			throw new IllegalArgumentException("no " + path.getFileName() + " in " + path.getParent()
					+ ": not a backup, or an unfinished one");
		}
		JsonNode root = JSON.readTree(Files.readString(path));
		Map<String, String> hashes = new LinkedHashMap<>();
		root.get("tables").properties().forEach(e -> hashes.put(e.getKey(), e.getValue().get("sha256").asString()));
		return new Manifest(root.get("schemaVersion").asString(), hashes, root.get("files").get("sha256").asString());
	}

	/** Refuses a backup whose files were changed or cut short since it was made. */
	void check(Path folder) throws IOException {
		for (Map.Entry<String, String> table : tableHashes.entrySet()) {
			Path file = folder.resolve("database").resolve(table.getKey() + ".jsonl");
			if (!Files.exists(file) || !sha256(file).equals(table.getValue())) {
				throw new IllegalStateException("the backup's table " + table.getKey() + " is missing or damaged");
			}
		}
		if (!sha256(folder.resolve(Backup.FILES)).equals(filesHash)) {
			throw new IllegalStateException("the backup's list of files is damaged");
		}
	}

	static String schemaVersion(Connection connection) throws SQLException {
		try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("""
				select "version" from flyway_schema_history where success = true and "version" is not null
				order by installed_rank desc""")) {
			return rs.next() ? rs.getString(1) : "0";
		}
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest = digest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[65536];
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
