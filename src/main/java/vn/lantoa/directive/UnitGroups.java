package vn.lantoa.directive;

import java.util.ArrayList;
import java.util.List;

import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.VietnameseText;

/**
 * The kinds of unit a responsibility group names when it names no single unit: "Các chi, đảng bộ trực thuộc" are
 * the party cells and committees; "MTTQ và các đoàn thể" the Fatherland Front and the mass organisations.
 */
final class UnitGroups {

	private UnitGroups() {
	}

	static List<UnitKind> kindsNamedBy(String groupText) {
		String text = " " + VietnameseText.fold(groupText).replace(",", " ") + " ";
		List<UnitKind> kinds = new ArrayList<>();
		if (text.contains(" chi ")) {
			kinds.add(UnitKind.PARTY_CELL);
		}
		if (text.contains(" dang bo ")) {
			kinds.add(UnitKind.PARTY_COMMITTEE);
		}
		if (text.contains(" mttq ") || text.contains(" mat tran ")) {
			kinds.add(UnitKind.FATHERLAND_FRONT);
		}
		if (text.contains(" doan the ") || text.contains(" hoi ")) {
			kinds.add(UnitKind.MASS_ORGANISATION);
		}
		return kinds;
	}
}
