package vn.lantoa.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;

/** The in-app notifications of a user, and the e-mails that have not gone out, for administrators. */
@Service
public class Notifications {

	/** One notification as its recipient sees it; stage BEFORE_n, OVERDUE or, for notices, SENT. */
	public record Item(long id, String kind, String stage, String title, LocalDate dueOn, String link,
			Instant createdAt, Instant readAt) {

		public boolean isBefore() {
			return stage.startsWith("BEFORE");
		}
	}

	/** An e-mail still waiting after a failure, with the error the SMTP server gave. */
	public record Waiting(long id, String to, String title, String status, int attempts, Instant nextTry,
			String error) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	Notifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Item> of(Actor actor, int limit) {
		return jdbc.sql("""
				select id, kind, stage, title, due_on, link, created_at, read_at from notification
				where account_id = ? order by created_at desc, id desc""").param(actor.accountId())
			.query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getString(6), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
			.stream().limit(limit).toList();
	}

	@Transactional(readOnly = true)
	public int unread(Actor actor) {
		return jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
			.param(actor.accountId()).query(Integer.class).single();
	}

	/** Marks one of the user's own notifications read; returns where it leads. */
	@Transactional
	public String read(Actor actor, long id) {
		String link = jdbc.sql("select link from notification where id = ? and account_id = ?")
			.params(id, actor.accountId()).query(String.class).optional().orElseThrow(() -> new NotFound("notification", id));
		jdbc.sql("update notification set read_at = ? where id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), id).update();
		return link;
	}

	@Transactional
	public void readAll(Actor actor) {
		jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), actor.accountId()).update();
	}

	/** E-mails that failed at least once and have not gone out yet, oldest first. */
	@Transactional(readOnly = true)
	public List<Waiting> failing() {
		return jdbc.sql("""
				select id, email_to, title, email_status, email_attempts, email_next_at, email_error from notification
				where email_status in ('PENDING', 'SENDING') and email_attempts > 0 order by id""")
			.query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list();
	}
}
