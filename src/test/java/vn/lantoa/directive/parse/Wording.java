package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.lantoa.shared.VietnameseText;

/**
 * Checks that a parse kept every word of its input. Words are runs of letters and digits of the
 * folded text. Not expected back are the structural words the parser turns into fields or
 * drops by design: numbering ("II.", "1.1.", "a)", "Phần I"), the national motto, the type word
 * line ("HƯỚNG DẪN"), the title of a known section heading before any colon ("TỔ CHỨC THỰC HIỆN"),
 * the labels "Số", "ngày",
 * "tháng", "năm", "V/v", "Kính gửi", "Nơi nhận" and "Gửi bản điện tử".
 */
final class Wording {

	private static final List<String> LABELS = List.of("so", "ngay", "thang", "nam", "v");
	private static final List<String> LABEL_LINES = List.of("noi nhan", "kinh gui", "gui ban dien tu", "gui ban giay");
	private static final List<String> MOTTOES = List.of("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc",
			"dang cong san viet nam");

	private Wording() {
	}

	static String firstMissingWord(String input, ParsedGuidance parsed) {
		List<Paragraph> paragraphs = Paragraphs.of(input);
		String missingFromParagraphs = firstMissing(lineWords(input), paragraphs.stream().map(Paragraph::raw).toList());
		if (missingFromParagraphs != null) {
			return missingFromParagraphs;
		}
		List<String> expected = new ArrayList<>();
		for (Paragraph paragraph : paragraphs) {
			String text = paragraph.text();
			Heading heading = Heading.of(text);
			if (SectionKind.of(heading.title()) != SectionKind.OTHER) {
				text = heading.inline() == null ? "" : heading.inline();
			}
			String folded = VietnameseText.fold(text);
			if (!isStructural(folded)) {
				words(folded).stream().filter(word -> !LABELS.contains(word)).forEach(expected::add);
			}
		}
		return firstMissing(expected, strings(parsed));
	}

	/** The words of each input line without its numbering: what paragraph splitting must keep. */
	private static List<String> lineWords(String input) {
		List<String> expected = new ArrayList<>();
		for (String line : input.split("[\n\r\u000B\f\u2028\u2029]")) {
			expected.addAll(words(VietnameseText.fold(Paragraph.of(Paragraphs.withoutEmphasis(line).strip()).text())));
		}
		return expected;
	}

	private static String firstMissing(List<String> expected, List<String> found) {
		String output = VietnameseText.fold(String.join("\n", found));
		Set<String> outputWords = new HashSet<>(words(output));
		for (String word : expected) {
			if (!outputWords.contains(word) && !output.contains(word)) {
				return word;
			}
		}
		return null;
	}

	private static boolean isStructural(String folded) {
		String letters = String.join(" ", words(folded));
		return MOTTOES.contains(letters) || DocumentKind.ofFoldedWord(folded) != null
				|| LABEL_LINES.stream().anyMatch(letters::startsWith);
	}

	private static List<String> words(String folded) {
		List<String> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= folded.length(); i++) {
			boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
			if (wordChar && start < 0) {
				start = i;
			}
			else if (!wordChar && start >= 0) {
				words.add(folded.substring(start, i));
				start = -1;
			}
		}
		return words;
	}

	private static List<String> strings(ParsedGuidance g) {
		List<String> all = new ArrayList<>();
		add(all, g.type(), g.number(), g.issuer(), g.place(), String.valueOf(g.date()), g.title());
		all.addAll(g.basis());
		g.citedDocuments().forEach(c -> add(all, c.kind(), c.number(), String.valueOf(c.date()), c.issuer()));
		all.addAll(g.purposes());
		all.addAll(g.requirements());
		g.contentThemes().forEach(t -> add(all, t.title(), t.text()));
		g.channels().forEach(c -> {
			add(all, c.title(), c.text());
			all.addAll(c.items());
		});
		g.assignments().forEach(a -> {
			add(all, a.unitText());
			all.addAll(a.tasks());
		});
		g.otherSections().forEach(s -> {
			add(all, s.heading());
			all.addAll(s.items());
		});
		all.addAll(g.recipients());
		if (g.signature() != null) {
			add(all, g.signature().onBehalf(), g.signature().title(), g.signature().name());
		}
		all.addAll(g.warnings());
		return all;
	}

	private static void add(List<String> all, String... values) {
		for (String value : values) {
			if (value != null) {
				all.add(value);
			}
		}
	}
}
