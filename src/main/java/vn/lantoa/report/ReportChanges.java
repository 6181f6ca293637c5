package vn.lantoa.report;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.shared.Databases;

/**
 * A change counter per subtree for the reports in it: a write to a unit's report bumps the counters of the unit and
 * of every unit above it, in the writing transaction, so a tally kept per subtree ({@link ReportTally}) knows with one
 * read per page which subtrees changed since it counted them, whichever node made the change. A report submitted in
 * one commune then makes the next national tally count that commune's province again, not the whole country. A unit
 * whose subtree never saw a report change has no row: its counter reads 0.
 */
@Component
class ReportChanges {

	private final JdbcClient jdbc;
	private final boolean postgres;

	ReportChanges(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = Databases.postgres(dataSource);
	}

	/**
	 * Counts a change to a report of {@code unitId}; only inside the transaction that makes it. The rows are written
	 * in the order of their unit ids, so two transactions bumping overlapping paths lock them in the same order.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void bump(long unitId) {
		String above = "select ancestor_id from org_unit_tree where unit_id = ?";
		jdbc.sql(postgres ? "insert into report_change (unit_id, changes) select ancestor_id, 1 from org_unit_tree"
				+ " where unit_id = ? order by ancestor_id"
				+ " on conflict (unit_id) do update set changes = report_change.changes + 1"
				: "merge into report_change c using (" + above + ") s on (c.unit_id = s.ancestor_id)"
						+ " when matched then update set changes = c.changes + 1"
						+ " when not matched then insert (unit_id, changes) values (s.ancestor_id, 1)")
			.param(unitId)
			.update();
	}

	/** The counter of one unit's subtree. */
	public long of(long unit) {
		return jdbc.sql("select coalesce(max(changes), 0) from report_change where unit_id = ?").param(unit)
			.query(Long.class).single();
	}

	/** The counters of the units directly below {@code top} and of {@code top} itself, by unit id. */
	public Map<Long, Long> belowAndOf(long top) {
		Map<Long, Long> counters = new HashMap<>();
		jdbc.sql("""
				select u.id, coalesce(c.changes, 0) from org_unit u left join report_change c on c.unit_id = u.id
				where u.parent_id = ? or u.id = ?""")
			.params(top, top)
			.query(rs -> {
				counters.put(rs.getLong(1), rs.getLong(2));
			});
		return counters;
	}
}
