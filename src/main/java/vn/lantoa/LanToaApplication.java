package vn.lantoa;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LanToaApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(LanToaApplication.class);
		if (args.length > 0 && "generate".equals(args[0])) {
			// A command, not a server: no port is opened (server.port=-1), the generator runs and the JVM exits.
			app.setDefaultProperties(Map.of("lantoa.command", "generate", "server.port", "-1"));
			System.exit(SpringApplication.exit(app.run(args)));
		}
		app.run(args);
	}
}
