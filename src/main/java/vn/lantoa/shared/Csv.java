package vn.lantoa.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 comma-separated values, as Excel writes and reads them: quoted fields may hold commas, quotes and line
 * breaks; a leading byte-order mark is skipped on reading and written on export so that Excel shows Vietnamese
 * names correctly.
 */
public final class Csv {

	private static final char BOM = '\uFEFF';

	private Csv() {
	}

	/** The records of the text, each a list of fields; blank lines are dropped. */
	public static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				endRow(rows, row, field);
				row = new ArrayList<>();
			} else {
				field.append(c);
			}
		}
		endRow(rows, row, field);
		return rows;
	}

	private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field) {
		row.add(field.toString());
		field.setLength(0);
		if (!(row.size() == 1 && row.get(0).isBlank())) {
			rows.add(row);
		}
	}

	/** The rows as CSV text with CRLF line ends, preceded by a byte-order mark. */
	public static String write(List<List<String>> rows) {
		StringBuilder out = new StringBuilder().append(BOM);
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(quote(row.get(i)));
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	private static String quote(String value) {
		String v = value == null ? "" : value;
		// a leading =, +, - or @ would run as a formula in a spreadsheet
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
			return '"' + v.replace("\"", "\"\"") + '"';
		}
		return v;
	}
}
