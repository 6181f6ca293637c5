package vn.lantoa.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.campaign.Assignment;
import vn.lantoa.dashboard.DashboardFigures.Channel;
import vn.lantoa.dashboard.DashboardFigures.CoverageRow;
import vn.lantoa.dashboard.DashboardFigures.Theme;
import vn.lantoa.dashboard.DashboardFigures.TrendPoint;
import vn.lantoa.rollup.RollupQueries;

/**
 * The data of the dashboard's charts, as JSON the page's script hands to ECharts: the same numbers as the tables
 * next to each chart, with the labels already in the reader's language.
 */
@Component
class DashboardCharts {

	private final DashboardLabels labels;
	private final JsonMapper json;

	DashboardCharts(DashboardLabels labels, JsonMapper json) {
		this.labels = labels;
		this.json = json;
	}

	/** The JSON, safe inside a {@code <script type="application/json">} element. */
	String json(DashboardFigures f, Locale locale) {
		Map<String, Object> charts = new LinkedHashMap<>();
		charts.put("coverage", coverage(f, locale));
		charts.put("completeness", completeness(f, locale));
		charts.put("trend", trend(f, locale));
		charts.put("assignments", assignments(f, locale));
		charts.put("units", units(f));
		charts.put("labels", Map.of("activities", labels.text("dashboard.activities", locale),
				"completeness", labels.text("report.completeness", locale),
				"timeliness", labels.text("report.timeliness", locale),
				"perUnit", labels.text("dashboard.perUnit", locale),
				"save", labels.text("dashboard.savePng", locale)));
		return json.writeValueAsString(charts).replace("</", "<\\/");
	}

	private Map<String, Object> coverage(DashboardFigures f, Locale locale) {
		List<String> themes = new ArrayList<>(f.themes().stream().map(Theme::title).toList());
		List<List<Object>> cells = new ArrayList<>();
		for (int y = 0; y < f.coverage().size(); y++) {
			CoverageRow row = f.coverage().get(y);
			if (row.themeId() == RollupQueries.ALL_THEMES) {
				continue;
			}
			for (int x = 0; x < row.cells().size(); x++) {
				cells.add(List.of(x, y, row.cells().get(x).activities()));
			}
		}
		return Map.of("channels", f.channels().stream().map(Channel::title).toList(), "themes", themes, "cells",
				cells);
	}

	private Map<String, Object> completeness(DashboardFigures f, Locale locale) {
		return Map.of("periods", f.completeness().stream().map(r -> labels.period(r.period(), locale)).toList(),
				"completeness", f.completeness().stream().map(r -> (Object) r.completeness()).toList(),
				"timeliness", f.completeness().stream().map(r -> (Object) r.timeliness()).toList());
	}

	private Map<String, Object> trend(DashboardFigures f, Locale locale) {
		TreeSet<YearMonth> months = new TreeSet<>();
		f.trend().forEach(p -> months.add(p.month()));
		List<YearMonth> axis = new ArrayList<>(months);
		List<Map<String, Object>> series = new ArrayList<>();
		for (Channel c : f.channels()) {
			List<Long> data = new ArrayList<>();
			for (YearMonth m : axis) {
				data.add(f.trend().stream().filter(p -> p.month().equals(m) && p.channelId() == c.id())
					.mapToLong(TrendPoint::activities).sum());
			}
			series.add(Map.of("name", c.title(), "data", data));
		}
		return Map.of("months", axis.stream().map(labels::month).toList(), "series", series);
	}

	private List<Map<String, Object>> assignments(DashboardFigures f, Locale locale) {
		List<Map<String, Object>> slices = new ArrayList<>();
		for (Assignment.Status s : Assignment.Status.values()) {
			slices.add(Map.of("name", labels.text("assignment.status." + s.name(), locale), "value",
					f.assignments().counts().get(s), "status", s.name()));
		}
		return slices;
	}

	private Map<String, Object> units(DashboardFigures f) {
		List<String> names = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		f.units().stream().limit(15).forEach(u -> {
			names.add(u.unitName());
			values.add(u.perUnit());
		});
		return Map.of("names", names, "values", values);
	}
}
