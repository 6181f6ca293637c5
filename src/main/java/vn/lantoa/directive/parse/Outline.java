package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.List;

import vn.lantoa.shared.VietnameseText;

/**
 * Finds the document's structure from its numbering.
 * <p>
 * The top level is set by the first heading that is either numbered with "Phần", "Điều" or a
 * roman numeral, or that names a known section ("Mục đích", "Tổ chức thực hiện"…) whatever its
 * numbering. Any later paragraph numbered at that level or an outer one opens a new section, and
 * so does an unnumbered all-capitals heading naming a known section. The closing "Trên đây là…"
 * paragraph ends the sections. Inside a section, entries open at the outermost numbering present,
 * so "1." groups "-" bullets, and "-" groups "+" bullets when there is no number.
 */
final class Outline {

	private Outline() {
	}

	/** The index of the first top-level heading, or the size of the list when there is none. */
	static int preambleEnd(List<Paragraph> paragraphs) {
		for (int i = 0; i < paragraphs.size(); i++) {
			Paragraph p = paragraphs.get(i);
			boolean outerNumbering = p.marker() == Marker.PART || p.marker() == Marker.ARTICLE || p.marker() == Marker.ROMAN;
			if (outerNumbering || (isHeadingLike(p) && SectionKind.of(p.text()) != SectionKind.OTHER)) {
				return i;
			}
		}
		return paragraphs.size();
	}

	/** Splits the paragraphs from the first top-level heading on into sections. */
	static List<Block> sections(List<Paragraph> paragraphs, int from) {
		List<Block> sections = new ArrayList<>();
		if (from >= paragraphs.size()) {
			return sections;
		}
		Marker top = paragraphs.get(from).marker();
		Block current = null;
		for (int i = from; i < paragraphs.size(); i++) {
			Paragraph p = paragraphs.get(i);
			if (isClosing(p)) {
				current = new Block(null, new ArrayList<>());
				sections.add(current);
				current.body().add(p);
			}
			else if (current == null || isTopHeading(p, top)) {
				current = new Block(p, new ArrayList<>());
				sections.add(current);
			}
			else {
				current.body().add(p);
			}
		}
		return sections;
	}

	/** Groups a section's paragraphs into entries under its outermost numbering. */
	static List<Block> entries(List<Paragraph> body) {
		Marker outer = outermost(body);
		List<Block> entries = new ArrayList<>();
		if (outer == null) {
			if (!body.isEmpty()) {
				entries.add(new Block(null, new ArrayList<>(body)));
			}
			return entries;
		}
		Block current = null;
		for (Paragraph p : body) {
			if (p.marker() == outer) {
				current = new Block(p, new ArrayList<>());
				entries.add(current);
			}
			else if (current == null) {
				current = new Block(null, new ArrayList<>());
				entries.add(current);
				current.body().add(p);
			}
			else {
				current.body().add(p);
			}
		}
		return entries;
	}

	/** A short paragraph that reads as a heading rather than a sentence. */
	static boolean isHeadingLike(Paragraph p) {
		return isHeadingLike(p.text());
	}

	/** A short text that reads as a heading rather than a sentence. */
	static boolean isHeadingLike(String text) {
		if (text.isEmpty() || text.length() > SectionKind.MAX_HEADING_LENGTH) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		return last != '.' && last != ';' && last != ',';
	}

	private static boolean isTopHeading(Paragraph p, Marker top) {
		if (top.isNumbered() && p.marker().isNumbered() && p.marker().ordinal() <= top.ordinal()) {
			return true;
		}
		boolean unnumberedHeading = p.marker() == Marker.NONE && isHeadingLike(p) && VietnameseText.isUpperCase(p.text());
		return unnumberedHeading && (!top.isNumbered() || SectionKind.of(p.text()) != SectionKind.OTHER);
	}

	private static boolean isClosing(Paragraph p) {
		return p.marker() == Marker.NONE && VietnameseText.fold(p.text().substring(0, Math.min(20, p.text().length()))).startsWith("tren day la");
	}

	private static Marker outermost(List<Paragraph> body) {
		Marker outer = null;
		Marker firstBullet = null;
		for (Paragraph p : body) {
			if (p.marker().isNumbered() && (outer == null || p.marker().ordinal() < outer.ordinal())) {
				outer = p.marker();
			}
			if (p.marker().isBullet() && firstBullet == null) {
				firstBullet = p.marker();
			}
		}
		return outer != null ? outer : firstBullet;
	}
}
