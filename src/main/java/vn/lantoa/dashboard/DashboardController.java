package vn.lantoa.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitView;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.RenderedSections;

/** The campaign dashboard page for a unit's subtree and a period, and its figures as XLSX. */
@Controller
class DashboardController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Dashboard dashboard;
	private final DashboardCharts charts;
	private final DashboardWorkbook workbook;
	private final DashboardLabels labels;
	private final OrgTree tree;
	private final RenderedSections sections;

	DashboardController(Dashboard dashboard, DashboardCharts charts, DashboardWorkbook workbook,
			DashboardLabels labels, OrgTree tree, RenderedSections sections) {
		this.dashboard = dashboard;
		this.charts = charts;
		this.workbook = workbook;
		this.labels = labels;
		this.tree = tree;
		this.sections = sections;
	}

	/**
	 * The page: its section (everything but the frame) is rendered from the figures, the unit chooser and the
	 * measures' names, and kept as HTML, one per campaign, reader's scope, unit and period, while another request
	 * brings equal ones ({@link RenderedSections}).
	 */
	@GetMapping("/campaigns/{id}/dashboard")
	String page(Actor actor, @PathVariable long id, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String period, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		DashboardFigures f = dashboard.figures(actor, id, unitId, period);
		List<UnitView> units = tree.choices(actor.scopeUnitId(), f.unitId());
		Map<String, String> measureNames = labels.measureNames(locale);
		model.addAttribute("f", f);
		model.addAttribute("section", sections.render("dashboard/section",
				Arrays.asList(id, actor.scopeUnitId(), unitId, period), locale, List.of(f, units, measureNames),
				() -> section(f, units, measureNames, locale), request, response));
		return "dashboard/dashboard";
	}

	private Map<String, Object> section(DashboardFigures f, List<UnitView> units, Map<String, String> measureNames,
			Locale locale) {
		Map<String, String> stateNames = labels.stateNames(locale);
		return Map.of("f", f, "units", units, "tables", DashboardTables.of(f, labels, measureNames, locale), "states",
				DashboardFigures.ReportState.values(), "stateNames", stateNames, "heatMap",
				HeatMap.of(f, labels, stateNames, locale), "charts", charts.json(f, locale));
	}

	@GetMapping("/campaigns/{id}/dashboard.xlsx")
	ResponseEntity<byte[]> xlsx(Actor actor, @PathVariable long id, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String period, Locale locale) {
		DashboardFigures f = dashboard.figures(actor, id, unitId, period);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(DashboardWorkbook.filename(f)).build().toString())
			.contentType(XLSX).body(workbook.write(f, dashboard.assignmentSheet(actor, f), locale));
	}
}
