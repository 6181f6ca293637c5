package vn.lantoa.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.org.OrgTree;
import vn.lantoa.report.ReportRegister.Completeness;
import vn.lantoa.report.ReportRegister.Owed;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.ChangeCounters;
import vn.lantoa.shared.CountedCache;
import vn.lantoa.shared.VietnameseOrder;

/**
 * The report register counted by the database: for every period, the reports a subtree owes and where they stand,
 * summed per row — the unit itself, and each unit directly below it with its whole subtree. Pages of a large scope (a
 * province owes hundreds of reports a period, the country tens of thousands) read these few rows instead of every
 * owed report. Who owes what is {@link OwedSql}'s rule, the one {@link ReportRegister} applies in Java.
 */
@Service
public class ReportTally {

	/**
	 * The reports of one row for one period: how many are owed ({@code expected}), submitted (approved included),
	 * submitted on time, awaiting review although late, returned, approved, and not submitted ({@code open}: not
	 * started or a draft). {@code own} is the row unit's own report when it owes one.
	 */
	public record Row(String periodKey, LocalDate deadline, long unitId, String unitCode, String unitName,
			int expected, int submitted, int onTime, int late, int returned, int approved, int open, Owed own) {

		/** Submitted of expected, in percent with one decimal. */
		public BigDecimal completeness() {
			return rate(submitted, expected);
		}
	}

	/** Rows of a subtree kept at most; beyond it the cache starts afresh (the country has 63 below its root). */
	static final int CACHED_AT_MOST = 20_000;

	/** A row unit's rows as counted, and the counters they were counted under. */
	private record Kept(long register, long changes, List<Row> rows) {
	}

	private final JdbcClient jdbc;
	private final CampaignDirectory campaigns;
	private final CampaignPeriods periods;
	private final OrgTree tree;
	private final ChangeCounters counters;
	private final ReportChanges changes;
	private final Map<List<Object>, Kept> kept = new ConcurrentHashMap<>();
	/** The rows of a tally in their order, and the counters of its row units they were put together under. */
	private record Assembled(long register, Map<Long, Long> changes, List<Row> rows) {
	}

	private final Map<List<Object>, Assembled> assembled = new ConcurrentHashMap<>();

