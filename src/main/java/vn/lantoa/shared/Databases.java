package vn.lantoa.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

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
}
