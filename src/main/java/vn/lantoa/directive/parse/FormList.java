package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The individual forms listed in a channel item: "Các phương tiện cổ động trực quan: Khẩu hiệu,
 * băng rôn, panô,..." lists "Khẩu hiệu", "băng rôn", "panô". The list is what follows the colon,
 * else what follows " như " ("such as"), else the whole text; it is split at commas and semicolons
 * outside brackets, and the trailing "..." that Vietnamese lists end with is dropped.
 */
final class FormList {

	private FormList() {
	}

	static List<String> of(String text) {
		String list = text;
		int colon = text.indexOf(':');
		int such = text.indexOf(" như ");
		if (colon >= 0 && colon < text.length() - 1) {
			list = text.substring(colon + 1);
		}
		else if (such >= 0) {
			list = text.substring(such + 5);
		}
		List<String> items = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i <= list.length(); i++) {
			char c = i < list.length() ? list.charAt(i) : ',';
			if (c == '(' || c == '[') {
				depth++;
			}
			else if ((c == ')' || c == ']') && depth > 0) {
				depth--;
			}
			else if ((c == ',' || c == ';') && (depth == 0 || i == list.length())) {
				addItem(items, list.substring(start, i));
				start = i + 1;
				depth = 0;
			}
		}
		return items;
	}

	/** Cleans one list item of surrounding spaces, dots and ellipses; drops it when nothing is left. */
	static void addItem(List<String> items, String raw) {
		int start = 0;
		int end = raw.length();
		while (start < end && (Character.isWhitespace(raw.charAt(start)) || ".…".indexOf(raw.charAt(start)) >= 0)) {
			start++;
		}
		while (end > start && (Character.isWhitespace(raw.charAt(end - 1)) || ".…,;".indexOf(raw.charAt(end - 1)) >= 0)) {
			end--;
		}
		if (end > start) {
			items.add(raw.substring(start, end));
		}
	}
}
