package vn.lantoa.backup;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lantoa.jar backup --to DIR} and {@code java -jar lantoa.jar restore --from DIR}: the application
 * starts without its web server and without the demo ({@code LanToaApplication} sets that up), runs the command and
 * exits. Backup does not migrate the database it reads (a newer jar must not change a running server's schema);
 * restore migrates the empty database first, as every start does.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "lantoa.command")
class BackupCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

	private final Backup backup;
	private final String command;

	BackupCommand(Backup backup, @Value("${lantoa.command}") String command) {
		this.backup = backup;
		this.command = command;
	}

	@Override
	public void run(ApplicationArguments args) {
		switch (command) {
			case "backup" -> {
				Path to = Path.of(option(args, "to"));
				Backup.Summary summary = backup.backup(to);
				log.warn("backup: {} tables, {} rows, {} files ({} bytes) written to {}", summary.rows().size(),
						summary.rows().values().stream().mapToLong(Long::longValue).sum(), summary.files(),
						summary.bytes(), to.toAbsolutePath());
			}
			case "restore" -> {
				Path from = Path.of(option(args, "from"));
				Backup.Summary summary = backup.restore(from);
				log.warn("restore: {} rows, {} files ({} bytes) restored from {}",
						summary.rows().values().stream().mapToLong(Long::longValue).sum(), summary.files(),
						summary.bytes(), from.toAbsolutePath());
			}
			default -> {
				// another command (generate) has its own runner
			}
		}
	}

	private static String option(ApplicationArguments args, String name) {
		if (args.containsOption(name) && !args.getOptionValues(name).isEmpty()) {
			return args.getOptionValues(name).get(0);
		}
		String[] source = args.getSourceArgs();
		for (int i = 0; i + 1 < source.length; i++) {
			if (source[i].equals("--" + name)) {
				return source[i + 1];
			}
		}
		throw new IllegalArgumentException("missing --" + name + " DIR");
	}
}
