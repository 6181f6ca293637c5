package vn.lantoa.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text operations that know about Vietnamese spelling.
 */
public final class VietnameseText {

	/** Marks a character whose folding is not a single character; such text takes the slow path. */
	private static final char SLOW = '\uFFFF';
	/** Marks a character that folding removes (a combining tone or vowel mark). */
	private static final char DROP = '\uFFFE';
	/** The table covers Latin, Greek, Cyrillic, combining marks, Vietnamese and common punctuation. */
	private static final int TABLE_SIZE = 0x2500;
	private static final char[] FOLDED = foldingTable();

	private VietnameseText() {
	}

	/**
	 * Folds text for diacritic-insensitive comparison: lower case, tone and vowel marks removed,
	 * "đ"/"Đ" turned into "d", runs of whitespace collapsed into one space and the ends trimmed.
	 * Both spellings "Ủy" and "Uỷ" fold to "uy", so the old and new tone placement compare equal.
	 * <p>
	 * Each character is looked up in a table built once from the canonical decomposition, which
	 * keeps folding linear and fast; text with characters outside the table or that fold to several
	 * characters (CJK, Hangul, emoji, ligatures) goes through {@link Normalizer} instead.
	 * @param text any text; {@code null} folds to the empty string
	 * @return the folded text
	 */
	public static String fold(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		StringBuilder folded = new StringBuilder(text.length());
		boolean pendingSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				pendingSpace = folded.length() > 0;
				continue;
			}
			char f = c < TABLE_SIZE ? FOLDED[c] : SLOW;
			if (f == SLOW) {
				return slowFold(text);
			}
			if (f == DROP) {
				continue;
			}
			if (pendingSpace) {
				folded.append(' ');
				pendingSpace = false;
			}
			folded.append(f);
		}
		return folded.toString();
	}

	/**
	 * Tells whether the text has letters and none of them is lower case, as in headings
	 * ("TỔ CHỨC THỰC HIỆN") and header blocks ("THÀNH ỦY BẮC KẠN").
	 */
	public static boolean isUpperCase(String text) {
		boolean hasLetter = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				if (Character.isLowerCase(c)) {
					return false;
				}
				hasLetter = true;
			}
		}
		return hasLetter;
	}

	private static String slowFold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		boolean pendingSpace = false;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				pendingSpace = folded.length() > 0;
				continue;
			}
			if (pendingSpace) {
				folded.append(' ');
				pendingSpace = false;
			}
			folded.append(c == 'đ' || c == 'Đ' ? 'd' : c);
		}
		return folded.toString().toLowerCase(Locale.ROOT);
	}

	private static char[] foldingTable() {
		char[] table = new char[TABLE_SIZE];
		for (int c = 0; c < TABLE_SIZE; c++) {
			char ch = (char) c;
			String folded = slowFold(String.valueOf(ch));
			table[c] = folded.isEmpty() ? DROP : folded.length() == 1 ? folded.charAt(0) : SLOW;
		}
		table['İ'] = SLOW;
		table['Σ'] = SLOW;
		return table;
	}
}
