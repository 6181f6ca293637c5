package vn.lantoa.directive.parse;

/**
 * A heading split at its first colon: "Mục đích: Nâng cao nhận thức…" has the title "Mục đích"
 * and the inline text "Nâng cao nhận thức…". Without a colon, or with nothing after it, the
 * whole heading (without a trailing colon or full stop) is the title.
 *
 * @param title the heading proper
 * @param inline the text after the colon, or {@code null}
 */
record Heading(String title, String inline) {

	static Heading of(String text) {
		int colon = text.indexOf(':');
		if (colon > 0 && colon < text.length() - 1 && !text.substring(colon + 1).isBlank()) {
			return new Heading(trimEnd(text.substring(0, colon)), text.substring(colon + 1).strip());
		}
		return new Heading(trimEnd(text), null);
	}

	private static String trimEnd(String text) {
		int end = text.length();
		while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ":.".indexOf(text.charAt(end - 1)) >= 0)) {
			end--;
		}
		return end == 0 ? text.strip() : text.substring(0, end);
	}
}
