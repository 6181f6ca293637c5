package vn.lantoa.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.MeasureCatalogue.Measure;
import vn.lantoa.campaign.RecordingRules;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;

/**
 * Records, edits, deletes and restores activities. Reporters work on their unit's activities, coordinators and
 * admins on those of their subtree; leaders only read. Every change is checked against the campaign (its period,
 * themes, channels and the channel's measures) and audited.
 *
 * <p>Each change publishes an event ({@link ActivityRecorded}, {@link ActivityEdited}, {@link ActivityDeleted},
 * {@link ActivityRestored}) inside the same transaction, so that listeners which keep figures (the roll-ups) change
 * with the activity or not at all.
 */
@Service
public class ActivityRecording {

	static final String ENTITY = "Activity";
	static final int MAX_LINKS = 10;

	private final Activities activities;
	private final ActivityInsert inserts;
	private final CampaignDirectory campaigns;
	private final OrgTree tree;
	private final AuditTrail audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	ActivityRecording(Activities activities, ActivityInsert inserts, CampaignDirectory campaigns, OrgTree tree,
			AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.activities = activities;
		this.inserts = inserts;
		this.campaigns = campaigns;
		this.tree = tree;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the actor may record and edit activities of the unit. */
	public boolean canRecord(Actor actor, long unitId) {
		return mayRecord(actor, tree.canSee(actor, unitId));
	}

	private static boolean mayRecord(Actor actor, boolean seesUnit) {
		return !actor.is(Role.LEADER) && actor.writeAccess() && seesUnit;
	}

	@Transactional
	public Activity record(Actor actor, ActivityDetails details) {
		check(actor, details);
		Activity activity = inserts.insert(Activity.record(details, actor.username(), clock.instant()));
		audit.record(ENTITY, activity.getId(), "CREATE", Map.of(), activity.snapshot(), activity.getUnitId());
		events.publishEvent(new ActivityRecorded(activity.getId(), activity.figures()));
		return activity;
	}

	@Transactional
	public Activity update(Actor actor, long id, int version, ActivityDetails details) {
		Activity activity = editable(actor, id);
		if (activity.getCampaignId() != details.campaignId()) {
			throw new ActivityRefused(400, "activity.error.campaignChanged");
		}
		check(actor, details);
		if (activity.getVersion() != version) {
			throw new ActivityConflict(activity.snapshot(), Activity.record(details, actor.username(),
					clock.instant()).snapshot());
		}
		Map<String, Object> before = activity.snapshot();
		ActivityFigures figuresBefore = activity.figures();
		activity.describe(details, clock.instant());
		Activity saved = saved(activity, before, "UPDATE");
		events.publishEvent(new ActivityEdited(saved.getId(), figuresBefore, saved.figures()));
		return saved;
	}

	@Transactional
	public Activity delete(Actor actor, long id, int version) {
		Activity activity = editable(actor, id);
		if (activity.getVersion() != version) {
			throw new ActivityConflict(activity.snapshot(), activity.snapshot());
		}
		Map<String, Object> before = activity.snapshot();
		activity.delete(actor.username(), clock.instant());
		Activity saved = saved(activity, before, "DELETE");
		events.publishEvent(new ActivityDeleted(saved.getId(), saved.figures()));
		return saved;
	}

	/** Brings a deleted activity back; only coordinators and admins above the unit. */
	@Transactional
	public Activity restore(Actor actor, long id) {
		Activity activity = activities.findById(id).orElseThrow(() -> new NotFound("activity", id));
		tree.requireVisible(actor, activity.getUnitId());
		if (!(actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN)) || !actor.writeAccess()) {
			throw new OutOfScope();
		}
		Map<String, Object> before = activity.snapshot();
		activity.restore(clock.instant());
		Activity saved = saved(activity, before, "RESTORE");
		events.publishEvent(new ActivityRestored(saved.getId(), saved.figures()));
		return saved;
	}

