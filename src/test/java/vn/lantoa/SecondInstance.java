package vn.lantoa;

import java.util.ArrayList;
import java.util.List;

/**
 * A fresh, empty database of the kind the test run is about ({@link TestDatabases#freshDatabase}) and the command
 * line of a second instance of the application on it, with a data folder of its own.
 */
public record SecondInstance(String url, String user) {

	public static SecondInstance freshDatabase(String suffix) throws Exception {
		TestDatabases.Fresh fresh = TestDatabases.freshDatabase(suffix);
		return new SecondInstance(fresh.url(), fresh.username());
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
