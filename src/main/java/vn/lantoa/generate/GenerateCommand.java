package vn.lantoa.generate;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.lantoa.rollup.Rollups;

/**
 * {@code java -jar lantoa.jar generate [--units N] [--activities N] [--prefix VN] [--year 2025] [--password P]
 * [--seed 42]}: the application starts without its web server ({@code LanToaApplication} sets that up when the first
 * argument is {@code generate}), migrates the database, generates, rebuilds the roll-ups and exits.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "lantoa.command", havingValue = "generate")
class GenerateCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

	private final NationalData data;
	private final Rollups rollups;

	GenerateCommand(NationalData data, Rollups rollups) {
		this.data = data;
		this.rollups = rollups;
	}

	@Override
	public void run(ApplicationArguments args) {
		Map<String, String> o = options(args.getSourceArgs());
		String password = o.getOrDefault("password", "");
		if (password.isBlank()) {
			byte[] bytes = new byte[9];
			new SecureRandom().nextBytes(bytes);
			password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			log.warn("generate: every generated account has the password {}", password);
		}
		NationalData.Options options = new NationalData.Options(Integer.parseInt(o.getOrDefault("units", "53000")),
				Long.parseLong(o.getOrDefault("activities", "10000000")), o.getOrDefault("prefix", "VN"),
				Integer.parseInt(o.getOrDefault("year", "2025")), password, Long.parseLong(o.getOrDefault("seed", "42")));
		NationalData.Result result = data.generate(options);
		log.info("generate: {}", result);
		long start = System.nanoTime();
		rollups.rebuild(result.campaignId());
		log.info("generate: roll-ups rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	/** {@code --name value} or {@code --name=value} after the command word. */
	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (!a.startsWith("--")) {
				continue;
			}
			int eq = a.indexOf('=');
			if (eq > 0) {
				options.put(a.substring(2, eq), a.substring(eq + 1));
			} else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				options.put(a.substring(2), args[++i]);
			}
		}
		return options;
	}
}
