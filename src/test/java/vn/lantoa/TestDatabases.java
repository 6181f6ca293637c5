package vn.lantoa;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Which database the integration tests run on: the system property {@code lantoa.test.db}, "postgres" (the
 * default, a real server on 127.0.0.1:5432) or "h2" (embedded, in memory). Maven's surefire runs the integration
 * tests once with each. The database is emptied once per test run, then migrated and filled with the demo data.
 */
public class TestDatabases implements ActiveProfilesResolver {

	public static final String DEMO_PASSWORD = "demo-Pass-2026";

	/** Where a second application instance finds its database, as command-line arguments. */
	public record Fresh(String url, String username) {

		/** The instance's command line: these settings and the others given. */
		public String[] arguments(String... others) {
			java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.url=" + url,
					"--spring.datasource.username=" + username, "--spring.datasource.password="));
			all.addAll(java.util.List.of(others));
			return all.toArray(String[]::new);
		}
	}

	/**
	 * A new, empty database of the run's kind for other application instances: a database of its own on the
	 * PostgreSQL server (dropped and created again), or a named in-memory H2 that every instance of this JVM shares.
	 */
	public static Fresh freshDatabase(String name) throws java.sql.SQLException {
		if ("h2".equals(System.getProperty("lantoa.test.db", "postgres"))) {
			return new Fresh("jdbc:h2:mem:" + name + "-" + java.util.UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa");
		}
		String database = System.getProperty("lantoa.test.pg-db", "lantoa_test") + "_" + name;
		try (java.sql.Connection admin = java.sql.DriverManager.getConnection(
				"jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
				java.sql.Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + database + " with (force)");
			sql.execute("create database " + database + " encoding 'UTF8' template template0");
		}
		return new Fresh("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres");
	}

	private static final AtomicBoolean cleaned = new AtomicBoolean();

	@Override
	public String[] resolve(Class<?> testClass) {
		return new String[] { "test", System.getProperty("lantoa.test.db", "postgres") };
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class CleanOnce {

		@Bean
		FlywayMigrationStrategy cleanOnceThenMigrate() {
			return flyway -> {
				if (cleaned.compareAndSet(false, true)) {
					flyway.clean();
				}
				flyway.migrate();
			};
		}
	}
}
