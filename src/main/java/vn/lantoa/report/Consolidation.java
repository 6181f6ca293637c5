package vn.lantoa.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.lantoa.campaign.Campaign;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitView;
import vn.lantoa.report.Figures.Key;
import vn.lantoa.report.Figures.Kind;
import vn.lantoa.report.ReportRegister.Owed;
import vn.lantoa.shared.ChangeCounters;

/**
 * The figures of a unit's consolidated report: its own activities, plus for each unit below, the approved
 * consolidated report of that unit when it has one (it already covers its subtree), or else its own approved
 * report and, recursively, those below it. So a province consolidating over a city that has consolidated counts
 * every ward once, through the city's report.
 */
@Component
public class Consolidation {

	/**
	 * One row of the annex: a unit that owed a report, and what it reported (nothing when not approved).
	 *
	 * @param figures the totals of its approved report over every theme and channel (what the annex shows), not the
	 *        theme and channel cells
	 */
	public record UnitRow(long unitId, String unitName, ReportStatus status, Boolean onTime, Figures figures) {
	}

	/**
	 * The consolidated figures, the per-unit annex, the units that did not report, and the reports the figures came
	 * from (whose narratives {@link Consolidation#narratives} gathers).
	 */
	public record Result(Figures figures, List<UnitRow> units, List<Owed> missing, List<Long> reportIds) {
	}

	/** What the reports below a unit give its consolidated report: everything but the unit's own activities. */
	private record Below(Figures figures, List<UnitRow> units, List<Owed> missing, List<Long> reportIds) {
	}

	private record Scope(long campaignId, String periodKey, long unitId) {
	}

	private final JdbcClient jdbc;
	private final FigureStore figures;
	private final OrgTree tree;
	private final ReportRegister register;
	private final Reports reports;
	/** What the reports below a unit give, and the counters it was read under. */
	private record Kept(long register, long changes, Below below) {
	}

	/** Scopes kept at most; beyond it the cache starts afresh. */
	private static final int KEPT_AT_MOST = 500;

	private final ChangeCounters counters;
	private final ReportChanges changes;
	private final Map<Scope, Kept> kept = new ConcurrentHashMap<>();

	Consolidation(JdbcClient jdbc, FigureStore figures, OrgTree tree, ReportRegister register, Reports reports,
			ChangeCounters counters, ReportChanges changes) {
		this.jdbc = jdbc;
		this.figures = figures;
		this.tree = tree;
		this.register = register;
		this.reports = reports;
		this.counters = counters;
		this.changes = changes;
	}

