package vn.lantoa.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables of figures as an XLSX workbook, one sheet per table, named after its title (at most 31 characters,
 * unique, without []:*?/\). Each sheet: the workbook's title in A1, the table's title in A2, the header in row 3
 * (frozen), figures as numbers, and the "Tổng cộng" row as SUM formulas over the rows above it.
 */
public final class FigureWorkbook {

	/** Rows a streamed sheet keeps in memory while it is written; the rest are on disk. */
	static final int ROWS_IN_MEMORY = 200;

	/**
	 * Rows from which a workbook is streamed; below, it is built in memory, which for the usual few small sheets costs
	 * a third of streaming's temporary files and per-sheet set-up.
	 */
	static final int STREAMED_FROM_ROWS = 5_000;

	/** Rows before the header: the workbook's title and the table's title. */
	static final int HEADER_ROW = 2;

	private final Workbook book;
	private final CellStyle title, header, text, integer, decimal, totalText, totalInteger, totalDecimal;

	private FigureWorkbook(Workbook book) {
		this.book = book;
		title = style(true, false, null);
		header = style(true, true, null);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		text = style(false, true, null);
		integer = style(false, true, "#,##0");
		decimal = style(false, true, "#,##0.00");
		totalText = style(true, true, null);
		totalText.setAlignment(HorizontalAlignment.CENTER);
		totalInteger = style(true, true, "#,##0");
		totalDecimal = style(true, true, "#,##0.00");
	}

	/** Writes the workbook; the stream is left open. A workbook without tables has one sheet with the title. */
	public static void write(String sheetTitle, List<Table> tables, OutputStream out) throws IOException {
		write(sheetTitle, tables, out, tables.stream().mapToInt(t -> t.rows().size()).sum() >= STREAMED_FROM_ROWS);
	}

	static void write(String sheetTitle, List<Table> tables, OutputStream out, boolean streamed) throws IOException {
		// streamed: rows go to a temporary file as they are written, so a national list of tens of thousands of rows
		// does not hold a tree of XML objects per cell; neither way is evaluated afterwards (totals carry their values)
		Workbook book = streamed ? new SXSSFWorkbook(ROWS_IN_MEMORY) : new XSSFWorkbook();
		try {
			FigureWorkbook workbook = new FigureWorkbook(book);
			Set<String> names = new HashSet<>();
			if (tables.isEmpty()) {
				workbook.titles(book.createSheet(sheetName(sheetTitle, names)), sheetTitle, null);
			}
			for (int i = 0; i < tables.size(); i++) {
				Table t = tables.get(i);
				workbook.sheet(book.createSheet(sheetName(t.titleOr("Bảng " + (i + 1)), names)), sheetTitle, t);
			}
			book.setForceFormulaRecalculation(true);
			book.write(out);
		} finally {
			book.close();
		}
	}

	/** A sheet name Excel accepts: its forbidden characters replaced, cut to 31, made unique with " (2)". */
	static String sheetName(String title, Set<String> taken) {
		String base = title == null || title.isBlank() ? "Bảng"
				: WorkbookUtil.createSafeSheetName(PartyText.nfc(title).strip(), '-').strip();
		String name = base;
		for (int n = 2; !taken.add(name.toLowerCase(PartyText.VI)); n++) {
			String suffix = " (" + n + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

	private void sheet(Sheet sheet, String sheetTitle, Table t) {
		titles(sheet, sheetTitle, t.title());
		int columns = t.columns().size();
		Row head = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < columns; c++) {
			set(head.createCell(c), t.columns().get(c), header);
		}
		for (int r = 0; r < t.rows().size(); r++) {
			Row row = sheet.createRow(HEADER_ROW + 1 + r);
			for (int c = 0; c < columns; c++) {
				Object value = t.rows().get(r).get(c);
				set(row.createCell(c), value, value instanceof Number n ? (whole(n) ? integer : decimal) : text);
			}
		}
		if (t.totalRow()) {
			total(sheet, t);
		}
		sheet.createFreezePane(0, HEADER_ROW + 1);
		float[] weights = PartyText.columnWeights(t);
		for (int c = 0; c < columns; c++) {
			sheet.setColumnWidth(c, Math.round(Math.min(weights[c] + 2, 60) * 256));
		}
	}

	private void total(Sheet sheet, Table t) {
		int first = HEADER_ROW + 1, last = HEADER_ROW + t.rows().size();
		Row row = sheet.createRow(last + 1);
		set(row.createCell(0), Table.TOTAL, totalText);
		for (int c = 1; c < t.columns().size(); c++) {
			Cell cell = row.createCell(c);
			if (!t.summed(c)) {
				cell.setCellStyle(totalText);
				continue;
			}
			String column = CellReference.convertNumToColString(c);
			cell.setCellFormula("SUM(" + column + (first + 1) + ":" + column + (last + 1) + ")");
			int summed = c;
			boolean whole = t.rows().stream().allMatch(r -> r.get(summed) == null || whole((Number) r.get(summed)));
			// the formula's value as a reader without a calculation engine shows it
			cell.setCellValue(t.rows().stream().map(r -> (Number) r.get(summed)).filter(n -> n != null)
				.mapToDouble(Number::doubleValue).sum());
			cell.setCellStyle(whole ? totalInteger : totalDecimal);
		}
		if (t.totalLabelSpan() > 1) {
			sheet.addMergedRegion(new CellRangeAddress(last + 1, last + 1, 0, t.totalLabelSpan() - 1));
		}
	}

	private void titles(Sheet sheet, String sheetTitle, String tableTitle) {
		set(sheet.createRow(0).createCell(0), sheetTitle, title);
		if (tableTitle != null && !tableTitle.isBlank()) {
			set(sheet.createRow(1).createCell(0), tableTitle, title);
		}
	}

	private static void set(Cell cell, Object value, CellStyle style) {
		if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		} else if (value != null) {
			cell.setCellValue(PartyText.nfc(value.toString()));
		}
		cell.setCellStyle(style);
	}

	private static boolean whole(Number n) {
		return n.doubleValue() == Math.rint(n.doubleValue());
	}

	private CellStyle style(boolean bold, boolean bordered, String format) {
		CellStyle style = book.createCellStyle();
		Font font = book.createFont();
		font.setFontName("Times New Roman");
		font.setFontHeightInPoints((short) 12);
		font.setBold(bold);
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		if (bordered) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		if (format != null) {
			style.setDataFormat(book.createDataFormat().getFormat(format));
		}
		return style;
	}
}
