package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.List;

import vn.lantoa.shared.VietnameseText;

/**
 * The end of the document: "Nơi nhận:" with its list, and the signature block — the authority
 * line ("T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"), the position ("BÍ THƯ") and the signer's name.
 * The two may come in either order, as the two columns of the printed page are copied. Stacked
 * authority lines ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH") are kept together, one per line.
 */
final class Closing {

	private static final List<String> AUTHORITIES = List.of("t/m ", "tm. ", "tm ", "kt. ", "kt ", "k/t ", "tl. ",
			"t/l ", "q. ", "tuq. ", "thua lenh", "thay mat", "ky thay", "thua uy quyen");
	private static final int MAX_NAME_WORDS = 6;

	final List<String> recipients = new ArrayList<>();
	final List<String> loose = new ArrayList<>();
	String onBehalf;
	String title;
	String name;

	private enum Stage { START, RECIPIENTS, POSITION, NAME, DONE }

	/** The index where the closing starts: the first "Nơi nhận" or authority line, or the size of the list. */
	static int start(List<Paragraph> paragraphs) {
		for (int i = 0; i < paragraphs.size(); i++) {
			String raw = paragraphs.get(i).raw();
			String folded = VietnameseText.fold(raw.substring(0, Math.min(raw.length(), 20)));
			if (folded.startsWith("noi nhan") || isAuthority(raw, folded)) {
				return i;
			}
		}
		return paragraphs.size();
	}

	static Closing read(List<Paragraph> tail) {
		Closing closing = new Closing();
		Stage stage = Stage.START;
		for (Paragraph p : tail) {
			String text = p.raw();
			String folded = VietnameseText.fold(text.substring(0, Math.min(text.length(), 20)));
			if (folded.startsWith("noi nhan")) {
				stage = Stage.RECIPIENTS;
				closing.addRecipient(Paragraph.of(afterLabel(text)));
			}
			else if (folded.startsWith("gui ban dien tu") || folded.startsWith("gui ban giay")) {
				stage = Stage.RECIPIENTS;
			}
			else if ((closing.onBehalf == null || stage == Stage.POSITION) && isAuthority(text, folded)) {
				closing.onBehalf = closing.onBehalf == null ? text : closing.onBehalf + "\n" + text;
				stage = Stage.POSITION;
			}
			else if (closing.title == null && isPosition(p, stage, closing)) {
				closing.title = text;
				stage = Stage.NAME;
			}
			else if (stage == Stage.NAME && closing.name == null && isName(text)) {
				closing.name = text;
				stage = Stage.DONE;
			}
			else if (stage == Stage.RECIPIENTS) {
				closing.addRecipient(p);
			}
			else {
				closing.loose.add(text);
			}
		}
		return closing;
	}

	/** "Nơi nhận: - Như trên;" gives "- Như trên;": the text after the colon, or after the two words. */
	private static String afterLabel(String text) {
		int colon = text.indexOf(':');
		if (colon >= 0) {
			return text.substring(colon + 1);
		}
		List<Word> words = Word.split(text);
		StringBuilder rest = new StringBuilder();
		for (int i = 2; i < words.size(); i++) {
			rest.append(i == 2 ? "" : " ").append(words.get(i).text());
		}
		return rest.toString();
	}

	Signature signature() {
		return onBehalf == null && title == null && name == null ? null : new Signature(onBehalf, title, name);
	}

	private void addRecipient(Paragraph p) {
		FormList.addItem(recipients, p.marker().isBullet() ? p.text() : p.raw());
	}

	/** The position line comes after the authority line, or stands alone in capitals after the list. */
	private static boolean isPosition(Paragraph p, Stage stage, Closing closing) {
		boolean capitals = VietnameseText.isUpperCase(p.raw()) && p.raw().length() <= 60 && p.marker() == Marker.NONE;
		return capitals && (stage == Stage.POSITION || (stage == Stage.RECIPIENTS && !closing.recipients.isEmpty()));
	}

	/** A person's name: a few capitalised words with no digits or punctuation, "Cù Ngọc Cường". */
	private static boolean isName(String text) {
		List<Word> words = Word.split(text);
		if (words.isEmpty() || words.size() > MAX_NAME_WORDS || VietnameseText.isUpperCase(text)) {
			return false;
		}
		for (Word word : words) {
			if (!word.text().equals(word.core()) || !Character.isUpperCase(word.text().charAt(0))) {
				return false;
			}
			for (int i = 0; i < word.text().length(); i++) {
				if (!Character.isLetter(word.text().charAt(i))) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean isAuthority(String text, String folded) {
		if (text.length() > 60 || !Character.isUpperCase(text.charAt(0))) {
			return false;
		}
		for (String authority : AUTHORITIES) {
			if (folded.startsWith(authority)) {
				return true;
			}
		}
		return false;
	}
}
