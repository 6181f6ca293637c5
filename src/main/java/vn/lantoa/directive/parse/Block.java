package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A heading and the paragraphs under it, down to the next heading of the same level.
 *
 * @param heading the heading paragraph, or {@code null} for paragraphs under no heading
 * @param body the paragraphs under it
 */
record Block(Paragraph heading, List<Paragraph> body) {

	/** The texts of the body paragraphs without their numbering or bullets. */
	List<String> bodyTexts() {
		List<String> texts = new ArrayList<>(body.size());
		for (Paragraph paragraph : body) {
			texts.add(paragraph.text());
		}
		return texts;
	}

	/** The body texts joined by line breaks, or {@code null} when the body is empty. */
	String bodyText() {
		return body.isEmpty() ? null : String.join("\n", bodyTexts());
	}
}
