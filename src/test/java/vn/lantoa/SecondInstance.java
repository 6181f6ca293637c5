package vn.lantoa;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh, empty database of the kind the test run is about, for a second instance of the application: a database of
 * its own on the PostgreSQL server, or an in-memory H2.
 */
public record SecondInstance(String url, String user) {

	public static SecondInstance freshDatabase(String suffix) throws Exception {
		if ("h2".equals(System.getProperty("lantoa.test.db", "postgres"))) {
			return new SecondInstance("jdbc:h2:mem:" + suffix + "-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa");
		}
		String database = System.getProperty("lantoa.test.pg-db", "lantoa_test") + "_" + suffix;
		try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
				Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + database + " with (force)");
			sql.execute("create database " + database + " encoding 'UTF8' template template0");
		}
		return new SecondInstance("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres");
	}

	/** Command-line settings (they win over application.yml, unlike the builder's default properties). */
	public String[] args(String dataDir, String... more) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=", "--lantoa.data-dir=" + dataDir,
				"--lantoa.demo-history=false", "--logging.level.root=warn"));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}
}
