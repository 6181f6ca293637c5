package vn.lantoa.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a {@link PartyDocument} as DOCX in Times New Roman on A4 (margins 20/20/30/15 mm), pages numbered at the top
 * from the second page on.
 */
public final class PartyDocx {

	private static final String FONT = "Times New Roman";
	private static final int BOLD = 1, ITALIC = 2, UNDERLINE = 4;
	/** The width between the margins, 210 − 30 − 15 mm, in twentieths of a point. */
	private static final int WIDTH = twips(165);

	private final XWPFDocument doc;

	private PartyDocx(XWPFDocument doc) {
		this.doc = doc;
	}

	public static void write(PartyDocument d, OutputStream out) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			new PartyDocx(doc).document(d);
			doc.write(out);
		}
	}

	private void document(PartyDocument d) {
		page();
		header(d);
		XWPFParagraph kind = centred(PartyText.upper(d.kind()), 16, BOLD);
		kind.setSpacingBefore(360);
		for (String line : PartyText.lines(d.subject())) {
			centred(line, 14, BOLD);
		}
		centred(PartyText.RULE, 14, 0).setSpacingAfter(240);
		for (Block block : d.body()) {
			if (block instanceof Block.Heading h) {
				heading(h);
			} else if (block instanceof Block.Paragraph p) {
				PartyText.lines(p.text()).forEach(this::paragraph);
			} else if (block instanceof Table t) {
				table(t);
			}
		}
		closing(d);
		for (int i = 0; i < d.annexes().size(); i++) {
			Table t = d.annexes().get(i);
			XWPFParagraph heading = centred(PartyText.annexHeading(i, d.annexes().size()), 14, BOLD);
			heading.setPageBreak(true);
			centred(PartyText.nfc(t.title()), 14, BOLD);
			centred(PartyText.annexNote(d), 14, ITALIC).setSpacingAfter(240);
			table(new Table(null, t.columns(), t.rows(), t.totalRow()));
		}
	}

	private void page() {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(twips(210)));
		size.setH(BigInteger.valueOf(twips(297)));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(20)));
		margins.setBottom(BigInteger.valueOf(twips(20)));
		margins.setLeft(BigInteger.valueOf(twips(30)));
		margins.setRight(BigInteger.valueOf(twips(15)));
		margins.setHeader(BigInteger.valueOf(twips(10)));
		margins.setFooter(BigInteger.valueOf(twips(10)));
		doc.createHeader(HeaderFooterType.FIRST);
		XWPFParagraph number = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = number.getCTP().addNewFldSimple();
		field.setInstr("PAGE");
		CTR run = field.addNewR();
		CTRPr props = run.addNewRPr();
		CTFonts fonts = props.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		props.addNewSz().setVal(BigInteger.valueOf(26));
		run.addNewT().setStringValue("2");
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
	}

	private void header(PartyDocument d) {
		XWPFTable table = layoutTable(1, new int[] {twips(75), twips(90)});
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFParagraph p = first(left);
		if (d.parentBody() != null && !d.parentBody().isBlank()) {
			text(p, PartyText.upper(d.parentBody()), 14, 0);
			p = left.addParagraph();
		}
		text(p, PartyText.upper(d.issuingBody()), 14, BOLD);
		text(left.addParagraph(), PartyText.STAR, 14, 0);
		text(left.addParagraph(), PartyText.number(d.number()), 14, 0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		text(first(right), PartyText.TITLE, 15, BOLD | UNDERLINE);
		XWPFParagraph date = right.addParagraph();
		date.setSpacingBefore(360);
		text(date, PartyText.placeAndDate(d.place(), d.date()), 14, ITALIC);
		for (XWPFTableCell cell : List.of(left, right)) {
			cell.getParagraphs().forEach(q -> {
				q.setAlignment(ParagraphAlignment.CENTER);
				q.setSpacingAfter(0);
			});
		}
	}

	private void heading(Block.Heading h) {
		String text = h.level() == 1 ? PartyText.upper(h.text()) : PartyText.nfc(h.text());
		XWPFParagraph p = bodyParagraph();
		p.setKeepNext(true);
		text(p, text, 14, h.level() == 3 ? BOLD | ITALIC : BOLD);
	}

	private void paragraph(String line) {
		text(bodyParagraph(), line, 14, 0);
	}

	private XWPFParagraph bodyParagraph() {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(twips(12.7));
		p.setSpacingBefore(120);
		p.setSpacingAfter(0);
		p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
		return p;
	}

	private void table(Table t) {
		if (t.title() != null && !t.title().isBlank()) {
			XWPFParagraph title = centred(PartyText.nfc(t.title()), 14, BOLD);
			title.setSpacingBefore(120);
			title.setKeepNext(true);
		}
		float[] weights = PartyText.columnWeights(t);
		float sum = 0;
		for (float w : weights) {
			sum += w;
		}
		int[] widths = new int[weights.length];
		for (int c = 0; c < widths.length; c++) {
			widths[c] = Math.round(WIDTH * weights[c] / sum);
		}
		List<List<Object>> rows = t.rowsToDraw();
		XWPFTable table = layoutTable(rows.size() + 1, widths);
		table.setCellMargins(0, 80, 0, 80);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int c = 0; c < widths.length; c++) {
			cell(header.getCell(c), PartyText.nfc(t.columns().get(c)), PartyText.Align.CENTER, BOLD);
		}
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			boolean total = t.isTotal(r);
			for (int c = 0; c < widths.length; c++) {
				Object value = rows.get(r).get(c);
				cell(row.getCell(c), PartyText.cell(value), PartyText.align(value, c, total), total ? BOLD : 0);
			}
			if (total && t.totalLabelSpan() > 1) {
				for (int c = t.totalLabelSpan() - 1; c > 0; c--) {
					row.removeCell(c);
				}
				row.getCell(0).getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(t.totalLabelSpan()));
				row.getCell(0).setWidth(String.valueOf(Arrays.stream(widths, 0, t.totalLabelSpan()).sum()));
			}
		}
		XWPFTable.XWPFBorderType line = XWPFTable.XWPFBorderType.SINGLE;
		table.setTopBorder(line, 4, 0, "000000");
		table.setBottomBorder(line, 4, 0, "000000");
		table.setLeftBorder(line, 4, 0, "000000");
		table.setRightBorder(line, 4, 0, "000000");
		table.setInsideHBorder(line, 4, 0, "000000");
		table.setInsideVBorder(line, 4, 0, "000000");
		doc.createParagraph().setSpacingAfter(0);
	}

	private void cell(XWPFTableCell cell, String value, PartyText.Align align, int style) {
		XWPFParagraph p = first(cell);
		p.setAlignment(switch (align) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTER -> ParagraphAlignment.CENTER;
			case RIGHT -> ParagraphAlignment.RIGHT;
		});
		p.setSpacingBefore(40);
		p.setSpacingAfter(40);
		text(p, value, 13, style);
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
	}

	private void closing(PartyDocument d) {
		doc.createParagraph().setSpacingAfter(0);
		XWPFTable table = layoutTable(1, new int[] {twips(75), twips(90)});
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFParagraph p = first(left);
		text(p, PartyText.RECIPIENTS, 14, UNDERLINE);
		for (String r : d.recipients()) {
			text(left.addParagraph(), PartyText.recipient(r), 12, 0);
		}
		left.getParagraphs().forEach(q -> q.setSpacingAfter(0));
		XWPFTableCell right = table.getRow(0).getCell(1);
		PartyDocument.Signature s = d.signature();
		XWPFParagraph q = first(right);
		if (s.authority() != null && !s.authority().isBlank()) {
			text(q, PartyText.upper(s.authority()), 14, BOLD);
			q = right.addParagraph();
		}
		text(q, PartyText.upper(s.position()), 14, BOLD);
		for (int i = 0; i < 4; i++) {
			right.addParagraph();
		}
		text(right.addParagraph(), PartyText.nfc(s.name()), 14, BOLD);
		right.getParagraphs().forEach(r -> {
			r.setAlignment(ParagraphAlignment.CENTER);
			r.setSpacingAfter(0);
		});
		doc.createParagraph().setSpacingAfter(0);
	}

	/** A table of fixed column widths (twips) without borders, for the header, the closing and the figures. */
	private XWPFTable layoutTable(int rows, int[] widths) {
		XWPFTable table = doc.createTable(rows, widths.length);
		table.removeBorders();
		table.setCellMargins(0, 0, 0, 0);
		table.setTableAlignment(TableRowAlign.CENTER);
		table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < widths.length; c++) {
				row.getCell(c).setWidth(String.valueOf(widths[c]));
			}
		}
		return table;
	}

	private XWPFParagraph centred(String text, int size, int style) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		text(p, text, size, style);
		return p;
	}

	private static XWPFParagraph first(XWPFTableCell cell) {
		return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
	}

	private static void text(XWPFParagraph p, String text, int size, int style) {
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold((style & BOLD) != 0);
		run.setItalic((style & ITALIC) != 0);
		if ((style & UNDERLINE) != 0) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		run.setText(text);
	}

	private static int twips(double mm) {
		return (int) Math.round(mm * 1440 / 25.4);
	}
}
