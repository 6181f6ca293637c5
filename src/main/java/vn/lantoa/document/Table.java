package vn.lantoa.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of figures: a title (drawn above it; may be null in the body), column headers and rows whose cells are
 * {@link String}s, {@link Number}s or null. With {@code totalRow} a last row "Tổng cộng" is added: the label spans
 * the leading columns, and every later column whose cells are all numbers (or empty) holds their sum, except rates:
 * a column whose header has "%" is left empty, since rates do not add up.
 */
public record Table(String title, List<String> columns, List<List<Object>> rows, boolean totalRow) implements Block {

	/** The label of the totals row. */
	public static final String TOTAL = "Tổng cộng";

	public Table {
		columns = List.copyOf(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("a table needs at least one column");
		}
		List<List<Object>> copy = new ArrayList<>();
		for (List<Object> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException(
						"row has " + row.size() + " cells, the table " + columns.size() + " columns: " + row);
			}
			for (Object cell : row) {
				if (cell != null && !(cell instanceof String) && !(cell instanceof Number)) {
					throw new IllegalArgumentException("a cell must be a String or a Number: " + cell.getClass());
				}
			}
			copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
		}
		rows = Collections.unmodifiableList(copy);
	}

	/** Whether the column holds numbers only (empty cells aside) and at least one: its figures are summed. */
	public boolean numeric(int column) {
		boolean any = false;
		for (List<Object> row : rows) {
			Object cell = row.get(column);
			if (cell instanceof String) {
				return false;
			}
			any |= cell != null;
		}
		return any;
	}

	/** Whether the totals row sums the column: a numeric one after the first that is not a rate ("%"). */
	public boolean summed(int column) {
		return column > 0 && numeric(column) && !columns.get(column).contains("%");
	}

	/**
	 * The totals row: {@link #TOTAL} in the first column, the sum of each {@link #summed} column, null elsewhere.
	 */
	public List<Object> total() {
		List<Object> total = new ArrayList<>(Collections.nCopies(columns.size(), null));
		total.set(0, TOTAL);
		for (int c = 1; c < columns.size(); c++) {
			if (summed(c)) {
				BigDecimal sum = BigDecimal.ZERO;
				for (List<Object> row : rows) {
					if (row.get(c) != null) {
						sum = sum.add(new BigDecimal(row.get(c).toString()));
					}
				}
				total.set(c, sum);
			}
		}
		return Collections.unmodifiableList(total);
	}

	/** The rows as drawn: the data rows, then the totals row when asked for. */
	public List<List<Object>> rowsToDraw() {
		if (!totalRow) {
			return rows;
		}
		List<List<Object>> all = new ArrayList<>(rows);
		all.add(total());
		return all;
	}

	/** Whether a row of {@link #rowsToDraw()} is the totals row. */
	public boolean isTotal(int drawnRow) {
		return totalRow && drawnRow == rows.size();
	}

	/** How many leading columns the "Tổng cộng" label spans: up to the first summed column. */
	int totalLabelSpan() {
		int span = 1;
		while (span < columns.size() && !summed(span)) {
			span++;
		}
		return span;
	}

	String titleOr(String fallback) {
		return title == null || title.isBlank() ? fallback : title;
	}

}
