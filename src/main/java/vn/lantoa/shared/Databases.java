package vn.lantoa.shared;

import java.sql.Connection;
import java.sql.SQLException;

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
	 * Has PostgreSQL plan the rest of the current transaction's statements for their values. By default it keeps a
	 * generic plan of a statement after five executions, which spares every page the planning of its small
	 * statements; but a statement over a subtree or a word search can need opposite plans for the country and for
	 * a cell (a generic plan hashed the country's 53,000 units where a cell's plan probes one: 20 ms against 0.7).
	 * PostgreSQL only; inside a transaction.
	 */
	public static void planForValues(JdbcClient jdbc) {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
	}
}
