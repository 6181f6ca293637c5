package vn.lantoa.directive.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the documents cited in the text: a document word, "số", a number, then optionally a date
 * and "của" with the issuing body, as in "Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành
 * Trung ương về…". The body ends at "về", at punctuation or after {@value #MAX_ISSUER_WORDS} words.
 * Citations with the same number and date are one document; the same number with another date is
 * another document (Party bodies reuse numbers in each term).
 */
final class Citations {

	private static final int MAX_ISSUER_WORDS = 10;
	private static final Set<String> ISSUER_STOPS = Set.of("ve", "ban hanh", "huong dan", "thuc hien", "trien khai", "nham", "de", "da", "nhu");

	private final Map<String, CitedDocument> found = new LinkedHashMap<>();

	void scan(String paragraph) {
		List<Word> words = Word.split(paragraph);
		for (int i = 1; i < words.size() - 1; i++) {
			Word word = words.get(i);
			if (mayBeSo(word) && word.folded().equals("so") && !words.get(i - 1).endsClause()) {
				DocumentKind kind = kindBefore(words, i);
				if (kind != null) {
					read(kind, words, i + 1);
				}
			}
		}
	}

	/** A cheap test before folding: "số" is two or three characters starting with "s". */
	private static boolean mayBeSo(Word word) {
		String core = word.core();
		return core.length() >= 2 && core.length() <= 3 && (core.charAt(0) == 's' || core.charAt(0) == 'S');
	}

	List<CitedDocument> documents() {
		return new ArrayList<>(found.values());
	}

	private static DocumentKind kindBefore(List<Word> words, int so) {
		DocumentKind one = DocumentKind.ofFoldedWord(words.get(so - 1).folded());
		if (one != null || so < 2) {
			return one;
		}
		return DocumentKind.ofFoldedWord(words.get(so - 2).folded() + " " + words.get(so - 1).folded());
	}

	private void read(DocumentKind kind, List<Word> words, int at) {
		String rest = joined(words, at, Math.min(words.size(), at + 4));
		DocumentNumber.Read read = DocumentNumber.readAt(rest, 0);
		if (read == null) {
			return;
		}
		int next = at + countWords(rest.substring(0, Math.min(rest.length(), read.end())));
		IssueDate.Found date = IssueDate.readAt(words, next);
		LocalDate day = date == null ? null : date.date();
		String issuer = issuerAt(words, date == null ? next : date.next());
		add(new CitedDocument(kind.word(), read.number(), day, issuer));
	}

	private void add(CitedDocument document) {
		String key = document.number() + "|" + document.date();
		CitedDocument known = found.get(key);
		if (known == null) {
			found.put(key, document);
		}
		else if (known.issuer() == null && document.issuer() != null) {
			found.put(key, new CitedDocument(known.kind(), known.number(), known.date(), document.issuer()));
		}
	}

	private static String issuerAt(List<Word> words, int at) {
		if (at >= words.size() || !words.get(at).folded().equals("cua") || words.get(at - 1).endsClause()) {
			return null;
		}
		StringBuilder issuer = new StringBuilder();
		for (int i = at + 1; i < words.size() && i <= at + MAX_ISSUER_WORDS; i++) {
			Word word = words.get(i);
			String pair = i + 1 < words.size() ? word.folded() + " " + words.get(i + 1).folded() : "";
			if (ISSUER_STOPS.contains(word.folded()) || ISSUER_STOPS.contains(pair) || word.core().isEmpty()
					|| word.text().charAt(0) == '(') {
				break;
			}
			issuer.append(issuer.length() == 0 ? "" : " ").append(word.core());
			if (word.endsClause()) {
				break;
			}
		}
		return issuer.length() == 0 ? null : issuer.toString();
	}

	private static String joined(List<Word> words, int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < to; i++) {
			text.append(i == from ? "" : " ").append(words.get(i).text());
		}
		return text.toString();
	}

	/** How many words of the joined text the number used, counting a word partly used as used. */
	private static int countWords(String prefix) {
		return Word.split(prefix).size();
	}
}
