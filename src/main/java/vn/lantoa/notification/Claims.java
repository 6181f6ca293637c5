package vn.lantoa.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lantoa.notification.DueItems.DueItem;
import vn.lantoa.notification.DueItems.Kind;

/**
 * The notification rows that claim reminders, keyed by (kind, subject, due date, stage, account): which of a run's
 * reminders were claimed before, read in one statement per kind, and the new ones written in multi-row inserts
 * that leave out whatever another node claimed meanwhile. Both databases take {@code on conflict do nothing} (H2 in
 * its PostgreSQL mode); should H2 still refuse a row as a duplicate, its rows are written one by one as before.
 */
@Component
class Claims {

	/** Rows in one insert: 12 parameters each, well under PostgreSQL's 32,767. */
	static final int ROWS_PER_INSERT = 500;

	/** One reminder of an item at a stage for one account. */
	record Key(Kind kind, long subjectId, LocalDate dueOn, String stage, long accountId) {
	}

	/** An item at the stage a run reminds it at. */
	record Staged(DueItem item, String stage) {

		Key key(long accountId) {
			return new Key(item.kind(), item.subjectId(), item.dueOn(), stage, accountId);
		}
	}

	/** A reminder to write; {@code emailTo} null when no e-mail goes with it. */
	record Fresh(Staged staged, long accountId, String emailTo) {

		Fresh withoutEmail() {
			return emailTo == null ? this : new Fresh(staged, accountId, null);
		}
	}

	private static final String INSERT = """
			insert into notification (account_id, kind, subject_id, due_on, stage, unit_id, title, link, created_at,
			    email_to, email_status, email_next_at)
			values %s on conflict do nothing""";
	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	Claims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The reminders among those of the items at their stages (for any account) already claimed: per kind, the rows
	 * in the range of the items' subjects, due dates and stages, which the unique key's index finds.
	 */
	Set<Key> claimed(List<Staged> due) {
		Set<Key> claimed = new HashSet<>();
		Map<Kind, List<Staged>> byKind = due.stream().collect(Collectors.groupingBy(s -> s.item().kind()));
		byKind.forEach((kind, items) -> jdbc.sql("""
				select subject_id, due_on, stage, account_id from notification
				where kind = :kind and subject_id between :low and :high and due_on between :from and :to
				  and stage in (:stages)""")
			.param("kind", kind.name())
			.param("low", items.stream().mapToLong(s -> s.item().subjectId()).min().orElseThrow())
			.param("high", items.stream().mapToLong(s -> s.item().subjectId()).max().orElseThrow())
			.param("from", items.stream().map(s -> s.item().dueOn()).min(LocalDate::compareTo).orElseThrow())
			.param("to", items.stream().map(s -> s.item().dueOn()).max(LocalDate::compareTo).orElseThrow())
			.param("stages", items.stream().map(Staged::stage).distinct().toList())
			.query(rs -> {
				claimed.add(new Key(kind, rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
						rs.getLong(4)));
			}));
		return claimed;
	}

	/** Writes the reminders; returns how many this call claimed (none that another node claimed first). */
	int claim(List<Fresh> fresh, Instant now) {
		int claimed = 0;
		for (int from = 0; from < fresh.size(); from += ROWS_PER_INSERT) {
			List<Fresh> rows = fresh.subList(from, Math.min(fresh.size(), from + ROWS_PER_INSERT));
			try {
				claimed += insert(rows, now);
			} catch (DuplicateKeyException raced) {
				for (Fresh row : rows) {
					try {
						claimed += insert(List.of(row), now);
					} catch (DuplicateKeyException alreadyClaimed) {
						// another node claimed it between the two statements
					}
				}
			}
		}
		return claimed;
	}

	private int insert(List<Fresh> rows, Instant now) {
		Timestamp at = Timestamp.from(now);
		List<Object> params = new ArrayList<>(rows.size() * 12);
		for (Fresh row : rows) {
			DueItem item = row.staged().item();
			boolean mail = row.emailTo() != null;
			Collections.addAll(params, row.accountId(), item.kind().name(), item.subjectId(), item.dueOn(),
					row.staged().stage(), item.unitId(),
					item.title().length() > 500 ? item.title().substring(0, 500) : item.title(), item.link(), at,
					row.emailTo(), mail ? "PENDING" : "NONE", mail ? at : null);
		}
		return jdbc.sql(INSERT.formatted(String.join(", ", Collections.nCopies(rows.size(), ROW)))).params(params)
			.update();
	}
}
