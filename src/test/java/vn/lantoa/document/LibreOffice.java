package vn.lantoa.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** LibreOffice converting a file the project wrote, for the tests that run only where it is installed. */
final class LibreOffice {

	private static final Path SOFFICE = Path.of("/usr/bin/soffice");

	private LibreOffice() {
	}

	/**
	 * Writes {@code content} as {@code name} into {@code target/documents/<folder>} and converts it there with
	 * {@code soffice --convert-to filter} (its own profile, so that no other LibreOffice is in the way); the test is
	 * skipped where LibreOffice is not installed. The converted file is the same name with {@code extension}.
	 */
	static Path convert(String folder, String name, byte[] content, String filter, String extension)
			throws IOException, InterruptedException {
		assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed");
		Path dir = Files.createDirectories(Path.of("target/documents", folder));
		Path file = dir.resolve(name);
		Files.write(file, content);
		Path converted = dir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
		Files.deleteIfExists(converted);
		Process p = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
				"--headless", "--convert-to", filter, "--outdir", dir.toString(), file.toString())
			.redirectErrorStream(true).start();
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return converted;
	}
}
