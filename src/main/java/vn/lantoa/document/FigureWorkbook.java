package vn.lantoa.document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Writes tables of figures as an XLSX workbook, one sheet per table, named after its title (at most 31 characters,
 * unique, without []:*?/\). Each sheet: the workbook's title in A1, the table's title in A2, the header in row 3
 * (frozen), figures as numbers, and the "Tổng cộng" row as SUM formulas over the rows above it.
 * <p>
 * The SpreadsheetML is written as text straight into the zip, row after row (strings inline, eight fixed styles), in
 * one pass whatever the size: a dashboard's export costs a tenth of building POI's tree of XML objects, and a
 * national list of tens of thousands of rows holds nothing but its current row. Tests read the files back with POI.
 */
public final class FigureWorkbook {

	/** Rows before the header: the workbook's title and the table's title. */
	static final int HEADER_ROW = 2;

	/** The height of a line of Times New Roman 12, in points. */
	private static final float LINE_HEIGHT = 15.75f;

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
	private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	/** The cell styles of {@link #STYLES}, by their index in its {@code cellXfs}. */
	private static final int TITLE = 1, HEADER = 2, TEXT = 3, INTEGER = 4, DECIMAL = 5, TOTAL_TEXT = 6,
			TOTAL_INTEGER = 7, TOTAL_DECIMAL = 8;

	/**
	 * Times New Roman 12 (bold: font 1), thin borders on every cell of a table (border 1), a grey header (fill 2), and
	 * Excel's built-in number formats 3 ({@code #,##0}) and 4 ({@code #,##0.00}).
	 */
	private static final String STYLES = XML + """
			<styleSheet xmlns="%s">
			<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>\
			<font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font></fonts>
			<fills count="3"><fill><patternFill patternType="none"/></fill>\
			<fill><patternFill patternType="gray125"/></fill>\
			<fill><patternFill patternType="solid"><fgColor indexed="22"/><bgColor indexed="64"/></patternFill></fill>\
			</fills>
			<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
			<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/>\
			</border>\
			</borders>
			<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
			<cellXfs count="9">\
			<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
			<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">%2$s</xf>\
			<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" \
			applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
			<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">%2$s</xf>\
			<xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" \
			applyAlignment="1">%2$s</xf>\
			<xf numFmtId="4" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" \
			applyAlignment="1">%2$s</xf>\
			<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" \
			applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>\
			<xf numFmtId="3" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" \
			applyBorder="1" applyAlignment="1">%2$s</xf>\
			<xf numFmtId="4" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" \
			applyBorder="1" applyAlignment="1">%2$s</xf>\
			</cellXfs>
			<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
			</styleSheet>
			""".formatted(MAIN, "<alignment vertical=\"center\"/>");

	private final Writer out;
	/** Sheets begun so far: the first is the one Excel opens on. */
	private int begun;

	private FigureWorkbook(Writer out) {
		this.out = out;
	}

	/** Writes the workbook; the stream is left open. A workbook without tables has one sheet with the title. */
	public static void write(String sheetTitle, List<Table> tables, OutputStream out) throws IOException {
		// finish, not close: the caller's stream stays open
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
		int sheets = Math.max(1, tables.size());
		StringBuilder types = new StringBuilder(XML).append("<Types xmlns=\"")
			.append("http://schemas.openxmlformats.org/package/2006/content-types\">")
			.append("<Default Extension=\"rels\" ContentType=\"")
			.append("application/vnd.openxmlformats-package.relationships+xml\"/>")
			.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
			.append(override("/xl/workbook.xml", "spreadsheetml.sheet.main+xml"))
			.append(override("/xl/styles.xml", "spreadsheetml.styles+xml"));
		StringBuilder workbook = new StringBuilder(XML).append("<workbook xmlns=\"").append(MAIN)
			.append("\" xmlns:r=\"").append(RELATIONSHIPS).append("\"><sheets>");
		StringBuilder links = new StringBuilder(XML).append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS)
			.append("\">");
		Set<String> names = new HashSet<>();
		for (int i = 1; i <= sheets; i++) {
			String name = tables.isEmpty() ? sheetTitle : tables.get(i - 1).titleOr("Bảng " + i);
			types.append(override("/xl/worksheets/sheet" + i + ".xml", "spreadsheetml.worksheet+xml"));
			workbook.append("<sheet name=\"").append(escape(sheetName(name, names))).append("\" sheetId=\"").append(i)
				.append("\" r:id=\"rId").append(i).append("\"/>");
			links.append(link(i, "worksheet", "worksheets/sheet" + i + ".xml"));
		}
		// Excel works the formulas out on opening (their cached values are there for readers that do not)
		workbook.append("</sheets><calcPr fullCalcOnLoad=\"1\"/></workbook>");
		links.append(link(sheets + 1, "styles", "styles.xml")).append("</Relationships>");

