package vn.lantoa.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes a {@link PartyDocument} as PDF on A4 (margins 20/20/30/15 mm) in Liberation Serif, the metric twin of Times
 * New Roman, embedded from the openpdf-fonts-extra jar (never a system font), so every Vietnamese letter is drawn
 * and extracts as itself. Pages are numbered at the top from the second page on.
 */
public final class PartyPdf {

	private static final float MM = 72f / 25.4f;
	private static final BaseFont REGULAR = font("Regular"), BOLD = font("Bold"), ITALIC = font("Italic"),
			BOLD_ITALIC = font("BoldItalic");

	private final Document pdf;

	private PartyPdf(Document pdf) {
		this.pdf = pdf;
	}

	/** Writes the document; the stream is left open. */
	public static void write(PartyDocument d, OutputStream out) throws IOException {
		Document pdf = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
		PdfWriter writer = PdfWriter.getInstance(pdf, out);
		writer.setCloseStream(false);
		writer.setPageEvent(new PageNumbers());
		pdf.addTitle(PartyText.upper(d.kind()) + (d.subject() == null ? "" : " " + PartyText.nfc(d.subject())));
		pdf.addCreator("Lan Tỏa");
		pdf.open();
		try {
			new PartyPdf(pdf).document(d);
		} finally {
			pdf.close();
		}
	}

	private void document(PartyDocument d) {
		header(d);
		Paragraph kind = centred(PartyText.upper(d.kind()), font(BOLD, 16));
		kind.setSpacingBefore(18);
		pdf.add(kind);
		for (String line : PartyText.lines(d.subject())) {
			pdf.add(centred(line, font(BOLD, 14)));
		}
		Paragraph rule = centred(PartyText.RULE, font(REGULAR, 14));
		rule.setSpacingAfter(12);
		pdf.add(rule);
		for (Block block : d.body()) {
			if (block instanceof Block.Heading h) {
				String text = h.level() == 1 ? PartyText.upper(h.text()) : PartyText.nfc(h.text());
				pdf.add(bodyParagraph(text, font(h.level() == 3 ? BOLD_ITALIC : BOLD, 14)));
			} else if (block instanceof Block.Paragraph p) {
				PartyText.lines(p.text()).forEach(line -> pdf.add(bodyParagraph(line, font(REGULAR, 14))));
			} else if (block instanceof Table t) {
				table(t);
			}
		}
		closing(d);
		for (int i = 0; i < d.annexes().size(); i++) {
			Table t = d.annexes().get(i);
			pdf.newPage();
			pdf.add(centred(PartyText.annexHeading(i, d.annexes().size()), font(BOLD, 14)));
			pdf.add(centred(PartyText.nfc(t.title()), font(BOLD, 14)));
			Paragraph note = centred(PartyText.annexNote(d), font(ITALIC, 14));
			note.setSpacingAfter(12);
			pdf.add(note);
			table(new Table(null, t.columns(), t.rows(), t.totalRow()));
		}
	}

	private void header(PartyDocument d) {
		PdfPTable table = layoutTable(75, 90);
		PdfPCell left = layoutCell();
		if (d.parentBody() != null && !d.parentBody().isBlank()) {
			left.addElement(centred(PartyText.upper(d.parentBody()), font(REGULAR, 14)));
		}
		left.addElement(centred(PartyText.upper(d.issuingBody()), font(BOLD, 14)));
		left.addElement(centred(PartyText.STAR, font(REGULAR, 14)));
		left.addElement(centred(PartyText.number(d.number()), font(REGULAR, 14)));
		PdfPCell right = layoutCell();
		right.addElement(centred(PartyText.TITLE, new Font(BOLD, 15, Font.UNDERLINE)));
		Paragraph date = centred(PartyText.placeAndDate(d.place(), d.date()), font(ITALIC, 14));
		date.setSpacingBefore(18);
		right.addElement(date);
		table.addCell(left);
		table.addCell(right);
		pdf.add(table);
	}

