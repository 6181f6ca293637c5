package vn.lantoa.notice;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.files.FileStore;
import vn.lantoa.notice.Notice.Attachment;
import vn.lantoa.notice.Notice.Line;
import vn.lantoa.notice.Notice.Receipt;
import vn.lantoa.notice.Notice.Reply;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;

/**
 * Reads notices: those the actor's unit received, those sent from the actor's scope, one notice with its receipts
 * and replies. A notice is visible to whoever sees its sender's unit or one of its recipients.
 */
@Service
public class NoticeQueries {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final String LINE = """
			select n.id, s.name, n.kind, n.title, n.reply_by, n.sent_at, %s,
			       (select count(*) from notice_recipient r where r.notice_id = n.id),
			       (select count(*) from notice_recipient r where r.notice_id = n.id and r.read_at is null)
			from notice n join org_unit s on s.id = n.sender_unit_id
			""";

	/** A stored file to download. */
	public record StoredFile(String filename, String contentType, InputStream content) {

		/** The file as a download under its original name. */
		ResponseEntity<InputStreamResource> attachment() {
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
				.contentType(MediaType.parseMediaType(contentType))
				.body(new InputStreamResource(content));
		}
	}

	private final JdbcClient jdbc;
	private final FileStore files;

	NoticeQueries(JdbcClient jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	/** The notices the actor's own unit received, newest first. */
	@Transactional(readOnly = true)
	public List<Line> received(Actor actor, int limit) {
		return jdbc.sql(LINE.formatted("me.read_at") + """
				join notice_recipient me on me.notice_id = n.id and me.unit_id = ?
				order by n.sent_at desc, n.id desc""").param(actor.unitId()).query(NoticeQueries::line).stream()
			.limit(limit).toList();
	}

	/** The notices sent from units of the actor's scope, newest first. */
	@Transactional(readOnly = true)
	public List<Line> sent(Actor actor, int limit) {
		return jdbc.sql(LINE.formatted("null") + """
				join org_unit_tree t on t.unit_id = n.sender_unit_id and t.ancestor_id = ?
				order by n.sent_at desc, n.id desc""").param(actor.scopeUnitId()).query(NoticeQueries::line).stream()
			.limit(limit).toList();
	}

	@Transactional(readOnly = true)
	public Notice get(Actor actor, long id) {
		Notice notice = jdbc.sql("""
				select n.id, n.sender_unit_id, s.name, n.sent_by, n.kind, n.title, n.body, n.reply_by, n.sent_at
				from notice n join org_unit s on s.id = n.sender_unit_id where n.id = ?""").param(id)
			.query((rs, i) -> new Notice(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					Notice.Kind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
					rs.getObject(8, LocalDate.class), rs.getTimestamp(9).toInstant(), files(id, null)))
			.optional().orElseThrow(() -> new NotFound("notice", id));
		if (!visible(actor, id)) {
			throw new NotFound("notice", id);
		}
		return notice;
	}

	/** Whether the actor's unit is one of the recipients. */
	@Transactional(readOnly = true)
	public boolean isRecipient(Actor actor, long id) {
		return jdbc.sql("select count(*) from notice_recipient where notice_id = ? and unit_id = ?")
			.params(id, actor.unitId()).query(Integer.class).single() > 0;
	}

	/** Whether the sender's unit lies in the actor's scope: such a user follows the receipts. */
	@Transactional(readOnly = true)
	public boolean isSenderSide(Actor actor, Notice notice) {
		return jdbc.sql("select count(*) from org_unit_tree where ancestor_id = ? and unit_id = ?")
			.params(actor.scopeUnitId(), notice.senderUnitId()).query(Integer.class).single() > 0;
	}

	/** Each recipient unit in the actor's scope (all of them for the sender's side): read, replied. */
	@Transactional(readOnly = true)
	public List<Receipt> receipts(Actor actor, Notice notice) {
		boolean all = isSenderSide(actor, notice);
		return jdbc.sql("""
				select r.unit_id, u.name, r.read_at, r.read_by,
				       (select count(*) from notice_reply p where p.notice_id = r.notice_id and p.unit_id = r.unit_id)
				from notice_recipient r join org_unit u on u.id = r.unit_id
				where r.notice_id = ? and (? or r.unit_id in (select unit_id from org_unit_tree where ancestor_id = ?))
				order by u.name""").params(notice.id(), all, actor.scopeUnitId())
			.query((rs, i) -> new Receipt(rs.getLong(1), rs.getString(2),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getInt(5)))
			.list();
	}

	/** The replies the actor may read: all on the sender's side, else those of units in the actor's scope. */
	@Transactional(readOnly = true)
	public List<Reply> replies(Actor actor, Notice notice) {
		boolean all = isSenderSide(actor, notice);
		return jdbc.sql("""
				select p.id, p.unit_id, u.name, p.sent_by, p.body, p.sent_at
				from notice_reply p join org_unit u on u.id = p.unit_id
				where p.notice_id = ? and (? or p.unit_id in (select unit_id from org_unit_tree where ancestor_id = ?))
				order by p.sent_at, p.id""").params(notice.id(), all, actor.scopeUnitId())
			.query((rs, i) -> new Reply(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), files(notice.id(), rs.getLong(1))))
			.list();
	}

	@Transactional(readOnly = true)
	public StoredFile open(Actor actor, long noticeId, long fileId) {
		Notice notice = get(actor, noticeId);
		record Row(String sha, String name, String type, Long replyUnit) {
		}
		Row row = jdbc.sql("""
				select f.sha256, f.filename, f.content_type, p.unit_id from notice_file f
				left join notice_reply p on p.id = f.reply_id where f.id = ? and f.notice_id = ?""")
			.params(fileId, noticeId)
			.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4) == null ? null : rs.getLong(4)))
			.optional().orElseThrow(() -> new NotFound("file", fileId));
		if (row.replyUnit() != null && replies(actor, notice).stream().noneMatch(r -> r.unitId() == row.replyUnit())) {
			throw new NotFound("file", fileId);
		}
		return new StoredFile(row.name(), row.type(),
				files.open(row.sha()).orElseThrow(() -> new NotFound("file", fileId)));
	}

	private boolean visible(Actor actor, long id) {
		return jdbc.sql("""
				select count(*) from notice n where n.id = ? and (
				    n.sender_unit_id in (select unit_id from org_unit_tree where ancestor_id = ?)
				    or exists (select 1 from notice_recipient r join org_unit_tree t on t.unit_id = r.unit_id
				               where r.notice_id = n.id and t.ancestor_id = ?))""")
			.params(id, actor.scopeUnitId(), actor.scopeUnitId()).query(Integer.class).single() > 0;
	}

	private List<Attachment> files(long noticeId, Long replyId) {
		return jdbc.sql("""
				select id, reply_id, filename, content_type, size_bytes from notice_file
				where notice_id = ? and %s order by id""".formatted(replyId == null ? "reply_id is null" : "reply_id = ?"))
			.params(replyId == null ? List.of(noticeId) : List.of(noticeId, replyId))
			.query((rs, i) -> new Attachment(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2),
					rs.getString(3), rs.getString(4), rs.getLong(5)))
			.list();
	}

	private static Line line(ResultSet rs, int i) throws SQLException {
		return new Line(rs.getLong(1), rs.getString(2), Notice.Kind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getTimestamp(6).toInstant(),
				rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getInt(8), rs.getInt(9));
	}
}
