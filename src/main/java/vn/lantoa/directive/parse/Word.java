package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.List;

import vn.lantoa.shared.VietnameseText;

/**
 * A whitespace-separated word of a paragraph: as written ("39-HD/BTGTU,"), without surrounding
 * punctuation ("39-HD/BTGTU"), and folded for comparison ("ngày" gives "ngay"). Folding is done on
 * first use, as most words of a long document are never compared.
 */
final class Word {

	private static final String PUNCTUATION = ",.;:()[]{}\"“”‘’'«»!?…*";

	private final String text;
	private final String core;
	private String folded;

	private Word(String text) {
		this.text = text;
		this.core = core(text);
	}

	static List<Word> split(String text) {
		List<Word> words = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			if (i > start) {
				words.add(new Word(text.substring(start, i)));
			}
		}
		return words;
	}

	String text() {
		return text;
	}

	String core() {
		return core;
	}

	String folded() {
		if (folded == null) {
			folded = VietnameseText.fold(core);
		}
		return folded;
	}

	/** Whether the word ends a clause: it ends with a comma, semicolon, colon, full stop or bracket. */
	boolean endsClause() {
		char last = text.charAt(text.length() - 1);
		return ",;:.)]".indexOf(last) >= 0;
	}

	private static String core(String word) {
		int start = 0;
		int end = word.length();
		while (start < end && PUNCTUATION.indexOf(word.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && PUNCTUATION.indexOf(word.charAt(end - 1)) >= 0) {
			end--;
		}
		return word.substring(start, end);
	}
}
