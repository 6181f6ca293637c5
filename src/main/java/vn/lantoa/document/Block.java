package vn.lantoa.document;

import java.util.Objects;

/**
 * One piece of a document's body, in reading order: a heading, paragraphs of text, or a table.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Table {

	/**
	 * A heading: level 1 is drawn bold upper case ("I. CÔNG TÁC LÃNH ĐẠO"), level 2 bold, level 3 bold italic.
	 * The text carries its own numbering.
	 */
	record Heading(int level, String text) implements Block {
		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("heading level must be 1, 2 or 3: " + level);
			}
			Objects.requireNonNull(text, "text");
		}
	}

	/** Body text, justified with a first-line indent; each line ("\n") is a paragraph of its own. */
	record Paragraph(String text) implements Block {
		public Paragraph {
			Objects.requireNonNull(text, "text");
		}
	}
}
