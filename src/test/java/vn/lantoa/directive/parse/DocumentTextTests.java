package vn.lantoa.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

class DocumentTextTests {

	private static final long MAX_BYTES = 5L * 1024 * 1024;

	private final GuidanceParser parser = new GuidanceParser();

	@Test
	void parsesADocxBuiltFromTheSeedLinesLikeTheText() throws IOException {
		String seed = Documents.text(Documents.SEED);
		byte[] docx = docx(List.of(), List.of(), seed.split("\n", -1));

		String text = DocumentText.fromBytes(docx, "huong-dan.docx", MAX_BYTES);

		assertThat(parser.parse(text)).isEqualTo(parser.parse(seed));
	}

	@Test
	void readsTheHeaderTableCellByCellBeforeTheBody() throws IOException {
		String plan = Documents.text(Documents.DISTRICT_PLAN);
		String[] lines = plan.split("\n", -1);
		List<String> left = List.of("ỦY BAN NHÂN DÂN", "HUYỆN CHỢ MỚI", "Số: 12/KH-UBND");
		List<String> right = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Chợ Mới, ngày 3 tháng 3 năm 2024");
		String[] body = java.util.Arrays.copyOfRange(lines, 11, lines.length);

		ParsedGuidance parsed = parser.parse(DocumentText.fromDocx(new ByteArrayInputStream(docx(left, right, body)), MAX_BYTES));

		assertThat(parsed).isEqualTo(parser.parse(plan));
	}

	@Test
	void refusesADocxThatIsNotAZip() {
		byte[] notZip = "Đây không phải tệp Word".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> DocumentText.fromBytes(notZip, "ke-hoach.docx", MAX_BYTES))
			.isInstanceOfSatisfying(UnreadableDocument.class,
					e -> assertThat(e.messageKey()).isEqualTo("directive.error.badDocx"));
	}

	@Test
	void refusesAZipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 80; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}

		assertThatThrownBy(() -> DocumentText.fromBytes(bytes.toByteArray(), "bom.docx", MAX_BYTES))
			.isInstanceOfSatisfying(UnreadableDocument.class,
					e -> assertThat(e.messageKey()).isEqualTo("directive.error.tooLarge"));
	}

	@Test
	void readsUtf8TextAndDropsTheByteOrderMark() {
		byte[] withBom = ("\uFEFFHƯỚNG DẪN").getBytes(StandardCharsets.UTF_8);

		assertThat(DocumentText.fromBytes(withBom, "huong-dan.txt", MAX_BYTES)).isEqualTo("HƯỚNG DẪN");
	}

	@Test
	void refusesTextThatIsNotUtf8() {
		byte[] latin1 = "Báo cáo tháng".getBytes(StandardCharsets.ISO_8859_1);
		byte[] vietnameseLegacy = { 'K', (byte) 0xEA, 'n', 'h', ' ', (byte) 0xE1, (byte) 0xBA };

		assertThat(key(() -> DocumentText.fromBytes(latin1, "a.txt", MAX_BYTES))).isEqualTo("directive.error.notUtf8");
		assertThat(key(() -> DocumentText.fromBytes(vietnameseLegacy, "a.txt", MAX_BYTES))).isEqualTo("directive.error.notUtf8");
	}

	@Test
	void refusesBinaryEmptyAndOversizedFiles() {
		byte[] binary = { 'A', 0, 'B', 0 };
		byte[] controls = { 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 'a', 'b' };

		assertThat(key(() -> DocumentText.fromBytes(binary, "a.txt", MAX_BYTES))).isEqualTo("directive.error.binary");
		assertThat(key(() -> DocumentText.fromBytes(controls, "a.txt", MAX_BYTES))).isEqualTo("directive.error.binary");
		assertThat(key(() -> DocumentText.fromBytes(new byte[0], "a.txt", MAX_BYTES))).isEqualTo("directive.error.empty");
		assertThat(key(() -> DocumentText.fromBytes(" \n ".getBytes(StandardCharsets.UTF_8), "a.txt", MAX_BYTES)))
			.isEqualTo("directive.error.empty");
		assertThat(key(() -> DocumentText.fromBytes(new byte[11], "a.txt", 10))).isEqualTo("directive.error.tooLarge");
		assertThat(key(() -> DocumentText.fromDocx(new ByteArrayInputStream(new byte[11]), 10)))
			.isEqualTo("directive.error.tooLarge");
	}

	private static String key(Runnable reading) {
		try {
			reading.run();
			return "no error";
		}
		catch (UnreadableDocument e) {
			return e.messageKey();
		}
	}

	private static byte[] docx(List<String> left, List<String> right, String... lines) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (!left.isEmpty()) {
				XWPFTable table = document.createTable(1, 2);
				fill(table.getRow(0).getCell(0), left);
				fill(table.getRow(0).getCell(1), right);
			}
			for (String line : lines) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(XWPFTableCell cell, List<String> lines) {
		cell.getParagraphs().get(0).createRun().setText(lines.get(0));
		for (String line : lines.subList(1, lines.size())) {
			cell.addParagraph().createRun().setText(line);
		}
	}
}
