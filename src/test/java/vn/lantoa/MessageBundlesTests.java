package vn.lantoa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The Vietnamese and English bundles hold the same keys, and every key a template uses exists. */
class MessageBundlesTests {

	static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (Reader r = new InputStreamReader(MessageBundlesTests.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Set<Object> vi = new TreeSet<>(bundle("messages_vi.properties").keySet());
		Set<Object> en = new TreeSet<>(bundle("messages_en.properties").keySet());
		assertThat(en).containsExactlyElementsOf(vi);
	}

	@Test
	void everyLiteralKeyOfTheTemplatesExists() throws IOException {
		Properties vi = bundle("messages_vi.properties");
		Pattern key = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])(\\(|\\})");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = key.matcher(Files.readString(file));
				while (m.find()) {
					if (!vi.containsKey(m.group(1))) {
						missing.add(file.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void vietnameseBundleIsWrittenWithDiacritics() throws IOException {
		Properties vi = bundle("messages_vi.properties");
		assertThat(vi.getProperty("nav.units")).isEqualTo("Đơn vị");
		assertThat(vi.getProperty("login.error.bad")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
	}
}
