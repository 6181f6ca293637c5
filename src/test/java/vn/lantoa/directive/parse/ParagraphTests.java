package vn.lantoa.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphTests {

	@Test
	void recognisesTheNumberingSchemesOfAdministrativeDocuments() {
		assertThat(Paragraph.of("IV. TỔ CHỨC THỰC HIỆN")).isEqualTo(new Paragraph("IV. TỔ CHỨC THỰC HIỆN", Marker.ROMAN, "TỔ CHỨC THỰC HIỆN"));
		assertThat(Paragraph.of("II - NỘI DUNG").marker()).isEqualTo(Marker.ROMAN);
		assertThat(Paragraph.of("Phần II - NỘI DUNG").text()).isEqualTo("NỘI DUNG");
		assertThat(Paragraph.of("PHẦN THỨ HAI: NỘI DUNG").marker()).isEqualTo(Marker.PART);
		assertThat(Paragraph.of("Mục 1. Mục đích")).isEqualTo(new Paragraph("Mục 1. Mục đích", Marker.SECTION_WORD, "Mục đích"));
		assertThat(Paragraph.of("Điều 3. Hiệu lực thi hành").marker()).isEqualTo(Marker.ARTICLE);
		assertThat(Paragraph.of("2. Yêu cầu")).isEqualTo(new Paragraph("2. Yêu cầu", Marker.ARABIC, "Yêu cầu"));
		assertThat(Paragraph.of("1.1. Chủ trương").marker()).isEqualTo(Marker.DECIMAL);
		assertThat(Paragraph.of("2.3.1 Chủ trương").marker()).isEqualTo(Marker.DECIMAL);
		assertThat(Paragraph.of("đ) Nội dung khác")).isEqualTo(new Paragraph("đ) Nội dung khác", Marker.LETTER, "Nội dung khác"));
		assertThat(Paragraph.of("- Tạo sự thống nhất").marker()).isEqualTo(Marker.DASH);
		assertThat(Paragraph.of("+ Hệ thống loa").marker()).isEqualTo(Marker.PLUS);
		assertThat(Paragraph.of("* Tuyên truyền").marker()).isEqualTo(Marker.STAR);
	}

	@Test
	void leavesTextThatOnlyLooksNumberedAlone() {
		assertThat(Paragraph.of("Mục đích của kế hoạch").marker()).isEqualTo(Marker.NONE);
		assertThat(Paragraph.of("2023 là năm bản lề").marker()).isEqualTo(Marker.NONE);
		assertThat(Paragraph.of("V/v tuyên truyền").marker()).isEqualTo(Marker.NONE);
		assertThat(Paragraph.of("CV/BTGTU").marker()).isEqualTo(Marker.NONE);
		assertThat(Paragraph.of("-2 độ C").marker()).isEqualTo(Marker.NONE);
	}

	@Test
	void joinsALineBrokenByAPageBreakButNotAHeadingFollowedByItsFirstItem() {
		List<Paragraph> paragraphs = Paragraphs.of("1. Kết luận số 21-KL/TW về\n\n\nđẩy mạnh xây dựng Đảng.\n"
				+ "1. Mục đích\nnâng cao nhận thức.\nHƯỚNG DẪN\n\nđẩy mạnh tuyên truyền\n- Các chi bộ\nthực hiện.");

		assertThat(paragraphs).extracting(Paragraph::raw).containsExactly(
				"1. Kết luận số 21-KL/TW về đẩy mạnh xây dựng Đảng.",
				"1. Mục đích", "nâng cao nhận thức.",
				"HƯỚNG DẪN", "đẩy mạnh tuyên truyền",
				"- Các chi bộ thực hiện.");
	}

	@Test
	void stripsEmphasisButKeepsAStarBullet() {
		assertThat(Paragraphs.of("**T/M BAN THƯỜNG VỤ\nBÍ THƯ**\n(*Quy định số 85-QĐ/TW*)\n* Tuyên truyền"))
			.extracting(Paragraph::raw)
			.containsExactly("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Quy định số 85-QĐ/TW)", "* Tuyên truyền");
	}

	@Test
	void attachesALoneNumberingToTheLineAfterIt() {
		assertThat(Paragraphs.of("Phần I\nMỤC ĐÍCH, YÊU CẦU"))
			.containsExactly(new Paragraph("Phần I MỤC ĐÍCH, YÊU CẦU", Marker.PART, "MỤC ĐÍCH, YÊU CẦU"));
	}
}