		part(zip, text, "[Content_Types].xml", types.append("</Types>"));
		part(zip, text, "_rels/.rels", new StringBuilder(XML).append("<Relationships xmlns=\"")
			.append(PACKAGE_RELATIONSHIPS).append("\"><Relationship Id=\"rId1\" Type=\"").append(RELATIONSHIPS)
			.append("/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
		part(zip, text, "xl/workbook.xml", workbook);
		part(zip, text, "xl/_rels/workbook.xml.rels", links);
		part(zip, text, "xl/styles.xml", STYLES);
		FigureWorkbook sheet = new FigureWorkbook(text);
		for (int i = 1; i <= sheets; i++) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
			if (tables.isEmpty()) {
				sheet.titles(sheetTitle);
			} else {
				sheet.sheet(sheetTitle, tables.get(i - 1));
			}
			text.flush();
			zip.closeEntry();
		}
		zip.finish();
		zip.flush();
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

	/** Only the titles (a workbook without tables). */
	private void titles(String sheetTitle) throws IOException {
		begin(null, 0);
		out.write("<row r=\"1\">");
		cell(0, 0, sheetTitle, TITLE);
		out.write("</row></sheetData></worksheet>");
	}

	private void sheet(String sheetTitle, Table t) throws IOException {
		int columns = t.columns().size();
		float[] widths = widths(PartyText.columnWeights(t));
		begin(widths, HEADER_ROW + 1);
		out.write("<row r=\"1\">");
		cell(0, 0, sheetTitle, TITLE);
		out.write("</row>");
		if (t.title() != null && !t.title().isBlank()) {
			out.write("<row r=\"2\">");
			cell(1, 0, t.title(), TITLE);
			out.write("</row>");
		}
		// the header wraps its words: its row as high as its longest header needs, as Excel would fit it
		int lines = 1;
		for (int c = 0; c < columns; c++) {
			lines = Math.max(lines, (int) Math.ceil(PartyText.nfc(t.columns().get(c)).length() / (widths[c] - 1.5f)));
		}
		out.write("<row r=\"" + (HEADER_ROW + 1) + "\"" + (lines > 1 ? " ht=\"" + lines * LINE_HEIGHT
				+ "\" customHeight=\"1\">" : ">"));
		for (int c = 0; c < columns; c++) {
			cell(HEADER_ROW, c, t.columns().get(c), HEADER);
		}
		out.write("</row>");
		for (int r = 0; r < t.rows().size(); r++) {
			List<Object> values = t.rows().get(r);
			row(HEADER_ROW + 1 + r);
			for (int c = 0; c < columns; c++) {
				Object value = values.get(c);
				cell(HEADER_ROW + 1 + r, c, value, value instanceof Number n ? (whole(n) ? INTEGER : DECIMAL) : TEXT);
			}
			out.write("</row>");
		}
		if (t.totalRow()) {
			total(t);
		}
		out.write("</sheetData>");
		if (t.totalRow() && t.totalLabelSpan() > 1) {
			int last = HEADER_ROW + t.rows().size() + 2;
			out.write("<mergeCells count=\"1\"><mergeCell ref=\"A" + last + ":"
					+ CellReference.convertNumToColString(t.totalLabelSpan() - 1) + last + "\"/></mergeCells>");
		}
		out.write("</worksheet>");
	}

	/** Column widths in characters from their weights, to Excel's 1/256. */
	private static float[] widths(float[] weights) {
		float[] widths = new float[weights.length];
		for (int c = 0; c < weights.length; c++) {
			widths[c] = Math.round(Math.min(weights[c] + 2, 60) * 256) / 256f;
		}
		return widths;
	}

	/** The sheet's start: the rows above {@code frozenRows} stay in view, columns this wide (null: Excel's). */
	private void begin(float[] widths, int frozenRows) throws IOException {
		out.write(XML + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheetViews>"
				+ "<sheetView workbookViewId=\"0\"" + (begun++ == 0 ? " tabSelected=\"1\">" : ">"));
		if (frozenRows > 0) {
			out.write("<pane ySplit=\"" + frozenRows + "\" topLeftCell=\"A" + (frozenRows + 1)
					+ "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
		}
		out.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"" + LINE_HEIGHT + "\"/>");
		if (widths != null) {
			out.write("<cols>");
			for (int c = 0; c < widths.length; c++) {
				out.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + widths[c]
						+ "\" customWidth=\"1\"/>");
			}
			out.write("</cols>");
		}
		out.write("<sheetData>");
	}

