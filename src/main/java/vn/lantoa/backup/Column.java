package vn.lantoa.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * One column of a table and how its values travel through a backup: every value is written as text (numbers and
 * times in their ISO form, bytes in Base64) so that a copy taken on PostgreSQL loads into H2 and back.
 */
record Column(String name, int sqlType, Kind kind) {

	enum Kind {
		LONG, DECIMAL, DOUBLE, BOOLEAN, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, BYTES, UUID, TEXT
	}

	static Kind kind(int jdbcType, String typeName) {
		String type = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
		if (jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || type.equals("timestamptz") || type.contains("with time zone")
				&& type.startsWith("timestamp")) {
			return Kind.TIMESTAMP_TZ;
		}
		if (type.equals("uuid")) {
			return Kind.UUID;
		}
		return switch (jdbcType) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.LONG;
			case Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
			case Types.DOUBLE, Types.FLOAT, Types.REAL -> Kind.DOUBLE;
			case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
			case Types.DATE -> Kind.DATE;
			case Types.TIME -> Kind.TIME;
			case Types.TIMESTAMP -> Kind.TIMESTAMP;
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BYTES;
			default -> Kind.TEXT;
		};
	}

	/** The value of this column in the current row, as text; null for SQL NULL. */
	String read(ResultSet rs, int index) throws SQLException {
		Object value = switch (kind) {
			case LONG -> {
				long l = rs.getLong(index);
				yield rs.wasNull() ? null : l;
			}
			case DECIMAL -> {
				BigDecimal d = rs.getBigDecimal(index);
				yield d == null ? null : d.toPlainString();
			}
			case DOUBLE -> {
				double d = rs.getDouble(index);
				yield rs.wasNull() ? null : d;
			}
			case BOOLEAN -> {
				boolean b = rs.getBoolean(index);
				yield rs.wasNull() ? null : b;
			}
			case DATE -> rs.getObject(index, LocalDate.class);
			case TIME -> rs.getObject(index, LocalTime.class);
			case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
			case TIMESTAMP_TZ -> {
				OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
				yield t == null ? null : t.toInstant();
			}
			case BYTES -> {
				byte[] b = rs.getBytes(index);
				yield b == null ? null : Base64.getEncoder().encodeToString(b);
			}
			case UUID -> rs.getObject(index, UUID.class);
			case TEXT -> rs.getString(index);
		};
		return value == null ? null : value.toString();
	}

	/** Binds the text a backup holds for this column. */
	void bind(PreparedStatement insert, int index, String text) throws SQLException {
		if (text == null) {
			insert.setNull(index, sqlType);
			return;
		}
		switch (kind) {
			case LONG -> insert.setLong(index, Long.parseLong(text));
			case DECIMAL -> insert.setBigDecimal(index, new BigDecimal(text));
			case DOUBLE -> insert.setDouble(index, Double.parseDouble(text));
			case BOOLEAN -> insert.setBoolean(index, Boolean.parseBoolean(text));
			case DATE -> insert.setObject(index, LocalDate.parse(text));
			case TIME -> insert.setObject(index, LocalTime.parse(text));
			case TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(text));
			case TIMESTAMP_TZ -> insert.setObject(index, OffsetDateTime.parse(text));
			case BYTES -> insert.setBytes(index, Base64.getDecoder().decode(text));
			case UUID -> insert.setObject(index, java.util.UUID.fromString(text));
			case TEXT -> insert.setString(index, text);
		}
	}
}
