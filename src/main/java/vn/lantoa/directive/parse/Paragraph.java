package vn.lantoa.directive.parse;

import vn.lantoa.shared.VietnameseText;

/**
 * One logical paragraph of the document, split into its opening numbering or bullet and its text.
 *
 * @param raw the whole paragraph as written
 * @param marker the kind of numbering or bullet that opens it
 * @param text the paragraph without that numbering or bullet
 */
record Paragraph(String raw, Marker marker, String text) {

	private static final String SEPARATORS = ".:)-–— ";

	static Paragraph of(String raw) {
		String s = raw.strip();
		if (s.isEmpty()) {
			return new Paragraph(s, Marker.NONE, s);
		}
		char first = s.charAt(0);
		if ((first == '-' || first == '–' || first == '—' || first == '•' || first == '+') && !startsWithDigitAfter(s)) {
			return new Paragraph(s, first == '+' ? Marker.PLUS : Marker.DASH, s.substring(1).strip());
		}
		if (first == '*' && s.length() > 1 && Character.isWhitespace(s.charAt(1))) {
			return new Paragraph(s, Marker.STAR, s.substring(1).strip());
		}
		Paragraph worded = wordedNumbering(s);
		if (worded != null) {
			return worded;
		}
		int romanEnd = romanEnd(s);
		if (romanEnd > 0) {
			return new Paragraph(s, Marker.ROMAN, s.substring(romanEnd).strip());
		}
		if (Character.isDigit(first)) {
			return numeric(s);
		}
		if (s.length() > 1 && Character.isLowerCase(first) && isLetterClose(s, 1)) {
			return new Paragraph(s, Marker.LETTER, s.substring(2).strip());
		}
		return new Paragraph(s, Marker.NONE, s);
	}

	/** A dash before a digit is a negative number or a range, not a bullet; "-2" is rare, "- 2" is a bullet. */
	private static boolean startsWithDigitAfter(String s) {
		return s.length() > 1 && Character.isDigit(s.charAt(1));
	}

	/** "Phần I", "PHẦN THỨ HAI", "Điều 3", "Mục 2": a word, then a numeral, then separators. */
	private static Paragraph wordedNumbering(String s) {
		int firstSpace = s.indexOf(' ');
		if (firstSpace < 0) {
			return null;
		}
		String word = VietnameseText.fold(s.substring(0, firstSpace));
		Marker marker = switch (word) {
			case "phan" -> Marker.PART;
			case "dieu" -> Marker.ARTICLE;
			case "muc" -> Marker.SECTION_WORD;
			default -> null;
		};
		if (marker == null) {
			return null;
		}
		int numeralStart = firstSpace + 1;
		int numeralEnd = wordEnd(s, numeralStart);
		String numeral = s.substring(numeralStart, numeralEnd);
		if (marker == Marker.PART && VietnameseText.fold(numeral).equals("thu")) {
			numeralEnd = wordEnd(s, Math.min(s.length(), numeralEnd + 1));
		}
		else if (!isNumeral(numeral)) {
			return null;
		}
		return new Paragraph(s, marker, s.substring(skipSeparators(s, numeralEnd)).strip());
	}

	private static Paragraph numeric(String s) {
		int i = 0;
		int dots = 0;
		while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
			if (s.charAt(i) == '.') {
				dots++;
			}
			i++;
		}
		boolean closedByParen = i < s.length() && s.charAt(i) == ')';
		int end = closedByParen ? i + 1 : i;
		boolean separated = end == s.length() || Character.isWhitespace(s.charAt(end));
		if (!separated || i > 12 || (dots == 0 && !closedByParen)) {
			return new Paragraph(s, Marker.NONE, s);
		}
		boolean decimal = dots > 1 || (dots == 1 && s.charAt(i - 1) != '.');
		return new Paragraph(s, decimal ? Marker.DECIMAL : Marker.ARABIC, s.substring(end).strip());
	}

	/** Where the text after a leading roman numeral starts ("IV. Tổ chức" gives 4), or 0. */
	private static int romanEnd(String s) {
		int i = 0;
		while (i < s.length() && i < 7 && "IVXLC".indexOf(s.charAt(i)) >= 0) {
			i++;
		}
		if (i == 0 || i == 7 || i >= s.length()) {
			return 0;
		}
		char after = s.charAt(i);
		boolean closed = after == '.' || after == ')' || after == ':';
		if (closed && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
			return i + 1;
		}
		boolean dashed = after == ' ' && i + 1 < s.length() && "-–—".indexOf(s.charAt(i + 1)) >= 0;
		return dashed ? skipSeparators(s, i) : 0;
	}

	private static boolean isLetterClose(String s, int i) {
		char c = s.charAt(i);
		boolean followedBySpace = i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1));
		return (c == ')' || c == '.') && followedBySpace;
	}

	private static boolean isNumeral(String word) {
		String w = word;
		while (!w.isEmpty() && SEPARATORS.indexOf(w.charAt(w.length() - 1)) >= 0) {
			w = w.substring(0, w.length() - 1);
		}
		if (w.isEmpty()) {
			return false;
		}
		boolean digits = w.chars().allMatch(Character::isDigit);
		boolean roman = w.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0);
		return digits || roman;
	}

	private static int wordEnd(String s, int from) {
		int i = from;
		while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int skipSeparators(String s, int from) {
		int i = from;
		while (i < s.length() && SEPARATORS.indexOf(s.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}
}
