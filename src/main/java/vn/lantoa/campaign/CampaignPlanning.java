package vn.lantoa.campaign;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.campaign.CampaignPlan.AssignmentPlan;
import vn.lantoa.campaign.CampaignPlan.ChannelPlan;
import vn.lantoa.campaign.CampaignPlan.ThemePlan;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.ChangeCounters;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.Role;

/**
 * Creates a campaign with its themes, channels and assignments in one transaction. Coordinators and admins plan
 * for their scope unit; every assigned unit must lie inside it.
 */
@Service
public class CampaignPlanning {

	private final Campaigns campaigns;
	private final Assignments assignments;
	private final JdbcClient jdbc;
	private final OrgTree tree;
	private final MeasureCatalogue measures;
	private final AuditTrail audit;
	private final Clock clock;
	private final ChangeCounters counters;

	CampaignPlanning(Campaigns campaigns, Assignments assignments, JdbcClient jdbc, OrgTree tree,
			MeasureCatalogue measures, AuditTrail audit, Clock clock, ChangeCounters counters) {
		this.counters = counters;
		this.campaigns = campaigns;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.tree = tree;
		this.measures = measures;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the actor may plan campaigns (coordinators and admins with write access). */
	public static boolean canPlan(Actor actor) {
		return (actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN)) && actor.writeAccess();
	}

	@Transactional
	public Campaign create(Actor actor, CampaignPlan plan) {
		if (!canPlan(actor)) {
			throw new OutOfScope();
		}
		check(actor, plan);
		Campaign campaign = campaigns.save(Campaign.plan(plan, actor.scopeUnitId(), clock.instant()));
		int position = 1;
		for (ThemePlan theme : plan.themes()) {
			jdbc.sql("insert into campaign_theme (campaign_id, position, title, body) values (?, ?, ?, ?)")
				.params(campaign.getId(), position++, theme.title().trim(), theme.body()).update();
		}
		position = 1;
		Set<String> known = measures.codes();
		for (ChannelPlan channel : plan.channels()) {
			String codes = String.join(",", channel.measureCodes().stream().filter(known::contains).toList());
			jdbc.sql("""
					insert into campaign_channel (campaign_id, position, title, body, forms, measure_codes)
					values (?, ?, ?, ?, ?, ?)""")
				.params(campaign.getId(), position++, channel.title().trim(), channel.body(),
						String.join("\n", channel.forms()), codes)
				.update();
		}
		int handed = 0;
		for (AssignmentPlan group : plan.assignments()) {
			for (Long unitId : new LinkedHashSet<>(group.unitIds())) {
				assignments.save(Assignment.hand(campaign.getId(), unitId, group.groupTitle().trim(), group.tasks(),
						group.dueOn(), clock.instant()));
				handed++;
			}
		}
		counters.bump(ChangeCounters.REGISTER);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", campaign.getTitle());
		after.put("period", campaign.getStartsOn() + "/" + campaign.getEndsOn());
		after.put("themes", plan.themes().size());
		after.put("channels", plan.channels().size());
		after.put("assignments", handed);
		audit.record("Campaign", campaign.getId(), "CREATE", Map.of(), after, actor.scopeUnitId());
		return campaign;
	}

	private void check(Actor actor, CampaignPlan plan) {
		if (plan.title() == null || plan.title().isBlank()) {
			throw new Refusal(400, "campaign.error.title");
		}
		if (plan.startsOn() == null || plan.endsOn() == null || plan.endsOn().isBefore(plan.startsOn())) {
			throw new Refusal(400, "campaign.error.period");
		}
		if (plan.themes().stream().anyMatch(t -> t.title() == null || t.title().isBlank())
				|| plan.channels().stream().anyMatch(c -> c.title() == null || c.title().isBlank())) {
			throw new Refusal(400, "campaign.error.blankItem");
		}
		plan.assignments().forEach(group -> check(actor, group));
	}

	/**
	 * Hands more tasks to units of a running campaign (a unit founded since, a new request of the level above).
	 * Units assigned this way owe reports from the period in which they were assigned.
	 */
	@Transactional
	public List<Assignment> assign(Actor actor, long campaignId, AssignmentPlan group) {
		Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFound("campaign", campaignId));
		if (!canPlan(actor) || !tree.canSee(actor, campaign.getOwnerUnitId())) {
			throw new OutOfScope();
		}
		if (group.groupTitle() == null || group.groupTitle().isBlank()) {
			throw new Refusal(400, "campaign.error.blankItem");
		}
		check(actor, group);
		List<Assignment> handed = new java.util.ArrayList<>();
		for (Long unitId : new LinkedHashSet<>(group.unitIds())) {
			Assignment a = assignments.save(Assignment.hand(campaignId, unitId, group.groupTitle().trim(),
					group.tasks(), group.dueOn(), clock.instant()));
			audit.record("Assignment", a.getId(), "CREATE", Map.of(), Map.of("campaignId", campaignId, "unitId",
					unitId, "group", group.groupTitle().trim(), "dueOn", group.dueOn()), unitId);
			handed.add(a);
		}
		counters.bump(ChangeCounters.REGISTER);
		return handed;
	}

	private void check(Actor actor, AssignmentPlan group) {
		if (group.unitIds().isEmpty()) {
			throw new Refusal(400, "campaign.error.unassigned", group.groupTitle());
		}
		if (group.dueOn() == null) {
			throw new Refusal(400, "campaign.error.dueOn", group.groupTitle());
		}
		for (Long unitId : group.unitIds()) {
			tree.requireVisible(actor, unitId);
		}
	}
}
