package vn.lantoa.notice;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.files.FileStore;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.Role;

/** Reads information items: those of the actor's scope (sent by units in it), newest first. */
@Service
public class InformationQueries {

	private static final String SELECT = """
			select i.id, i.unit_id, u.name, i.sent_by, i.subject, i.content, i.needs_guidance, i.status, i.sent_at,
			       i.answer, i.answered_by, i.answered_at, i.notice_id
			from information_item i join org_unit u on u.id = i.unit_id
			""";

	private final JdbcClient jdbc;
	private final FileStore files;

	InformationQueries(JdbcClient jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Transactional(readOnly = true)
	public List<Information> list(Actor actor, int limit) {
		return jdbc.sql(SELECT + """
				join org_unit_tree t on t.unit_id = i.unit_id and t.ancestor_id = ?
				order by i.sent_at desc, i.id desc""").param(actor.scopeUnitId()).query(this::row).stream().limit(limit)
			.map(i -> withFiles(i, List.of())).toList();
	}

	@Transactional(readOnly = true)
	public Information get(Actor actor, long id) {
		Information item = jdbc.sql(SELECT + """
				join org_unit_tree t on t.unit_id = i.unit_id and t.ancestor_id = ? where i.id = ?""")
			.params(actor.scopeUnitId(), id).query(this::row).optional()
			.orElseThrow(() -> new NotFound("information", id));
		return withFiles(item, jdbc.sql("""
				select id, filename, content_type, size_bytes from information_file where information_id = ? order by id""")
			.param(id).query((rs, n) -> new Notice.Attachment(rs.getLong(1), null, rs.getString(2), rs.getString(3),
					rs.getLong(4)))
			.list());
	}

	/** Whether the actor answers for the Board: a coordinator or admin above the sending unit, not of it. */
	public boolean isBoard(Actor actor, Information item) {
		return (actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN)) && actor.unitId() != item.unitId();
	}

	@Transactional(readOnly = true)
	public NoticeQueries.StoredFile open(Actor actor, long id, long fileId) {
		get(actor, id);
		return jdbc.sql("select sha256, filename, content_type from information_file where id = ? and information_id = ?")
			.params(fileId, id)
			.query((rs, n) -> new NoticeQueries.StoredFile(rs.getString(2), rs.getString(3),
					files.open(rs.getString(1)).orElseThrow(() -> new NotFound("file", fileId))))
			.optional().orElseThrow(() -> new NotFound("file", fileId));
	}

	private Information row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Information(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getBoolean(7), Information.Status.valueOf(rs.getString(8)),
				rs.getTimestamp(9).toInstant(), rs.getString(10), rs.getString(11),
				rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(),
				rs.getObject(13) == null ? null : rs.getLong(13), List.of());
	}

	private static Information withFiles(Information i, List<Notice.Attachment> files) {
		return new Information(i.id(), i.unitId(), i.unitName(), i.sentBy(), i.subject(), i.content(),
				i.needsGuidance(), i.status(), i.sentAt(), i.answer(), i.answeredBy(), i.answeredAt(), i.noticeId(),
				files);
	}
}
