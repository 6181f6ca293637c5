package vn.lantoa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

class PartyDocxTests {

	@Test
	void laysOutTheHeaderInTwoBorderlessColumns() throws IOException {
		try (XWPFDocument doc = read(Samples.report())) {
			XWPFTable header = doc.getTables().get(0);
			assertThat(header.getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
					.containsExactly("ĐẢNG BỘ TỈNH BẮC KẠN", "THÀNH ỦY BẮC KẠN", "*", "Số 12-BC/TU");
			assertThat(header.getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
					.containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM", "Bắc Kạn, ngày 15 tháng 6 năm 2024");
			assertThat(header.getTopBorderType()).isNull();
			XWPFRun title = header.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0);
			assertThat(title.isBold()).isTrue();
			assertThat(title.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
			assertThat(title.getFontFamily()).isEqualTo("Times New Roman");
			assertThat(header.getRow(0).getCell(1).getParagraphs().get(1).getRuns().get(0).isItalic()).isTrue();
			assertThat(header.getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
		}
	}

	@Test
	void writesKindSubjectHeadingsAndJustifiedIndentedParagraphs() throws IOException {
		try (XWPFDocument doc = read(Samples.report())) {
			List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).containsSubsequence("BÁO CÁO", "kết quả công tác tuyên truyền 6 tháng đầu năm 2024,",
					"phương hướng, nhiệm vụ 6 tháng cuối năm", "-----", "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
					"Các cấp ủy, tổ chức đảng đã cụ thể hóa bằng kế hoạch của đơn vị, bảo đảm kịp thời, đúng định hướng.",
					"1. Tuyên truyền trên các phương tiện thông tin đại chúng", "Bảng 1. Hoạt động tuyên truyền theo đơn vị",
					"a) Tuyên truyền trên mạng xã hội", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "PHỤ LỤC",
					"Kết quả tuyên truyền theo kênh", "(Kèm theo Báo cáo số 12-BC/TU, ngày 15-6-2024)");
			XWPFParagraph kind = paragraph(doc, "BÁO CÁO");
			assertThat(kind.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(kind.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
			XWPFParagraph body = paragraph(doc, "Các cấp ủy, tổ chức đảng đã cụ thể hóa bằng kế hoạch của đơn vị, "
					+ "bảo đảm kịp thời, đúng định hướng.");
			assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
			assertThat(body.getIndentationFirstLine()).isEqualTo(720);
			assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
			XWPFRun level3 = paragraph(doc, "a) Tuyên truyền trên mạng xã hội").getRuns().get(0);
			assertThat(level3.isBold() && level3.isItalic()).isTrue();
			assertThat(paragraph(doc, "PHỤ LỤC").isPageBreak()).isTrue();
		}
	}

	@Test
	void writesFiguresWithVietnameseGroupingAndATotalsRow() throws IOException {
		try (XWPFDocument doc = read(Samples.report())) {
			XWPFTable units = doc.getTables().get(1);
			assertThat(units.getRow(0).getCell(3).getText()).isEqualTo("Lượt người tham gia");
			assertThat(units.getRow(1).getCell(3).getText()).isEqualTo("1.234");
			assertThat(units.getRow(3).getCell(4).getText()).isEqualTo("87,25");
			assertThat(units.getRow(4).getTableCells()).extracting(c -> c.getText())
					.containsExactly("Tổng cộng", "25", "1.252.094", "");
			assertThat(units.getRow(1).getCell(3).getParagraphs().get(0).getAlignment())
					.isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(units.getRow(0).isRepeatHeader()).isTrue();
			XWPFTable annex = doc.getTables().get(3);
			assertThat(annex.getRow(4).getTableCells()).extracting(c -> c.getText())
					.containsExactly("Tổng cộng", "102", "1.303.277");
		}
	}

	@Test
	void closesWithRecipientsBesideTheSignature() throws IOException {
		try (XWPFDocument doc = read(Samples.report())) {
			XWPFTable closing = doc.getTables().get(2);
			assertThat(closing.getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
					.containsExactly("Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy (b/c),", "- Các đồng chí Thành ủy viên,",
							"- Các chi, đảng bộ trực thuộc,", "- Lưu Văn phòng Thành ủy.");
			assertThat(closing.getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
					.containsExactly("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "", "", "Nguyễn Thị Hương");
		}
	}

	@Test
	void usesA4WithThePartyMargins() throws IOException {
		try (XWPFDocument doc = read(Samples.report())) {
			var section = doc.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW()).hasToString("11906");
			assertThat(section.getPgSz().getH()).hasToString("16838");
			CTPageMar m = section.getPgMar();
			assertThat(List.of(m.getTop(), m.getBottom(), m.getLeft(), m.getRight())).extracting(Object::toString)
					.containsExactly("1134", "1134", "1701", "850");
			assertThat(section.isSetTitlePg()).isTrue();
		}
	}

	@Test
	void leavesRoomForNumberAndDate() throws IOException {
		try (XWPFDocument doc = read(Samples.report(null, null))) {
			XWPFTable header = doc.getTables().get(0);
			assertThat(header.getRow(0).getCell(0).getParagraphs().get(3).getText()).matches("Số +");
			assertThat(header.getRow(0).getCell(1).getParagraphs().get(1).getText())
					.matches("Bắc Kạn, ngày +tháng +năm 20\\.\\.");
		}
		try (XWPFDocument doc = read(Samples.report(LocalDate.of(2025, 1, 9), "Số 7-BC/TU"))) {
			assertThat(doc.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(1).getText())
					.isEqualTo("Bắc Kạn, ngày 09 tháng 01 năm 2025");
		}
	}

	/** Runs only where LibreOffice is installed: the file converts, and the result says what the DOCX says. */
	@Test
	void opensInLibreOffice() throws Exception {
		Path pdfFile = LibreOffice.convert("libreoffice", "report.docx", docx(Samples.report()), "pdf", "pdf");
		try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "THÀNH ỦY BẮC KẠN", "Nơi nhận:", "Nguyễn Thị Hương",
					"1.252.094", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
		}
	}

	static byte[] docx(PartyDocument d) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PartyDocx.write(d, out);
		return out.toByteArray();
	}

	private static XWPFDocument read(PartyDocument d) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx(d)));
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
		return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
	}
}
