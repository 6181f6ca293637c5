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
