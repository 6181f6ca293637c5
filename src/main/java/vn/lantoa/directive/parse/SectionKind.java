package vn.lantoa.directive.parse;

import vn.lantoa.shared.VietnameseText;

/**
 * What a section is about, recognised from its heading's words rather than its numbering:
 * "I. MỤC ĐÍCH, YÊU CẦU", "Phần II - NỘI DUNG TUYÊN TRUYỀN", "3. Hình thức, phương pháp" and
 * "TỔ CHỨC THỰC HIỆN" are recognised whatever numbering scheme the document uses.
 */
enum SectionKind {
	PURPOSE_AND_REQUIREMENT,
	PURPOSE,
	REQUIREMENT,
	CONTENT,
	FORMS,
	ORGANISATION,
	OTHER;

	/** Headings longer than this are sentences, not headings. */
	static final int MAX_HEADING_LENGTH = 90;

	/** The kind named by a heading text (numbering already removed). */
	static SectionKind of(String heading) {
		String folded = VietnameseText.fold(heading);
		if (folded.length() > MAX_HEADING_LENGTH) {
			return OTHER;
		}
		boolean purpose = folded.startsWith("muc dich") || folded.startsWith("muc tieu");
		if (purpose && folded.contains("yeu cau")) {
			return PURPOSE_AND_REQUIREMENT;
		}
		if (purpose) {
			return PURPOSE;
		}
		if (folded.startsWith("yeu cau")) {
			return REQUIREMENT;
		}
		if (folded.startsWith("noi dung")) {
			return CONTENT;
		}
		if (folded.startsWith("hinh thuc") || folded.startsWith("phuong thuc") || folded.startsWith("phuong phap")) {
			return FORMS;
		}
		if (folded.startsWith("to chuc thuc hien") || folded.startsWith("phan cong thuc hien")
				|| folded.startsWith("trach nhiem thuc hien") || folded.startsWith("to chuc trien khai")) {
			return ORGANISATION;
		}
		return OTHER;
	}
}
