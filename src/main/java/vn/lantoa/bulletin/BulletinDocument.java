package vn.lantoa.bulletin;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * An issue as the exports print it: the masthead (publishing unit, number, date, title) and the articles with their
 * text blocks and photos. Every string is in Unicode NFC, so that each Vietnamese letter is one precomposed glyph.
 */
record BulletinDocument(String publisher, String numberText, LocalDate issuedOn, String title,
		List<Item> items) {

	record Item(String title, String author, String unitName, List<RichText.Block> blocks, List<Picture> pictures) {
	}

	record Picture(byte[] bytes, String contentType, String caption, int width, int height) {
	}

	static String nfc(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** "Bắc Kạn, ngày 05 tháng 7 năm 2024"-style date line, as Vietnamese documents write it. */
	String dateLine() {
		return "Ngày %02d tháng %d năm %d".formatted(issuedOn.getDayOfMonth(), issuedOn.getMonthValue(),
				issuedOn.getYear());
	}

	String fileName(String extension) {
		return "ban-tin-so-" + numberText.replace('/', '-') + "." + extension;
	}
}
