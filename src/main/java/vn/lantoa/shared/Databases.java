package vn.lantoa.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Which database the application runs on, for the few statements PostgreSQL and H2 write differently. */
public final class Databases {

	private Databases() {
	}

	/** Whether the data source is PostgreSQL (else the embedded H2). */
	public static boolean postgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		} catch (SQLException e) {
			throw new IllegalStateException("cannot tell the database", e);
		}
	}

	/**
	 * Runs {@code statements} with PostgreSQL planning them for their values, then has it plan the rest of the
	 * transaction as configured again. By default PostgreSQL keeps a generic plan of a statement after five executions,
	 * which spares a page the planning of its small statements; but a statement over a subtree or a word search can
	 * need opposite plans for the country and for a cell (a generic plan hashed the country's 53,000 units where a
	 * cell's plan probes one: 20 ms against 0.7). Set for the rest of the transaction, the mode had every later
	 * statement of the page planned anew (a province coordinator's activity list planned its unit chooser, counters and
	 * counts again, 0.5 ms of PostgreSQL's CPU a page). Inside a transaction; not nested. On H2 it only runs them.
	 */
	public static <T> T plannedForValues(JdbcClient jdbc, boolean postgres, Supplier<T> statements) {
		return planned(jdbc, postgres, "force_custom_plan", statements);
	}

	/**
	 * Runs {@code statements} with PostgreSQL keeping one generic plan of each per connection, for statements whose
	 * best plan is the same for any values but whose estimates make PostgreSQL plan them anew each time (a reporter's
	 * activity list: 0.7 ms of planning a page for 0.6 ms of work). Inside a transaction; not nested. On H2 it only
	 * runs them.
	 */
	public static <T> T plannedOnce(JdbcClient jdbc, boolean postgres, Supplier<T> statements) {
		return planned(jdbc, postgres, "force_generic_plan", statements);
	}

	private static <T> T planned(JdbcClient jdbc, boolean postgres, String mode, Supplier<T> statements) {
		if (!postgres) {
			return statements.get();
		}
		jdbc.sql("set local plan_cache_mode = " + mode).update();
		T result = statements.get();
		// not in a finally: after a failed statement PostgreSQL refuses any other until the rollback, which ends the
		// setting anyway
		jdbc.sql("set local plan_cache_mode to default").update();
		return result;
	}
}
