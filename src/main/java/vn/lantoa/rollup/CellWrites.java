package vn.lantoa.rollup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lantoa.rollup.CellChanges.Amount;
import vn.lantoa.rollup.CellChanges.Count;
import vn.lantoa.shared.ChangeCounters;
import vn.lantoa.shared.Databases;

/**
 * Adds changes to the roll-up tables, one statement per table whatever the number of cells and ancestors: the
 * changes per unit are joined to the unit's ancestors in {@code org_unit_tree}, summed per cell and added to the
 * stored rows. PostgreSQL does it with {@code insert … on conflict do update}, which stays correct when two
 * transactions create the same cell at once; H2 has no such clause and takes the standard {@code merge}. Rows go
 * in key order, so that concurrent changes lock shared rows (the root's) in the same order and cannot deadlock.
 */
@Component
class CellWrites {

	/** A roll-up table: its key columns and the columns that add up. */
	record Table(String name, List<String> keys, List<String> sums) {

		List<String> columns() {
			List<String> all = new ArrayList<>(keys);
			all.addAll(sums);
			return all;
		}
	}

	static final Table ACTIVITIES = new Table("rollup_activity",
			List.of("campaign_id", "unit_id", "reporting_month", "theme_id", "channel_id"), List.of("activities"));
	static final Table MEASURES = new Table("rollup_measure",
			List.of("campaign_id", "unit_id", "reporting_month", "theme_id", "channel_id", "measure_code"),
			List.of("amount", "entries"));
	/** The change counter of each campaign's subtree (V30). */
	static final Table CHANGES = new Table("rollup_change", List.of("campaign_id", "unit_id"), List.of("changes"));

	/** One table's upsert: the rows to add, from a select over {@code params}. */
	private record Upsert(Table table, String source, List<Object> params) {
	}

	private final JdbcClient jdbc;
	private final ChangeCounters counters;
	private final boolean postgres;

	CellWrites(JdbcClient jdbc, ChangeCounters counters, DataSource dataSource) {
		this.jdbc = jdbc;
		this.counters = counters;
		this.postgres = Databases.postgres(dataSource);
	}

	/**
	 * Adds the changes of one event to every ancestor's rows, and bumps the campaign's change counters of those
	 * ancestors ({@code rollup_change}, read by {@link RollupQueries}). On PostgreSQL in one statement: each upsert
	 * reads the count of the previous one's rows (a writable {@code with}), which makes the activity rows be written,
	 * and locked, first, then the measure rows, then the counters, as when they were separate statements.
	 */
	void apply(CellChanges changes) {
		List<Count> counts = changes.counts();
		List<Amount> amounts = changes.amounts();
		List<Upsert> upserts = new ArrayList<>();
		Set<Long> units = new TreeSet<>();
		if (!counts.isEmpty()) {
			List<Object> params = new ArrayList<>(List.of(changes.campaignId()));
			for (Count c : counts) {
				params.addAll(List.of(c.cell().unitId(), c.cell().month(), c.cell().themeId(), c.cell().channelId(),
						c.activities()));
				units.add(c.cell().unitId());
			}
			upserts.add(new Upsert(ACTIVITIES, """
					select cast(? as bigint) as campaign_id, t.ancestor_id as unit_id, d.reporting_month, d.theme_id,
					       d.channel_id, sum(d.activities) as activities
					from (values %s) d (unit_id, reporting_month, theme_id, channel_id, activities)
					join org_unit_tree t on t.unit_id = d.unit_id
					group by t.ancestor_id, d.reporting_month, d.theme_id, d.channel_id
					having sum(d.activities) <> 0""".formatted(values(counts.size(),
					"cast(? as bigint), cast(? as integer), cast(? as bigint), cast(? as bigint), cast(? as integer)")),
					params));
		}
		if (!amounts.isEmpty()) {
			List<Object> params = new ArrayList<>(List.of(changes.campaignId()));
			for (Amount a : amounts) {
				params.addAll(List.of(a.cell().cell().unitId(), a.cell().cell().month(), a.cell().cell().themeId(),
						a.cell().cell().channelId(), a.cell().code(), a.amount(), a.entries()));
				units.add(a.cell().cell().unitId());
			}
			upserts.add(new Upsert(MEASURES, """
					select cast(? as bigint) as campaign_id, t.ancestor_id as unit_id, d.reporting_month, d.theme_id,
					       d.channel_id, d.measure_code, sum(d.amount) as amount, sum(d.entries) as entries
					from (values %s) d (unit_id, reporting_month, theme_id, channel_id, measure_code, amount, entries)
					join org_unit_tree t on t.unit_id = d.unit_id
					group by t.ancestor_id, d.reporting_month, d.theme_id, d.channel_id, d.measure_code""".formatted(
					values(amounts.size(), "cast(? as bigint), cast(? as integer), cast(? as bigint), cast(? as bigint), "
							+ "cast(? as varchar(40)), cast(? as numeric(20, 2)), cast(? as integer)")),
					params));
		}
		if (!units.isEmpty()) {
			List<Object> params = new ArrayList<>(List.of(changes.campaignId()));
			params.addAll(units);
			upserts.add(new Upsert(CHANGES, """
					select distinct cast(? as bigint) as campaign_id, ancestor_id as unit_id, 1 as changes
					from org_unit_tree where unit_id in (%s)"""
				.formatted(String.join(", ", Collections.nCopies(units.size(), "?"))), params));
		}
		inOrder(upserts);
	}

