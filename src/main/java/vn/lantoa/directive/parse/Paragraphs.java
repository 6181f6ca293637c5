package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.List;

import vn.lantoa.shared.VietnameseText;

/**
 * Splits raw text into logical paragraphs.
 * <p>
 * Text copied from a printed or PDF document keeps its page breaks: a sentence stops mid-way,
 * blank lines follow, and it goes on with a lower-case word. A line is therefore joined to the
 * previous paragraph, with one space, when the previous one does not end with terminal
 * punctuation, is not an all-capitals heading nor a known section heading ("1. Mục đích"), and the
 * line starts with a lower-case letter and no numbering. Markdown-style emphasis ({@code **…**}, {@code *…*}) is removed on the way.
 */
final class Paragraphs {

	private static final String TERMINAL = ".;:!?…";
	private static final String OPENERS = "“\"'‘(«[";

	private Paragraphs() {
	}

	static List<Paragraph> of(String text) {
		List<String> joined = new ArrayList<>();
		StringBuilder current = null;
		boolean currentIsHeading = false;
		int start = 0;
		String source = text == null ? "" : text;
		while (start <= source.length()) {
			int end = nextLineEnd(source, start);
			String line = withoutEmphasis(clean(source.substring(start, end))).strip();
			start = end + 1;
			if (line.isEmpty()) {
				continue;
			}
			if (current != null && !currentIsHeading && continues(current, line)) {
				current.append(' ').append(line);
				continue;
			}
			if (current != null) {
				joined.add(current.toString());
			}
			current = new StringBuilder(line);
			currentIsHeading = VietnameseText.isUpperCase(line);
		}
		if (current != null) {
			joined.add(current.toString());
		}
		return toParagraphs(joined);
	}

	/** Drops lines without a letter or digit and attaches a lone numbering ("II.") to the line after it. */
	private static List<Paragraph> toParagraphs(List<String> lines) {
		List<Paragraph> paragraphs = new ArrayList<>(lines.size());
		String pendingNumbering = null;
		for (String line : lines) {
			if (!hasLetterOrDigit(line)) {
				continue;
			}
			String full = pendingNumbering == null ? line : pendingNumbering + " " + line;
			pendingNumbering = null;
			Paragraph paragraph = Paragraph.of(full);
			if (paragraph.marker().isNumbered() && paragraph.text().isEmpty()) {
				pendingNumbering = full;
				continue;
			}
			paragraphs.add(paragraph);
		}
		if (pendingNumbering != null) {
			paragraphs.add(new Paragraph(pendingNumbering, Marker.NONE, pendingNumbering));
		}
		return paragraphs;
	}

	/** Whether the line goes on with the paragraph before it, which is not an all-capitals heading. */
	private static boolean continues(CharSequence previous, String line) {
		char last = previous.charAt(previous.length() - 1);
		if (TERMINAL.indexOf(last) >= 0 || isSectionHeading(previous)) {
			return false;
		}
		int i = 0;
		while (i < line.length() - 1 && OPENERS.indexOf(line.charAt(i)) >= 0) {
			i++;
		}
		return Character.isLowerCase(line.charAt(i)) && Paragraph.of(line).marker() == Marker.NONE;
	}

	/** "1. Mục đích" is complete even without a full stop; what follows is its first item. */
	private static boolean isSectionHeading(CharSequence previous) {
		return previous.length() <= SectionKind.MAX_HEADING_LENGTH + 12
				&& SectionKind.of(Paragraph.of(previous.toString()).text()) != SectionKind.OTHER;
	}

	private static int nextLineEnd(String source, int from) {
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000B') {
				return i;
			}
		}
		return source.length();
	}

	/** Turns tabs and unusual spaces into plain spaces and drops zero-width characters. */
	private static String clean(String line) {
		StringBuilder out = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\u200B' || c == '\uFEFF' || c == '\u200C' || c == '\u200D') {
				continue;
			}
			out.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
		}
		return out.toString();
	}

	/** Removes {@code *} emphasis but keeps a {@code *} that opens the line as a bullet ("* Nội dung"). */
	static String withoutEmphasis(String line) {
		if (line.indexOf('*') < 0) {
			return line;
		}
		String trimmed = line.strip();
		boolean bullet = trimmed.length() > 1 && trimmed.charAt(0) == '*' && trimmed.charAt(1) == ' ';
		StringBuilder out = new StringBuilder(trimmed.length());
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (c != '*' || (bullet && i == 0)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean hasLetterOrDigit(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (Character.isLetterOrDigit(line.charAt(i))) {
				return true;
			}
		}
		return false;
	}
}
