package vn.lantoa.report;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.org.OrgTree;
import vn.lantoa.report.ReportRegister.Completeness;
import vn.lantoa.report.ReportRegister.Owed;
import vn.lantoa.shared.Actor;

/**
 * The register's list and counts of a subtree answered by the database, for the API: a page of the reports owed
 * selected, ordered and cut by one statement over {@link OwedSql}; the total and the completeness counts are the
 * sums of {@link ReportTally}'s rows (aggregates of the same rule, kept on the node while the counters stand), so
 * that a national scope costs one page of rows rather than every owed report listed in Java. The same answers as
 * {@link ReportRegister}, in the same order: by period, then unit name in Vietnamese order (the units' stored
 * {@code sort_key}), then unit id.
 */
@Component
class OwedReports {

	/** One page of the reports owed, and how many there are in all. */
	record Page(List<Owed> items, long total) {
	}

	private static final String SUBTREE = """
			a.unit_id in (select t.unit_id from org_unit_tree t where t.ancestor_id = :top)""";

	private final JdbcClient jdbc;
	private final CampaignDirectory campaigns;
	private final CampaignPeriods periods;
	private final OrgTree tree;
	private final ReportTally tally;

	OwedReports(JdbcClient jdbc, CampaignDirectory campaigns, CampaignPeriods periods, OrgTree tree,
			ReportTally tally) {
		this.jdbc = jdbc;
		this.tally = tally;
		this.campaigns = campaigns;
		this.periods = periods;
		this.tree = tree;
	}

	/**
	 * The reports owed in the subtree of {@code unitId} (the actor's scope when null) for one period, or every period
	 * when {@code periodKey} is null: {@code limit} of them from {@code offset}, and the total.
	 */
	@Transactional(readOnly = true)
	public Page page(Actor actor, long campaignId, String periodKey, Long unitId, long offset, int limit) {
		Campaign campaign = campaigns.get(actor, campaignId);
		long top = unitId == null ? actor.scopeUnitId() : unitId;
		tree.requireVisible(actor, top);
		List<ReportPeriod> terms = periodKey == null ? periods.of(campaign)
				: List.of(periods.find(campaign, periodKey));
		return page(campaign, terms, top, offset, limit);
	}

	/** The page of the reports owed in the periods by the subtree of {@code top}, without access checks. */
	Page page(Campaign campaign, List<ReportPeriod> terms, long top, long offset, int limit) {
		if (terms.isEmpty()) {
			return new Page(List.of(), 0);
		}
		Map<String, Long> owedIn = new HashMap<>();
		tally.rows(campaign, terms, top).forEach(r -> owedIn.merge(r.periodKey(), (long) r.expected(), Long::sum));
		long total = owedIn.values().stream().mapToLong(Long::longValue).sum();
		// the list runs period by period: read only the periods the page falls in
		long skip = offset;
		long listed = 0;
		List<ReportPeriod> spanned = new ArrayList<>();
		for (ReportPeriod term : terms) {
			long owing = owedIn.getOrDefault(term.key(), 0L);
			if (spanned.isEmpty() && skip >= owing) {
				skip -= owing;
			} else if (listed < skip + limit) {
				spanned.add(term);
				listed += owing;
			}
		}
		List<Owed> items = spanned.isEmpty() ? List.of()
				: list(OwedSql.of(campaign, spanned, SUBTREE), spanned, top, skip, limit);
		return new Page(items, total);
	}

	/** Completeness and timeliness of one period over a subtree, with the units' reports. */
	@Transactional(readOnly = true)
	public Completeness completeness(Actor actor, long campaignId, String periodKey, Long unitId) {
		Campaign campaign = campaigns.get(actor, campaignId);
		ReportPeriod term = periods.find(campaign, periodKey);
		long top = unitId == null ? actor.scopeUnitId() : unitId;
		tree.requireVisible(actor, top);
		return completeness(campaign, term, top);
	}

	/** The completeness of a period over the subtree of {@code top}, without access checks. */
	Completeness completeness(Campaign campaign, ReportPeriod term, long top) {
		Completeness c = ReportTally.totals(List.of(term), tally.rows(campaign, List.of(term), top)).get(0);
		return new Completeness(c.periodKey(), c.deadline(), c.expected(), c.submitted(), c.onTime(), c.returned(),
				c.completeness(), c.timeliness(), list(OwedSql.of(campaign, List.of(term), SUBTREE), List.of(term), top,
						0, null));
	}

	/** The reports owed in order, {@code limit} of them from {@code offset} (all when {@code limit} is null). */
	private List<Owed> list(OwedSql owed, List<ReportPeriod> terms, long top, long offset, Integer limit) {
		Map<String, ReportPeriod> byKey = new HashMap<>();
		terms.forEach(t -> byKey.put(t.key(), t));
		String cut = limit == null ? "" : " limit :limit offset :offset";
		return jdbc.sql(owed.with() + """
				select o.unit_id, o.code, o.name, o.period_key, o.report_id, o.status, o.first_submitted_at, o.on_time
				from owed o
				order by o.period_index, o.sort_key, o.unit_id""" + cut)
			.params(owed.params(limit == null ? Map.of("top", top)
					: Map.of("top", top, "limit", limit, "offset", offset)))
			.query((rs, n) -> {
				ReportPeriod term = byKey.get(rs.getString(4));
				long report = rs.getLong(5);
				Long reportId = rs.wasNull() ? null : report;
				String status = rs.getString(6);
				Timestamp first = rs.getTimestamp(7);
				return new Owed(rs.getLong(1), rs.getString(2), rs.getString(3), term.key(), term.deadline(),
						reportId, status == null ? ReportStatus.NOT_STARTED : ReportStatus.valueOf(status),
						first == null ? null : first.toInstant(), (Boolean) rs.getObject(8));
			})
			.list();
	}
}
