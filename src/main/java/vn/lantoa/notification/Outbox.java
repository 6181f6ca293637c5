package vn.lantoa.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mails of the notifications through SMTP ({@code spring.mail.*}; off while {@code spring.mail.host} is
 * empty). Each waiting e-mail is taken by one conditional update before it is sent; a failure puts it back with the
 * next try further off (1, 2, 4 … minutes, at most 6 hours) and its error shown to administrators, so nothing is
 * lost while the server is down.
 */
@Component
class Outbox {

	static final Duration MAX_BACKOFF = Duration.ofHours(6);
	private static final Duration LEASE = Duration.ofMinutes(10);
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private record Waiting(long id, String to, String kind, String stage, String title, LocalDate dueOn, String link,
			int attempts) {
	}

	private final JdbcClient jdbc;
	private final ObjectProvider<JavaMailSender> senders;
	private final MessageSource messages;
	private final Clock clock;
	private final String host;
	private final String from;
	private final String baseUrl;

	Outbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, MessageSource messages, Clock clock,
			@Value("${spring.mail.host:}") String host, @Value("${lantoa.mail.from:lantoa@localhost}") String from,
			@Value("${lantoa.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.senders = senders;
		this.messages = messages;
		this.clock = clock;
		this.host = host;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	boolean enabled() {
		return !host.isBlank() && senders.getIfAvailable() != null;
	}

	/** Sends what waits and whose time has come; returns how many went out. */
	int deliver() {
		if (!enabled()) {
			return 0;
		}
		Instant now = clock.instant();
		List<Waiting> waiting = jdbc.sql("""
				select id, email_to, kind, stage, title, due_on, link, email_attempts from notification
				where email_status in ('PENDING', 'SENDING') and email_next_at <= ? order by id fetch first 500 rows only""")
			.param(Timestamp.from(now))
			.query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8)))
			.list();
		JavaMailSender sender = senders.getObject();
		int sent = 0;
		for (Waiting mail : waiting) {
			if (!take(mail, now)) {
				continue;
			}
			try {
				sender.send(message(mail));
				jdbc.sql("update notification set email_status = 'SENT', email_sent_at = ?, email_error = null where id = ?")
					.params(Timestamp.from(clock.instant()), mail.id()).update();
				sent++;
			} catch (MailException e) {
				int attempts = mail.attempts() + 1;
				Duration wait = backoff(attempts);
				String error = String.valueOf(e.getMostSpecificCause().getMessage());
				jdbc.sql("""
						update notification set email_status = 'PENDING', email_attempts = ?, email_next_at = ?,
						    email_error = ? where id = ?""")
					.params(attempts, Timestamp.from(now.plus(wait)), error.length() > 500 ? error.substring(0, 500) : error,
							mail.id())
					.update();
				log.warn("E-mail {} to {} failed (try {}), next try in {}: {}", mail.id(), mail.to(), attempts, wait,
						error);
			}
		}
		return sent;
	}

	/** The wait before try {@code attempts + 1}: one minute doubled with each failure, at most {@link #MAX_BACKOFF}. */
	static Duration backoff(int attempts) {
		Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
		return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
	}

	/** Takes the e-mail for this node: only one node's update finds it still waiting. */
	private boolean take(Waiting mail, Instant now) {
		return jdbc.sql("""
				update notification set email_status = 'SENDING', email_next_at = ?
				where id = ? and email_status in ('PENDING', 'SENDING') and email_next_at <= ?""")
			.params(Timestamp.from(now.plus(LEASE)), mail.id(), Timestamp.from(now)).update() == 1;
	}

	private SimpleMailMessage message(Waiting mail) {
		String due = mail.dueOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		String stage = messages.getMessage("reminder.stage." + (mail.stage().startsWith("BEFORE") ? "BEFORE" : mail.stage()),
				new Object[] { due }, mail.stage(), VIETNAMESE);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(mail.to());
		message.setSubject("[Lan Tỏa] " + stage + ": " + mail.title());
		message.setText(messages.getMessage("reminder.mail.body",
				new Object[] { mail.title(), stage, mail.link() == null ? baseUrl : baseUrl + mail.link() }, VIETNAMESE));
		return message;
	}
}
