package vn.lantoa.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.lantoa.rollup.RollupQueries;

/**
 * The coverage matrix and the trend table as the page prints them: each cell's words, class and link worked out here,
 * so that the template reads a few values per cell. Evaluated by the template, their expressions (links of six
 * parameters, number formats, look-ups by id) were most of a dashboard's rendering, itself more than half of its cost.
 */
public record DashboardTables(Coverage coverage, List<TrendRow> trend) {

	/** The matrix's channel headings and its rows, the row of all themes last. */
	public record Coverage(List<Heading> headings, List<CoverageRow> rows) {
	}

	/** A channel's heading, with its key measure's name in brackets (null when it has none). */
	public record Heading(String title, String keyMeasure) {
	}

	/** A theme's row: {@code css} "total" for the row of all themes, else null. */
	public record CoverageRow(String css, String title, List<CoverageCell> cells) {
	}

	/** A cell and its link to the activities it counts; {@code measure} null when nothing to show. */
	public record CoverageCell(String css, long themeId, long channelId, String href, String title, String label,
			String measure) {
	}

	/** A month and channel of the trend, the key measure's figure and name null when the channel has none. */
	public record TrendRow(String month, String channel, long activities, String keyMeasure, String measureName) {
	}

	static DashboardTables of(DashboardFigures f, DashboardLabels labels, Map<String, String> measureNames,
			Locale locale) {
		return new DashboardTables(coverage(f, labels, measureNames, locale), trend(f, labels, measureNames, locale));
	}

	private static Coverage coverage(DashboardFigures f, DashboardLabels labels, Map<String, String> measureNames,
			Locale locale) {
		List<Heading> headings = f.channels().stream().map(c -> new Heading(c.title(), c.keyMeasure() == null ? null
				: "(" + measureNames.getOrDefault(c.keyMeasure(), c.keyMeasure()) + ")")).toList();
		Map<Long, String> themes = new HashMap<>();
		f.themes().forEach(t -> themes.put(t.id(), t.title()));
		String none = labels.text("dashboard.none", locale);
		String emptyTitle = labels.text("dashboard.emptyCell", locale);
		String openTitle = labels.text("dashboard.openActivities", locale);
		String list = "/activities?unitId=" + f.unitId() + "&campaignId=" + f.campaignId();
		String window = (f.startsFrom() == null ? "" : "&startsFrom=" + f.startsFrom())
				+ (f.startsTo() == null ? "" : "&startsTo=" + f.startsTo());
		List<CoverageRow> rows = new ArrayList<>(f.coverage().size());
		for (DashboardFigures.CoverageRow row : f.coverage()) {
			boolean all = row.themeId() == RollupQueries.ALL_THEMES;
			String theme = all ? "" : "&themeId=" + row.themeId();
			List<CoverageCell> cells = new ArrayList<>(row.cells().size());
			for (DashboardFigures.CoverageCell cell : row.cells()) {
				String href = list + theme + "&channelId=" + cell.channelId() + window;
				cells.add(cell.empty()
						? new CoverageCell("number zero empty-cell", row.themeId(), cell.channelId(), href, emptyTitle,
								none, null)
						: new CoverageCell("number", row.themeId(), cell.channelId(), href, openTitle,
								String.valueOf(cell.activities()), cell.keyMeasure() == null ? null
										: " · " + labels.number(cell.keyMeasure(), locale)));
			}
			rows.add(new CoverageRow(all ? "total" : null,
					all ? labels.text("dashboard.allThemes", locale) : themes.get(row.themeId()), cells));
		}
		return new Coverage(headings, rows);
	}

	private static List<TrendRow> trend(DashboardFigures f, DashboardLabels labels, Map<String, String> measureNames,
			Locale locale) {
		Map<Long, DashboardFigures.Channel> channels = new HashMap<>();
		f.channels().forEach(c -> channels.put(c.id(), c));
		List<TrendRow> rows = new ArrayList<>(f.trend().size());
		for (DashboardFigures.TrendPoint t : f.trend()) {
			DashboardFigures.Channel channel = channels.get(t.channelId());
			boolean measured = t.keyMeasure() != null;
			rows.add(new TrendRow(t.monthLabel(), channel == null ? "" : channel.title(), t.activities(),
					measured ? labels.number(t.keyMeasure(), locale) : null,
					measured ? measureNames.getOrDefault(channel.keyMeasure(), channel.keyMeasure()) : null));
		}
		return rows;
	}
}
