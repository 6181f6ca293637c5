package vn.lantoa.directive.parse;

/**
 * The numbering or bullet that opens a paragraph. The order of the numbered kinds is their usual
 * nesting depth in Vietnamese administrative documents ("Phần I" holds "I." holds "1." holds "1.1."
 * or "a)"); bullets nest by order of first appearance instead.
 */
enum Marker {
	/** "Phần I", "PHẦN THỨ NHẤT". */
	PART,
	/** "Điều 1". */
	ARTICLE,
	/** "I.", "IV." */
	ROMAN,
	/** "Mục 1", "MỤC II". */
	SECTION_WORD,
	/** "1.", "2)" */
	ARABIC,
	/** "1.1.", "2.3.1" */
	DECIMAL,
	/** "a)", "đ)", "b." */
	LETTER,
	/** "-", "–", "•" */
	DASH,
	/** "+" */
	PLUS,
	/** "*" followed by a space */
	STAR,
	/** Plain text. */
	NONE;

	boolean isBullet() {
		return this == DASH || this == PLUS || this == STAR;
	}

	boolean isNumbered() {
		return this != NONE && !isBullet();
	}
}
