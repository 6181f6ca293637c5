package vn.lantoa.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Folding of Vietnamese text for search and matching that ignore case and diacritics ("đ" matches "d"). */
public final class VietnameseText {

	private VietnameseText() {
	}

	/** Lower case, without diacritics, "đ" as "d", runs of white space as one space, trimmed. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		boolean space = false;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = out.length() > 0;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}
}
