package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Vietnamese guidance or plan document (Hướng dẫn, Kế hoạch, Chỉ thị, Công văn…) into a
 * {@link ParsedGuidance}.
 * <p>
 * The text is split into paragraphs, page breaks mended ({@link Paragraphs}); the closing
 * ("Nơi nhận", signature) is cut off the end ({@link Closing}); what precedes the first section is
 * the header ({@link Header}); sections are recognised by meaning ({@link Outline},
 * {@link SectionContents}); cited documents are collected from every paragraph ({@link Citations}).
 * The parser never throws on odd input and keeps every paragraph somewhere in the result.
 * It uses no regular expressions and runs in time linear in the text.
 */
public final class GuidanceParser {

	public ParsedGuidance parse(String text) {
		List<Paragraph> paragraphs = Paragraphs.of(text);
		int closingStart = Closing.start(paragraphs);
		List<Paragraph> body = paragraphs.subList(0, closingStart);
		int preambleEnd = Outline.preambleEnd(body);

		Header header = Header.read(body.subList(0, preambleEnd));
		Issuer.Block block = Issuer.fromBlock(header.issuerBlock);
		List<String> looseOpening = new ArrayList<>(block.superiors());
		looseOpening.addAll(header.loose);
		SectionContents contents = new SectionContents();
		if (!looseOpening.isEmpty()) {
			contents.others.add(new Section(null, List.copyOf(looseOpening)));
		}
		Outline.sections(body, preambleEnd).forEach(contents::read);
		Closing closing = Closing.read(paragraphs.subList(closingStart, paragraphs.size()));
		if (!closing.loose.isEmpty()) {
			contents.others.add(new Section(null, closing.loose));
		}
		Citations citations = new Citations();
		paragraphs.forEach(p -> citations.scan(p.raw()));

		String issuer = block.name();
		if (issuer == null) {
			List<String> opening = new ArrayList<>(header.basis);
			opening.addAll(header.loose);
			issuer = Issuer.fromSentences(opening);
		}
		String type = DocumentNumber.typeCode(header.number);
		List<String> recipients = new ArrayList<>(header.addressees);
		recipients.addAll(closing.recipients);

		ParsedGuidance parsed = new ParsedGuidance(type != null ? type : header.type, header.number, issuer,
				header.place, header.date, header.title, List.copyOf(header.basis), citations.documents(),
				List.copyOf(contents.purposes), List.copyOf(contents.requirements), List.copyOf(contents.themes),
				List.copyOf(contents.channels), List.copyOf(contents.assignments), List.copyOf(contents.others),
				List.copyOf(recipients), closing.signature(), List.of());
		return withWarnings(parsed, Warnings.of(parsed, header.dateProblem));
	}

	private static ParsedGuidance withWarnings(ParsedGuidance g, List<String> warnings) {
		return new ParsedGuidance(g.type(), g.number(), g.issuer(), g.place(), g.date(), g.title(), g.basis(),
				g.citedDocuments(), g.purposes(), g.requirements(), g.contentThemes(), g.channels(), g.assignments(),
				g.otherSections(), g.recipients(), g.signature(), List.copyOf(warnings));
	}
}
