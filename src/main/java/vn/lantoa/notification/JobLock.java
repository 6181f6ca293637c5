package vn.lantoa.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lock in the database that lets a scheduled job run on one application node at a time: taking it is one
 * conditional update, which only one node wins; a node that dies holding it loses it when its hold runs out. Held
 * for wall-clock time, not the application's clock, since it guards running code, not business dates.
 */
@Component
class JobLock {

	private final JdbcClient jdbc;
	private final String node = UUID.randomUUID().toString();

	JobLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean tryLock(String job, Duration hold) {
		Instant now = Instant.now();
		return jdbc.sql("""
				update job_lock set locked_until = ?, locked_by = ?
				where name = ? and (locked_until is null or locked_until < ?)""")
			.params(Timestamp.from(now.plus(hold)), node, job, Timestamp.from(now)).update() == 1;
	}

	void release(String job) {
		jdbc.sql("update job_lock set locked_until = null, locked_by = null where name = ? and locked_by = ?")
			.params(job, node).update();
	}
}
