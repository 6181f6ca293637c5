package vn.lantoa.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.lantoa.notification.DueItems.DueItem;
import vn.lantoa.notification.Recipients.Recipient;

/**
 * Reminds the units of what falls due: a given number of days before the due date (5 and 1 by default) and once
 * it has passed. Each reminder is a row keyed by (kind, subject, due date, stage, account) that is claimed in the
 * database before anything is sent, so that nodes running the job at the same moment, or a job run twice, remind
 * once; a database lock keeps the job itself to one node at a time.
 */
@Service
public class Reminders {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	static final String JOB = "reminders";
	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final JdbcClient jdbc;
	private final List<DueItems> sources;
	private final Recipients recipients;
	private final EmailChoices choices;
	private final Outbox outbox;
	private final JobLock lock;
	private final Clock clock;
	private final List<Integer> daysBefore;
	private final int overdueDays;
	private final boolean postgres;

	Reminders(JdbcClient jdbc, List<DueItems> sources, Recipients recipients, EmailChoices choices, Outbox outbox,
			JobLock lock, Clock clock, DataSource dataSource,
			@Value("${lantoa.reminders.days-before:5,1}") List<Integer> daysBefore,
			@Value("${lantoa.reminders.overdue-days:30}") int overdueDays) throws java.sql.SQLException {
		this.jdbc = jdbc;
		this.sources = sources;
		this.recipients = recipients;
		this.choices = choices;
		this.outbox = outbox;
		this.lock = lock;
		this.clock = clock;
		this.daysBefore = daysBefore.stream().sorted().toList();
		this.overdueDays = overdueDays;
		try (var connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		}
	}

	/**
	 * Runs the job once on this node if no other node is running it: claims the reminders due today, then sends
	 * the e-mails waiting (new ones and earlier failures whose retry time has come).
	 *
	 * @return the reminders this run claimed, or -1 when another node held the lock
	 */
	public int run() {
		if (!lock.tryLock(JOB, Duration.ofMinutes(10))) {
			return -1;
		}
		try {
			int claimed = remind();
			outbox.deliver();
			return claimed;
		} finally {
			lock.release(JOB);
		}
	}

	/** Claims the reminders due today, without the job lock: the unique key alone keeps each one single. */
	int remind() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
		LocalDate last = today.plusDays(daysBefore.isEmpty() ? 0 : daysBefore.get(daysBefore.size() - 1));
		int claimed = 0;
		for (DueItems source : sources) {
			for (DueItem item : source.openBetween(today.minusDays(overdueDays), last)) {
				Optional<String> stage = stage(item.dueOn(), today);
				if (stage.isEmpty()) {
					continue;
				}
				for (Recipient to : recipients.ofUnit(item.unitId())) {
					if (claim(item, stage.get(), to)) {
						claimed++;
					}
				}
			}
		}
		if (claimed > 0) {
			log.info("{} reminders claimed for {}", claimed, today);
		}
		return claimed;
	}

	/**
	 * Notifies the users of a unit of something sent to it (a notice): in the app at once, by e-mail at the next run
	 * of the job. Once per (kind, subject, day, account), like the reminders.
	 */
	public int announce(DueItem item) {
		int claimed = 0;
		for (Recipient to : recipients.ofUnit(item.unitId())) {
			if (claim(item, "SENT", to)) {
				claimed++;
			}
		}
		return claimed;
	}

	/** BEFORE_n for the smallest configured n that is at least the days left, OVERDUE after the due day. */
	Optional<String> stage(LocalDate dueOn, LocalDate today) {
		long left = ChronoUnit.DAYS.between(today, dueOn);
		if (left < 0) {
			return Optional.of("OVERDUE");
		}
		return daysBefore.stream().filter(d -> left <= d).findFirst().map(d -> "BEFORE_" + d);
	}

	private boolean claim(DueItem item, String stage, Recipient to) {
		boolean mail = to.email() != null && outbox.enabled() && choices.wants(to.accountId(), item.kind());
		Timestamp now = Timestamp.from(clock.instant());
		String insert = """
				insert into notification (account_id, kind, subject_id, due_on, stage, unit_id, title, link, created_at,
				    email_to, email_status, email_next_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
		Object[] params = { to.accountId(), item.kind().name(), item.subjectId(), item.dueOn(), stage, item.unitId(),
				item.title().length() > 500 ? item.title().substring(0, 500) : item.title(), item.link(), now,
				mail ? to.email() : null, mail ? "PENDING" : "NONE", mail ? now : null };
		if (postgres) {
			return jdbc.sql(insert + " on conflict do nothing").params(params).update() == 1;
		}
		try {
			return jdbc.sql(insert).params(params).update() == 1;
		} catch (DuplicateKeyException alreadyClaimed) {
			return false;
		}
	}
}
