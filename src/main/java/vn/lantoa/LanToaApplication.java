package vn.lantoa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LanToaApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(LanToaApplication.class);
		if (args.length > 0 && "generate".equals(args[0])) {
			// A command, not a server: no port is opened (server.port=-1 as a command-line property, above
			// application.yml), the generator runs and the JVM exits.
			String[] command = new String[args.length + 2];
			System.arraycopy(args, 0, command, 0, args.length);
			command[args.length] = "--lantoa.command=generate";
			command[args.length + 1] = "--server.port=-1";
			System.exit(SpringApplication.exit(app.run(command)));
		}
		app.run(args);
	}
}
