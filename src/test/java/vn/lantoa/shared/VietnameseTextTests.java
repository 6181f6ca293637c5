package vn.lantoa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTests {

	@Test
	void foldsCaseDiacriticsAndDStroke() {
		assertThat(VietnameseText.fold("TUYÊN TRUYỀN")).isEqualTo("tuyen truyen");
		assertThat(VietnameseText.fold("Đảng bộ phường Đức Xuân")).isEqualTo("dang bo phuong duc xuan");
		assertThat(VietnameseText.fold("  Ủy   ban\tnhân dân ")).isEqualTo("uy ban nhan dan");
		assertThat(VietnameseText.fold("Uỷ ban")).isEqualTo(VietnameseText.fold("Ủy ban"));
	}
}
