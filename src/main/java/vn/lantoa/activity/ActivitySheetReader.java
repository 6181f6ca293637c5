package vn.lantoa.activity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.lantoa.activity.ActivitySheetColumns.Column;
import vn.lantoa.shared.Refusal;

/**
 * Reads the rows of an activity sheet as typed values: a date cell as a {@link LocalDate}, a number as a
 * {@link BigDecimal}, anything else as trimmed text. Columns are found by the hidden key row of the template, or
 * by their headers when that row is gone. Anything that is not an .xlsx workbook is refused with one message.
 */
final class ActivitySheetReader {

	/** A non-blank row: its line in the sheet (1-based, as Excel shows it) and its values by column. */
	record SheetRow(int line, Map<Column, Object> values) {

		Object get(Column column) {
			return column == null ? null : values.get(column);
		}
	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private ActivitySheetReader() {
	}

	static List<SheetRow> read(byte[] bytes, ActivitySheetColumns columns, String sheetName, int maxRows) {
		if (bytes.length < 4 || bytes[0] != ZIP[0] || bytes[1] != ZIP[1] || bytes[2] != ZIP[2] || bytes[3] != ZIP[3]) {
			throw notXlsx();
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheet(sheetName) != null ? workbook.getSheet(sheetName)
					: workbook.getNumberOfSheets() > 0 ? workbook.getSheetAt(0) : null;
			if (sheet == null) {
				throw new Refusal(400, "activitySheet.error.header", sheetName);
			}
			return rows(sheet, columns, maxRows);
		} catch (IOException | POIXMLException | OpenXML4JRuntimeException
				| IllegalArgumentException | IllegalStateException e) {
			throw notXlsx();
		}
	}

	private static List<SheetRow> rows(Sheet sheet, ActivitySheetColumns columns, int maxRows) {
		Row names = sheet.getRow(0);
		Row keys = sheet.getRow(1);
		Map<Integer, Column> byIndex = new HashMap<>();
		boolean keyRow = false;
		if (names != null) {
			for (int i = 0; i < Math.max(names.getLastCellNum(), keys == null ? 0 : keys.getLastCellNum()); i++) {
				String key = keys == null ? null : text(keys.getCell(i));
				Column column = columns.find(key == null ? "" : key, text(names.getCell(i)));
				if (column != null && !byIndex.containsValue(column)) {
					byIndex.put(i, column);
					keyRow |= column.key().equals(key);
				}
			}
		}
		if (!byIndex.containsValue(columns.columns().get(columns.indexOf(ActivitySheetColumns.Kind.TITLE)))) {
			throw new Refusal(400, "activitySheet.error.header", sheet.getSheetName());
		}
		List<SheetRow> rows = new ArrayList<>();
		for (int r = keyRow ? 2 : 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<Column, Object> values = new HashMap<>();
			byIndex.forEach((i, column) -> {
				Object value = value(row.getCell(i));
				if (value != null) {
					values.put(column, value);
				}
			});
			if (!values.isEmpty()) {
				if (rows.size() == maxRows) {
					throw new Refusal(400, "activitySheet.error.tooManyRows", maxRows);
				}
				rows.add(new SheetRow(r + 1, values));
			}
		}
		return rows;
	}

	/** The cell's value, null when blank. */
	private static Object value(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
					: number(cell.getNumericCellValue());
			case STRING -> cell.getStringCellValue().isBlank() ? null : cell.getStringCellValue().strip();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> null;
		};
	}

	/** A cell's double as the decimal the user typed (0.1 + 0.2 typed as 0.3 stays 0.3). */
	static BigDecimal number(double value) {
		BigDecimal exact = BigDecimal.valueOf(value);
		BigDecimal rounded = exact.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
	}

	private static String text(Cell cell) {
		Object value = value(cell);
		return value instanceof BigDecimal n ? n.toPlainString() : value == null ? null : value.toString();
	}

	private static Refusal notXlsx() {
		return new Refusal(400, "activitySheet.error.notXlsx");
	}
}
