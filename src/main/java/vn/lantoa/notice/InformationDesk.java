package vn.lantoa.notice;

import java.sql.Timestamp;
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
import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;

/**
 * Information from units to the Board: a unit's reporter (or coordinator) sends it, optionally asking for guidance;
 * coordinators whose scope holds the unit, other than the unit's own, answer it or turn it into a notice to the unit
 * and, if they choose, to every unit of some kinds.
 */
@Service
public class InformationDesk {

	private final JdbcClient jdbc;
	private final InformationQueries queries;
	private final NoticeDesk notices;
	private final FileStore files;
	private final AuditTrail audit;
	private final java.time.Clock clock;

	InformationDesk(JdbcClient jdbc, InformationQueries queries, NoticeDesk notices, FileStore files, AuditTrail audit,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.notices = notices;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long send(Actor actor, String subject, String content, boolean needsGuidance,
			List<NoticeDesk.Upload> uploads) {
		if (actor.is(Role.LEADER)) {
			throw new OutOfScope();
		}
		String title = NoticeDesk.required(subject, 300, "information.error.subject");
		String text = NoticeDesk.required(content, 20_000, "information.error.content");
		Instant now = clock.instant();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into information_item (unit_id, sent_by, subject, content, needs_guidance, status, sent_at)
				values (?, ?, ?, ?, ?, 'NEW', ?)""")
			.params(actor.unitId(), actor.username(), title, text, needsGuidance, Timestamp.from(now))
			.update(key, "id");
		long id = key.getKey().longValue();
		for (NoticeDesk.Upload upload : uploads) {
			byte[] bytes = upload.content();
			if (bytes == null || bytes.length == 0) {
				throw new NoticeRefused(400, "upload.error.empty");
			}
			if (bytes.length > NoticeDesk.MAX_BYTES) {
				throw new NoticeRefused(413, "upload.error.tooLarge", NoticeDesk.MAX_BYTES / (1024 * 1024));
			}
			String type = Uploads.type(bytes).orElseThrow(() -> new NoticeRefused(415, "upload.error.type"));
			jdbc.sql("""
					insert into information_file (information_id, sha256, filename, content_type, size_bytes, created_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, files.put(bytes), Uploads.filename(upload.filename()), type, bytes.length, Timestamp.from(now))
				.update();
		}
		audit.record("Information", id, "SEND", Map.of(), Map.of("subject", title, "needsGuidance", needsGuidance,
				"files", uploads.size()), actor.unitId());
		return id;
	}

	@Transactional
	public void answer(Actor actor, long id, String answer) {
		Information item = requireBoard(actor, id);
		String text = NoticeDesk.required(answer, 20_000, "information.error.answer");
		jdbc.sql("""
				update information_item set status = 'ANSWERED', answer = ?, answered_by = ?, answered_at = ?,
				    version = version + 1 where id = ?""")
			.params(text, actor.username(), Timestamp.from(clock.instant()), id).update();
		audit.record("Information", id, "ANSWER", Map.of("status", item.status()), Map.of("status", "ANSWERED"),
				item.unitId());
	}

	/** Sends a notice to the unit that gave the information (and to every unit of the chosen kinds). */
	@Transactional
	public long turnIntoNotice(Actor actor, long id, Notice.Kind kind, String title, String body,
			List<UnitKind> alsoKinds) {
		Information item = requireBoard(actor, id);
		long notice = notices.send(actor, new NoticeDraft(kind, title, body, null, List.of(item.unitId()), alsoKinds),
				List.of());
		jdbc.sql("""
				update information_item set status = 'TURNED_INTO_NOTICE', notice_id = ?, answered_by = ?, answered_at = ?,
				    version = version + 1 where id = ?""")
			.params(notice, actor.username(), Timestamp.from(clock.instant()), id).update();
		audit.record("Information", id, "TURN_INTO_NOTICE", Map.of("status", item.status()),
				Map.of("status", "TURNED_INTO_NOTICE", "noticeId", notice), item.unitId());
		return notice;
	}

	private Information requireBoard(Actor actor, long id) {
		Information item = queries.get(actor, id);
		if (!queries.isBoard(actor, item)) {
			throw new OutOfScope();
		}
		if (item.status() != Information.Status.NEW) {
			throw new NoticeRefused(409, "information.error.closed");
		}
		return item;
	}

	static NotFound missing(long id) {
		return new NotFound("information", id);
	}
}
