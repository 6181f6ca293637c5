package vn.lantoa.directive.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.lantoa.shared.VietnameseText;

/**
 * The part of the document before its first section: the issuing body's block, the national
 * motto, "Số: …", "place, ngày … tháng … năm …", the type word ("KẾ HOẠCH") and title, "V/v …",
 * "Kính gửi: …" and the "Căn cứ …" paragraphs. Text that is none of these is kept as loose text.
 */
final class Header {

	private static final List<String> MOTTOES = List.of("cong hoa xa hoi chu nghia viet nam",
			"doc lap tu do hanh phuc", "dang cong san viet nam");
	private static final int MAX_TITLE_PARTS = 3;
	/** Every test on a header line looks at its start only; longer lines are sentences. */
	private static final int FOLDED_PREFIX = 120;

	String type;
	String number;
	String place;
	LocalDate date;
	String title;
	String dateProblem;
	final List<String> issuerBlock = new ArrayList<>();
	final List<String> basis = new ArrayList<>();
	final List<String> addressees = new ArrayList<>();
	final List<String> loose = new ArrayList<>();

	private enum Stage { BLOCK, TITLE, ADDRESSEES, BODY }

	static Header read(List<Paragraph> preamble) {
		Header header = new Header();
		Stage stage = Stage.BLOCK;
		List<String> titleParts = new ArrayList<>();
		for (Paragraph p : preamble) {
			String text = p.raw();
			String folded = VietnameseText.fold(text.length() <= FOLDED_PREFIX ? text : text.substring(0, FOLDED_PREFIX));
			if (isMotto(folded)) {
				continue;
			}
			if (header.number == null && header.readNumber(text, folded)) {
				continue;
			}
			if (header.date == null && header.dateProblem == null && header.readDate(text)) {
				continue;
			}
			DocumentKind kind = DocumentKind.ofFoldedWord(folded);
			DocumentKind leading = stage == Stage.BLOCK && VietnameseText.isUpperCase(text) ? leadingKind(text) : null;
			if (kind != null && header.type == null) {
				header.type = kind.code();
				stage = Stage.TITLE;
			}
			else if (leading != null && header.type == null) {
				header.type = leading.code();
				titleParts.add(text.substring(leading.word().length()).strip());
				stage = Stage.TITLE;
			}
			else if (folded.startsWith("v/v") || folded.startsWith("ve viec")) {
				titleParts.add(text.substring(folded.startsWith("v/v") ? 3 : 7).strip());
				stage = Stage.BODY;
			}
			else if (folded.startsWith("kinh gui")) {
				header.addAddressees(text.substring(Math.min(text.length(), 8)));
				stage = Stage.ADDRESSEES;
			}
			else if (folded.startsWith("can cu ") || folded.startsWith("thuc hien ")) {
				header.basis.add(text);
				stage = Stage.BODY;
			}
			else if (stage == Stage.ADDRESSEES && p.marker().isBullet()) {
				header.addAddressees(p.text());
			}
			else if (stage == Stage.TITLE && titleParts.size() < MAX_TITLE_PARTS && isTitleLike(text)) {
				titleParts.add(text);
			}
			else if (stage == Stage.BLOCK && VietnameseText.isUpperCase(text) && text.length() <= 80) {
				header.issuerBlock.add(text);
			}
			else {
				header.loose.add(text);
				stage = Stage.BODY;
			}
		}
		header.title = titleParts.isEmpty() ? null : String.join(" ", titleParts);
		return header;
	}

	/** "Số: 12/KH-UBND", "Số 369 - CV/BTGTU"; a date on the same line is read too. */
	private boolean readNumber(String text, String folded) {
		if (!folded.startsWith("so") || folded.length() < 3 || (folded.charAt(2) != ' ' && folded.charAt(2) != ':')) {
			return false;
		}
		DocumentNumber.Read read = DocumentNumber.readAt(text, 2);
		if (read == null) {
			return false;
		}
		number = read.number();
		String rest = text.substring(Math.min(text.length(), read.end())).strip();
		if (!rest.isEmpty() && !readDate(rest)) {
			loose.add(rest);
		}
		return true;
	}

	/**
	 * A line that is only a date with its place: "Bắc Kạn, ngày 05 tháng 7 năm 2023". Dates inside
	 * sentences ("Căn cứ … ngày 26/6/2023") are citations, not the issue date.
	 */
	private boolean readDate(String text) {
		List<Word> words = Word.split(text);
		int day = -1;
		for (int i = 0; i < words.size() && i <= 8; i++) {
			if (words.get(i).folded().equals("ngay")) {
				day = i;
				break;
			}
		}
		IssueDate.Found found = day < 0 ? null : IssueDate.readAt(words, day);
		if (found == null || found.next() != words.size()) {
			return false;
		}
		int placeEnd = text.indexOf(words.get(day).text());
		String placeText = text.substring(0, Math.max(0, placeEnd)).strip();
		while (placeText.endsWith(",")) {
			placeText = placeText.substring(0, placeText.length() - 1).strip();
		}
		place = placeText.isEmpty() ? null : placeText;
		date = found.date();
		if (date == null) {
			dateProblem = text;
		}
		return true;
	}

	private void addAddressees(String text) {
		String list = text.strip();
		if (list.startsWith(":")) {
			list = list.substring(1);
		}
		Paragraph item = Paragraph.of(list);
		FormList.addItem(addressees, item.marker().isBullet() ? item.text() : list);
	}

	/** "KẾ HOẠCH TUYÊN TRUYỀN …" on one line: the type word followed by the title. */
	private static DocumentKind leadingKind(String text) {
		int secondSpace = text.indexOf(' ', text.indexOf(' ') + 1);
		if (secondSpace < 0) {
			return null;
		}
		DocumentKind kind = DocumentKind.ofFoldedWord(VietnameseText.fold(text.substring(0, secondSpace)));
		return kind != null && kind.word().length() == secondSpace ? kind : null;
	}

	private static boolean isTitleLike(String text) {
		char last = text.charAt(text.length() - 1);
		boolean basisLike = VietnameseText.fold(text.substring(0, Math.min(12, text.length()))).startsWith("can cu");
		return text.length() <= 300 && last != '.' && last != ':' && last != ';' && !basisLike;
	}

	private static boolean isMotto(String folded) {
		StringBuilder letters = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length() && i < 60; i++) {
			char c = folded.charAt(i);
			if (Character.isLetter(c) || (c == ' ' && letters.length() > 0 && letters.charAt(letters.length() - 1) != ' ')) {
				letters.append(c);
			}
		}
		return MOTTOES.contains(letters.toString().strip());
	}
}
