package vn.lantoa.activity;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.files.FileStore;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;

/**
 * Evidence files of activities. Whoever may edit an activity attaches and removes its files; whoever may see it
 * lists and downloads them. A file is accepted for what its content is, never for its name: the type is sniffed, the
 * name cleaned, images get a thumbnail; every check runs before anything is written. The bytes go to the
 * content-addressed {@link FileStore} (the same file twice is kept once), the record to the {@code evidence} table.
 */
@Service
public class EvidenceStore {

	static final String ENTITY = "Evidence";
	static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

	/** An evidence file to send: its record and its bytes, which the caller closes. */
	public record Download(Evidence evidence, InputStream content) {
	}

	private static final String SELECT = """
			select id, activity_id, filename, content_type, size_bytes, thumbnail_sha256, created_at, sha256,
			       uploaded_by from evidence""";

	private record Row(Evidence evidence, String sha256, String thumbnailSha256, String uploadedBy) {
	}

	private final ActivityRecording recording;
	private final FileStore files;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final long maxBytes;

	EvidenceStore(ActivityRecording recording, FileStore files, JdbcClient jdbc, AuditTrail audit, Clock clock,
			@Value("${lantoa.evidence.max-bytes:" + DEFAULT_MAX_BYTES + "}") long maxBytes) {
		this.recording = recording;
		this.files = files;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/** Attaches a file to the activity; refuses an empty, too large or unknown file, or a too large image. */
	@Transactional
	public Evidence attach(Actor actor, long activityId, String originalFilename, byte[] content) {
		Activity activity = live(actor, activityId);
		if (content == null || content.length == 0) {
			throw new ActivityRefused(400, "evidence.error.empty");
		}
		if (content.length > maxBytes) {
			throw new ActivityRefused(413, "evidence.error.tooLarge", maxBytes / (1024 * 1024));
		}
		String type = EvidenceSniffing.type(content)
			.orElseThrow(() -> new ActivityRefused(415, "evidence.error.type"));
		Optional<byte[]> thumbnail = EvidenceSniffing.thumbnailed(type) ? EvidenceThumbnails.of(content)
				: Optional.empty();
		String filename = EvidenceSniffing.filename(originalFilename);
		String sha = files.put(content);
		String thumbnailSha = thumbnail.map(files::put).orElse(null);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into evidence (activity_id, sha256, filename, content_type, size_bytes, thumbnail_sha256,
				                      uploaded_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(activityId, sha, filename, type, content.length, thumbnailSha, actor.username(), Timestamp.from(now))
			.update(key, "id");
		long id = key.getKey().longValue();
		Row row = new Row(new Evidence(id, activityId, filename, type, content.length, thumbnailSha != null, now), sha,
				thumbnailSha, actor.username());
		audit.record(ENTITY, id, "CREATE", Map.of(), snapshot(row), activity.getUnitId());
		return row.evidence();
	}

	/** The files of an activity the actor may see, oldest first. */
	@Transactional(readOnly = true)
	public List<Evidence> list(Actor actor, long activityId) {
		recording.get(actor, activityId);
		return jdbc.sql(SELECT + " where activity_id = ? order by created_at, id").param(activityId)
			.query((rs, n) -> read(rs).evidence()).list();
	}

	/** One file of an activity the actor may see, with its bytes. */
	@Transactional(readOnly = true)
	public Download open(Actor actor, long activityId, long evidenceId) {
		Row row = find(actor, activityId, evidenceId);
		return new Download(row.evidence(), files.open(row.sha256())
			.orElseThrow(() -> new NotFound("evidence", evidenceId)));
	}

	/** The JPEG preview of an image file; not found when the file has none. */
	@Transactional(readOnly = true)
	public InputStream thumbnail(Actor actor, long activityId, long evidenceId) {
		Row row = find(actor, activityId, evidenceId);
		return files.open(row.thumbnailSha256()).orElseThrow(() -> new NotFound("evidence", evidenceId));
	}

	/** Takes a file off the activity. The bytes stay in the store, where another record may share them. */
	@Transactional
	public void remove(Actor actor, long activityId, long evidenceId) {
		Activity activity = live(actor, activityId);
		Row row = row(activityId, evidenceId);
		jdbc.sql("delete from evidence where id = ?").param(evidenceId).update();
		audit.record(ENTITY, evidenceId, "DELETE", snapshot(row), Map.of(), activity.getUnitId());
	}

	/** The activity, if the actor may edit it and it is not deleted: a deleted activity's files stay as they were. */
	private Activity live(Actor actor, long activityId) {
		Activity activity = recording.editable(actor, activityId);
		if (activity.isDeleted()) {
			throw new ActivityRefused(409, "evidence.error.activityDeleted");
		}
		return activity;
	}

	private Row find(Actor actor, long activityId, long evidenceId) {
		recording.get(actor, activityId);
		return row(activityId, evidenceId);
	}

	private Row row(long activityId, long evidenceId) {
		return jdbc.sql(SELECT + " where id = ? and activity_id = ?").params(evidenceId, activityId)
			.query((rs, n) -> read(rs)).optional().orElseThrow(() -> new NotFound("evidence", evidenceId));
	}

	private static Row read(ResultSet rs) throws SQLException {
		String thumbnail = rs.getString(6);
		return new Row(new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				thumbnail != null, rs.getTimestamp(7).toInstant()), rs.getString(8), thumbnail, rs.getString(9));
	}

	private static Map<String, Object> snapshot(Row row) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("activityId", row.evidence().activityId());
		fields.put("filename", row.evidence().filename());
		fields.put("contentType", row.evidence().contentType());
		fields.put("sizeBytes", row.evidence().sizeBytes());
		fields.put("sha256", row.sha256());
		fields.put("uploadedBy", row.uploadedBy());
		return fields;
	}
}
