package vn.lantoa.shared;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counters in the database that writes bump inside their own transaction, so that a node which cached something
 * computed from those writes' tables knows, with one primary-key read, whether it is still current, whichever node
 * made the change. A change and its bump commit together, and a statement sees only committed data, so a value read
 * before a computation never vouches for a result older than itself.
 */
@Component
public class ChangeCounters {

	/**
	 * The report register's inputs but the reports themselves: assignments, the unit tree and its names (reports
	 * count per subtree, in the report module).
	 */
	public static final String REGISTER = "register";
	/** The measure catalogue. */
	public static final String MEASURES = "measures";
	/** Every campaign's roll-ups at once: a rebuild (the changes of activities count per subtree, in the roll-ups). */
	public static final String ROLLUPS = "rollups";

	private final JdbcClient jdbc;

	ChangeCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts a change; only inside the transaction that makes it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void bump(String name) {
		jdbc.sql("update change_counter set changes = changes + 1 where name = ?").param(name).update();
	}

	/** The counter's value now; in a page view, its value when the page first asked. */
	public long current(String name) {
		return RequestMemo.get(List.of("counter", name), () -> jdbc.sql(
				"select coalesce(max(changes), 0) from change_counter where name = ?").param(name).query(Long.class)
			.single());
	}
}
