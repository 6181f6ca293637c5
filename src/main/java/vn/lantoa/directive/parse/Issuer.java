package vn.lantoa.directive.parse;

import java.util.List;

import vn.lantoa.shared.VietnameseText;

/**
 * Works out the issuing body.
 * <p>
 * From the header's top-left block: the last line names the issuer and the lines above it its
 * superiors ("ĐẢNG BỘ TỈNH BẮC KẠN" / "TỈNH ỦY BẮC KẠN"), except that a body name broken before
 * its locality is joined ("ỦY BAN NHÂN DÂN" / "HUYỆN CHỢ MỚI") and that a department is named with
 * its parent ("TỈNH ỦY BẮC KẠN" / "BAN TUYÊN GIÁO" gives "BAN TUYÊN GIÁO TỈNH ỦY BẮC KẠN").
 * <p>
 * Without a block, from the opening sentence: the words before a verb of issuing, back to the
 * previous comma ("…, Thành ủy Bắc Kạn hướng dẫn …" gives "Thành ủy Bắc Kạn").
 */
final class Issuer {

	private static final List<String> LOCALITIES = List.of("huyen ", "tinh ", "thanh pho ", "xa ", "phuong ", "quan ",
			"thi xa ", "thi tran ");
	private static final List<String> BODIES_WITHOUT_LOCALITY = List.of("uy ban nhan dan", "hoi dong nhan dan",
			"uy ban mat tran to quoc viet nam", "dang uy", "ban chap hanh");
	private static final List<String> DEPARTMENTS = List.of("ban ", "so ", "phong ", "van phong", "trung tam ");
	private static final List<String> ISSUING_VERBS = List.of("huong dan", "ban hanh", "xay dung ke hoach",
			"thong bao", "de nghi", "yeu cau", "chi thi", "trien khai", "to chuc");
	private static final int MAX_WORDS = 10;

	private Issuer() {
	}

	static Block fromBlock(List<String> block) {
		if (block.isEmpty()) {
			return new Block(null, List.of());
		}
		String last = block.get(block.size() - 1);
		if (block.size() == 1) {
			return new Block(last, List.of());
		}
		String above = block.get(block.size() - 2);
		List<String> superiors = block.subList(0, block.size() - 2);
		String lastFolded = VietnameseText.fold(last);
		String aboveFolded = VietnameseText.fold(above);
		if (startsWithAny(lastFolded, LOCALITIES) && BODIES_WITHOUT_LOCALITY.contains(aboveFolded)) {
			return new Block(above + " " + last, superiors);
		}
		if (startsWithAny(lastFolded, DEPARTMENTS) && !startsWithAny(aboveFolded, DEPARTMENTS)) {
			return new Block(last + " " + above, superiors);
		}
		return new Block(last, block.subList(0, block.size() - 1));
	}

	static String fromSentences(List<String> paragraphs) {
		for (String paragraph : paragraphs) {
			String issuer = fromSentence(paragraph);
			if (issuer != null) {
				return issuer;
			}
		}
		return null;
	}

	private static String fromSentence(String paragraph) {
		List<Word> words = Word.split(paragraph);
		for (int i = 1; i < words.size() - 1; i++) {
			if (Character.isLowerCase(words.get(i).text().charAt(0)) && !words.get(i - 1).endsClause()
					&& startsWithVerb(words, i)) {
				String issuer = wordsBackToComma(words, i);
				if (issuer != null) {
					return issuer;
				}
			}
		}
		return null;
	}

	private static boolean startsWithVerb(List<Word> words, int from) {
		StringBuilder ahead = new StringBuilder();
		for (int i = from; i < words.size() && i < from + 4; i++) {
			ahead.append(words.get(i).folded()).append(' ');
		}
		for (String verb : ISSUING_VERBS) {
			if (ahead.toString().startsWith(verb + " ")) {
				return true;
			}
		}
		return false;
	}

	private static String wordsBackToComma(List<Word> words, int verb) {
		int start = verb;
		while (start > 0 && verb - start < MAX_WORDS && !words.get(start - 1).endsClause()) {
			start--;
		}
		if (start > 0 && !words.get(start - 1).endsClause()) {
			return null;
		}
		StringBuilder issuer = new StringBuilder();
		for (int i = start; i < verb; i++) {
			issuer.append(i == start ? "" : " ").append(words.get(i).text());
		}
		String text = issuer.toString().strip();
		return text.isEmpty() || !Character.isUpperCase(text.charAt(0)) ? null : text;
	}

	private static boolean startsWithAny(String folded, List<String> prefixes) {
		for (String prefix : prefixes) {
			if (folded.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The issuer named by a header block, and the lines above it that name its superiors.
	 *
	 * @param name the issuer, or {@code null} when the block is empty
	 * @param superiors the unused lines, kept so that no text is lost
	 */
	record Block(String name, List<String> superiors) {
	}
}
