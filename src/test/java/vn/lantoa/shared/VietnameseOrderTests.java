package vn.lantoa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class VietnameseOrderTests {

	private static final List<String> NAMES = List.of("Ủy ban", "Uỷ ban", "Ưng", "Uông", "ấp Bình", "Ấp Bình", "Ăn",
			"An", "Ân", "Đông", "Dân", "dân", "Zô", "Chi bộ thôn Nà", "Chi bộ thôn Na", "chi bộ thôn na", "",
			"Chi bộ 10", "Chi bộ 9", "Ơn", "Ôn", "On", "Y", "Ý", "Ỹ", "Phường 2", "Phường 10", "Phường 1",
			"Tổ 1 khu 12", "Tổ 1 khu 3", "Huyện ủy số 13 – Hà Nội", "Huyện ủy số 1 – Hà Nội", "Năm 2025", "Năm 999");

	@Test
	void sortsDWithStrokeAfterDAndTheVowelsWithBreveOrHornAfterTheirBase() {
		List<String> names = new ArrayList<>(List.of("Đông", "Dân", "Ưng", "Uông", "Ăn", "An", "Bắc"));
		VietnameseOrder.sort(names, n -> n);
		assertThat(names).containsExactly("An", "Ăn", "Bắc", "Dân", "Đông", "Uông", "Ưng");
	}

	@Test
	void keysSortAsTheCollatorOrdersTheNames() {
		List<String> byCollator = new ArrayList<>(NAMES);
		VietnameseOrder.sort(byCollator, n -> n);
		List<String> byKey = new ArrayList<>(NAMES);
		byKey.sort(Comparator.comparing(VietnameseOrder::key));
		assertThat(byKey).containsExactlyElementsOf(byCollator);
		for (String a : NAMES) {
			for (String b : NAMES) {
				assertThat(Integer.signum(VietnameseOrder.key(a).compareTo(VietnameseOrder.key(b))))
					.as(a + " / " + b).isEqualTo(Integer.signum(VietnameseOrder.strings().compare(a, b)));
			}
		}
	}

	@Test
	void readsTheNumbersInNamesByTheirValue() {
		List<String> names = new ArrayList<>(List.of("Phường 10", "Phường 2", "Phường 1", "Huyện ủy số 13 – Hà Nội",
				"Huyện ủy số 1 – Hà Nội", "Tổ 1 khu 12", "Tổ 1 khu 3", "Phường Đức Xuân"));
		VietnameseOrder.sort(names, n -> n);
		assertThat(names).containsExactly("Huyện ủy số 1 – Hà Nội", "Huyện ủy số 13 – Hà Nội", "Phường 1", "Phường 2",
				"Phường 10", "Phường Đức Xuân", "Tổ 1 khu 3", "Tổ 1 khu 12");
		assertThat(VietnameseOrder.strings().compare("Chi bộ 9", "Chi bộ 10")).isNegative();
		assertThat(VietnameseOrder.key("Chi bộ 9")).isLessThan(VietnameseOrder.key("Chi bộ 10"));
	}

	@Test
	void keysAreLowerCaseHexadecimal() {
		assertThat(VietnameseOrder.key("Đảng ủy xã Đức Xuân")).matches("[0-9a-f]+");
		assertThat(VietnameseOrder.key("Ấp Bình")).isEqualTo(VietnameseOrder.key("Ấp Bình"));
	}
}
