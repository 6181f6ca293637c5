package vn.lantoa.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one table to a file of JSON lines (the column names first, then one array of texts per row, in primary-key
 * order) and loads such a file back with batched inserts.
 */
final class TableCopy {

	private static final int BATCH = 1_000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TableCopy() {
	}

	/** Writes the table's rows and returns how many there were. */
	static long export(Connection connection, Schema.Table table, Path file) throws SQLException, IOException {
		List<Column> columns = table.columns();
		long rows = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				Statement sql = connection.createStatement()) {
			sql.setFetchSize(BATCH);
			out.write(JSON.writeValueAsString(columns.stream().map(Column::name).toList()));
			out.newLine();
			String select = "select " + String.join(", ", columns.stream().map(c -> Schema.quote(c.name())).toList())
					+ " from " + Schema.quote(table.name()) + " order by " + table.orderBy();
			try (ResultSet rs = sql.executeQuery(select)) {
				String[] row = new String[columns.size()];
				while (rs.next()) {
					for (int i = 0; i < row.length; i++) {
						row[i] = columns.get(i).read(rs, i + 1);
					}
					out.write(JSON.writeValueAsString(row));
					out.newLine();
					rows++;
				}
			}
		}
		return rows;
	}

	/** Inserts the rows of the file; a table that refers to itself gets each row after the row it refers to. */
	static long load(Connection connection, Schema.Table table, Path file) throws SQLException, IOException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<String> names = new ArrayList<>();
			JSON.readTree(in.readLine()).forEach(n -> names.add(n.asString()));
			List<Column> columns = names.stream().map(n -> column(table, n)).toList();
			String insert = "insert into " + Schema.quote(table.name()) + " ("
					+ String.join(", ", names.stream().map(Schema::quote).toList()) + ") values ("
					+ String.join(", ", names.stream().map(n -> "?").toList()) + ")";
			List<String[]> rows = new ArrayList<>();
			long loaded = 0;
			try (PreparedStatement sql = connection.prepareStatement(insert)) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					rows.add(row(JSON.readTree(line), columns.size()));
					if (table.selfReferences().isEmpty() && rows.size() == BATCH) {
						loaded += insert(sql, columns, rows);
						rows.clear();
					}
				}
				if (!table.selfReferences().isEmpty()) {
					rows = parentsFirst(rows, names, table.selfReferences());
				}
				loaded += insert(sql, columns, rows);
			}
			return loaded;
		}
	}

	private static long insert(PreparedStatement sql, List<Column> columns, List<String[]> rows) throws SQLException {
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				columns.get(i).bind(sql, i + 1, row[i]);
			}
			sql.addBatch();
		}
		if (!rows.isEmpty()) {
			sql.executeBatch();
		}
		return rows.size();
	}

	private static String[] row(JsonNode node, int size) {
		if (node.size() != size) {
			throw new IllegalStateException("a row of " + node.size() + " values for " + size + " columns");
		}
		String[] row = new String[size];
		for (int i = 0; i < size; i++) {
			row[i] = node.get(i).isNull() ? null : node.get(i).asString();
		}
		return row;
	}

	/** Rows ordered so that the row a foreign key to the same table names is inserted before the row naming it. */
	private static List<String[]> parentsFirst(List<String[]> rows, List<String> names, Map<String, String> refs) {
		List<int[]> pairs = refs.entrySet().stream()
			.map(e -> new int[] { names.indexOf(e.getKey()), names.indexOf(e.getValue()) }).toList();
		Set<String> present = new HashSet<>();
		List<String[]> ordered = new ArrayList<>(rows.size());
		List<String[]> pending = rows;
		while (!pending.isEmpty()) {
			List<String[]> next = new ArrayList<>();
			for (String[] row : pending) {
				boolean ready = pairs.stream().allMatch(p -> row[p[0]] == null || present.contains(p[1] + ":"
						+ row[p[0]]) || row[p[0]].equals(row[p[1]]));
				if (ready) {
					ordered.add(row);
					pairs.forEach(p -> present.add(p[1] + ":" + row[p[1]]));
				} else {
					next.add(row);
				}
			}
			if (next.size() == pending.size()) {
				throw new IllegalStateException("rows refer to rows that are not in the backup");
			}
			pending = next;
		}
		return ordered;
	}

	private static Column column(Schema.Table table, String name) {
		return table.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst()
			.orElseThrow(() -> new UncheckedIOException(new IOException(
					"the backup has a column " + table.name() + "." + name + " that this database does not")));
	}
}
