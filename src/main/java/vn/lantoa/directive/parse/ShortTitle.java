package vn.lantoa.directive.parse;

/**
 * A short label for a long item: the text up to the first clause break, cut at a word boundary
 * when still too long. Used when an entry is a single paragraph with no heading of its own.
 */
final class ShortTitle {

	private static final int MAX_LENGTH = 100;

	private ShortTitle() {
	}

	/** For a content theme: up to the first colon, semicolon or full stop. */
	static String ofTheme(String text) {
		return cut(text, ":;", true);
	}

	/**
	 * For a channel: up to the first colon, bracket, comma, semicolon or " như " ("such as"), so
	 * "Các phương tiện cổ động trực quan: Khẩu hiệu, …" gives "Các phương tiện cổ động trực quan".
	 */
	static String ofChannel(String text) {
		int such = text.indexOf(" như ");
		String head = such > 0 ? text.substring(0, such) : text;
		return cut(head, ":(,;", true);
	}

	private static String cut(String text, String stops, boolean atFullStop) {
		int end = text.length();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean fullStop = atFullStop && c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
			if (stops.indexOf(c) >= 0 || fullStop) {
				end = i;
				break;
			}
		}
		String title = text.substring(0, end).strip();
		if (title.isEmpty()) {
			title = text.strip();
		}
		if (title.length() <= MAX_LENGTH) {
			return title;
		}
		int space = title.lastIndexOf(' ', MAX_LENGTH);
		return title.substring(0, space > 0 ? space : MAX_LENGTH).strip() + "…";
	}
}
