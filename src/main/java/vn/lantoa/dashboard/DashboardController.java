package vn.lantoa.dashboard;

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

import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;

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

	DashboardController(Dashboard dashboard, DashboardCharts charts, DashboardWorkbook workbook,
			DashboardLabels labels, OrgTree tree) {
		this.dashboard = dashboard;
		this.charts = charts;
		this.workbook = workbook;
		this.labels = labels;
		this.tree = tree;
	}

	@GetMapping("/campaigns/{id}/dashboard")
	String page(Actor actor, @PathVariable long id, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String period, Model model, Locale locale) {
		DashboardFigures f = dashboard.figures(actor, id, unitId, period);
		model.addAttribute("f", f);
		model.addAttribute("units", tree.choices(actor.scopeUnitId(), f.unitId()));
		model.addAttribute("tables", DashboardTables.of(f, labels, labels.measureNames(locale), locale));
		model.addAttribute("states", DashboardFigures.ReportState.values());
		Map<String, String> stateNames = labels.stateNames(locale);
		model.addAttribute("stateNames", stateNames);
		model.addAttribute("heatMap", HeatMap.of(f, labels, stateNames, locale));
		model.addAttribute("charts", charts.json(f, locale));
		return "dashboard/dashboard";
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
