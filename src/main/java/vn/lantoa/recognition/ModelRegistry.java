package vn.lantoa.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.StaleEdit;

/**
 * The life of exemplary models: a unit's reporters (or coordinators and admins above it) propose and correct them;
 * coordinators and admins above the unit verify, recognise or reject them and show recognised ones on the public
 * page. A proposal whose title repeats one of the unit's models (ignoring diacritics) is held back as a
 * {@link LikelyDuplicate} until the user confirms it. Recognised models are visible to every signed-in account, so
 * that other units can spread them; the others only within the unit's subtree.
 */
@Service
public class ModelRegistry {

	static final String ENTITY = "ExemplaryModel";
	static final int MAX_LINKS = 10;

	private final ExemplaryModels models;
	private final CampaignDirectory campaigns;
	private final OrgTree tree;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	ModelRegistry(ExemplaryModels models, CampaignDirectory campaigns, OrgTree tree, AuditTrail audit,
			JdbcClient jdbc, Clock clock) {
		this.models = models;
		this.campaigns = campaigns;
		this.tree = tree;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean canPropose(Actor actor, long unitId) {
		return !actor.is(Role.LEADER) && actor.writeAccess() && tree.canSee(actor, unitId);
	}

	public boolean canReview(Actor actor, long unitId) {
		return (actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN)) && actor.writeAccess()
				&& tree.canSee(actor, unitId);
	}

	/** Whether the actor may change what the model says: the unit while proposed, reviewers until recognised. */
	public boolean canEdit(Actor actor, ExemplaryModel model) {
		return switch (model.getStatus()) {
			case PROPOSED -> canPropose(actor, model.getUnitId());
			case VERIFIED -> canReview(actor, model.getUnitId());
			default -> false;
		};
	}

	@Transactional
	public ExemplaryModel propose(Actor actor, ModelDetails details, boolean confirmedNotDuplicate) {
		check(actor, details);
		if (!confirmedNotDuplicate) {
			List<LikelyDuplicate.Match> matches = likelyDuplicates(details.unitId(), details.title(), null);
			if (!matches.isEmpty()) {
				throw new LikelyDuplicate(matches);
			}
		}
		ExemplaryModel model = models.save(ExemplaryModel.propose(details, actor.username(), LocalDate.now(clock),
				clock.instant()));
		audit.record(ENTITY, model.getId(), "PROPOSE", Map.of(), model.snapshot(), model.getUnitId());
		return model;
	}

	@Transactional
	public ExemplaryModel update(Actor actor, long id, int version, ModelDetails details) {
		ExemplaryModel model = current(actor, id, version);
		if (!canEdit(actor, model)) {
			throw new OutOfScope();
		}
		check(actor, details);
		Map<String, Object> before = model.snapshot();
		model.describe(details, clock.instant());
		return saved(model, before, "UPDATE");
	}

	@Transactional
	public ExemplaryModel verify(Actor actor, long id, int version) {
		ExemplaryModel model = reviewable(actor, id, version);
		Map<String, Object> before = model.snapshot();
		model.verify(actor.username(), LocalDate.now(clock), clock.instant());
		return saved(model, before, "VERIFY");
	}

	@Transactional
	public ExemplaryModel recognise(Actor actor, long id, int version, String decisionNumber, LocalDate decisionDate) {
		ExemplaryModel model = reviewable(actor, id, version);
		if (decisionNumber == null || decisionNumber.isBlank() || decisionNumber.trim().length() > 80) {
			throw new RecognitionRefused(400, "model.error.decisionNumber");
		}
		if (decisionDate == null || decisionDate.isAfter(LocalDate.now(clock))) {
			throw new RecognitionRefused(400, "model.error.decisionDate");
		}
		Map<String, Object> before = model.snapshot();
		model.recognise(actor.username(), decisionNumber, decisionDate, clock.instant());
		return saved(model, before, "RECOGNISE");
	}