	ReportTally(JdbcClient jdbc, CampaignDirectory campaigns, CampaignPeriods periods, OrgTree tree,
			ChangeCounters counters, ReportChanges changes) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.periods = periods;
		this.tree = tree;
		this.counters = counters;
		this.changes = changes;
	}

	/**
	 * The rows of every period of the campaign under {@code top}: {@code top} first when it owes reports itself, then
	 * the units directly below it by name; a row only where something is owed.
	 */
	@Transactional(readOnly = true)
	public List<Row> rows(Actor actor, long campaignId, long top) {
		Campaign campaign = campaigns.get(actor, campaignId);
		tree.requireVisible(actor, top);
		return rows(campaign, periods.of(campaign), top);
	}

	/** The rows of one period. */
	@Transactional(readOnly = true)
	public List<Row> rows(Actor actor, long campaignId, long top, String periodKey) {
		Campaign campaign = campaigns.get(actor, campaignId);
		tree.requireVisible(actor, top);
		return rows(campaign, List.of(periods.find(campaign, periodKey)), top);
	}

	/**
	 * The reports {@code unitId} owes itself, for every period of the campaign (its own row's reports, without
	 * counting the units below it).
	 */
	@Transactional(readOnly = true)
	public List<Owed> own(Actor actor, long campaignId, long unitId) {
		Campaign campaign = campaigns.get(actor, campaignId);
		tree.requireVisible(actor, unitId);
		return rows(campaign, periods.of(campaign), unitId, true).stream().map(Row::own)
			.filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * The tally, kept per row unit: {@code top} (its own report), and each unit directly below (its subtree). A row
	 * unit's rows are counted again only when the register's counter moved (assignments, units: all are counted
	 * again) or the report counter of its subtree did ({@link ReportChanges}: a report written there, on whichever
	 * node). The counters are read before the rows are counted, so rows are never filed under newer counters.
	 */
	List<Row> rows(Campaign campaign, List<ReportPeriod> terms, long top) {
		return rows(campaign, terms, top, false);
	}

	/** The rows of {@code top}, and of the units below it unless {@code ownOnly}. */
	private List<Row> rows(Campaign campaign, List<ReportPeriod> terms, long top, boolean ownOnly) {
		long register = counters.current(ChangeCounters.REGISTER);
		Map<Long, Long> now = ownOnly ? Map.of(top, changes.of(top)) : changes.belowAndOf(top);
		List<Object> of = List.of(campaign.getId(), campaign.getCreatedAt(), terms, top);
		List<Object> whole = List.of(of, ownOnly);
		Assembled ready = assembled.get(whole);
		if (ready != null && ready.register() == register && ready.changes().equals(now)) {
			return ready.rows();
		}
		Map<Long, List<Row>> rows = new HashMap<>();
		List<Long> stale = new ArrayList<>();
		now.forEach((unit, changed) -> {
			Kept k = kept.get(List.of(of, unit));
			if (k != null && k.register() == register && k.changes() == changed) {
				rows.put(unit, k.rows());
			} else {
				stale.add(unit);
			}
		});
		if (!stale.isEmpty()) {
			Map<Long, List<Row>> counted = new HashMap<>();
			stale.forEach(u -> counted.put(u, new ArrayList<>()));
			counted(campaign, terms, top, stale)
				.forEach(r -> counted.computeIfAbsent(r.unitId(), u -> new ArrayList<>()).add(r));
			boolean keep = CountedCache.keepable();
			if (keep && kept.size() + stale.size() > CACHED_AT_MOST) {
				kept.clear();
			}
			counted.forEach((unit, list) -> {
				List<Row> copy = List.copyOf(list);
				if (keep) {
					kept.put(List.of(of, unit), new Kept(register, now.getOrDefault(unit, -1L), copy));
				}
				rows.put(unit, copy);
			});
		}
		Map<String, Integer> order = new HashMap<>();
		terms.forEach(t -> order.put(t.key(), order.size()));
		Comparator<Row> byPeriod = Comparator.comparing(r -> order.get(r.periodKey()));
		List<Row> ordered = new ArrayList<>(rows.getOrDefault(top, List.of()));
		ordered.sort(byPeriod);
		List<Row> below = new ArrayList<>();
		rows.forEach((unit, list) -> {
			if (unit != top) {
				below.addAll(list);
			}
		});
		below.sort(Comparator.comparing(Row::unitId).thenComparing(byPeriod));
		VietnameseOrder.sort(below, Row::unitName);
		ordered.addAll(below);
		List<Row> result = List.copyOf(ordered);
		if (CountedCache.keepable()) {
			if (assembled.size() >= CACHED_AT_MOST) {
				assembled.clear();
			}
			assembled.put(whole, new Assembled(register, Map.copyOf(now), result));
		}
		return result;
	}

	/**
	 * Counts the rows of the given units: {@code top} (its own report) and units directly below it (their subtrees).
	 */
	private List<Row> counted(Campaign campaign, List<ReportPeriod> terms, long top, List<Long> units) {
		Map<String, ReportPeriod> byKey = new HashMap<>();
		terms.forEach(t -> byKey.put(t.key(), t));
		Map<String, Object> params = new HashMap<>();
		params.put("top", top);
		params.put("own", units.contains(top) ? top : -1L);
		List<Long> subtrees = units.stream().filter(u -> u != top).toList();
		params.put("below", subtrees.isEmpty() ? List.of(-1L) : subtrees);
		OwedSql owed = OwedSql.of(campaign, terms, """
				a.unit_id = :own
				or a.unit_id in (select t.unit_id from org_unit_tree t where t.ancestor_id in (:below))""");
		List<Row> rows = jdbc.sql(owed.with() + """
				select o.period_key, ru.id, ru.code, ru.name, count(*),
				       sum(case when o.status in ('SUBMITTED', 'APPROVED') then 1 else 0 end),
				       sum(case when o.status in ('SUBMITTED', 'APPROVED') and o.on_time = true then 1 else 0 end),
				       sum(case when o.status = 'SUBMITTED' and o.on_time = false then 1 else 0 end),
				       sum(case when o.status = 'RETURNED' then 1 else 0 end),
				       sum(case when o.status = 'APPROVED' then 1 else 0 end),
				       sum(case when o.status is null or o.status = 'DRAFT' then 1 else 0 end),
				       sum(case when o.unit_id = ru.id then 1 else 0 end),
				       max(case when o.unit_id = ru.id then o.report_id end),
				       max(case when o.unit_id = ru.id then o.status end),
				       max(case when o.unit_id = ru.id then o.first_submitted_at end),
				       max(case when o.unit_id = ru.id and o.on_time = true then 1
				                when o.unit_id = ru.id and o.on_time = false then 0 end)
				from owed o
				join org_unit_tree td on td.ancestor_id = :top and td.unit_id = o.unit_id
				left join org_unit_tree rt on rt.unit_id = o.unit_id and rt.depth = td.depth - 1
				join org_unit ru on ru.id = coalesce(rt.ancestor_id, o.unit_id)
				group by o.period_key, ru.id, ru.code, ru.name""")
			.params(owed.params(params))
			.query((rs, n) -> {
				ReportPeriod term = byKey.get(rs.getString(1));
				long unit = rs.getLong(2);
				Owed own = null;
				if (rs.getInt(12) > 0) {
					long report = rs.getLong(13);
					Long reportId = rs.wasNull() ? null : report;
					String status = rs.getString(14);
					Timestamp first = rs.getTimestamp(15);
					int onTime = rs.getInt(16);
					Boolean ownOnTime = rs.wasNull() ? null : onTime == 1;
					own = new Owed(unit, rs.getString(3), rs.getString(4), term.key(), term.deadline(), reportId,
							status == null ? ReportStatus.NOT_STARTED : ReportStatus.valueOf(status),
							first == null ? null : first.toInstant(), ownOnTime);
				}
				return new Row(term.key(), term.deadline(), unit, rs.getString(3), rs.getString(4), rs.getInt(5),
						rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), own);
			})
			.list();
		return rows;
	}

	/** The periods' totals over the rows, in the campaign's order (the units' lists left empty). */
	public static List<Completeness> totals(List<ReportPeriod> terms, List<Row> rows) {
		List<Completeness> all = new ArrayList<>();
		for (ReportPeriod term : terms) {
			int expected = 0;
			int submitted = 0;
			int onTime = 0;
			int returned = 0;
			for (Row r : rows) {
				if (r.periodKey().equals(term.key())) {
					expected += r.expected();
					submitted += r.submitted();
					onTime += r.onTime();
					returned += r.returned();
				}
			}
			all.add(new Completeness(term.key(), term.deadline(), expected, submitted, onTime, returned,
					rate(submitted, expected), rate(onTime, expected), List.of()));
		}
		return all;
	}

	/** The campaign's periods over the actor's view of it. */
	@Transactional(readOnly = true)
	public List<ReportPeriod> periods(Actor actor, long campaignId) {
		return periods.of(campaigns.get(actor, campaignId));
	}

	static BigDecimal rate(int part, int whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
