package vn.lantoa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FigureWorkbookTests {

	@Test
	void writesOneSheetPerTableWithHeaderNumbersAndSumFormulas() throws IOException {
		try (XSSFWorkbook book = read("Báo cáo số 12-BC/TU", List.of(Samples.UNITS, Samples.CHANNELS))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(2);
			Sheet units = book.getSheetAt(0);
			assertThat(units.getSheetName()).isEqualTo("Bảng 1. Hoạt động tuyên truyền");
			assertThat(units.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo số 12-BC/TU");
			assertThat(units.getRow(1).getCell(0).getStringCellValue())
					.isEqualTo("Bảng 1. Hoạt động tuyên truyền theo đơn vị");
			assertThat(units.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Lượt người tham gia");
			XSSFCellStyle header = (XSSFCellStyle) units.getRow(2).getCell(3).getCellStyle();
			assertThat(header.getFillPattern().getCode()).isEqualTo((short) 1);
			assertThat(header.getFont().getBold()).isTrue();
			assertThat(header.getFont().getFontName()).isEqualTo("Times New Roman");
			assertThat(header.getBorderLeft()).isEqualTo(BorderStyle.THIN);
			assertThat(header.getWrapText()).isTrue();
			assertThat(units.getRow(2).getHeightInPoints()).as("the wrapped header's row fits two lines")
				.isGreaterThan(units.getRow(3).getHeightInPoints() * 1.5f);
			assertThat(units.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Đảng ủy phường Đức Xuân");
			assertThat(units.getRow(5).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(units.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(1_250_000);
			assertThat(units.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(87.25);
			assertThat(units.getRow(5).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(((XSSFCellStyle) units.getRow(3).getCell(1).getCellStyle()).getFont().getBold()).isFalse();

			FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
			assertThat(units.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat(units.getRow(6).getCell(2).getCellFormula()).isEqualTo("SUM(C4:C6)");
			assertThat(units.getRow(6).getCell(3).getCellFormula()).isEqualTo("SUM(D4:D6)");
			assertThat(evaluator.evaluate(units.getRow(6).getCell(3)).getNumberValue()).isEqualTo(1_252_094);
			assertThat(units.getRow(6).getCell(3).getNumericCellValue()).as("cached result").isEqualTo(1_252_094);
			assertThat(units.getRow(6).getCell(4).getCellType()).as("rates are not summed").isEqualTo(CellType.BLANK);
			assertThat(units.getMergedRegions()).extracting(Object::toString).containsExactly(
					"org.apache.poi.ss.util.CellRangeAddress [A7:B7]");
			assertThat(units.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
			assertThat(units.getColumnWidth(1)).isGreaterThan(units.getColumnWidth(0));

			Sheet channels = book.getSheetAt(1);
			assertThat(channels.getSheetName()).isEqualTo("Kết quả tuyên truyền theo kênh");
			assertThat(channels.getRow(6).getCell(2).getCellFormula()).isEqualTo("SUM(C4:C6)");
			assertThat(evaluator.evaluate(channels.getRow(6).getCell(2)).getNumberValue()).isEqualTo(1_303_277);
			assertThat(channels.getRow(6).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		}
	}

	@Test
	void namesSheetsAsExcelAllows() {
		Set<String> taken = new HashSet<>();
		assertThat(FigureWorkbook.sheetName("Kết quả: quý I/2024 [tạm]", taken)).isEqualTo("Kết quả- quý I-2024 -tạm-");
		assertThat(FigureWorkbook.sheetName("Kết quả: quý I/2024 [tạm]", taken)).isEqualTo("Kết quả- quý I-2024 -tạm- (2)");
		String longTitle = "Kết quả tuyên truyền của các chi, đảng bộ trực thuộc";
		assertThat(FigureWorkbook.sheetName(longTitle, taken)).hasSize(31);
		assertThat(FigureWorkbook.sheetName(longTitle, taken)).hasSize(31).endsWith(" (2)");
		assertThat(FigureWorkbook.sheetName(null, taken)).isEqualTo("Bảng");
	}

	@Test
	void writesATitleSheetWhenThereAreNoTables() throws IOException {
		try (XSSFWorkbook book = read("Báo cáo", List.of())) {
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo");
		}
	}

	@Test
	void writesLargeTablesRowByRow() throws IOException {
		List<Object> row = List.of(1, "Chi bộ thôn Nà Cưởm", 3, 120, 40.0);
		int rows = 60_000;
		Table large = new Table(Samples.UNITS.title(), Samples.UNITS.columns(),
				java.util.Collections.nCopies(rows, row), true);
		try (XSSFWorkbook book = read("Báo cáo", List.of(large))) {
			Sheet sheet = book.getSheetAt(0);
			int total = FigureWorkbook.HEADER_ROW + 1 + rows;
			assertThat(sheet.getRow(total - 1).getCell(1).getStringCellValue()).isEqualTo("Chi bộ thôn Nà Cưởm");
			assertThat(sheet.getRow(total).getCell(3).getCellFormula()).isEqualTo("SUM(D4:D" + total + ")");
			assertThat(sheet.getRow(total).getCell(3).getNumericCellValue()).isEqualTo(120.0 * rows);
		}
	}

	@Test
	void keepsTextThatLooksLikeMarkupAndDropsWhatXmlCannotHold() throws IOException {
		Table odd = new Table("Bảng <1> & \"2\"", List.of("Đơn vị", "Ghi chú"),
				List.of(List.of(" Chi bộ <A> & B ", "tab\tvà\u0007chuông")), false);
		try (XSSFWorkbook book = read("Q&A <báo cáo>", List.of(odd))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Bảng <1> & \"2\"");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Q&A <báo cáo>");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(" Chi bộ <A> & B ");
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("tab\tvàchuông");
		}
	}

	@Test
	void nfcNormalisesDecomposedVietnamese() throws IOException {
		String decomposed = java.text.Normalizer.normalize("Đảng ủy phường", java.text.Normalizer.Form.NFD);
		Table t = new Table("Bảng", List.of("Đơn vị"), List.of(List.of(decomposed)), false);
		try (XSSFWorkbook book = read("Báo cáo", List.of(t))) {
			assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("Đảng ủy phường");
		}
	}

	/**
	 * Runs only where LibreOffice is installed: it opens the file and works the totals out itself (the first sheet as
	 * CSV, UTF-8, the numbers as formatted).
	 */
	@Test
	void opensInLibreOffice() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FigureWorkbook.write("Báo cáo số 12-BC/TU", List.of(Samples.UNITS, Samples.CHANNELS), out);
		Path csv = LibreOffice.convert("libreoffice-xlsx", "figures.xlsx", out.toByteArray(),
				"csv:Text - txt - csv (StarCalc):44,34,76", "csv");
		assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
				"Báo cáo số 12-BC/TU,,,,",
				"Bảng 1. Hoạt động tuyên truyền theo đơn vị,,,,",
				"STT,Đơn vị,Số hoạt động,Lượt người tham gia,Tỷ lệ hoàn thành (%)",
				"1,Đảng ủy phường Đức Xuân,12,\"1,234\",95.50",
				"2,Đảng ủy phường Phùng Chí Kiên,8,860,100",
				"3,Đảng ủy xã Dương Quang,5,\"1,250,000\",87.25",
				"Tổng cộng,,25,\"1,252,094\",");
	}

	private static XSSFWorkbook read(String title, List<Table> tables) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FigureWorkbook.write(title, tables, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}
}
