package vn.lantoa.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lantoa.campaign.Campaign;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitView;
import vn.lantoa.report.ReportRegister.Owed;

/**
 * The figures of a unit's consolidated report: its own activities, plus for each unit below, the approved
 * consolidated report of that unit when it has one (it already covers its subtree), or else its own approved
 * report and, recursively, those below it. So a province consolidating over a city that has consolidated counts
 * every ward once, through the city's report.
 */
@Component
public class Consolidation {

	/** One row of the annex: a unit that owed a report, and what it reported (nothing when not approved). */
	public record UnitRow(long unitId, String unitName, ReportStatus status, Boolean onTime, Figures figures) {
	}

	/** The consolidated figures, the per-unit annex, the units that did not report, and their narratives. */
	public record Result(Figures figures, List<UnitRow> units, List<Owed> missing,
			Map<Report.Section, List<String>> narratives) {
	}

	private final JdbcClient jdbc;
	private final FigureStore figures;
	private final OrgTree tree;
	private final ReportRegister register;
	private final Reports reports;

	Consolidation(JdbcClient jdbc, FigureStore figures, OrgTree tree, ReportRegister register, Reports reports) {
		this.jdbc = jdbc;
		this.figures = figures;
		this.tree = tree;
		this.register = register;
		this.reports = reports;
	}

	Result consolidate(Campaign campaign, ReportPeriod term, long unitId) {
		List<UnitView> subtree = tree.subtree(unitId);
		Map<Long, List<Long>> children = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		for (UnitView u : subtree) {
			names.put(u.id(), u.name());
			if (u.id() != unitId) {
				children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
			}
		}
		Map<Long, Long> approvedOwn = new HashMap<>();
		Map<Long, Long> approvedConsolidated = new HashMap<>();
		jdbc.sql("""
				select r.id, r.unit_id, r.consolidated from report r
				join org_unit_tree t on t.unit_id = r.unit_id and t.ancestor_id = :top
				where r.campaign_id = :campaign and r.period_key = :period and r.status = 'APPROVED'
				  and r.unit_id <> :top""")
			.param("top", unitId).param("campaign", campaign.getId()).param("period", term.key())
			.query((rs, n) -> (rs.getBoolean(3) ? approvedConsolidated : approvedOwn).put(rs.getLong(2),
					rs.getLong(1)))
			.list();
		List<Long> ids = new ArrayList<>(approvedOwn.values());
		ids.addAll(approvedConsolidated.values());
		Map<Long, Figures> frozen = figures.frozen(ids);

		Figures total = figures.compute(campaign.getId(), unitId, term.from(), term.to());
		List<Long> used = new ArrayList<>();
		for (long child : children.getOrDefault(unitId, List.of())) {
			total = total.plus(contribution(child, children, approvedOwn, approvedConsolidated, frozen, used));
		}

		List<Owed> owed = register.owed(campaign, List.of(term), unitId).stream().filter(o -> o.unitId() != unitId)
			.toList();
		List<UnitRow> rows = new ArrayList<>();
		List<Owed> missing = new ArrayList<>();
		for (Owed o : owed) {
			Long approved = approvedOwn.get(o.unitId());
			rows.add(new UnitRow(o.unitId(), o.unitName(), o.status(), o.onTime(),
					approved == null ? Figures.NONE : frozen.get(approved)));
			if (!o.status().submitted()) {
				missing.add(o);
			}
		}
		return new Result(total, rows, missing, narratives(used, names));
	}

	private Figures contribution(long unit, Map<Long, List<Long>> children, Map<Long, Long> own,
			Map<Long, Long> consolidated, Map<Long, Figures> frozen, List<Long> used) {
		Long report = consolidated.get(unit);
		if (report != null) {
			used.add(report);
			return frozen.get(report);
		}
		Figures sum = Figures.NONE;
		report = own.get(unit);
		if (report != null) {
			used.add(report);
			sum = frozen.get(report);
		}
		for (long child : children.getOrDefault(unit, List.of())) {
			sum = sum.plus(contribution(child, children, own, consolidated, frozen, used));
		}
		return sum;
	}

	/** The narratives of the reports that went into the figures, section by section, each under its unit's name. */
	private Map<Report.Section, List<String>> narratives(List<Long> reportIds, Map<Long, String> names) {
		Map<Report.Section, List<String>> parts = new LinkedHashMap<>();
		for (Report.Section s : Report.Section.values()) {
			parts.put(s, new ArrayList<>());
		}
		for (Report r : reports.findAllById(reportIds)) {
			for (Report.Section s : Report.Section.values()) {
				String text = r.section(s);
				if (text != null) {
					parts.get(s).add(names.get(r.getUnitId()) + ": " + text);
				}
			}
		}
		return parts;
	}
}
