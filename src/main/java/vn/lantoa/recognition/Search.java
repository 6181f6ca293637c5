package vn.lantoa.recognition;

import java.util.List;

import vn.lantoa.shared.VietnameseText;

/** Word search on a folded {@code search_text} column: every word must occur, diacritics and case ignored. */
final class Search {

	private Search() {
	}

	static void words(String q, String column, StringBuilder where, List<Object> params) {
		String words = VietnameseText.fold(q);
		if (words.isEmpty()) {
			return;
		}
		for (String word : words.split(" ")) {
			where.append(" and ").append(column).append(" like ? escape '\\'");
			params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
	}

	static void condition(StringBuilder where, List<Object> params, Object value, String sql) {
		if (value != null) {
			where.append(sql);
			params.add(value instanceof Enum<?> e ? e.name() : value);
		}
	}

	static String text(String... parts) {
		String text = VietnameseText.fold(String.join(" ", java.util.Arrays.stream(parts)
			.map(p -> p == null ? "" : p).toList()));
		return text.length() > 6000 ? text.substring(0, 6000) : text;
	}
}
