package vn.lantoa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** PostgreSQL's plan of a statement, for tests that check an index serves it. */
public final class QueryPlans {

	private QueryPlans() {
	}

	/**
	 * The plan of {@code sql} for these values, as {@code explain} prints it, with sequential and bitmap scans ruled
	 * out: a test database holds too few rows for the planner to prefer an index on its own.
	 */
	public static String of(TransactionTemplate transactions, JdbcClient jdbc, String sql, Object... params) {
		return transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			jdbc.sql("set local enable_bitmapscan = off").update();
			return String.join("\n", jdbc.sql("explain " + sql).params(params).query(String.class).list());
		});
	}
}
