package vn.lantoa.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Thousands of damaged documents, made from the real seed and the test documents with a fixed
 * random seed: the parser must never throw and must keep every word somewhere in its result.
 */
class GuidanceParserFuzzTests {

	private static final int DOCUMENTS = 2000;

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private final GuidanceParser parser = new GuidanceParser();
	private final List<List<String>> sources = List.of(lines(Documents.SEED), lines(Documents.DISTRICT_PLAN),
			lines(Documents.PARTY_PLAN), lines(Documents.OFFICIAL_LETTER));

	@Test
	void neverThrowsAndKeepsEveryWordOfDamagedDocuments() {
		Random random = new Random(20240705L);
		long cpuStart = CPU.getCurrentThreadCpuTime();
		for (int n = 0; n < DOCUMENTS; n++) {
			String document = damaged(random, n);
			ParsedGuidance parsed;
			try {
				parsed = parser.parse(document);
			}
			catch (RuntimeException e) {
				throw new AssertionError("document " + n + " threw:\n" + document, e);
			}
			String missing = Wording.firstMissingWord(document, parsed);
			if (missing != null) {
				fail("document %d lost the word '%s':%n%s", n, missing, document);
			}
		}
		System.out.printf("Fuzzed %d documents with %d ms of CPU%n", DOCUMENTS, (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
	}

	@Test
	void keepsEveryWordOfTheUndamagedDocuments() {
		for (String resource : List.of(Documents.SEED, Documents.DISTRICT_PLAN, Documents.PARTY_PLAN, Documents.OFFICIAL_LETTER)) {
			String text = Documents.text(resource);
			assertThat(Wording.firstMissingWord(text, parser.parse(text))).as(resource).isNull();
		}
	}

	@Test
	void parsesAMegabyteDocumentInLinearTime() {
		String seed = Documents.text(Documents.SEED);
		String big = seed.repeat(1024 * 1024 / seed.getBytes(StandardCharsets.UTF_8).length + 1);
		for (int warmUp = 0; warmUp < 3; warmUp++) {
			parser.parse(big);
		}

		long start = System.nanoTime();
		long cpuStart = CPU.getCurrentThreadCpuTime();
		ParsedGuidance parsed = parser.parse(big);
		long cpuMillis = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("Parsed %d bytes in %d ms (%d ms of CPU)%n", big.getBytes(StandardCharsets.UTF_8).length, millis, cpuMillis);

		assertThat(parsed.citedDocuments()).hasSize(17);
	}

	private String damaged(Random random, int n) {
		List<String> lines = new ArrayList<>(sources.get(n % sources.size()));
		int mutations = 1 + random.nextInt(6);
		for (int m = 0; m < mutations; m++) {
			int at = random.nextInt(lines.size());
			switch (random.nextInt(12)) {
				case 0 -> lines.remove(at);
				case 1 -> lines.add(random.nextInt(lines.size()), lines.get(at));
				case 2 -> Collections.swap(lines, at, random.nextInt(lines.size()));
				case 3 -> Collections.shuffle(lines.subList(at, Math.min(lines.size(), at + 1 + random.nextInt(8))), random);
				case 4 -> lines.set(at, insert(lines.get(at), RandomText.unicode(random, 1 + random.nextInt(12)), random));
				case 5 -> lines.add(at, RandomText.lenientBytes(random, 1 + random.nextInt(200)));
				case 6 -> lines.add(at, n % 3 == 0 ? RandomText.hugeLine(random, lines) : lines.get(at).repeat(1 + random.nextInt(20)));
				case 7 -> lines.set(at, cut(lines.get(at), random));
				case 8 -> lines.add(at, lines.get(random.nextInt(lines.size())).toUpperCase());
				default -> lines.add(at, "");
			}
			if (lines.isEmpty()) {
				lines.add("");
			}
		}
		if (n % 50 == 0) {
			Collections.shuffle(lines, random);
		}
		return String.join(random.nextInt(10) == 0 ? "\r\n" : "\n", lines);
	}

	private static String insert(String line, String extra, Random random) {
		int at = random.nextInt(line.length() + 1);
		return line.substring(0, at) + extra + line.substring(at);
	}

	private static String cut(String line, Random random) {
		if (line.length() < 2) {
			return line;
		}
		int at = random.nextInt(line.length());
		return line.substring(0, at) + "\n\n" + line.substring(at);
	}

	private static List<String> lines(String resource) {
		return List.of(Documents.text(resource).split("\n", -1));
	}
}