	@Transactional
	public ExemplaryModel reject(Actor actor, long id, int version, String reason) {
		ExemplaryModel model = reviewable(actor, id, version);
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw new RecognitionRefused(400, "model.error.reason");
		}
		Map<String, Object> before = model.snapshot();
		model.reject(reason, clock.instant());
		return saved(model, before, "REJECT");
	}

	/** Shows the recognised model on the public page and in the feed, or takes it off. */
	@Transactional
	public ExemplaryModel publish(Actor actor, long id, int version, boolean visible) {
		ExemplaryModel model = reviewable(actor, id, version);
		Map<String, Object> before = model.snapshot();
		if (visible) {
			model.publish(clock.instant());
		} else {
			model.unpublish(clock.instant());
		}
		return saved(model, before, visible ? "PUBLISH" : "UNPUBLISH");
	}

	/** The model, if the actor may see it. */
	@Transactional(readOnly = true)
	public ExemplaryModel get(Actor actor, long id) {
		ExemplaryModel model = models.findById(id).orElseThrow(() -> new NotFound("model", id));
		if (model.getStatus() != ExemplaryModel.Status.RECOGNISED) {
			tree.requireVisible(actor, model.getUnitId());
		}
		return model;
	}

	/** The model, if recognised and shown on the public page. */
	@Transactional(readOnly = true)
	public ExemplaryModel getPublic(long id) {
		return models.findById(id).filter(ExemplaryModel::isPublic).orElseThrow(() -> new NotFound("model", id));
	}

	/**
	 * The unit's models (rejected ones aside) whose title matches this one without diacritics: the same letters and
	 * digits, or at least four words of which 80% are shared.
	 */
	@Transactional(readOnly = true)
	public List<LikelyDuplicate.Match> likelyDuplicates(long unitId, String title, Long exceptId) {
		String key = ExemplaryModel.titleKey(title);
		Set<String> words = new HashSet<>(Arrays.asList(key.split(" ")));
		List<LikelyDuplicate.Match> matches = new ArrayList<>();
		jdbc.sql("""
				select id, title, title_key, status from exemplary_model
				where unit_id = ? and status <> 'REJECTED' order by id""").param(unitId).query(rs -> {
			long id = rs.getLong(1);
			String other = rs.getString(3);
			if (exceptId != null && exceptId == id) {
				return;
			}
			if (other.equals(key) || similar(words, new HashSet<>(Arrays.asList(other.split(" "))))) {
				matches.add(new LikelyDuplicate.Match(id, rs.getString(2),
						ExemplaryModel.Status.valueOf(rs.getString(4))));
			}
		});
		return matches;
	}

	private static boolean similar(Set<String> a, Set<String> b) {
		if (a.size() < 4 || b.size() < 4) {
			return false;
		}
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return shared.size() * 5 >= all.size() * 4;
	}

	private ExemplaryModel reviewable(Actor actor, long id, int version) {
		ExemplaryModel model = current(actor, id, version);
		if (!canReview(actor, model.getUnitId())) {
			throw new OutOfScope();
		}
		return model;
	}

	private ExemplaryModel current(Actor actor, long id, int version) {
		ExemplaryModel model = models.findById(id).orElseThrow(() -> new NotFound("model", id));
		tree.requireVisible(actor, model.getUnitId());
		if (model.getVersion() != version) {
			throw new StaleEdit();
		}
		return model;
	}

	private ExemplaryModel saved(ExemplaryModel model, Map<String, Object> before, String action) {
		ExemplaryModel saved = models.save(model);
		audit.record(ENTITY, saved.getId(), action, before, saved.snapshot(), saved.getUnitId());
		return saved;
	}

	private void check(Actor actor, ModelDetails d) {
		if (!canPropose(actor, d.unitId())) {
			throw new OutOfScope();
		}
		if (d.campaignId() != null) {
			campaigns.get(actor, d.campaignId());
		}
		if (d.title() == null || d.title().isBlank() || d.title().trim().length() > 500) {
			throw new RecognitionRefused(400, "model.error.title");
		}
		if (d.kind() == null || d.field() == null) {
			throw new RecognitionRefused(400, "model.error.kind");
		}
		if (d.description() != null && d.description().length() > 10_000) {
			throw new RecognitionRefused(400, "model.error.description");
		}
		Links.check(d.links(), MAX_LINKS);
	}
}
