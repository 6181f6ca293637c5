package vn.lantoa.recognition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.activity.Activity;
import vn.lantoa.activity.ActivityFilter;
import vn.lantoa.activity.ActivityQueries;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.audit.AuditTrail;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;

/**
 * Other units spreading a recognised model: a unit links one of its own activities to the model (the link is kept
 * here, in {@code model_replication}, so the activity module knows nothing of models). Whoever may edit the activity
 * links and unlinks it; reviewers of the model may unlink too. Deleted activities stay linked but are not counted.
 */
@Service
public class ModelReplications {

	static final String ENTITY = "ModelReplication";

	/** A linked activity as the model's page lists it. */
	public record Replication(long activityId, String activityTitle, long unitId, String unitName,
			LocalDate startsOn, String linkedBy, Instant linkedAt, boolean deleted) {
	}

	private final ModelRegistry registry;
	private final ActivityRecording activities;
	private final ActivityQueries activityQueries;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	ModelReplications(ModelRegistry registry, ActivityRecording activities, ActivityQueries activityQueries,
			JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.registry = registry;
		this.activities = activities;
		this.activityQueries = activityQueries;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void link(Actor actor, long modelId, long activityId) {
		ExemplaryModel model = registry.get(actor, modelId);
		Activity activity = activities.get(actor, activityId);
		if (!activities.canRecord(actor, activity.getUnitId())) {
			throw new OutOfScope();
		}
		if (model.getStatus() != ExemplaryModel.Status.RECOGNISED) {
			throw new RecognitionRefused(409, "replication.error.notRecognised");
		}
		if (activity.isDeleted()) {
			throw new RecognitionRefused(409, "replication.error.deleted");
		}
		if (activity.getUnitId() == model.getUnitId()) {
			throw new RecognitionRefused(400, "replication.error.sameUnit");
		}
		if (linked(modelId, activityId)) {
			throw new RecognitionRefused(409, "replication.error.already");
		}
		jdbc.sql("""
				insert into model_replication (model_id, activity_id, unit_id, linked_by, linked_at)
				values (?, ?, ?, ?, ?)""")
			.params(modelId, activityId, activity.getUnitId(), actor.username(), Timestamp.from(clock.instant()))
			.update();
		audit.record(ENTITY, modelId + "/" + activityId, "LINK", Map.of(),
				Map.of("modelId", modelId, "activityId", activityId), activity.getUnitId());
	}

	@Transactional
	public void unlink(Actor actor, long modelId, long activityId) {
		ExemplaryModel model = registry.get(actor, modelId);
		Long unitId = jdbc.sql("select unit_id from model_replication where model_id = ? and activity_id = ?")
			.params(modelId, activityId).query(Long.class).optional()
			.orElseThrow(() -> new vn.lantoa.shared.NotFound("replication", activityId));
		if (!activities.canRecord(actor, unitId) && !registry.canReview(actor, model.getUnitId())) {
			throw new OutOfScope();
		}
		jdbc.sql("delete from model_replication where model_id = ? and activity_id = ?").params(modelId, activityId)
			.update();
		audit.record(ENTITY, modelId + "/" + activityId, "UNLINK", Map.of("modelId", modelId, "activityId",
				activityId), Map.of(), unitId);
	}

	/** The activities linked to the model, newest first. */
	@Transactional(readOnly = true)
	public List<Replication> of(long modelId) {
		return jdbc.sql("""
				select a.id, a.title, a.unit_id, u.name, a.starts_on, r.linked_by, r.linked_at, a.deleted_at
				from model_replication r join activity a on a.id = r.activity_id join org_unit u on u.id = a.unit_id
				where r.model_id = ? order by a.starts_on desc, a.id desc""").param(modelId)
			.query((rs, n) -> new Replication(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getString(6), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8) != null))
			.list();
	}

	/** The actor's own recent activities that could be linked: of units it records for, not the model's unit. */
	@Transactional(readOnly = true)
	public List<ActivityQueries.Row> candidates(Actor actor, ExemplaryModel model) {
		if (model.getStatus() != ExemplaryModel.Status.RECOGNISED || !activities.canRecord(actor, actor.unitId())) {
			return List.of();
		}
		ActivityFilter filter = new ActivityFilter(actor.scopeUnitId(), null, null, null, null, null, null, false,
				ActivityFilter.Sort.NEWEST, 0, 100);
		return activityQueries.find(actor, filter).rows().stream()
			.filter(r -> r.unitId() != model.getUnitId() && !linked(model.getId(), r.id())).limit(50).toList();
	}

	private boolean linked(long modelId, long activityId) {
		return jdbc.sql("select count(*) from model_replication where model_id = ? and activity_id = ?")
			.params(modelId, activityId).query(Long.class).single() > 0;
	}
}