	/**
	 * Runs the upserts in their order; on PostgreSQL as one statement, each step reading the count of the previous
	 * one's rows, so that they write (and lock) in that order.
	 */
	private void inOrder(List<Upsert> upserts) {
		if (!postgres || upserts.size() < 2) {
			upserts.forEach(u -> upsert(u.table(), u.source(), u.params()));
			return;
		}
		List<String> steps = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		for (int i = 0; i < upserts.size(); i++) {
			Upsert u = upserts.get(i);
			params.addAll(u.params());
			steps.add(upsertSql(u.table(), i == 0 ? u.source()
					: "select * from (%s) s where (select count(*) from step%d) >= 0".formatted(u.source(), i - 1)));
		}
		StringBuilder sql = new StringBuilder();
		for (int i = 0; i < steps.size() - 1; i++) {
			sql.append(i == 0 ? "with " : ", ").append("step%d as (%s returning 1) ".formatted(i, steps.get(i)));
		}
		jdbc.sql(sql + steps.get(steps.size() - 1)).params(params).update();
	}

	/**
	 * After {@code unitId} moved from under {@code fromParentId} to under {@code toParentId} (the closure table
	 * already rewritten): its rows, which hold its whole subtree, are taken from the old ancestors and added to the
	 * new ones; the ancestors both share keep theirs.
	 */
	void moved(long unitId, Long fromParentId, long toParentId) {
		if (fromParentId != null) {
			shift(unitId, fromParentId, toParentId, -1);
		}
		shift(unitId, toParentId, fromParentId == null ? -1 : fromParentId, 1);
		counters.bump(ChangeCounters.ROLLUPS);
	}

	private void shift(long unitId, long parentId, long otherParentId, int sign) {
		String keep = " and t.ancestor_id not in (select o.ancestor_id from org_unit_tree o where o.unit_id = ?)";
		upsert(ACTIVITIES, """
				select r.campaign_id, t.ancestor_id as unit_id, r.reporting_month, r.theme_id, r.channel_id,
				       %d * r.activities as activities
				from rollup_activity r join org_unit_tree t on t.unit_id = ?
				where r.unit_id = ? and r.activities <> 0""".formatted(sign) + keep,
				List.of(parentId, unitId, otherParentId));
		upsert(MEASURES, """
				select r.campaign_id, t.ancestor_id as unit_id, r.reporting_month, r.theme_id, r.channel_id,
				       r.measure_code, %1$d * r.amount as amount, %1$d * r.entries as entries
				from rollup_measure r join org_unit_tree t on t.unit_id = ?
				where r.unit_id = ? and (r.amount <> 0 or r.entries <> 0)""".formatted(sign) + keep,
				List.of(parentId, unitId, otherParentId));
	}

	private void upsert(Table table, String source, List<Object> params) {
		jdbc.sql(upsertSql(table, source)).params(params).update();
	}

	private String upsertSql(Table table, String source) {
		String columns = String.join(", ", table.columns());
		if (postgres) {
			return "insert into %s (%s) %s order by %s on conflict (%s) do update set %s".formatted(table.name(),
					columns, source, positions(table.keys().size()), String.join(", ", table.keys()),
					table.sums().stream().map(c -> "%s = %s.%s + excluded.%s".formatted(c, table.name(), c, c))
						.collect(Collectors.joining(", ")));
		} else {
			return "merge into %s r using (%s) s on (%s) when matched then update set %s when not matched then insert (%s) values (%s)"
				.formatted(table.name(), source,
						table.keys().stream().map(c -> "r.%s = s.%s".formatted(c, c)).collect(Collectors.joining(" and ")),
						table.sums().stream().map(c -> "%s = r.%s + s.%s".formatted(c, c, c))
							.collect(Collectors.joining(", ")),
						columns, table.columns().stream().map(c -> "s." + c).collect(Collectors.joining(", ")));
		}
	}

	/** {@code rows} rows of a VALUES list; the first casts its parameters, which types the columns. */
	private static String values(int rows, String first) {
		int columns = (int) first.chars().filter(c -> c == '?').count();
		String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
		List<String> all = new ArrayList<>(Collections.nCopies(rows, row));
		all.set(0, "(" + first + ")");
		return String.join(", ", all);
	}

	private static String positions(int count) {
		List<String> all = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			all.add(String.valueOf(i));
		}
		return String.join(", ", all);
	}
}
