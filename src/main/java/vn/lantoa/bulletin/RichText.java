package vn.lantoa.bulletin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * Article text with simple formatting. Whatever a user sends is cleaned by a strict allow-list (OWASP Java HTML
 * Sanitizer) before it is stored: paragraphs, line breaks, bold, italic, underline, headings h3–h4, quotes, bulleted
 * and numbered lists (a div becomes a paragraph), and links to http, https or mailto addresses (which get rel="nofollow noopener noreferrer").
 * Every other element, every attribute but a link's href, styles, scripts, event handlers, and javascript: or data:
 * addresses are dropped. Text without any tag is taken as plain text, paragraphs split by blank lines; text outside any block is
 * wrapped in a paragraph, so cleaning twice gives the same value. The stored
 * HTML is read back as {@link Block}s for the PDF and DOCX exports.
 */
final class RichText {

	static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		// the browser's editor writes a line as a div: kept as a paragraph
		.allowElements((name, attrs) -> "p", "div")
		.allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "blockquote", "h3", "h4", "a")
		.allowAttributes("href").onElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	/** A stretch of text with one formatting. */
	record Run(String text, boolean bold, boolean italic, boolean underline) {
	}

	/** A paragraph-level piece of text. */
	record Block(Kind kind, List<Run> runs, int number) {

		enum Kind {
			PARAGRAPH, HEADING, QUOTE, BULLET, NUMBERED
		}

		String text() {
			StringBuilder out = new StringBuilder();
			runs.forEach(r -> out.append(r.text()));
			return out.toString();
		}
	}

	private RichText() {
	}

	/** The text as safe HTML: sanitised, or plain text turned into escaped paragraphs. */
	static String clean(String input) {
		if (input == null || input.isBlank()) {
			return "";
		}
		String html = input.indexOf('<') < 0 ? paragraphs(input) : input;
		String clean = POLICY.sanitize(html).trim();
		// text outside any block goes into a paragraph, so that the stored value always reads as HTML again
		return clean.isEmpty() || BLOCK_START.matcher(clean).lookingAt() ? clean : "<p>" + clean + "</p>";
	}

	private static final java.util.regex.Pattern BLOCK_START = java.util.regex.Pattern
		.compile("<(p|h3|h4|ul|ol|blockquote)>");

	private static String paragraphs(String text) {
		StringBuilder out = new StringBuilder();
		for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
			if (!paragraph.isBlank()) {
				out.append("<p>").append(HtmlUtils.htmlEscape(paragraph.trim(), "UTF-8").replace("\n", "<br>"))
					.append("</p>");
			}
		}
		return out.toString();
	}

	/** The blocks of stored (already clean) HTML, for documents. */
	static List<Block> blocks(String html) {
		BlockReader reader = new BlockReader();
		HtmlSanitizer.sanitize(html == null ? "" : html, POLICY.apply(reader));
		reader.flush();
		return reader.blocks;
	}

	/** The words of the text without markup, for search. */
	static String plain(String html) {
		StringBuilder out = new StringBuilder();
		blocks(html).forEach(b -> out.append(b.text()).append('\n'));
		return out.toString().trim();
	}

	private static final class BlockReader implements HtmlStreamEventReceiver {

		private static final Set<String> BLOCKS = Set.of("p", "h3", "h4", "blockquote", "li");

		final List<Block> blocks = new ArrayList<>();
		private final Deque<String> lists = new ArrayDeque<>();
		private final Deque<Integer> numbers = new ArrayDeque<>();
		private List<Run> runs = new ArrayList<>();
		private Block.Kind kind = Block.Kind.PARAGRAPH;
		private int number;
		private int bold;
		private int italic;
		private int underline;
		private boolean quote;

		@Override
		public void openDocument() {
		}

		@Override
		public void closeDocument() {
		}

		@Override
		public void openTag(String name, List<String> attrs) {
			switch (name) {
				case "ul", "ol" -> {
					flush();
					lists.push(name);
					numbers.push(0);
				}
				case "li" -> {
					flush();
					boolean ordered = "ol".equals(lists.peek());
					kind = ordered ? Block.Kind.NUMBERED : Block.Kind.BULLET;
					if (ordered) {
						number = numbers.pop() + 1;
						numbers.push(number);
					}
				}
				case "blockquote" -> {
					flush();
					quote = true;
				}
				case "p" -> {
					flush();
					kind = quote ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH;
				}
				case "h3", "h4" -> {
					flush();
					kind = Block.Kind.HEADING;
				}
				case "strong", "b" -> bold++;
				case "em", "i" -> italic++;
				case "u" -> underline++;
				case "br" -> runs.add(new Run("\n", false, false, false));
				default -> {
				}
			}
		}

		@Override
		public void closeTag(String name) {
			if (BLOCKS.contains(name)) {
				flush();
			}
			switch (name) {
				case "ul", "ol" -> {
					lists.poll();
					numbers.poll();
				}
				case "blockquote" -> quote = false;
				case "strong", "b" -> bold = Math.max(0, bold - 1);
				case "em", "i" -> italic = Math.max(0, italic - 1);
				case "u" -> underline = Math.max(0, underline - 1);
				default -> {
				}
			}
		}

		@Override
		public void text(String text) {
			if (!text.isEmpty()) {
				runs.add(new Run(text, bold > 0, italic > 0, underline > 0));
			}
		}

		void flush() {
			if (runs.stream().anyMatch(r -> !r.text().isBlank())) {
				blocks.add(new Block(kind, List.copyOf(runs), number));
			}
			runs = new ArrayList<>();
			kind = quote ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH;
			number = 0;
		}
	}
}