	/** The activity, if the actor may see it (deleted ones only for coordinators and admins). */
	@Transactional(readOnly = true)
	public Activity get(Actor actor, long id) {
		Activity activity = activities.findById(id).orElseThrow(() -> new NotFound("activity", id));
		tree.requireVisible(actor, activity.getUnitId());
		if (activity.isDeleted() && !(actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN))) {
			throw new NotFound("activity", id);
		}
		return activity;
	}

	Activity editable(Actor actor, long id) {
		Activity activity = get(actor, id);
		if (!canRecord(actor, activity.getUnitId())) {
			throw new OutOfScope();
		}
		return activity;
	}

	private Activity saved(Activity activity, Map<String, Object> before, String action) {
		Activity saved = activities.save(activity);
		audit.record(ENTITY, saved.getId(), action, before, saved.snapshot(), saved.getUnitId());
		return saved;
	}

	/**
	 * Checks the details against the actor's rights and the campaign's rules; refuses the first broken one. The
	 * rules are read in one query ({@link RecordingRules}), fresh each time.
	 */
	void check(Actor actor, ActivityDetails d) {
		Set<Long> themeIds = new HashSet<>(d.themeIds());
		RecordingRules rules = campaigns.recordingRules(actor, d.campaignId(), d.unitId(), themeIds, d.channelId(),
				d.measures().keySet());
		if (!mayRecord(actor, rules.unitVisible())) {
			throw new OutOfScope();
		}
		if (!rules.found()) {
			throw new NotFound("campaign", d.campaignId());
		}
		if (!rules.concerns()) {
			throw new OutOfScope();
		}
		if (!rules.unitInCampaign()) {
			throw new ActivityRefused(400, "activity.error.unitNotInCampaign");
		}
		if (d.title() == null || d.title().isBlank() || d.title().length() > 500) {
			throw new ActivityRefused(400, "activity.error.title");
		}
		if (d.description() != null && d.description().length() > 10_000
				|| d.place() != null && d.place().length() > 500) {
			throw new ActivityRefused(400, "activity.error.tooLong");
		}
		checkDates(rules, d);
		if (themeIds.isEmpty() || rules.themes() != themeIds.size()) {
			throw new ActivityRefused(400, "activity.error.theme");
		}
		if (rules.channelMeasureCodes() == null) {
			throw new ActivityRefused(400, "activity.error.channel");
		}
		checkMeasures(rules, d.measures());
		checkLinks(d);
	}

	private static void checkDates(RecordingRules campaign, ActivityDetails d) {
		if (d.startsOn() == null) {
			throw new ActivityRefused(400, "activity.error.date");
		}
		var end = d.endsOn() == null ? d.startsOn() : d.endsOn();
		if (end.isBefore(d.startsOn())) {
			throw new ActivityRefused(400, "activity.error.dateOrder");
		}
		if (d.startsOn().isBefore(campaign.startsOn()) || end.isAfter(campaign.endsOn())) {
			var format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
			throw new ActivityRefused(400, "activity.error.outsideCampaign", format.format(campaign.startsOn()),
					format.format(campaign.endsOn()));
		}
	}

	private static void checkMeasures(RecordingRules rules, Map<String, BigDecimal> values) {
		Set<String> allowed = new HashSet<>(rules.channelMeasureCodes());
		for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
			Measure measure = rules.measures().get(value.getKey());
			if (measure == null || !allowed.contains(value.getKey())) {
				throw new ActivityRefused(400, "activity.error.measure", value.getKey());
			}
			BigDecimal amount = value.getValue();
			if (amount != null && (amount.signum() < 0 || amount.compareTo(measure.maxValue()) > 0
					|| amount.scale() > 2)) {
				throw new ActivityRefused(400, "activity.error.amount", measure.nameVi(), measure.maxValue()
					.stripTrailingZeros().toPlainString());
			}
		}
	}

	private static void checkLinks(ActivityDetails d) {
		if (d.links().size() > MAX_LINKS) {
			throw new ActivityRefused(400, "activity.error.links", MAX_LINKS);
		}
		for (String link : d.links()) {
			String url = link.trim();
			if (!url.isEmpty() && (url.length() > 2000 || !(url.startsWith("https://") || url.startsWith("http://"))
					|| url.chars().anyMatch(c -> c <= ' '))) {
				throw new ActivityRefused(400, "activity.error.link", url.length() > 80 ? url.substring(0, 80) : url);
			}
		}
	}
}
