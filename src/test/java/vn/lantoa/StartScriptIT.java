package vn.lantoa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/lantoa} on the packaged jar (run by Failsafe after {@code package}): the first start extracts the jar and
 * makes the class cache, the next one starts from the cache without making it again, and serves pages.
 */
class StartScriptIT {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path dir;

	@Test
	void startsFromAClassDataSharingArchiveOnThisJvm() throws Exception {
		startsTwice(Path.of(System.getProperty("java.home"), "bin", "java"));
	}

	@Test
	void startsFromAnAotCacheOnJava25() throws Exception {
		Optional<Path> java25 = jdk(25);
		assumeTrue(java25.isPresent(), "no JDK 25 or later under /usr/lib/jvm");
		startsTwice(java25.get());
	}

	private void startsTwice(Path java) throws Exception {
		Path first = start(java, "first.log");
		assertThat(Files.readString(first)).contains("bin/lantoa: extracting");
		Path second = start(java, "second.log");
		assertThat(Files.readString(second)).doesNotContain("bin/lantoa: extracting");
		assertThat(Files.readAllLines(dir.resolve("classes.txt")))
			.anyMatch(line -> line.contains(" vn.lantoa.LanToaApplication source: shared objects file"));
	}

	/** Runs the script until the server answers, then stops it; the script's output goes to {@code log}. */
	private Path start(Path java, String log) throws Exception {
		Path output = dir.resolve(log);
		ProcessBuilder builder = new ProcessBuilder("bin/lantoa", "--server.port=0")
			.redirectErrorStream(true).redirectOutput(output.toFile());
		Map<String, String> env = builder.environment();
		env.put("JAVA", java.toString());
		env.put("JAVA_OPTS", "-Xlog:class+load=info:file=" + dir.resolve("classes.txt"));
		env.put("LANTOA_APP_DIR", dir.resolve("app").toString());
		env.put("LANTOA_DATA_DIR", dir.resolve("data").toString());
		env.put("LANTOA_DEMO", "false");
		env.put("LANTOA_REMINDERS", "false");
		Process process = builder.start();
		try {
			int port = awaitPort(process, output);
			HttpResponse<String> login = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(200);
			assertThat(login.body()).contains("Đăng nhập");
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		return output;
	}

	private static int awaitPort(Process process, Path output) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			String text = Files.readString(output);
			Matcher port = PORT.matcher(text);
			if (port.find() && text.contains("Started LanToaApplication")) {
				return Integer.parseInt(port.group(1));
			}
			assertThat(process.isAlive()).as("bin/lantoa ended early:%n%s", text).isTrue();
			Thread.sleep(200);
		}
		throw new AssertionError("bin/lantoa did not start in " + START_TIMEOUT + ":\n" + Files.readString(output));
	}

	/** A JDK under /usr/lib/jvm whose feature release is at least {@code feature}. */
	private static Optional<Path> jdk(int feature) throws IOException {
		Path jvms = Path.of("/usr/lib/jvm");
		if (!Files.isDirectory(jvms)) {
			return Optional.empty();
		}
		Pattern version = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);
		try (Stream<Path> homes = Files.list(jvms)) {
			return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
				.filter(home -> {
					try {
						Matcher m = version.matcher(Files.readString(home.resolve("release")));
						return m.find() && Integer.parseInt(m.group(1)) >= feature;
					}
					catch (IOException e) {
						return false;
					}
				})
				.map(home -> home.resolve("bin/java")).findFirst();
		}
	}

}
