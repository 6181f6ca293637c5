package vn.lantoa.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitView;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.StaleEdit;

/**
 * The life of a report: a unit opens it for a period (its figures already computed from its activities), writes
 * the narrative, submits it (the figures are frozen); a coordinator above returns it with a comment or approves
 * it; a coordinator consolidates the approved reports of the subtree into the unit's own consolidated report,
 * which goes through the same steps one level up. Every step is audited and kept in the report's history.
 */
@Service
public class ReportDesk {

	private static final String ENTITY = "report";

	private final Reports reports;
	private final FigureStore figures;
	private final Consolidation consolidation;
	private final ReportRegister register;
	private final CampaignPeriods periods;
	private final CampaignDirectory campaigns;
	private final OrgTree tree;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final ReportChanges changes;

	ReportDesk(Reports reports, FigureStore figures, Consolidation consolidation, ReportRegister register,
			CampaignPeriods periods, CampaignDirectory campaigns, OrgTree tree, AuditTrail audit, JdbcClient jdbc,
			Clock clock, ReportChanges changes) {
		this.changes = changes;
		this.reports = reports;
		this.figures = figures;
		this.consolidation = consolidation;
		this.register = register;
		this.periods = periods;
		this.campaigns = campaigns;
		this.tree = tree;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The unit's report for the period, opened as a draft when nobody has yet. A unit's own report is open only to
	 * units the campaign assigned work to; a consolidated one only to coordinators.
	 */
	@Transactional
	public Report open(Actor actor, long campaignId, long unitId, String periodKey, boolean consolidated) {
		Campaign campaign = campaigns.get(actor, campaignId);
		ReportPeriod period = periods.find(campaign, periodKey);
		tree.requireVisible(actor, unitId);
		Optional<Report> existing = reports.findByCampaignIdAndUnitIdAndPeriodKeyAndConsolidated(campaignId, unitId,
				period.key(), consolidated);
		if (existing.isPresent()) {
			return existing.get();
		}
		requireWriter(actor, unitId, consolidated);
		Narrative narrative;
		if (consolidated) {
			if (!tree.contains(campaign.getOwnerUnitId(), unitId) && !tree.contains(unitId, campaign.getOwnerUnitId())) {
				throw new ReportRefused(400, "report.error.notInCampaign");
			}
			narrative = prefilled(consolidation.narratives(unitId, consolidation.consolidate(campaign, period, unitId)));
		} else {
			if (register.owed(campaign, List.of(period), unitId).stream().noneMatch(o -> o.unitId() == unitId)) {
				throw new ReportRefused(400, "report.error.notOwed");
			}
			narrative = Narrative.empty();
		}
		try {
			Report report = reports.save(Report.open(campaignId, unitId, period.key(), consolidated, period.deadline(),
					narrative, actor.username(), clock.instant()));
			event(report, "OPEN", actor, null);
			changes.bump(unitId);
			audit.record(ENTITY, report.getId(), "CREATE", Map.of(), report.snapshot(), unitId);
			return report;
		} catch (DuplicateKeyException e) {
			throw new StaleEdit();
		}
	}

	/** The report with its figures, history and what the actor may do with it. */
	@Transactional(readOnly = true)
	public ReportView view(Actor actor, long id) {
		Report report = visible(actor, id);
		Campaign campaign = campaigns.get(actor, report.getCampaignId());
		ReportPeriod period = periods.find(campaign, report.getPeriodKey());
		Consolidation.Result consolidated = report.isConsolidated()
				? consolidation.consolidate(campaign, period, report.getUnitId()) : null;
		Figures live = consolidated != null ? consolidated.figures()
				: figures.compute(campaign.getId(), report.getUnitId(), period.from(), period.to());
		boolean frozen = report.getSubmittedAt() != null && !report.getStatus().editable();
		Figures shown = frozen ? figures.frozen(id) : live;
		Optional<ReportPeriod> before = periods.previous(campaign, period);
		Figures previous = before.map(p -> figuresOf(campaign, report.getUnitId(), p, report.isConsolidated()))
			.orElse(null);
		List<UnitView> path = tree.pathTo(report.getUnitId());
		String parent = path.size() > 1 ? path.get(path.size() - 2).name() : null;
		return new ReportView(report, campaign, path.get(path.size() - 1).name(), parent, period, shown,
				frozen ? live.minus(shown) : Figures.NONE, before.map(ReportPeriod::key).orElse(null), previous,
				consolidated, history(id), canWrite(actor, report), canReview(actor, report));
	}

	/** Saves the narrative of a draft or returned report. */
	@Transactional
	public Report save(Actor actor, long id, int version, Narrative narrative) {
		Report report = writable(actor, id, version);
		check(narrative);
		Map<String, Object> before = report.snapshot();
		report.write(narrative, clock.instant());
		return saved(report, before, "SAVE");
	}

	/** Saves the narrative and submits; the figures are frozen as they stand now. */
	@Transactional
	public Report submit(Actor actor, long id, int version, Narrative narrative) {
		Report report = writable(actor, id, version);
		if (narrative != null) {
			check(narrative);
			report.write(narrative, clock.instant());
		}
		Map<String, Object> before = report.snapshot();
		Campaign campaign = campaigns.get(actor, report.getCampaignId());
		ReportPeriod period = periods.find(campaign, report.getPeriodKey());
		report.submit(period.deadline(), clock.instant());
		Report saved = saved(report, before, "SUBMIT");
		figures.freeze(id, report.isConsolidated() ? consolidation.consolidate(campaign, period, report.getUnitId())
			.figures() : figures.compute(campaign.getId(), report.getUnitId(), period.from(), period.to()));
		event(saved, "SUBMIT", actor, null);
		return saved;
	}

	/** Returns a submitted report to its unit with the reason. */
	@Transactional
	public Report returnToUnit(Actor actor, long id, int version, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new ReportRefused(400, "report.error.commentRequired");
		}
		if (comment.length() > 4000) {
			throw new ReportRefused(400, "report.error.tooLong");
		}
		return decide(actor, id, version, ReportStatus.RETURNED, "RETURN", comment.strip());
	}

