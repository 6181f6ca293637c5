package vn.lantoa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTests {

	@Test
	void foldsCapitalsAndDiacriticsToPlainLowerCase() {
		assertThat(VietnameseText.fold("TUYÊN TRUYỀN")).isEqualTo("tuyen truyen");
		assertThat(VietnameseText.fold("TUYÊN TRUYỀN")).isEqualTo(VietnameseText.fold("tuyen truyen"));
	}

	@Test
	void foldsDStrokeToD() {
		assertThat(VietnameseText.fold("Đảng bộ phường Đức Xuân")).isEqualTo("dang bo phuong duc xuan");
		assertThat(VietnameseText.fold("đoàn thể")).isEqualTo("doan the");
	}

	@Test
	void foldsBothTonePlacementsOfUyAlike() {
		assertThat(VietnameseText.fold("Ủy ban")).isEqualTo("uy ban");
		assertThat(VietnameseText.fold("Uỷ ban")).isEqualTo("uy ban");
	}

	@Test
	void foldsDecomposedInputLikePrecomposedInput() {
		String decomposed = java.text.Normalizer.normalize("Nghị quyết", java.text.Normalizer.Form.NFD);
		assertThat(VietnameseText.fold(decomposed)).isEqualTo("nghi quyet");
	}

	@Test
	void collapsesAndTrimsWhitespace() {
		assertThat(VietnameseText.fold("  Ban \t Tuyên\u00A0giáo \n Thành   ủy ")).isEqualTo("ban tuyen giao thanh uy");
	}

	@Test
	void foldsNullAndEmptyToEmpty() {
		assertThat(VietnameseText.fold(null)).isEmpty();
		assertThat(VietnameseText.fold("")).isEmpty();
		assertThat(VietnameseText.fold("   ")).isEmpty();
	}

	@Test
	void tellsCapitalHeadingsFromSentences() {
		assertThat(VietnameseText.isUpperCase("TỔ CHỨC THỰC HIỆN")).isTrue();
		assertThat(VietnameseText.isUpperCase("IV. TỔ CHỨC THỰC HIỆN")).isTrue();
		assertThat(VietnameseText.isUpperCase("Tổ chức thực hiện")).isFalse();
		assertThat(VietnameseText.isUpperCase("2023 - 2025")).isFalse();
	}
}
