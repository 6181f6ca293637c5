package vn.lantoa.bulletin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

/**
 * The bulletin issue as an A4 Word document in Times New Roman, laid out like the PDF (masthead, articles, photos
 * with captions, page numbers), for editors who still want to touch it up before printing.
 */
@Component
class BulletinDocx {

	private static final String FONT = "Times New Roman";
	private static final int BODY = 13;
	private static final int TEXT_WIDTH_PT = 481;

	byte[] render(BulletinDocument doc) {
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(word);
			word.getProperties().getCoreProperties().setTitle(BulletinDocument.nfc(doc.title()));
			centred(word, doc.publisher().toUpperCase(java.util.Locale.forLanguageTag("vi")), 13, true, false, 0);
			centred(word, "BẢN TIN", 30, true, false, 6);
			centred(word, "CÔNG TÁC XÂY DỰNG ĐẢNG", 18, true, false, 2);
			centred(word, "Số " + doc.numberText() + " – " + doc.dateLine(), 13, false, true, 12);
			centred(word, doc.title(), 15, true, false, 14);
			for (BulletinDocument.Item item : doc.items()) {
				article(word, item);
			}
			footer(word, doc);
			word.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void article(XWPFDocument word, BulletinDocument.Item item) throws IOException {
		XWPFParagraph title = word.createParagraph();
		title.setSpacingBefore(360);
		title.setSpacingAfter(80);
		title.setKeepNext(true);
		run(title, item.title(), 16, true, false, false);
		XWPFParagraph byline = word.createParagraph();
		byline.setSpacingAfter(160);
		run(byline, item.author() + " – " + item.unitName(), 11, false, true, false);
		for (RichText.Block block : item.blocks()) {
			XWPFParagraph p = word.createParagraph();
			p.setAlignment(ParagraphAlignment.BOTH);
			p.setSpacingAfter(80);
			p.setSpacingBetween(1.15);
			switch (block.kind()) {
				case HEADING -> {
					run(p, block.text(), 14, true, false, false);
					continue;
				}
				case BULLET, NUMBERED -> {
					p.setIndentationLeft(440);
					p.setIndentationHanging(240);
					run(p, block.kind() == RichText.Block.Kind.BULLET ? "–  " : block.number() + ".  ", BODY, false,
							false, false);
				}
				case QUOTE -> {
					p.setIndentationLeft(560);
					p.setIndentationRight(560);
				}
				default -> p.setIndentationFirstLine(560);
			}
			for (RichText.Run r : block.runs()) {
				if ("\n".equals(r.text())) {
					p.createRun().addBreak();
				} else {
					run(p, r.text(), BODY, r.bold(), r.italic() || block.kind() == RichText.Block.Kind.QUOTE,
							r.underline());
				}
			}
		}
		for (BulletinDocument.Picture picture : item.pictures()) {
			XWPFParagraph p = word.createParagraph();
			p.setAlignment(ParagraphAlignment.CENTER);
			double scale = Math.min(1.0, Math.min(TEXT_WIDTH_PT / (double) picture.width(), 360.0 / picture.height()));
			try {
				p.createRun().addPicture(new ByteArrayInputStream(picture.bytes()),
						picture.contentType().equals("image/png") ? Document.PICTURE_TYPE_PNG
								: Document.PICTURE_TYPE_JPEG, "anh", Units.toEMU(picture.width() * scale),
						Units.toEMU(picture.height() * scale));
			} catch (InvalidFormatException e) {
				throw new IllegalStateException(e);
			}
			if (picture.caption() != null) {
				centred(word, picture.caption(), 11, false, true, 120);
			}
		}
	}

	private static void footer(XWPFDocument word, BulletinDocument doc) {
		XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, "Bản tin số " + doc.numberText() + " – trang ", 9, false, true, false);
		p.getCTP().addNewFldSimple().setInstr("PAGE");
	}

	private static void page(XWPFDocument word) {
		CTSectPr section = word.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1134));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(1134));
		margins.setRight(BigInteger.valueOf(1134));
	}

	private static void centred(XWPFDocument word, String text, int size, boolean bold, boolean italic, int after) {
		XWPFParagraph p = word.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(after * 20);
		run(p, text, size, bold, italic, false);
	}

	private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic, boolean underline) {
		XWPFRun run = p.createRun();
		run.setText(BulletinDocument.nfc(text));
		run.setFontFamily(FONT, XWPFRun.FontCharRange.ascii);
		run.setFontFamily(FONT, XWPFRun.FontCharRange.hAnsi);
		run.setFontFamily(FONT, XWPFRun.FontCharRange.cs);
		run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		if (underline) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		run.setLang("vi-VN");
	}
}