	@Transactional
	public Report approve(Actor actor, long id, int version) {
		return decide(actor, id, version, ReportStatus.APPROVED, "APPROVE", null);
	}

	private Report decide(Actor actor, long id, int version, ReportStatus outcome, String action, String comment) {
		Report report = visible(actor, id);
		if (!canReview(actor, report)) {
			throw new OutOfScope();
		}
		requireVersion(report, version);
		if (report.getStatus() != ReportStatus.SUBMITTED) {
			throw new ReportRefused(409, "report.error.notSubmitted");
		}
		Map<String, Object> before = report.snapshot();
		report.decide(outcome, actor.username(), clock.instant());
		Report saved = saved(report, before, action);
		event(saved, action, actor, comment);
		return saved;
	}

	public boolean canWrite(Actor actor, Report report) {
		return report.getStatus().editable() && writer(actor, report.getUnitId(), report.isConsolidated());
	}

	/** Coordinators above the unit review it; nobody reviews their own scope's report. */
	public boolean canReview(Actor actor, Report report) {
		return actor.writeAccess() && (actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN))
				&& actor.scopeUnitId() != report.getUnitId() && tree.canSee(actor, report.getUnitId());
	}

	private boolean writer(Actor actor, long unitId, boolean consolidated) {
		return actor.writeAccess() && !actor.is(Role.LEADER) && tree.canSee(actor, unitId)
				&& (!consolidated || actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN));
	}

	private void requireWriter(Actor actor, long unitId, boolean consolidated) {
		if (!writer(actor, unitId, consolidated)) {
			throw new OutOfScope();
		}
	}

	private Report visible(Actor actor, long id) {
		Report report = reports.findById(id).orElseThrow(() -> new NotFound("report", id));
		tree.requireVisible(actor, report.getUnitId());
		return report;
	}

	private Report writable(Actor actor, long id, int version) {
		Report report = visible(actor, id);
		requireWriter(actor, report.getUnitId(), report.isConsolidated());
		if (!report.getStatus().editable()) {
			throw new ReportRefused(409, "report.error.notEditable");
		}
		requireVersion(report, version);
		return report;
	}

	private static void requireVersion(Report report, int version) {
		if (report.getVersion() != version) {
			throw new StaleEdit();
		}
	}

	private Report saved(Report report, Map<String, Object> before, String action) {
		try {
			Report saved = reports.save(report);
			audit.record(ENTITY, saved.getId(), action, before, saved.snapshot(), saved.getUnitId());
			changes.bump(saved.getUnitId());
			return saved;
		} catch (OptimisticLockingFailureException e) {
			throw new StaleEdit();
		}
	}

	private Figures figuresOf(Campaign campaign, long unitId, ReportPeriod period, boolean consolidated) {
		Optional<Report> report = reports.findByCampaignIdAndUnitIdAndPeriodKeyAndConsolidated(campaign.getId(),
				unitId, period.key(), consolidated);
		if (report.isPresent() && report.get().getSubmittedAt() != null && !report.get().getStatus().editable()) {
			return figures.frozen(report.get().getId());
		}
		return consolidated ? consolidation.consolidate(campaign, period, unitId).figures()
				: figures.compute(campaign.getId(), unitId, period.from(), period.to());
	}

	private static void check(Narrative n) {
		for (String section : List.of(nz(n.leadership()), nz(n.results()), nz(n.assessment()), nz(n.directions()),
				nz(n.proposals()), nz(n.recipients()))) {
			if (section.length() > Narrative.MAX_SECTION) {
				throw new ReportRefused(400, "report.error.tooLong");
			}
		}
		for (String line : List.of(nz(n.number()), nz(n.signerAuthority()), nz(n.signerPosition()),
				nz(n.signerName()))) {
			if (line.length() > Narrative.MAX_LINE) {
				throw new ReportRefused(400, "report.error.tooLong");
			}
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static Narrative prefilled(Map<Report.Section, List<String>> parts) {
		return new Narrative(null, join(parts.get(Report.Section.LEADERSHIP)), join(parts.get(Report.Section.RESULTS)),
				join(parts.get(Report.Section.ASSESSMENT)), join(parts.get(Report.Section.DIRECTIONS)),
				join(parts.get(Report.Section.PROPOSALS)), null, null, null, null);
	}

	private static String join(List<String> parts) {
		return parts.isEmpty() ? null : "- " + String.join("\n- ", parts);
	}

	private void event(Report report, String action, Actor actor, String comment) {
		jdbc.sql("insert into report_event (report_id, action, actor, comment, at) values (?, ?, ?, ?, ?)")
			.params(report.getId(), action, actor.username(), comment, Timestamp.from(clock.instant())).update();
	}

	List<ReportView.Event> history(long reportId) {
		return jdbc.sql("select action, actor, comment, at from report_event where report_id = ? order by at, id")
			.param(reportId)
			.query((rs, n) -> new ReportView.Event(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}
}
