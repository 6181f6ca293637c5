package vn.lantoa.directive.parse;

/**
 * Reads document numbers ("số hiệu") such as "39-HD/BTGTU", "12/KH-UBND" or "369 - CV/BTGTU"
 * and puts them in canonical form: no spaces around "-" and "/", no trailing punctuation.
 */
final class DocumentNumber {

	private DocumentNumber() {
	}

	/**
	 * Reads the number at the start of the text.
	 * @return the end index in {@code text} and the canonical number, or {@code null} when the text
	 * does not start with a digit or holds no "/" or "-" within the number
	 */
	static Read readAt(String text, int from) {
		int i = from;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ':')) {
			i++;
		}
		if (i >= text.length() || !Character.isDigit(text.charAt(i))) {
			return null;
		}
		StringBuilder number = new StringBuilder();
		while (i < text.length()) {
			char c = text.charAt(i);
			boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
			if (Character.isLetterOrDigit(c) || mark || c == '-' || c == '/' || c == '.' || c == '–') {
				number.append(c == '–' ? '-' : c);
				i++;
			}
			else if (c == ' ' && joinsAcrossSpace(text, number, i)) {
				i++;
			}
			else {
				break;
			}
		}
		while (number.length() > 0 && ".-/".indexOf(number.charAt(number.length() - 1)) >= 0) {
			number.setLength(number.length() - 1);
			i--;
		}
		String canonical = number.toString();
		if (canonical.indexOf('/') < 0 && canonical.indexOf('-') < 0) {
			return null;
		}
		return new Read(canonical, i);
	}

	/** "369 - CV": a space is part of the number when a dash or slash is on either side of it. */
	private static boolean joinsAcrossSpace(String text, StringBuilder number, int space) {
		char before = number.length() == 0 ? ' ' : number.charAt(number.length() - 1);
		int next = space;
		while (next < text.length() && text.charAt(next) == ' ') {
			next++;
		}
		char after = next < text.length() ? text.charAt(next) : ' ';
		boolean joinerBefore = before == '-' || before == '/';
		boolean joinerAfter = after == '-' || after == '/' || after == '–';
		return (joinerBefore && next < text.length() && Character.isLetterOrDigit(after)) || joinerAfter;
	}

	/**
	 * The document type code inside a number: the first piece made only of letters, so "HD" in
	 * "39-HD/BTGTU", "KH" in "12/KH-UBND" and in "12/2024/KH-UBND".
	 * @return the code, or {@code null} when there is none
	 */
	static String typeCode(String number) {
		if (number == null) {
			return null;
		}
		int pieceStart = 0;
		for (int i = 0; i <= number.length(); i++) {
			if (i == number.length() || number.charAt(i) == '/' || number.charAt(i) == '-') {
				String piece = number.substring(pieceStart, i);
				if (isLetters(piece)) {
					return piece;
				}
				pieceStart = i + 1;
			}
		}
		return null;
	}

	private static boolean isLetters(String piece) {
		if (piece.isEmpty() || piece.length() > 5) {
			return false;
		}
		for (int i = 0; i < piece.length(); i++) {
			if (!Character.isLetter(piece.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** A number read from text and the index just after it. */
	record Read(String number, int end) {
	}
}
