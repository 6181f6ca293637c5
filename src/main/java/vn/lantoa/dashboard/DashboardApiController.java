package vn.lantoa.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.campaign.Assignment;
import vn.lantoa.dashboard.DashboardFigures.ReportState;
import vn.lantoa.shared.Actor;

/**
 * The campaign dashboard in the JSON API: the same figures as the page. Theme 0 in {@code coverage} is the row of
 * all themes, where an activity with several themes counts once.
 */
@RestController
class DashboardApiController {

	record CellJson(long themeId, long channelId, long activities, boolean empty, String keyMeasure,
			BigDecimal keyAmount, Map<String, BigDecimal> measures) {
	}

	record ReportJson(long unitId, String unitName, String period, ReportState state, Long reportId,
			LocalDate deadline, Boolean onTime, int expected, int submitted) {
	}

	record AssignmentJson(long id, long unitId, String unitName, LocalDate dueOn, LocalDate completedOn,
			Assignment.Status status) {
	}

	record AssignmentsJson(Map<Assignment.Status, Long> counts, List<AssignmentJson> overdue) {
	}

	record TrendJson(String month, long channelId, long activities, BigDecimal keyAmount) {
	}

	record UnitJson(long unitId, String unitName, int size, long activities, BigDecimal perUnit) {
	}

	record DashboardJson(long campaignId, long unitId, String unitName, String period, LocalDate startsFrom,
			LocalDate startsTo, List<DashboardFigures.Theme> themes, List<DashboardFigures.Channel> channels,
			List<CellJson> coverage, List<ReportJson> reporting, List<DashboardFigures.Rate> completeness,
			AssignmentsJson assignments, List<TrendJson> trend, List<UnitJson> units) {
	}

	private final Dashboard dashboard;

	DashboardApiController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@Operation(summary = "A campaign's dashboard for a unit's subtree and a period",
			description = "unitId: the actor's scope when absent; period: a key such as 2024Q1, or the whole "
					+ "campaign when absent. Figures come from the roll-ups and the report and assignment registers. "
					+ "assignments.overdue lists the longest overdue first, at most 2,000; assignments.counts counts "
					+ "them all.")
	@GetMapping("/api/v1/campaigns/{id}/dashboard")
	DashboardJson dashboard(Actor actor, @PathVariable long id, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String period) {
		DashboardFigures f = dashboard.figures(actor, id, unitId, period);
		Map<Long, String> keyMeasures = new java.util.HashMap<>();
		f.channels().forEach(c -> keyMeasures.put(c.id(), c.keyMeasure()));
		return new DashboardJson(f.campaignId(), f.unitId(), f.unitName(), f.period(), f.startsFrom(), f.startsTo(),
				f.themes(), f.channels(),
				f.coverage().stream().flatMap(r -> r.cells().stream())
					.map(c -> new CellJson(c.themeId(), c.channelId(), c.activities(), c.empty(),
							keyMeasures.get(c.channelId()), c.keyMeasure(), c.measures()))
					.toList(),
				f.reporting().stream().flatMap(r -> r.cells().stream().filter(java.util.Objects::nonNull)
					.map(c -> new ReportJson(r.unitId(), r.unitName(), c.period(), c.state(), c.reportId(),
							c.deadline(), c.onTime(), c.expected(), c.submitted())))
					.toList(),
				f.completeness(),
				new AssignmentsJson(f.assignments().counts(), dashboard.overdueList(actor, f).stream()
					.map(a -> new AssignmentJson(a.id(), a.unitId(), a.unitName(), a.dueOn(), a.completedOn(),
							a.status()))
					.toList()),
				f.trend().stream().map(t -> new TrendJson(t.month().toString(), t.channelId(), t.activities(),
						t.keyMeasure())).toList(),
				f.units().stream().map(u -> new UnitJson(u.unitId(), u.unitName(), u.size(), u.activities(),
						u.perUnit())).toList());
	}
}
