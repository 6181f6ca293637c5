package vn.lantoa.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The wording and number formats that the DOCX and the PDF share, so that both say exactly the same.
 */
final class PartyText {

	static final Locale VI = Locale.forLanguageTag("vi-VN");
	static final String TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";
	static final String RECIPIENTS = "Nơi nhận:";
	static final String STAR = "*";
	static final String RULE = "-----";
	/** Room left for a number or a date written in by hand. */
	private static final String GAP = "      ";

	private PartyText() {
	}

	/** Composed Unicode (NFC): decomposed accents would be drawn as loose marks and extracted as two characters. */
	static String nfc(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	static String upper(String text) {
		return nfc(text).toUpperCase(VI);
	}

	static List<String> lines(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.asList(nfc(text).split("\\R"));
	}

	/** "Số 12-BC/TU" as given; a symbol alone ("-BC/TU") or nothing leaves room for the number. */
	static String number(String number) {
		if (number == null || number.isBlank()) {
			return "Số" + GAP;
		}
		String n = nfc(number).strip();
		return n.startsWith("-") ? "Số" + GAP + n : n;
	}

	/**
	 * "Bắc Kạn, ngày 05 tháng 02 năm 2024": days below 10 and the months January and February take a leading zero
	 * (Hướng dẫn 36-HD/VPTW), other months do not ("tháng 6").
	 */
	static String placeAndDate(String place, LocalDate date) {
		if (date == null) {
			return nfc(place) + ", ngày" + GAP + "tháng" + GAP + "năm 20..";
		}
		String day = (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth();
		String month = (date.getMonthValue() < 3 ? "0" : "") + date.getMonthValue();
		return nfc(place) + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
	}

	static String recipient(String line) {
		String l = nfc(line).strip();
		return l.startsWith("-") ? l : "- " + l;
	}

	/** "PHỤ LỤC" alone, or numbered when the document has several. */
	static String annexHeading(int index, int count) {
		return count == 1 ? "PHỤ LỤC" : "PHỤ LỤC " + (index + 1);
	}

	/** "(Kèm theo Báo cáo số 12-BC/TU, ngày 15-6-2024)": the line under an annex's title. */
	static String annexNote(PartyDocument d) {
		String kind = nfc(d.kind()).strip().toLowerCase(VI);
		kind = kind.isEmpty() ? kind : kind.substring(0, 1).toUpperCase(VI) + kind.substring(1);
		String number = number(d.number()).substring("Số".length()).strip();
		String date = d.date() == null ? ""
				: ", ngày " + d.date().getDayOfMonth() + "-" + d.date().getMonthValue() + "-" + d.date().getYear();
		return "(Kèm theo " + kind + " số " + (number.startsWith("-") ? GAP + number : number) + date + ")";
	}

	/** A cell as printed: numbers grouped the Vietnamese way ("1.234.567", "12,5"), at most two decimals. */
	static String cell(Object value) {
		if (value instanceof Number n) {
			return NUMBER.get().format(new BigDecimal(n.toString()));
		}
		return value == null ? "" : nfc(value.toString());
	}

	/** Figures as Vietnamese documents write them (1.234,5); a format per thread, since formats are not shared. */
	private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() -> {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(VI);
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	});

	enum Align { LEFT, CENTER, RIGHT }

	/** Figures right, ordinals (numbers in the first column) and the totals label centred, text left. */
	static Align align(Object value, int column, boolean totalRow) {
		if (totalRow && column == 0) {
			return Align.CENTER;
		}
		if (value instanceof Number) {
			return column == 0 ? Align.CENTER : Align.RIGHT;
		}
		return Align.LEFT;
	}

	/**
	 * Relative column widths from the longest cell or the longest word of the (bold) header, within 5 to 40; the
	 * totals label spans several columns and does not count.
	 */
	static float[] columnWeights(Table table) {
		float[] weights = new float[table.columns().size()];
		List<List<Object>> rows = table.rowsToDraw();
		for (int c = 0; c < weights.length; c++) {
			int longest = 0;
			for (String word : nfc(table.columns().get(c)).split("\\s+")) {
				longest = Math.max(longest, word.length() + 1);
			}
			longest = Math.max(longest, (nfc(table.columns().get(c)).length() + 1) / 2);
			for (int r = 0; r < rows.size(); r++) {
				if (c > 0 || !table.isTotal(r)) {
					longest = Math.max(longest, cell(rows.get(r).get(c)).length());
				}
			}
			weights[c] = Math.max(5, Math.min(40, longest));
		}
		return weights;
	}
}
