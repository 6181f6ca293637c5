package vn.lantoa.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.ChangeCounters;
import vn.lantoa.shared.CountedCache;
import vn.lantoa.shared.VietnameseOrder;

/**
 * Which reports are owed, by whom, for which period, and where each stands; completeness and timeliness the way
 * DHIS2 counts them (expected, submitted, submitted on time), without its known faults: a unit is expected only
 * for the periods in which it existed and had been assigned work in the campaign, so no rate exceeds 100%; a
 * returned report is a state of its own, not "submitted"; timeliness is decided by the first submission. The
 * rule of who owes is applied here in Java and written once in SQL in {@link OwedSql}, which the statements that
 * count or page owed reports use; tests keep the two in agreement.
 */
@Service
public class ReportRegister {

	/**
	 * One report owed by a unit for a period.
	 *
	 * @param reportId null when nobody has opened it yet (status NOT_STARTED)
	 * @param firstSubmittedAt when it was first submitted, which decides {@code onTime}
	 */
	public record Owed(long unitId, String unitCode, String unitName, String periodKey, LocalDate deadline,
			Long reportId, ReportStatus status, Instant firstSubmittedAt, Boolean onTime) {
	}

	/**
	 * The counts of one period over a subtree; rates in percent with one decimal, null when nothing is expected.
	 */
	public record Completeness(String periodKey, LocalDate deadline, int expected, int submitted, int onTime,
			int returned, BigDecimal completeness, BigDecimal timeliness, List<Owed> units) {
	}

	/** A unit the campaign assigned work to, with the dates that decide when it owes reports. */
	private record Reporter(long unitId, String code, String name, LocalDate assignedOn, LocalDate createdOn,
			LocalDate closedOn) {

		boolean owes(ReportPeriod term) {
			return !assignedOn.isAfter(term.end()) && !createdOn.isAfter(term.end())
					&& (closedOn == null || !closedOn.isBefore(term.end()));
		}
	}

	/** A unit's assignment in a campaign as stored, in the units' Vietnamese order (equal names by id). */
	private record Assigned(long unitId, String code, String name, Instant assignedAt, Instant createdAt,
			Instant closedAt) {
	}

	private final JdbcClient jdbc;
	private final CampaignDirectory campaigns;
	private final CampaignPeriods periods;
	private final OrgTree tree;
	private final java.time.Clock clock;
	/**
	 * The assigned units of a campaign's subtree, by campaign and top unit: read by every register, home page and
	 * desk check, and changed only with assignments and units, which bump the register's counter.
	 */
	private final CountedCache<List<Long>, List<Assigned>> assigned;

