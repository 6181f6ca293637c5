package vn.lantoa.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The bulletin's PDF and DOCX: every Vietnamese letter comes back out of the PDF's text exactly (fonts embedded from
 * the jar with their Unicode maps), and the Word file holds the same text. Writes both to target/ for a look.
 */
class BulletinExportTests {

	static final String TITLE = "Đảng bộ phường Đức Xuân nâng cao chất lượng sinh hoạt chi bộ";
	static final String SENTENCE = "Thực hiện Nghị quyết số 21-NQ/TW, các chi bộ đã đổi mới nội dung, hình thức "
			+ "sinh hoạt; tỷ lệ đảng viên dự họp đạt 98%.";
	/** Every vowel with every tone mark, and đ/Đ, lower and upper case. */
	static final String ALPHABET = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ "
			+ "ưừứửữự yỳýỷỹỵ đ ĐƯƠÂÊÔĂ ỨỪỮỰỬ ẾỀỄỆỂ";

	static BulletinDocument sample() throws IOException {
		String body = RichText.clean("<p>" + SENTENCE + "</p><p><strong>Kết quả:</strong> <em>" + ALPHABET
				+ "</em></p><ul><li>Sinh hoạt chuyên đề hằng quý</li><li>Học tập và làm theo Bác</li></ul>");
		BulletinDocument.Item first = new BulletinDocument.Item(TITLE, "Lương Thị Thu Hà", "Đảng bộ phường Đức Xuân",
				RichText.blocks(body), List.of(new BulletinDocument.Picture(png(), "image/png", "Sinh hoạt chi bộ "
						+ "tổ 5, tháng 5/2024", 320, 200)));
		BulletinDocument.Item second = new BulletinDocument.Item("Sông Cầu lan tỏa gương người tốt, việc tốt",
				"Nông Văn Đức", "Đảng bộ phường Sông Cầu", RichText.blocks(RichText.clean("Tuyên truyền viên "
						+ "cơ sở kể chuyện “Người tốt, việc tốt” trên loa phát thanh.")), List.of());
		return new BulletinDocument("Thành ủy Bắc Kạn", "3/2024", LocalDate.of(2024, 6, 15),
				"Bản tin Công tác xây dựng Đảng", List.of(first, second));
	}

	@Test
	void pdfTextComesBackWithEveryVietnameseLetter() throws IOException {
		byte[] pdf = new BulletinPdf().render(sample());
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "bulletin-sample.pdf"), pdf);
		String text = text(pdf);
		assertThat(text).contains("BẢN TIN", "CÔNG TÁC XÂY DỰNG ĐẢNG", "THÀNH ỦY BẮC KẠN",
				"Số 3/2024 – Ngày 15 tháng 6 năm 2024", TITLE, "Lương Thị Thu Hà – Đảng bộ phường Đức Xuân",
				"Sông Cầu lan tỏa gương người tốt, việc tốt", "Sinh hoạt chuyên đề hằng quý");
		assertThat(text.replaceAll("\\s+", " ")).contains(SENTENCE, ALPHABET, "“Người tốt, việc tốt”");
		assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
		assertThat(fonts(pdf)).allMatch(name -> name.matches("([A-Z]{6}\\+)?LiberationSerif(-Bold|-Italic|-BoldItalic)?"))
			.contains("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic");
	}

	@Test
	void docxHoldsTheSameText() throws IOException {
		byte[] docx = new BulletinDocx().render(sample());
		Files.write(Path.of("target", "bulletin-sample.docx"), docx);
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			String text = extractor.getText();
			assertThat(text).contains("BẢN TIN", TITLE, SENTENCE, ALPHABET, "Sông Cầu lan tỏa gương người tốt");
			assertThat(word.getAllPictures()).hasSize(1);
			assertThat(word.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
		}
	}

	/** The names of the fonts the pages use: subsets embedded ("ABCDEF+Name"), as the PDF stores them. */
	static java.util.Set<String> fonts(byte[] pdf) throws IOException {
		java.util.Set<String> names = new java.util.TreeSet<>();
		PdfReader reader = new PdfReader(pdf);
		try {
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				com.lowagie.text.pdf.PdfDictionary fonts = reader.getPageN(page)
					.getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES).getAsDict(com.lowagie.text.pdf.PdfName.FONT);
				if (fonts != null) {
					for (Object key : fonts.getKeys()) {
						com.lowagie.text.pdf.PdfDictionary font = fonts.getAsDict((com.lowagie.text.pdf.PdfName) key);
						String name = com.lowagie.text.pdf.PdfName
							.decodeName(font.getAsName(com.lowagie.text.pdf.PdfName.BASEFONT).toString());
						names.add(name);
						names.add(name.substring(name.indexOf('+') + 1));
					}
				}
			}
			return names;
		} finally {
			reader.close();
		}
	}

	/** The text of every page, in NFC. */
	static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder out = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				out.append(extractor.getTextFromPage(page)).append('\n');
			}
			return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
		} finally {
			reader.close();
		}
	}

	static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xB22222));
		g.fillRect(0, 0, 320, 200);
		g.setColor(Color.YELLOW);
		g.fillOval(120, 60, 80, 80);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
