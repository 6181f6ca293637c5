package vn.lantoa.recognition;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.activity.Activity;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.audit.AuditTrail;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignDirectory.ChannelView;
import vn.lantoa.files.FileStore;
import vn.lantoa.files.Uploads;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.StaleEdit;

/**
 * Organises contests. A contest is recorded together with an activity of its campaign's contest channel (the first
 * channel that counts the measure {@value #CONTESTS}), made and kept in step through {@link ActivityRecording}: the
 * activity has the contest's title, dates and theme, and its measures say one contest and the participants and
 * entries of all units. So contests count in every activity figure without the activity module knowing of them.
 * Whoever may record activities for the organiser manages the contest; it is visible in the organiser's subtree and
 * to the units that take part.
 */
@Service
public class ContestOffice {

	static final String ENTITY = "Contest";
	static final String CONTESTS = "contests";

	/** A rules file as uploaded: its name and bytes. */
	public record Upload(String filename, byte[] content) {
	}

	private final Contests contests;
	private final ActivityRecording activities;
	private final CampaignDirectory campaigns;
	private final OrgTree tree;
	private final FileStore files;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	ContestOffice(Contests contests, ActivityRecording activities, CampaignDirectory campaigns, OrgTree tree,
			FileStore files, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.contests = contests;
		this.activities = activities;
		this.campaigns = campaigns;
		this.tree = tree;
		this.files = files;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean canManage(Actor actor, long organiserUnitId) {
		return activities.canRecord(actor, organiserUnitId);
	}

	@Transactional
	public Contest announce(Actor actor, ContestDetails details, Upload rules) {
		check(actor, details);
		Activity activity = activities.record(actor, activityDetails(details, List.of()));
		Contest contest = Contest.announce(details, activity.getId(), actor.username(), clock.instant());
		attach(contest, rules);
		contest = contests.save(contest);
		audit.record(ENTITY, contest.getId(), "CREATE", Map.of(), contest.snapshot(), contest.getOrganiserUnitId());
		return contest;
	}

	@Transactional
	public Contest update(Actor actor, long id, int version, ContestDetails details, Upload rules) {
		Contest contest = managed(actor, id, version);
		if (details.campaignId() != contest.getCampaignId()) {
			throw new RecognitionRefused(400, "contest.error.campaignChanged");
		}
		check(actor, details);
		Map<String, Object> before = contest.snapshot();
		contest.describe(details, clock.instant());
		attach(contest, rules);
		sync(actor, contest, details.themeId());
		return saved(contest, before, "UPDATE");
	}

	/** Sets the participants and entries of the units taking part (all of them at once). */
	@Transactional
	public Contest count(Actor actor, long id, int version, List<Contest.Participation> units) {
		Contest contest = managed(actor, id, version);
		if (new HashSet<>(units.stream().map(Contest.Participation::unitId).toList()).size() != units.size()) {
			throw new RecognitionRefused(400, "contest.error.unitTwice");
		}
		for (Contest.Participation p : units) {
			tree.requireVisible(actor, p.unitId());
			if (p.participants() < 0 || p.entries() < 0 || p.participants() > 10_000_000 || p.entries() > 10_000_000) {
				throw new RecognitionRefused(400, "contest.error.count");
			}
		}
		Map<String, Object> before = contest.snapshot();
		contest.count(units, clock.instant());
		sync(actor, contest, null);
		return saved(contest, before, "COUNT");
	}

	/** Announces the prizes and closes the contest. */
	@Transactional
	public Contest announceResults(Actor actor, long id, int version, List<Contest.Prize> prizes) {
		Contest contest = managed(actor, id, version);
		for (Contest.Prize p : prizes) {
			if (p.prize() == null || p.prize().isBlank() || p.prize().length() > 200 || p.winner() == null
					|| p.winner().isBlank() || p.winner().length() > 300 || p.work() != null && p.work().length() > 500) {
				throw new RecognitionRefused(400, "contest.error.prize");
			}
			if (p.unitId() != null) {
				tree.requireVisible(actor, p.unitId());
			}
		}
		if (prizes.isEmpty()) {
			throw new RecognitionRefused(400, "contest.error.noPrizes");
		}
		Map<String, Object> before = contest.snapshot();
		contest.announceResults(prizes.stream().map(p -> new Contest.Prize(p.prize().trim(), p.winner().trim(),
				p.unitId(), p.work() == null || p.work().isBlank() ? null : p.work().trim())).toList(), clock.instant());
		return saved(contest, before, "RESULTS");
	}

	/** The contest, if organised in the actor's subtree or one of its units takes part. */
	@Transactional(readOnly = true)
	public Contest get(Actor actor, long id) {
		Contest contest = contests.findById(id).orElseThrow(() -> new NotFound("contest", id));
		boolean takesPart = jdbc.sql("""
				select count(*) from contest_participation p join org_unit_tree t on t.unit_id = p.unit_id
				where p.contest_id = ? and t.ancestor_id = ?""").params(id, actor.scopeUnitId()).query(Long.class)
			.single() > 0;
		if (!takesPart) {
			tree.requireVisible(actor, contest.getOrganiserUnitId());
		}
		return contest;
	}

	/** The theme of the contest's activity. */
	@Transactional(readOnly = true)
	public long themeId(Actor actor, Contest contest) {
		return activities.get(actor, contest.getActivityId()).themeIds().get(0);
	}

	@Transactional(readOnly = true)
	public StoredFile rules(Actor actor, long id) {
		Contest contest = get(actor, id);
		if (contest.getRulesSha256() == null) {
			throw new NotFound("rules", id);
		}
		return new StoredFile(contest.getRulesFilename(), contest.getRulesContentType(),
				files.open(contest.getRulesSha256()).orElseThrow(() -> new NotFound("rules", id)));
	}

	/** The campaign's contest channel: the first that counts contests. */
	public ChannelView contestChannel(long campaignId) {
		return campaigns.channels(campaignId).stream().filter(c -> c.measureCodes().contains(CONTESTS)).findFirst()
			.orElseThrow(() -> new RecognitionRefused(400, "contest.error.noChannel"));
	}

	private void sync(Actor actor, Contest contest, Long themeId) {
		Activity activity = activities.get(actor, contest.getActivityId());
		ContestDetails details = new ContestDetails(contest.getCampaignId(), contest.getOrganiserUnitId(),
				themeId == null ? activity.themeIds().get(0) : themeId, contest.getKind(), contest.getTitle(),
				contest.getDescription(), contest.getStartsOn(), contest.getEndsOn());
		activities.update(actor, activity.getId(), activity.getVersion(),
				activityDetails(details, contest.participationList()));
	}

	private ActivityDetails activityDetails(ContestDetails d, List<Contest.Participation> units) {
		ChannelView channel = contestChannel(d.campaignId());
		Map<String, BigDecimal> measures = new LinkedHashMap<>();
		measures.put(CONTESTS, BigDecimal.ONE);
		measures.put("participants", BigDecimal.valueOf(units.stream().mapToInt(Contest.Participation::participants)
			.sum()));
		measures.put("entries", BigDecimal.valueOf(units.stream().mapToInt(Contest.Participation::entries).sum()));
		measures.keySet().retainAll(channel.measureCodes());
		return new ActivityDetails(d.campaignId(), d.organiserUnitId(), List.of(d.themeId()), channel.id(),
				d.startsOn(), d.endsOn(), d.title(), d.description(), null, measures, List.of());
	}

	private void attach(Contest contest, Upload rules) {
		if (rules == null || rules.content() == null || rules.content().length == 0) {
			return;
		}
		String type = ModelFiles.check(rules.content());
		contest.attachRules(files.put(rules.content()), Uploads.filename(rules.filename()), type);
	}

	private Contest managed(Actor actor, long id, int version) {
		Contest contest = get(actor, id);
		if (!canManage(actor, contest.getOrganiserUnitId())) {
			throw new OutOfScope();
		}
		if (contest.getVersion() != version) {
			throw new StaleEdit();
		}
		return contest;
	}

	private Contest saved(Contest contest, Map<String, Object> before, String action) {
		Contest saved = contests.save(contest);
		audit.record(ENTITY, saved.getId(), action, before, saved.snapshot(), saved.getOrganiserUnitId());
		return saved;
	}

	private void check(Actor actor, ContestDetails d) {
		if (!canManage(actor, d.organiserUnitId())) {
			throw new OutOfScope();
		}
		campaigns.get(actor, d.campaignId());
		if (d.title() == null || d.title().isBlank() || d.title().trim().length() > 500) {
			throw new RecognitionRefused(400, "contest.error.title");
		}
		if (d.kind() == null) {
			throw new RecognitionRefused(400, "contest.error.kind");
		}
		if (d.description() != null && d.description().length() > 10_000) {
			throw new RecognitionRefused(400, "contest.error.description");
		}
		if (d.startsOn() == null || d.endsOn() == null || d.endsOn().isBefore(d.startsOn())) {
			throw new RecognitionRefused(400, "contest.error.dates");
		}
	}
}