	/**
	 * The unit's own activities, live, plus what the approved reports below give. That part depends only on the
	 * reports of the unit's subtree with their frozen figures, whose every change bumps the subtree's report counter
	 * ({@link ReportChanges}), and on assignments and units, which bump the register's counter, each in its own
	 * transaction: so it is kept on the node while both counters stand still (read before it, on whichever node the
	 * change was made); but only when read in a read-only transaction: one computed inside a writing transaction may
	 * have seen that transaction's own changes, which can still roll back.
	 */
	Result consolidate(Campaign campaign, ReportPeriod term, long unitId) {
		Below part;
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			long register = counters.current(ChangeCounters.REGISTER);
			long changed = changes.of(unitId);
			Scope scope = new Scope(campaign.getId(), term.key(), unitId);
			Kept k = kept.get(scope);
			if (k != null && k.register() == register && k.changes() == changed) {
				part = k.below();
			} else {
				part = readBelow(campaign, term, unitId);
				if (kept.size() >= KEPT_AT_MOST) {
					kept.clear();
				}
				kept.put(scope, new Kept(register, changed, part));
			}
		} else {
			part = readBelow(campaign, term, unitId);
		}
		Figures total = figures.compute(campaign.getId(), unitId, term.from(), term.to()).plus(part.figures());
		return new Result(total, part.units(), part.missing(), part.reportIds());
	}

	/**
	 * Reads the shape of the subtree and the approved reports below (with the totals of the units' own ones, for the
	 * annex), walks down to find the reports that count, and has the database sum their frozen figures: a province
	 * reads its districts' consolidated figures and its units' totals, not every figure of every report below.
	 */
	private Below readBelow(Campaign campaign, ReportPeriod term, long unitId) {
		Map<Long, List<Long>> children = new HashMap<>();
		jdbc.sql("""
				select u.id, u.parent_id from org_unit_tree t join org_unit u on u.id = t.unit_id
				where t.ancestor_id = ? and t.depth > 0""").param(unitId)
			.query((rs, n) -> children.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1)))
			.list();
		Map<Long, Long> approvedOwn = new HashMap<>();
		Map<Long, Long> approvedConsolidated = new HashMap<>();
		Map<Long, Map<Key, BigDecimal>> totals = new HashMap<>();
		jdbc.sql("""
				select r.id, r.unit_id, r.consolidated, f.kind, f.measure_code, f.amount from report r
				join org_unit_tree t on t.unit_id = r.unit_id and t.ancestor_id = :top
				left join report_figure f on f.report_id = r.id and r.consolidated = false
				  and f.theme_id = 0 and f.channel_id = 0
				where r.campaign_id = :campaign and r.period_key = :period and r.status = 'APPROVED'
				  and r.unit_id <> :top""")
			.param("top", unitId).param("campaign", campaign.getId()).param("period", term.key())
			.query((rs, n) -> {
				long report = rs.getLong(1);
				(rs.getBoolean(3) ? approvedConsolidated : approvedOwn).put(rs.getLong(2), report);
				Map<Key, BigDecimal> own = totals.computeIfAbsent(report, k -> new HashMap<>());
				if (rs.getString(4) != null) {
					own.put(new Key(Kind.valueOf(rs.getString(4)), 0, 0, rs.getString(5)), rs.getBigDecimal(6));
				}
				return null;
			})
			.list();

		List<Long> used = new ArrayList<>();
		for (long child : children.getOrDefault(unitId, List.of())) {
			contribution(child, children, approvedOwn, approvedConsolidated, used);
		}
		Figures sum = figures.sum(used);

		List<Owed> owed = register.owed(campaign, List.of(term), unitId).stream().filter(o -> o.unitId() != unitId)
			.toList();
		List<UnitRow> rows = new ArrayList<>(owed.size());
		List<Owed> missing = new ArrayList<>();
		for (Owed o : owed) {
			Long approved = approvedOwn.get(o.unitId());
			rows.add(new UnitRow(o.unitId(), o.unitName(), o.status(), o.onTime(),
					approved == null ? Figures.NONE : new Figures(totals.get(approved))));
			if (!o.status().submitted()) {
				missing.add(o);
			}
		}
		return new Below(sum, List.copyOf(rows), List.copyOf(missing), List.copyOf(used));
	}

	/** Adds to {@code used} the reports that cover the unit's subtree: its consolidated one, else its own and below. */
	private static void contribution(long unit, Map<Long, List<Long>> children, Map<Long, Long> own,
			Map<Long, Long> consolidated, List<Long> used) {
		Long report = consolidated.get(unit);
		if (report != null) {
			used.add(report);
			return;
		}
		report = own.get(unit);
		if (report != null) {
			used.add(report);
		}
		for (long child : children.getOrDefault(unit, List.of())) {
			contribution(child, children, own, consolidated, used);
		}
	}

	/**
	 * The narratives of the reports that went into the figures, section by section, each under its unit's name (read
	 * only when a consolidated report is opened, to prefill it).
	 */
	Map<Report.Section, List<String>> narratives(long unitId, Result result) {
		Map<Report.Section, List<String>> parts = new LinkedHashMap<>();
		for (Report.Section s : Report.Section.values()) {
			parts.put(s, new ArrayList<>());
		}
		Map<Long, String> names = new HashMap<>();
		for (UnitView u : tree.subtree(unitId)) {
			names.put(u.id(), u.name());
		}
		for (Report r : reports.findAllById(result.reportIds())) {
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
