package vn.lantoa.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.lantoa.notification.Claims.Fresh;
import vn.lantoa.notification.Claims.Staged;
import vn.lantoa.notification.DueItems.DueItem;
import vn.lantoa.notification.DueItems.Kind;
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

	private final Claims claims;
	private final List<DueItems> sources;
	private final Recipients recipients;
	private final EmailChoices choices;
	private final Outbox outbox;
	private final JobLock lock;
	private final Clock clock;
	private final List<Integer> daysBefore;
	private final int overdueDays;

	Reminders(Claims claims, List<DueItems> sources, Recipients recipients, EmailChoices choices, Outbox outbox,
			JobLock lock, Clock clock, @Value("${lantoa.reminders.days-before:5,1}") List<Integer> daysBefore,
			@Value("${lantoa.reminders.overdue-days:30}") int overdueDays) {
		this.claims = claims;
		this.sources = sources;
		this.recipients = recipients;
		this.choices = choices;
		this.outbox = outbox;
		this.lock = lock;
		this.clock = clock;
		this.daysBefore = daysBefore.stream().sorted().toList();
		this.overdueDays = overdueDays;
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
		List<Staged> due = new ArrayList<>();
		for (DueItems source : sources) {
			for (DueItem item : source.openBetween(today.minusDays(overdueDays), last)) {
				stage(item.dueOn(), today).ifPresent(stage -> due.add(new Staged(item, stage)));
			}
		}
		int claimed = claim(due);
		if (claimed > 0) {
			log.info("{} reminders claimed for {}", claimed, today);
		}
		return claimed;
	}

	/**
	 * Notifies the users of units of something sent to them (a notice, one item per unit): in the app at once, by
	 * e-mail at the next run of the job. Once per (kind, subject, day, account), like the reminders; a few statements
	 * however many units.
	 */
	public int announce(List<DueItem> items) {
		return claim(items.stream().map(item -> new Staged(item, "SENT")).toList());
	}

	/**
	 * Claims the reminders of the items at their stages for the users of their units, in a few statements however
	 * many items there are: those claimed before (on an earlier run, or another node) are read at once and left
	 * out, and only the new ones are written, with an e-mail for each user who has an address and wants the kind.
	 */
	private int claim(List<Staged> due) {
		if (due.isEmpty()) {
			return 0;
		}
		Set<Claims.Key> before = claims.claimed(due);
		Map<Long, List<Recipient>> users = recipients.ofUnits(due.stream().map(s -> s.item().unitId()).toList());
		Map<Claims.Key, Fresh> fresh = new LinkedHashMap<>();
		for (Staged staged : due) {
			for (Recipient to : users.getOrDefault(staged.item().unitId(), List.of())) {
				Claims.Key key = staged.key(to.accountId());
				if (!before.contains(key)) {
					fresh.putIfAbsent(key, new Fresh(staged, to.accountId(), to.email()));
				}
			}
		}
		if (fresh.isEmpty()) {
			return 0;
		}
		// e-mail only when the outbox is on and the user has an address and has not turned the kind off
		Map<Long, Set<Kind>> refused = outbox.enabled() ? choices.refused(fresh.values().stream()
			.filter(f -> f.emailTo() != null).map(Fresh::accountId).distinct().toList()) : null;
		List<Fresh> rows = fresh.values().stream()
			.map(f -> refused != null && !refused.getOrDefault(f.accountId(), Set.of()).contains(f.staged().item().kind())
					? f : f.withoutEmail())
			.toList();
		return claims.claim(rows, clock.instant());
	}

	/** BEFORE_n for the smallest configured n that is at least the days left, OVERDUE after the due day. */
	Optional<String> stage(LocalDate dueOn, LocalDate today) {
		long left = ChronoUnit.DAYS.between(today, dueOn);
		if (left < 0) {
			return Optional.of("OVERDUE");
		}
		return daysBefore.stream().filter(d -> left <= d).findFirst().map(d -> "BEFORE_" + d);
	}
}
