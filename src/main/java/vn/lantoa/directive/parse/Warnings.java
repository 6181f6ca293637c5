package vn.lantoa.directive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The human-readable Vietnamese warnings shown to the officer who checks a parsed document.
 * Purposes, requirements, content and forms are only expected in guidance, plans and programmes.
 */
final class Warnings {

	private static final Set<String> PLANNING_TYPES = Set.of("HD", "KH", "CTr");

	private Warnings() {
	}

	static List<String> of(ParsedGuidance g, String dateProblem) {
		List<String> warnings = new ArrayList<>();
		warnIf(warnings, g.type() == null, "Không xác định được loại văn bản");
		warnIf(warnings, g.number() == null, "Không tìm thấy số văn bản");
		warnIf(warnings, g.issuer() == null, "Không xác định được cơ quan ban hành");
		if (dateProblem != null) {
			warnings.add("Ngày ban hành không hợp lệ: " + dateProblem);
		}
		warnIf(warnings, g.date() == null && dateProblem == null, "Không tìm thấy ngày ban hành");
		warnIf(warnings, g.title() == null, "Không tìm thấy trích yếu văn bản");
		if (g.type() == null || PLANNING_TYPES.contains(g.type())) {
			warnIf(warnings, g.purposes().isEmpty(), "Không tìm thấy phần Mục đích");
			warnIf(warnings, g.requirements().isEmpty(), "Không tìm thấy phần Yêu cầu");
			warnIf(warnings, g.contentThemes().isEmpty(), "Không tìm thấy phần Nội dung");
			warnIf(warnings, g.channels().isEmpty(), "Không tìm thấy phần Hình thức");
		}
		warnIf(warnings, g.assignments().isEmpty(), "Không tìm thấy phần Tổ chức thực hiện");
		warnIf(warnings, g.recipients().isEmpty(), "Không tìm thấy Nơi nhận");
		warnIf(warnings, g.signature() == null, "Không tìm thấy phần chữ ký");
		warnIf(warnings, g.signature() != null && g.signature().name() == null, "Không tìm thấy tên người ký");
		return warnings;
	}

	private static void warnIf(List<String> warnings, boolean missing, String message) {
		if (missing) {
			warnings.add(message);
		}
	}
}
