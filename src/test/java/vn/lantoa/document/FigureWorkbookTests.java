package vn.lantoa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureWorkbookTests {

	@ParameterizedTest(name = "streamed: {0}")
	@ValueSource(booleans = { false, true })
	void writesOneSheetPerTableWithHeaderNumbersAndSumFormulas(boolean streamed) throws IOException {
		try (XSSFWorkbook book = read("Báo cáo số 12-BC/TU", List.of(Samples.UNITS, Samples.CHANNELS), streamed)) {
			assertThat(book.getNumberOfSheets()).isEqualTo(2);
			Sheet units = book.getSheetAt(0);
			assertThat(units.getSheetName()).isEqualTo("Bảng 1. Hoạt động tuyên truyền");
			assertThat(units.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo số 12-BC/TU");
			assertThat(units.getRow(1).getCell(0).getStringCellValue())
					.isEqualTo("Bảng 1. Hoạt động tuyên truyền theo đơn vị");
			assertThat(units.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Lượt người tham gia");
			assertThat(units.getRow(2).getCell(3).getCellStyle().getFillPattern().getCode()).isEqualTo((short) 1);
			assertThat(units.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Đảng ủy phường Đức Xuân");
			assertThat(units.getRow(5).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(units.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(1_250_000);
			assertThat(units.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(87.25);

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
		try (XSSFWorkbook book = read("Báo cáo", List.of(), false)) {
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo");
		}
	}

	@Test
	void streamsOnlyLargeWorkbooks() throws IOException {
		List<Object> row = List.of(1, "Chi bộ thôn Nà Cưởm", 3, 120, 40.0);
		Table large = new Table(Samples.UNITS.title(), Samples.UNITS.columns(),
				java.util.Collections.nCopies(FigureWorkbook.STREAMED_FROM_ROWS, row), true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FigureWorkbook.write("Báo cáo", List.of(large), out);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			int total = FigureWorkbook.HEADER_ROW + 1 + FigureWorkbook.STREAMED_FROM_ROWS;
			assertThat(sheet.getRow(total).getCell(3).getNumericCellValue())
				.isEqualTo(120.0 * FigureWorkbook.STREAMED_FROM_ROWS);
			// a streamed sheet writes its strings inline; one built in memory shares them
			assertThat(book.getSharedStringSource().getCount()).isZero();
		}
		out.reset();
		FigureWorkbook.write("Báo cáo", List.of(Samples.UNITS), out);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(book.getSharedStringSource().getCount()).isPositive();
		}
	}

	private static XSSFWorkbook read(String title, List<Table> tables, boolean streamed) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FigureWorkbook.write(title, tables, out, streamed);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}
}