	ReportRegister(JdbcClient jdbc, CampaignDirectory campaigns, CampaignPeriods periods, OrgTree tree,
			java.time.Clock clock, ChangeCounters counters) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.periods = periods;
		this.tree = tree;
		this.assigned = new CountedCache<>(counters, ChangeCounters.REGISTER, 1_000);
	}

	/** The period that holds today, or the first or last one when the campaign has not begun or has ended. */
	/** A report to link to: its id and status. */
	public record ReportLink(long id, ReportStatus status) {
	}

	/** The unit's consolidated report of the period, if one was opened. */
	@Transactional(readOnly = true)
	public Optional<ReportLink> consolidated(long campaignId, long unitId, String periodKey) {
		return jdbc.sql("""
				select id, status from report
				where campaign_id = ? and unit_id = ? and period_key = ? and consolidated = true""")
			.params(campaignId, unitId, periodKey)
			.query((rs, n) -> new ReportLink(rs.getLong(1), ReportStatus.valueOf(rs.getString(2)))).optional();
	}

	@Transactional(readOnly = true)
	public String currentPeriod(Actor actor, long campaignId) {
		List<ReportPeriod> all = periods.of(campaigns.get(actor, campaignId));
		LocalDate today = LocalDate.ofInstant(clock.instant(), Report.ZONE);
		return all.stream().filter(p -> !p.end().isBefore(today)).findFirst().orElse(all.get(all.size() - 1)).key();
	}

	/**
	 * The unit reports owed in the subtree of {@code unitId} (the actor's scope when null) for one period, or for
	 * every period when {@code periodKey} is null, by period then unit name (units of equal names by id).
	 */
	@Transactional(readOnly = true)
	public List<Owed> owed(Actor actor, long campaignId, String periodKey, Long unitId) {
		Campaign campaign = campaigns.get(actor, campaignId);
		long top = unitId == null ? actor.scopeUnitId() : unitId;
		tree.requireVisible(actor, top);
		List<ReportPeriod> terms = periodKey == null ? periods.of(campaign) : List.of(periods.find(campaign, periodKey));
		return owed(campaign, terms, top);
	}

	/** Completeness and timeliness of one period over a subtree, with the units' reports. */
	@Transactional(readOnly = true)
	public Completeness completeness(Actor actor, long campaignId, String periodKey, Long unitId) {
		Campaign campaign = campaigns.get(actor, campaignId);
		ReportPeriod term = periods.find(campaign, periodKey);
		long top = unitId == null ? actor.scopeUnitId() : unitId;
		tree.requireVisible(actor, top);
		return completeness(term, owed(campaign, List.of(term), top));
	}

	/** Completeness of every period of the campaign over a subtree, in order. */
	@Transactional(readOnly = true)
	public List<Completeness> completenessOverTime(Actor actor, long campaignId, Long unitId) {
		Campaign campaign = campaigns.get(actor, campaignId);
		long top = unitId == null ? actor.scopeUnitId() : unitId;
		tree.requireVisible(actor, top);
		List<ReportPeriod> terms = periods.of(campaign);
		List<Owed> all = owed(campaign, terms, top);
		List<Completeness> result = new ArrayList<>();
		for (ReportPeriod term : terms) {
			result.add(completeness(term, all.stream().filter(o -> o.periodKey().equals(term.key())).toList()));
		}
		return result;
	}

	static Completeness completeness(ReportPeriod term, List<Owed> units) {
		int submitted = (int) units.stream().filter(o -> o.status().submitted()).count();
		int onTime = (int) units.stream().filter(o -> o.status().submitted() && Boolean.TRUE.equals(o.onTime()))
			.count();
		int returned = (int) units.stream().filter(o -> o.status() == ReportStatus.RETURNED).count();
		return new Completeness(term.key(), term.deadline(), units.size(), submitted, onTime, returned,
				ReportTally.rate(submitted, units.size()), ReportTally.rate(onTime, units.size()), units);
	}

	List<Owed> owed(Campaign campaign, List<ReportPeriod> terms, long top) {
		if (terms.isEmpty()) {
			return List.of();
		}
		List<Reporter> reporters = assigned(campaign.getId(), top).stream()
			.map(a -> new Reporter(a.unitId(), a.code(), a.name(), since(campaign, a.assignedAt()),
					since(campaign, a.createdAt()), day(a.closedAt())))
			.toList();
		Map<String, Owed> opened = new HashMap<>();
		jdbc.sql("""
				select r.unit_id, r.period_key, r.id, r.status, r.first_submitted_at, r.on_time
				from report r join org_unit_tree t on t.unit_id = r.unit_id and t.ancestor_id = :top
				where r.campaign_id = :campaign and r.consolidated = false and r.period_key in (:periods)""")
			.param("top", top).param("campaign", campaign.getId())
			.param("periods", terms.stream().map(ReportPeriod::key).toList())
			.query((rs, n) -> opened.put(rs.getLong(1) + "/" + rs.getString(2),
					new Owed(rs.getLong(1), null, null, rs.getString(2), null, rs.getLong(3),
							ReportStatus.valueOf(rs.getString(4)), instant(rs.getTimestamp(5)),
							(Boolean) rs.getObject(6))))
			.list();
		List<Owed> owed = new ArrayList<>();
		for (ReportPeriod term : terms) {
			for (Reporter r : reporters) {
				Owed report = opened.get(r.unitId() + "/" + term.key());
				// a unit that reported although no longer owing (closed since) still counts: it did report
				if (r.owes(term) || report != null && report.status().submitted()) {
					owed.add(report == null
							? new Owed(r.unitId(), r.code(), r.name(), term.key(), term.deadline(), null,
									ReportStatus.NOT_STARTED, null, null)
							: new Owed(r.unitId(), r.code(), r.name(), term.key(), term.deadline(), report.reportId(),
									report.status(), report.firstSubmittedAt(), report.onTime()));
				}
			}
		}
		return owed;
	}

	private List<Assigned> assigned(long campaignId, long top) {
		return assigned.get(List.of(campaignId, top), () -> {
			List<Assigned> rows = new ArrayList<>(jdbc.sql("""
					select a.unit_id, u.code, u.name, min(a.created_at), u.created_at, u.closed_at
					from assignment a join org_unit u on u.id = a.unit_id
					join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = :top
					where a.campaign_id = :campaign
					group by a.unit_id, u.code, u.name, u.created_at, u.closed_at
					order by a.unit_id""")
				.param("top", top).param("campaign", campaignId)
				.query((rs, n) -> new Assigned(rs.getLong(1), rs.getString(2), rs.getString(3),
						instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
				.list());
			VietnameseOrder.sort(rows, Assigned::name);
			return List.copyOf(rows);
		});
	}

	/**
	 * The day from which a unit's assignment or the unit itself counts: what was in the system when the campaign
	 * was planned counts from the campaign's start (an office that enters its units and a running campaign today
	 * still expects the early periods); what came later, from the day it came.
	 */
	private static LocalDate since(Campaign campaign, Instant recorded) {
		boolean withThePlan = !recorded.isAfter(campaign.getCreatedAt().plusSeconds(60));
		return withThePlan ? campaign.getStartsOn() : day(recorded);
	}

	private static LocalDate day(Instant at) {
		return at == null ? null : LocalDate.ofInstant(at, Report.ZONE);
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}
}
