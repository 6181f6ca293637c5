package vn.lantoa.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * The bulletin issue as a print-ready A4 PDF in Liberation Serif (metric-compatible with Times New Roman), the four
 * faces embedded from the openpdf-fonts-extra jar, never from the system: a masthead, then each article with its
 * title, author, text (justified, first lines indented) and photos with captions, and page numbers in the footer.
 */
@Component
class BulletinPdf {

	private static final String FONTS = "/liberation/LiberationSerif-";
	private static final float BODY = 13f;

	private final BaseFont regular = font("Regular");
	private final BaseFont bold = font("Bold");
	private final BaseFont italic = font("Italic");
	private final BaseFont boldItalic = font("BoldItalic");

	byte[] render(BulletinDocument doc) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document pdf = new Document(PageSize.A4, 57, 57, 57, 57);
		try {
			PdfWriter writer = PdfWriter.getInstance(pdf, out);
			// a photo that does not fit at the bottom of a page moves to the next one with the text after it
			writer.setStrictImageSequence(true);
			writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("vi"));
			pdf.addTitle(BulletinDocument.nfc(doc.title()));
			HeaderFooter footer = new HeaderFooter(new Phrase(BulletinDocument.nfc("Bản tin số " + doc.numberText()
					+ " – trang "), new Font(italic, 9)), true);
			footer.setAlignment(Element.ALIGN_CENTER);
			footer.setBorder(0);
			pdf.setFooter(footer);
			pdf.open();
			masthead(pdf, doc);
			for (BulletinDocument.Item item : doc.items()) {
				article(pdf, item);
			}
			pdf.close();
		} catch (DocumentException | IOException e) {
			throw new IllegalStateException("cannot render bulletin " + doc.numberText(), e);
		}
		return out.toByteArray();
	}

	private void masthead(Document pdf, BulletinDocument doc) throws DocumentException {
		pdf.add(centred(doc.publisher().toUpperCase(java.util.Locale.forLanguageTag("vi")), new Font(bold, 13), 0));
		pdf.add(centred("BẢN TIN", new Font(bold, 30), 6));
		pdf.add(centred("CÔNG TÁC XÂY DỰNG ĐẢNG", new Font(bold, 18), 2));
		pdf.add(centred("Số " + doc.numberText() + " – " + doc.dateLine(), new Font(italic, 13), 6));
		Chunk rule = new Chunk(new LineSeparator(1f, 100f, null, Element.ALIGN_CENTER, -4));
		rule.setFont(new Font(regular, BODY));
		Paragraph line = new Paragraph(rule);
		line.setFont(new Font(regular, BODY));
		pdf.add(line);
		pdf.add(centred(doc.title(), new Font(bold, 15), 14));
	}

	private void article(Document pdf, BulletinDocument.Item item) throws DocumentException, IOException {
		// the title and the byline stay together on one page: a borderless table that is not split
		com.lowagie.text.pdf.PdfPTable head = new com.lowagie.text.pdf.PdfPTable(1);
		head.setWidthPercentage(100);
		head.setKeepTogether(true);
		head.setSpacingBefore(18);
		head.setSpacingAfter(8);
		head.addCell(cell(new Phrase(BulletinDocument.nfc(item.title()), new Font(bold, 16)), 4));
		head.addCell(cell(new Phrase(BulletinDocument.nfc(item.author() + " – " + item.unitName()),
				new Font(italic, 11)), 0));
		pdf.add(head);
		for (RichText.Block block : item.blocks()) {
			pdf.add(paragraph(block));
		}
		for (BulletinDocument.Picture picture : item.pictures()) {
			Image image = Image.getInstance(picture.bytes());
			float width = pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
			if (image.getWidth() > width || image.getHeight() > 360) {
				image.scaleToFit(width, 360);
			}
			image.setAlignment(Image.MIDDLE);
			image.setSpacingBefore(8);
			pdf.add(image);
			if (picture.caption() != null) {
				pdf.add(centred(picture.caption(), new Font(italic, 11), 2));
			}
		}
	}

	private static com.lowagie.text.pdf.PdfPCell cell(Phrase phrase, float after) {
		com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell(phrase);
		cell.setBorder(0);
		cell.setPadding(0);
		cell.setPaddingBottom(after);
		return cell;
	}

	private Paragraph paragraph(RichText.Block block) {
		Paragraph p = new Paragraph();
		// every piece of text in a font embedded from the jar, none left to the default Helvetica
		p.setFont(new Font(regular, BODY));
		p.setLeading(BODY * 1.35f);
		p.setSpacingAfter(4);
		p.setAlignment(Element.ALIGN_JUSTIFIED);
		switch (block.kind()) {
			case HEADING -> p.add(new Chunk(BulletinDocument.nfc(block.text()), new Font(bold, 14)));
			case BULLET, NUMBERED -> {
				p.setIndentationLeft(22);
				p.setFirstLineIndent(-12);
				p.add(new Chunk(block.kind() == RichText.Block.Kind.BULLET ? "–  " : block.number() + ".  ",
						new Font(regular, BODY)));
			}
			case QUOTE -> {
				p.setIndentationLeft(28);
				p.setIndentationRight(28);
			}
			default -> p.setFirstLineIndent(28);
		}
		if (block.kind() != RichText.Block.Kind.HEADING) {
			for (RichText.Run run : block.runs()) {
				Font font = new Font(face(run.bold(), run.italic() || block.kind() == RichText.Block.Kind.QUOTE), BODY,
						run.underline() ? Font.UNDERLINE : Font.NORMAL);
				p.add(new Chunk(BulletinDocument.nfc(run.text()), font));
			}
		}
		return p;
	}

	private BaseFont face(boolean isBold, boolean isItalic) {
		return isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
	}

	private static Paragraph centred(String text, Font font, float after) {
		Paragraph p = new Paragraph(BulletinDocument.nfc(text), font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingAfter(after);
		return p;
	}

	private static BaseFont font(String face) {
		try (InputStream in = BulletinPdf.class.getResourceAsStream(FONTS + face + ".ttf")) {
			if (in == null) {
				throw new IllegalStateException("Liberation Serif " + face + " is missing from openpdf-fonts-extra");
			}
			return BaseFont.createFont("LiberationSerif-" + face + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					in.readAllBytes(), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
