package vn.lantoa;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.lantoa.document.XmlFactories;

@SpringBootApplication
public class LanToaApplication {

	private static final Set<String> COMMANDS = Set.of("generate", "backup", "restore", "partition-activities");

	static {
		XmlFactories.useJdkDefaults();
	}

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(LanToaApplication.class);
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			System.exit(SpringApplication.exit(app.run(command(args))));
		}
		app.run(args);
	}

	/**
	 * A command, not a server: no port is opened (server.port=-1 as a command-line property, above
	 * application.yml), the command runs and the JVM exits. Backup and restore never load the demo, and backup
	 * leaves the schema of the database it copies as it is; partition-activities migrates it first, as every start does.
	 */
	static String[] command(String[] args) {
		java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(args));
		command.add("--lantoa.command=" + args[0]);
		command.add("--server.port=-1");
		if (!args[0].equals("generate")) {
			command.add("--lantoa.demo=false");
			command.add("--lantoa.demo-history=false");
		}
		if (args[0].equals("backup")) {
			command.add("--spring.flyway.enabled=false");
		}
		return command.toArray(String[]::new);
	}
}
