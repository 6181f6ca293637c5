package vn.lantoa.notice;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.files.FileStore;
import vn.lantoa.files.Uploads;
import vn.lantoa.notification.DueItems;
import vn.lantoa.notification.Reminders;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;

/**
 * Sends notices and takes the units' replies. A coordinator (or administrator) sends to units and kinds of unit of
 * their scope; whoever sees the sender's or a recipient's unit reads the notice; opening it as a member of a
 * recipient unit records that unit's read receipt; a recipient unit replies with text and files.
 */
@Service
public class NoticeDesk {

	static final long MAX_BYTES = 20L * 1024 * 1024;

	/** A file as uploaded: its name as the browser gave it and its bytes. */
	public record Upload(String filename, byte[] content) {
	}

	private final JdbcClient jdbc;
	private final OrgTree tree;
	private final FileStore files;
	private final AuditTrail audit;
	private final Reminders notify;
	private final java.time.Clock clock;

	NoticeDesk(JdbcClient jdbc, OrgTree tree, FileStore files, AuditTrail audit, Reminders notify,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.tree = tree;
		this.files = files;
		this.audit = audit;
		this.notify = notify;
		this.clock = clock;
	}

	@Transactional
	public long send(Actor actor, NoticeDraft draft, List<Upload> uploads) {
		if (!actor.is(Role.ADMIN) && !actor.is(Role.COORDINATOR)) {
			throw new OutOfScope();
		}
		if (draft.kind() == null) {
			throw new NoticeRefused(400, "notice.error.kind");
		}
		String title = required(draft.title(), 300, "notice.error.title");
		String body = required(draft.body(), 20_000, "notice.error.body");
		LocalDate today = LocalDate.ofInstant(clock.instant(), NoticeQueries.ZONE);
		if (draft.replyBy() != null && draft.replyBy().isBefore(today)) {
			throw new NoticeRefused(400, "notice.error.replyBy");
		}
		Set<Long> units = recipients(actor, draft);
		if (units.isEmpty()) {
			throw new NoticeRefused(400, "notice.error.noRecipients");
		}
		Instant now = clock.instant();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into notice (sender_unit_id, sent_by, kind, title, body, reply_by, sent_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(actor.unitId(), actor.username(), draft.kind().name(), title, body, draft.replyBy(),
					Timestamp.from(now))
			.update(key, "id");
		long id = key.getKey().longValue();
		for (long unit : units) {
			jdbc.sql("insert into notice_recipient (notice_id, unit_id) values (?, ?)").params(id, unit).update();
		}
		attach(id, null, uploads, now);
		audit.record("Notice", id, "SEND", Map.of(), Map.of("kind", draft.kind(), "title", title, "recipients",
				units.size(), "replyBy", String.valueOf(draft.replyBy())), actor.unitId());
		notify.announce(units.stream()
			.map(unit -> new DueItems.DueItem(DueItems.Kind.NOTICE, id, unit, today, title, "/notices/" + id)).toList());
		return id;
	}

	/** A reply of the actor's unit, which must be a recipient. */
	@Transactional
	public long reply(Actor actor, long noticeId, String text, List<Upload> uploads) {
		if (actor.is(Role.LEADER)) {
			throw new OutOfScope();
		}
		requireRecipient(actor, noticeId);
		String body = required(text, 20_000, "notice.error.replyBody");
		Instant now = clock.instant();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into notice_reply (notice_id, unit_id, sent_by, body, sent_at) values (?, ?, ?, ?, ?)")
			.params(noticeId, actor.unitId(), actor.username(), body, Timestamp.from(now)).update(key, "id");
		long id = key.getKey().longValue();
		attach(noticeId, id, uploads, now);
		markRead(actor, noticeId);
		audit.record("NoticeReply", id, "CREATE", Map.of(), Map.of("noticeId", noticeId, "files", uploads.size()),
				actor.unitId());
		return id;
	}

	/** Records that the actor's unit has read the notice, the first time one of its members opens it. */
	@Transactional
	public void markRead(Actor actor, long noticeId) {
		jdbc.sql("update notice_recipient set read_at = ?, read_by = ? where notice_id = ? and unit_id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), actor.username(), noticeId, actor.unitId()).update();
	}

	private void requireRecipient(Actor actor, long noticeId) {
		if (jdbc.sql("select count(*) from notice where id = ?").param(noticeId).query(Integer.class).single() == 0) {
			throw new NotFound("notice", noticeId);
		}
		if (jdbc.sql("select count(*) from notice_recipient where notice_id = ? and unit_id = ?")
			.params(noticeId, actor.unitId()).query(Integer.class).single() == 0) {
			throw new OutOfScope();
		}
	}

	private Set<Long> recipients(Actor actor, NoticeDraft draft) {
		Set<Long> units = new LinkedHashSet<>();
		for (Long unit : draft.unitIds() == null ? List.<Long>of() : draft.unitIds()) {
			if (unit == null || !tree.contains(actor.scopeUnitId(), unit)) {
				throw new OutOfScope();
			}
			units.add(unit);
		}
		for (UnitKind kind : draft.unitKinds() == null ? List.<UnitKind>of() : draft.unitKinds()) {
			units.addAll(jdbc.sql("""
					select u.id from org_unit u join org_unit_tree t on t.unit_id = u.id and t.ancestor_id = ?
					where u.kind = ? and u.active = true and u.id <> ? order by u.id""")
				.params(actor.scopeUnitId(), kind.name(), actor.unitId()).query(Long.class).list());
		}
		return units;
	}

	private void attach(long noticeId, Long replyId, List<Upload> uploads, Instant now) {
		for (Upload upload : uploads) {
			byte[] content = upload.content();
			if (content == null || content.length == 0) {
				throw new NoticeRefused(400, "upload.error.empty");
			}
			if (content.length > MAX_BYTES) {
				throw new NoticeRefused(413, "upload.error.tooLarge", MAX_BYTES / (1024 * 1024));
			}
			String type = Uploads.type(content).orElseThrow(() -> new NoticeRefused(415, "upload.error.type"));
			jdbc.sql("""
					insert into notice_file (notice_id, reply_id, sha256, filename, content_type, size_bytes, created_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(noticeId, replyId, files.put(content), Uploads.filename(upload.filename()), type,
						content.length, Timestamp.from(now))
				.update();
		}
	}

	static String required(String text, int max, String key) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty() || value.length() > max) {
			throw new NoticeRefused(400, key, max);
		}
		return value;
	}

	static List<Upload> none() {
		return new ArrayList<>();
	}
}