	private void table(Table t) {
		if (t.title() != null && !t.title().isBlank()) {
			Paragraph title = centred(PartyText.nfc(t.title()), font(BOLD, 14));
			title.setSpacingBefore(6);
			pdf.add(title);
		}
		PdfPTable table = new PdfPTable(PartyText.columnWeights(t));
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingBefore(6);
		table.setSpacingAfter(6);
		for (String column : t.columns()) {
			table.addCell(cell(PartyText.nfc(column), font(BOLD, 13), PartyText.Align.CENTER));
		}
		List<List<Object>> rows = t.rowsToDraw();
		for (int r = 0; r < rows.size(); r++) {
			Font font = font(t.isTotal(r) ? BOLD : REGULAR, 13);
			for (int c = 0; c < t.columns().size(); c++) {
				Object value = rows.get(r).get(c);
				PdfPCell cell = cell(PartyText.cell(value), font, PartyText.align(value, c, t.isTotal(r)));
				if (t.isTotal(r) && c == 0) {
					cell.setColspan(t.totalLabelSpan());
					c += t.totalLabelSpan() - 1;
				}
				table.addCell(cell);
			}
		}
		pdf.add(table);
	}

	private static PdfPCell cell(String text, Font font, PartyText.Align align) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(switch (align) {
			case LEFT -> Element.ALIGN_LEFT;
			case CENTER -> Element.ALIGN_CENTER;
			case RIGHT -> Element.ALIGN_RIGHT;
		});
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setPadding(3);
		cell.setPaddingBottom(5);
		return cell;
	}

	private void closing(PartyDocument d) {
		PdfPTable table = layoutTable(75, 90);
		table.setSpacingBefore(12);
		table.setKeepTogether(true);
		PdfPCell left = layoutCell();
		left.addElement(new Paragraph(PartyText.RECIPIENTS, new Font(REGULAR, 14, Font.UNDERLINE)));
		for (String r : d.recipients()) {
			left.addElement(new Paragraph(16, PartyText.recipient(r), font(REGULAR, 12)));
		}
		PdfPCell right = layoutCell();
		PartyDocument.Signature s = d.signature();
		if (s.authority() != null && !s.authority().isBlank()) {
			right.addElement(centred(PartyText.upper(s.authority()), font(BOLD, 14)));
		}
		right.addElement(centred(PartyText.upper(s.position()), font(BOLD, 14)));
		Paragraph name = centred(PartyText.nfc(s.name()), font(BOLD, 14));
		name.setSpacingBefore(72);
		right.addElement(name);
		table.addCell(left);
		table.addCell(right);
		pdf.add(table);
	}

	private PdfPTable layoutTable(float... widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setTotalWidth(pdf.right() - pdf.left());
		table.setLockedWidth(true);
		return table;
	}

	private static PdfPCell layoutCell() {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		return cell;
	}

	/** Body text: justified, first line indented 1.27 cm, 6 pt before, lines 1.15 apart. */
	private static Paragraph bodyParagraph(String text, Font font) {
		Paragraph p = new Paragraph(leading(font), text, font);
		p.setAlignment(Element.ALIGN_JUSTIFIED);
		p.setFirstLineIndent(12.7f * MM);
		p.setSpacingBefore(6);
		return p;
	}

	private static Paragraph centred(String text, Font font) {
		Paragraph p = new Paragraph(leading(font), text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		return p;
	}

	/** Word's single line for Times New Roman is 1.15 of the size; 1.15 lines as in the DOCX. */
	private static float leading(Font font) {
		return font.getSize() * 1.15f * 1.15f;
	}

	private static Font font(BaseFont base, float size) {
		return new Font(base, size);
	}

	private static BaseFont font(String style) {
		try {
			return BaseFont.createFont("liberation/LiberationSerif-" + style + ".ttf", BaseFont.IDENTITY_H,
					BaseFont.EMBEDDED);
		} catch (IOException e) {
			throw new UncheckedIOException("Liberation Serif " + style + " missing from openpdf-fonts-extra", e);
		}
	}

	/** The page number, centred above the text, from the second page on (Hướng dẫn 36-HD/VPTW). */
	private static final class PageNumbers extends PdfPageEventHelper {
		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			if (writer.getPageNumber() > 1) {
				ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
						new Phrase(String.valueOf(writer.getPageNumber()), font(REGULAR, 13)),
						(document.left() + document.right()) / 2, document.top() + 10 * MM, 0);
			}
		}
	}
}
