package vn.lantoa.directive.parse;

import vn.lantoa.shared.VietnameseText;

/**
 * The kinds of documents issued by Party and State bodies, with the Vietnamese word that names
 * them and the abbreviation used in their numbers ("39-HD/BTGTU" is a Hướng dẫn).
 */
enum DocumentKind {
	GUIDANCE("Hướng dẫn", "HD"),
	PLAN("Kế hoạch", "KH"),
	DIRECTIVE("Chỉ thị", "CT"),
	RESOLUTION("Nghị quyết", "NQ"),
	CONCLUSION("Kết luận", "KL"),
	DECISION("Quyết định", "QĐ"),
	REGULATION("Quy định", "QĐi"),
	OFFICIAL_LETTER("Công văn", "CV"),
	NOTICE("Thông báo", "TB"),
	REPORT("Báo cáo", "BC"),
	STATUTE("Quy chế", "QC"),
	PROGRAMME("Chương trình", "CTr"),
	CIRCULAR_NOTE("Thông tri", "TT"),
	SUBMISSION("Tờ trình", "TTr"),
	DECREE("Nghị định", "NĐ"),
	CIRCULAR("Thông tư", "TT"),
	LAW("Luật", "QH");

	private final String word;
	private final String code;
	private final String folded;

	DocumentKind(String word, String code) {
		this.word = word;
		this.code = code;
		this.folded = VietnameseText.fold(word);
	}

	/** The Vietnamese word, capitalised as at the start of a sentence. */
	String word() {
		return word;
	}

	/** The abbreviation used in document numbers. */
	String code() {
		return code;
	}

	/** The kind whose word equals the folded text exactly ("ke hoach"), or {@code null}. */
	static DocumentKind ofFoldedWord(String foldedText) {
		for (DocumentKind kind : values()) {
			if (kind.folded.equals(foldedText)) {
				return kind;
			}
		}
		return null;
	}
}
