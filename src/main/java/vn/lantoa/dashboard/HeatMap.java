package vn.lantoa.dashboard;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reporting heat map as the page draws it: each cell's class, link, words and title worked out here, so that the
 * template reads four values per cell instead of evaluating a dozen expressions (a national dashboard has 252 cells).
 */
public record HeatMap(List<Row> rows) {

	/** A unit's row: its cells in the order of the campaign's periods. */
	public record Row(long unitId, String unitName, List<Cell> cells) {
	}

	/** A cell: {@code href} null when the unit owes nothing for the period ({@code css} "none"). */
	public record Cell(String css, String href, String label, String title) {
	}

	static HeatMap of(DashboardFigures f, DashboardLabels labels, Map<String, String> stateNames, Locale locale) {
		MessageFormat submittedOf = labels.format("dashboard.submittedOf", locale);
		List<Row> rows = new ArrayList<>(f.reporting().size());
		for (DashboardFigures.ReportingRow row : f.reporting()) {
			List<Cell> cells = new ArrayList<>(row.cells().size());
			for (DashboardFigures.ReportingCell cell : row.cells()) {
				cells.add(cell == null ? new Cell("none", null, null, null) : cell(f, row, cell, submittedOf,
						stateNames));
			}
			rows.add(new Row(row.unitId(), row.unitName(), cells));
		}
		return new HeatMap(rows);
	}

	private static Cell cell(DashboardFigures f, DashboardFigures.ReportingRow row, DashboardFigures.ReportingCell cell,
			MessageFormat submittedOf, Map<String, String> stateNames) {
		String state = stateNames.get(cell.state().name());
		String css = "state-" + cell.state().name();
		if (cell.reportId() != null) {
			return new Cell(css, "/reports/" + cell.reportId(), state, null);
		}
		String href = "/reports?campaignId=" + f.campaignId() + "&period=" + cell.period() + "&unitId=" + row.unitId();
		return cell.several()
				? new Cell(css, href, submittedOf.format(new Object[] { cell.submitted(), cell.expected() }), state)
				: new Cell(css, href, state, null);
	}
}
