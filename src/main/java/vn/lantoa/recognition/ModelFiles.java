package vn.lantoa.recognition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.files.FileStore;
import vn.lantoa.files.Uploads;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;

/**
 * Evidence files of exemplary models (photos, PDF or Word documents), attached by whoever may propose for the unit
 * while the model is not rejected; whoever sees the model downloads them.
 */
@Service
public class ModelFiles {

	static final long MAX_BYTES = 20L * 1024 * 1024;

	public record FileRow(long id, String filename, String contentType, long sizeBytes, String uploadedBy,
			Instant createdAt) {
	}

	private final ModelRegistry registry;
	private final FileStore files;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	ModelFiles(ModelRegistry registry, FileStore files, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.registry = registry;
		this.files = files;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Proposes a model with its first evidence file, all or nothing. */
	@Transactional
	public ExemplaryModel propose(Actor actor, ModelDetails details, boolean confirmedNotDuplicate, String filename,
			byte[] content) {
		ExemplaryModel model = registry.propose(actor, details, confirmedNotDuplicate);
		if (content != null) {
			attach(actor, model.getId(), filename, content);
		}
		return model;
	}

	@Transactional
	public long attach(Actor actor, long modelId, String originalName, byte[] content) {
		ExemplaryModel model = registry.get(actor, modelId);
		if (!registry.canPropose(actor, model.getUnitId())) {
			throw new OutOfScope();
		}
		if (model.getStatus() == ExemplaryModel.Status.REJECTED) {
			throw new RecognitionRefused(409, "model.error.closed");
		}
		String type = check(content);
		String name = Uploads.filename(originalName);
		String sha = files.put(content);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into exemplary_model_file (model_id, sha256, filename, content_type, size_bytes, uploaded_by,
				                                  created_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(modelId, sha, name, type, content.length, actor.username(), Timestamp.from(clock.instant()))
			.update(key, "id");
		long id = key.getKey().longValue();
		audit.record("ExemplaryModelFile", id, "CREATE", Map.of(), Map.of("modelId", modelId, "filename", name,
				"contentType", type, "sha256", sha), model.getUnitId());
		return id;
	}

	/** Checks an upload: not empty, at most 20 MB, a photo, PDF or Word document; its content type. */
	static String check(byte[] content) {
		if (content == null || content.length == 0) {
			throw new RecognitionRefused(400, "upload.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new RecognitionRefused(413, "upload.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		return Uploads.type(content).orElseThrow(() -> new RecognitionRefused(415, "upload.error.type"));
	}

	@Transactional(readOnly = true)
	public List<FileRow> list(long modelId) {
		return jdbc.sql("""
				select id, filename, content_type, size_bytes, uploaded_by, created_at from exemplary_model_file
				where model_id = ? order by id""").param(modelId)
			.query((rs, n) -> new FileRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public StoredFile open(Actor actor, long modelId, long fileId) {
		registry.get(actor, modelId);
		return jdbc.sql("select sha256, filename, content_type from exemplary_model_file where id = ? and model_id = ?")
			.params(fileId, modelId)
			.query((rs, n) -> new StoredFile(rs.getString(2), rs.getString(3), files.open(rs.getString(1))
				.orElseThrow(() -> new NotFound("file", fileId))))
			.optional().orElseThrow(() -> new NotFound("file", fileId));
	}
}