	private void total(Table t) throws IOException {
		int first = HEADER_ROW + 1, last = HEADER_ROW + t.rows().size(), row = last + 1;
		row(row);
		cell(row, 0, Table.TOTAL, TOTAL_TEXT);
		for (int c = 1; c < t.columns().size(); c++) {
			if (!t.summed(c)) {
				cell(row, c, null, TOTAL_TEXT);
				continue;
			}
			String column = CellReference.convertNumToColString(c);
			int summed = c;
			boolean whole = t.rows().stream().allMatch(r -> r.get(summed) == null || whole((Number) r.get(summed)));
			// the formula's value as a reader without a calculation engine shows it
			double sum = t.rows().stream().map(r -> (Number) r.get(summed)).filter(n -> n != null)
				.mapToDouble(Number::doubleValue).sum();
			out.write("<c r=\"" + column + (row + 1) + "\" s=\"" + (whole ? TOTAL_INTEGER : TOTAL_DECIMAL)
					+ "\"><f>SUM(" + column + (first + 1) + ":" + column + (last + 1) + ")</f><v>" + number(sum)
					+ "</v></c>");
		}
		out.write("</row>");
	}

	private void row(int row) throws IOException {
		out.write("<row r=\"" + (row + 1) + "\">");
	}

	/** A cell of the 0-based {@code row} and {@code column}: a number, an inline string, or empty (styled only). */
	private void cell(int row, int column, Object value, int style) throws IOException {
		out.write("<c r=\"" + CellReference.convertNumToColString(column) + (row + 1) + "\" s=\"" + style + "\"");
		if (value instanceof Number n) {
			out.write("><v>" + number(n.doubleValue()) + "</v></c>");
		} else if (value != null) {
			String text = PartyText.nfc(value.toString());
			boolean spaced = !text.equals(text.strip());
			out.write(" t=\"inlineStr\"><is><t" + (spaced ? " xml:space=\"preserve\">" : ">") + escape(text)
					+ "</t></is></c>");
		} else {
			out.write("/>");
		}
	}

	private static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
	}

	private static boolean whole(Number n) {
		return n.doubleValue() == Math.rint(n.doubleValue());
	}

	/** Text as XML character data or attribute value; characters XML 1.0 cannot hold are left out. */
	static String escape(String text) {
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			String replacement = switch (ch) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '"' -> "&quot;";
				default -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF
						? "" : null;
			};
			if (replacement != null && escaped == null) {
				escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (escaped != null) {
				if (replacement != null) {
					escaped.append(replacement);
				} else {
					escaped.append(ch);
				}
			}
		}
		return escaped == null ? text : escaped.toString();
	}

	private static String override(String part, String type) {
		return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
				+ type + "\"/>";
	}

	private static String link(int id, String type, String target) {
		return "<Relationship Id=\"rId" + id + "\" Type=\"" + RELATIONSHIPS + "/" + type + "\" Target=\"" + target
				+ "\"/>";
	}

	private static void part(ZipOutputStream zip, Writer text, String name, CharSequence content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		text.append(content);
		text.flush();
		zip.closeEntry();
	}
}
