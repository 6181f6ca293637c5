package vn.lantoa.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.lantoa.campaign.Assignment;
import vn.lantoa.campaign.CampaignDirectory.AssignmentView;
import vn.lantoa.campaign.CampaignDirectory.UnitStatusCounts;
import vn.lantoa.dashboard.DashboardFigures.Channel;
import vn.lantoa.dashboard.DashboardFigures.CoverageCell;
import vn.lantoa.dashboard.DashboardFigures.CoverageRow;
import vn.lantoa.dashboard.DashboardFigures.Rate;
import vn.lantoa.dashboard.DashboardFigures.ReportingCell;
import vn.lantoa.dashboard.DashboardFigures.ReportingRow;
import vn.lantoa.dashboard.DashboardFigures.TrendPoint;
import vn.lantoa.dashboard.DashboardFigures.UnitActivity;
import vn.lantoa.document.FigureWorkbook;
import vn.lantoa.document.Table;
import vn.lantoa.rollup.RollupQueries;

/** The dashboard's figures as an XLSX workbook: one sheet per table of the page. */
@Component
class DashboardWorkbook {

	private final DashboardLabels labels;

	DashboardWorkbook(DashboardLabels labels) {
		this.labels = labels;
	}

	byte[] write(DashboardFigures f, Dashboard.AssignmentSheet assignments, Locale locale) {
		List<Table> tables = new ArrayList<>(List.of(coverage(f, locale), reporting(f, locale),
				completeness(f, locale), trend(f, locale)));
		if (assignments.listed() != null) {
			tables.add(assignments(f, assignments.listed(), locale));
		} else {
			tables.add(assignmentsBelow(assignments.below(), locale));
			tables.add(overdue(f.assignments().overdue(), locale));
		}
		tables.add(units(f, locale));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			FigureWorkbook.write(f.campaignTitle() + " – " + f.unitName() + " – " + labels.period(f.period(), locale),
					tables, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private Table coverage(DashboardFigures f, Locale locale) {
		List<String> columns = new ArrayList<>(List.of(labels.text("dashboard.theme", locale)));
		for (Channel c : f.channels()) {
			columns.add(c.title() + " – " + labels.text("dashboard.activities", locale));
			if (c.keyMeasure() != null) {
				columns.add(c.title() + " – " + labels.measure(c.keyMeasure(), locale));
			}
		}
		Map<Long, String> themes = new java.util.HashMap<>();
		f.themes().forEach(t -> themes.put(t.id(), t.title()));
		List<List<Object>> rows = new ArrayList<>();
		for (CoverageRow row : f.coverage()) {
			List<Object> cells = new ArrayList<>();
			cells.add(row.themeId() == RollupQueries.ALL_THEMES ? labels.text("dashboard.allThemes", locale)
					: themes.get(row.themeId()));
			for (int i = 0; i < row.cells().size(); i++) {
				CoverageCell cell = row.cells().get(i);
				cells.add(cell.activities());
				if (f.channels().get(i).keyMeasure() != null) {
					cells.add(cell.keyMeasure());
				}
			}
			rows.add(cells);
		}
		return new Table(labels.text("dashboard.coverage", locale), columns, rows, false);
	}

	private Table reporting(DashboardFigures f, Locale locale) {
		List<String> columns = new ArrayList<>(List.of(labels.text("dashboard.unit", locale)));
		f.periods().forEach(p -> columns.add(labels.period(p, locale)));
		List<List<Object>> rows = new ArrayList<>();
		for (ReportingRow row : f.reporting()) {
			List<Object> cells = new ArrayList<>(List.of(row.unitName()));
			for (ReportingCell cell : row.cells()) {
				cells.add(cell == null ? "" : cell.several()
						? labels.text("dashboard.submittedOf", locale, cell.submitted(), cell.expected())
						: labels.text("dashboard.state." + cell.state().name(), locale));
			}
			rows.add(cells);
		}
		return new Table(labels.text("dashboard.reporting", locale), columns, rows, false);
	}

	private Table completeness(DashboardFigures f, Locale locale) {
		List<String> columns = List.of(labels.text("dashboard.period", locale),
				labels.text("report.expected", locale), labels.text("report.submittedCount", locale),
				labels.text("report.onTimeCount", locale), labels.text("report.returnedCount", locale),
				labels.text("report.completeness", locale) + " (%)", labels.text("report.timeliness", locale) + " (%)");
		List<List<Object>> rows = new ArrayList<>();
		for (Rate r : f.completeness()) {
			rows.add(java.util.Arrays.asList(labels.period(r.period(), locale), r.expected(), r.submitted(),
					r.onTime(), r.returned(), r.completeness(), r.timeliness()));
		}
		return new Table(labels.text("dashboard.completeness", locale), columns, rows, false);
	}

	private Table trend(DashboardFigures f, Locale locale) {
		List<String> columns = List.of(labels.text("dashboard.month", locale), labels.text("dashboard.channel", locale),
				labels.text("dashboard.activities", locale), labels.text("dashboard.keyMeasure", locale),
				labels.text("dashboard.amount", locale));
		Map<Long, Channel> channels = new java.util.HashMap<>();
		f.channels().forEach(c -> channels.put(c.id(), c));
		Map<Long, String> keyMeasures = new java.util.HashMap<>();
		f.channels().forEach(c -> keyMeasures.put(c.id(), labels.measure(c.keyMeasure(), locale)));
		List<List<Object>> rows = new ArrayList<>();
		for (TrendPoint p : f.trend()) {
			Channel c = channels.get(p.channelId());
			rows.add(java.util.Arrays.asList(labels.month(p.month()), c == null ? "" : c.title(), p.activities(),
					c == null ? "" : keyMeasures.get(c.id()), p.keyMeasure()));
		}
		return new Table(labels.text("dashboard.trend", locale), columns, rows, false);
	}

	private Table assignments(DashboardFigures f, List<AssignmentView> assignments, Locale locale) {
		List<String> columns = List.of(labels.text("dashboard.unit", locale), labels.text("dashboard.dueOn", locale),
				labels.text("dashboard.status", locale));
		List<List<Object>> rows = new ArrayList<>();
		for (AssignmentView a : assignments) {
			rows.add(List.of(a.unitName(), date(a), labels.text("assignment.status." + a.status().name(), locale)));
		}
		for (Assignment.Status s : Assignment.Status.values()) {
			rows.add(List.of(labels.text("assignment.status." + s.name(), locale), "",
					String.valueOf(f.assignments().counts().get(s))));
		}
		return new Table(labels.text("dashboard.assignments", locale), columns, rows, false);
	}

	private Table assignmentsBelow(List<UnitStatusCounts> below, Locale locale) {
		List<String> columns = new ArrayList<>(List.of(labels.text("dashboard.unit", locale)));
		for (Assignment.Status s : Assignment.Status.values()) {
			columns.add(labels.text("assignment.status." + s.name(), locale));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (UnitStatusCounts u : below) {
			List<Object> cells = new ArrayList<>(List.of(u.own() ? labels.text("dashboard.ownAssignment", locale,
					u.unitName()) : u.unitName()));
			for (Assignment.Status s : Assignment.Status.values()) {
				cells.add(u.counts().get(s));
			}
			rows.add(cells);
		}
		return new Table(labels.text("dashboard.assignmentsBelow", locale), columns, rows, true);
	}

	private Table overdue(List<AssignmentView> overdue, Locale locale) {
		List<String> columns = List.of(labels.text("dashboard.unit", locale), labels.text("dashboard.dueOn", locale));
		List<List<Object>> rows = new ArrayList<>();
		for (AssignmentView a : overdue) {
			rows.add(List.of(a.unitName(), date(a)));
		}
		return new Table(labels.text("dashboard.overdueLongest", locale, overdue.size()), columns, rows, false);
	}

	private static String date(AssignmentView a) {
		return "%02d/%02d/%d".formatted(a.dueOn().getDayOfMonth(), a.dueOn().getMonthValue(), a.dueOn().getYear());
	}

	private Table units(DashboardFigures f, Locale locale) {
		List<String> columns = List.of(labels.text("dashboard.unit", locale), labels.text("dashboard.size", locale),
				labels.text("dashboard.activities", locale), labels.text("dashboard.perUnit", locale));
		List<List<Object>> rows = new ArrayList<>();
		for (UnitActivity u : f.units()) {
			rows.add(List.of(u.unitName(), u.size(), u.activities(), u.perUnit()));
		}
		return new Table(labels.text("dashboard.units", locale), columns, rows, false);
	}

	static String filename(DashboardFigures f) {
		return "bang-dieu-hanh-" + f.campaignId() + "-" + f.unitId() + (f.period() == null ? "" : "-" + f.period())
				+ ".xlsx";
	}

}
