package vn.lantoa.generate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows into one table: PostgreSQL's COPY in chunks of text, or batched inserts on any other database. Values are
 * strings, numbers, booleans, dates, instants or null.
 */
abstract class RowSink implements AutoCloseable {

	protected long rows;
	private RowSink parent;

	abstract void row(Object... values);

	/** Rows of this table refer to rows of {@code parent}: those are written first whenever this one writes. */
	RowSink after(RowSink parent) {
		this.parent = parent;
		return this;
	}

	protected final void parentFirst() {
		if (parent != null) {
			parent.flush();
		}
	}

	abstract void flush();

	@Override
	public abstract void close();

	long rows() {
		return rows;
	}

	static RowSink open(Connection connection, boolean postgres, String table, String... columns) {
		try {
			return postgres ? new Copy(connection.unwrap(PGConnection.class).getCopyAPI(), table, columns)
					: new Batch(connection, table, columns);
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** COPY … FROM STDIN in the text format, one statement per 20,000 rows so that memory stays flat. */
	private static final class Copy extends RowSink {

		private static final int CHUNK = 20_000;
		private final CopyManager copy;
		private final String sql;
		private final StringBuilder text = new StringBuilder(1 << 20);
		private int pending;

		Copy(CopyManager copy, String table, String[] columns) {
			this.copy = copy;
			this.sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
		}

		@Override
		void row(Object... values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				append(values[i]);
			}
			text.append('\n');
			rows++;
			if (++pending >= CHUNK) {
				flush();
			}
		}

		private void append(Object value) {
			if (value == null) {
				text.append("\\N");
				return;
			}
			String s = value instanceof Instant at ? Timestamp.from(at).toString() : value.toString();
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
				}
			}
		}

		@Override
		void flush() {
			if (pending == 0) {
				return;
			}
			parentFirst();
			try {
				copy.copyIn(sql, new StringReader(text.toString()));
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			text.setLength(0);
			pending = 0;
		}

		@Override
		public void close() {
			flush();
		}
	}

	/** Batched inserts of 1,000 rows. */
	private static final class Batch extends RowSink {

		private final PreparedStatement insert;
		private int pending;

		Batch(Connection connection, String table, String[] columns) throws SQLException {
			insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
					+ ") values (" + "?, ".repeat(columns.length - 1) + "?)");
		}

		@Override
		void row(Object... values) {
			try {
				for (int i = 0; i < values.length; i++) {
					Object v = values[i];
					if (v instanceof Instant at) {
						v = Timestamp.from(at);
					} else if (v instanceof LocalDate day) {
						v = java.sql.Date.valueOf(day);
					}
					insert.setObject(i + 1, v);
				}
				insert.addBatch();
				rows++;
				if (++pending >= 1_000) {
					flush();
				}
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}

		@Override
		void flush() {
			if (pending == 0) {
				return;
			}
			parentFirst();
			try {
				insert.executeBatch();
				pending = 0;
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}

		@Override
		public void close() {
			try {
				flush();
				insert.close();
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
