package vn.lantoa.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application's tables as the database describes them, in an order where every table comes after the tables
 * its foreign keys point to (so rows load without breaking a constraint). Flyway's history is not data: restore
 * migrates the empty database itself.
 */
record Schema(List<Table> tables) {

	static final String SCHEMA = "public";

	/**
	 * A table, its columns, its primary key, the column pairs of a foreign key to itself (a unit's parent) and its
	 * identity column, if any.
	 */
	record Table(String name, List<Column> columns, List<String> primaryKey, Map<String, String> selfReferences,
			String identity) {

		String orderBy() {
			List<String> keys = primaryKey.isEmpty() ? columns.stream().map(Column::name).toList() : primaryKey;
			return String.join(", ", keys.stream().map(Schema::quote).toList());
		}
	}

	static Schema read(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Map<String, Set<String>> references = new TreeMap<>();
		Map<String, Table> tables = new TreeMap<>();
		for (String name : names(connection)) {
			List<Column> columns = new ArrayList<>();
			try (ResultSet rs = meta.getColumns(null, schemaName(meta), name, null)) {
				while (rs.next()) {
					columns.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
							Column.kind(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"))));
				}
			}
			Map<Integer, String> keys = new TreeMap<>();
			try (ResultSet rs = meta.getPrimaryKeys(null, schemaName(meta), name)) {
				while (rs.next()) {
					keys.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
				}
			}
			Set<String> parents = new LinkedHashSet<>();
			Map<String, String> self = new LinkedHashMap<>();
			try (ResultSet rs = meta.getImportedKeys(null, schemaName(meta), name)) {
				while (rs.next()) {
					String parent = rs.getString("PKTABLE_NAME");
					if (parent.equalsIgnoreCase(name)) {
						self.put(rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME"));
					} else {
						parents.add(parent.toLowerCase(Locale.ROOT));
					}
				}
			}
			references.put(name, parents);
			tables.put(name, new Table(name, columns, List.copyOf(keys.values()), self, identity(connection, name)));
		}
		return new Schema(ordered(tables, references));
	}

	private static List<String> names(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		// the partitions of a partitioned table (partition-activities) hold rows that the parent table gives
		String partitions = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")
				? " and table_name not in (select relname from pg_class where relispartition"
						+ " and relnamespace = to_regnamespace(table_schema))"
				: "";
		try (PreparedStatement sql = connection.prepareStatement("""
				select table_name from information_schema.tables
				where lower(table_schema) = ? and table_type = 'BASE TABLE'%s order by table_name""".formatted(partitions))) {
			sql.setString(1, SCHEMA);
			try (ResultSet rs = sql.executeQuery()) {
				while (rs.next()) {
					String name = rs.getString(1);
					if (!name.equalsIgnoreCase("flyway_schema_history")) {
						names.add(name);
					}
				}
			}
		}
		return names;
	}

	/** The identity column, or the column that takes its default from a sequence (a partitioned activity's id). */
	private static String identity(Connection connection, String table) throws SQLException {
		try (PreparedStatement sql = connection.prepareStatement("""
				select column_name from information_schema.columns
				where lower(table_schema) = ? and table_name = ?
				  and (is_identity = 'YES' or lower(column_default) like 'nextval(%')""")) {
			sql.setString(1, SCHEMA);
			sql.setString(2, table);
			try (ResultSet rs = sql.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

	private static String schemaName(DatabaseMetaData meta) throws SQLException {
		return meta.storesUpperCaseIdentifiers() && !meta.getURL().contains("DATABASE_TO_LOWER=TRUE") ? "PUBLIC"
				: SCHEMA;
	}

	/** Parents before children; a cycle between two tables cannot be loaded row by row and is refused. */
	private static List<Table> ordered(Map<String, Table> tables, Map<String, Set<String>> references) {
		List<Table> ordered = new ArrayList<>();
		Set<String> done = new LinkedHashSet<>();
		while (done.size() < tables.size()) {
			boolean progress = false;
			for (String name : tables.keySet()) {
				if (!done.contains(name) && done.containsAll(references.get(name).stream()
					.filter(tables::containsKey).toList())) {
					done.add(name);
					ordered.add(tables.get(name));
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("foreign keys form a cycle among " + tables.keySet().stream()
					.filter(t -> !done.contains(t)).toList());
			}
		}
		return ordered;
	}

	static String quote(String identifier) {
		return '"' + identifier + '"';
	}
}
