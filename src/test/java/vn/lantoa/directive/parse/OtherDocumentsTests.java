package vn.lantoa.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Realistic documents of other bodies and numbering schemes, written for these tests. */
class OtherDocumentsTests {

	private final ParsedGuidance districtPlan = Documents.parsed(Documents.DISTRICT_PLAN);
	private final ParsedGuidance partyPlan = Documents.parsed(Documents.PARTY_PLAN);
	private final ParsedGuidance letter = Documents.parsed(Documents.OFFICIAL_LETTER);

	@Test
	void readsThePeoplesCommitteeHeaderWithItsDateBrokenAcrossLines() {
		assertThat(districtPlan.type()).isEqualTo("KH");
		assertThat(districtPlan.number()).isEqualTo("12/KH-UBND");
		assertThat(districtPlan.issuer()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI");
		assertThat(districtPlan.place()).isEqualTo("Chợ Mới");
		assertThat(districtPlan.date()).isEqualTo(LocalDate.of(2024, 3, 3));
		assertThat(districtPlan.title()).isEqualTo("Tuyên truyền cải cách hành chính và chuyển đổi số trên địa bàn huyện Chợ Mới năm 2024");
		assertThat(districtPlan.warnings()).isEmpty();
	}

	@Test
	void groupsDecimalNumberingUnderItsTheme() {
		assertThat(districtPlan.contentThemes()).extracting(Theme::title)
			.containsExactly("Tuyên truyền về cải cách hành chính", "Tuyên truyền về chuyển đổi số");
		assertThat(districtPlan.contentThemes().get(1).text()).isEqualTo(
				"Lợi ích của chuyển đổi số đối với người dân và doanh nghiệp; hướng dẫn cài đặt, sử dụng ứng dụng định danh điện tử VNeID.\n"
				+ "Các mô hình, cách làm hay về chuyển đổi số ở cơ sở, nhất là hoạt động của Tổ công nghệ số cộng đồng.");
		assertThat(districtPlan.purposes()).hasSize(2);
		assertThat(districtPlan.requirements()).hasSize(2);
	}

	@Test
	void readsPlusBulletsAsTheFormsOfAChannel() {
		assertThat(districtPlan.channels()).extracting(ChannelItem::title, ChannelItem::items).containsExactly(
				tuple("Tuyên truyền trên các phương tiện thông tin đại chúng", List.of(
						"Trang thông tin điện tử huyện xây dựng chuyên mục cải cách hành chính",
						"Hệ thống truyền thanh cơ sở phát tin, bài định kỳ hằng tuần")),
				tuple("Tuyên truyền trực quan", List.of("pa nô", "áp phích", "băng rôn", "khẩu hiệu")),
				tuple("Tuyên truyền lồng ghép trong hội nghị", List.of("Tuyên truyền lồng ghép trong hội nghị",
						"hội thi", "sinh hoạt chi bộ", "sinh hoạt của các đoàn thể")));
	}

	@Test
	void splitsAUnitHeadingFromItsInlineTaskAndFlattensLetteredTasks() {
		assertThat(districtPlan.assignments()).extracting(AssignmentItem::unitText, a -> a.tasks().size()).containsExactly(
				tuple("Văn phòng HĐND và UBND huyện", 1),
				tuple("Phòng Văn hóa và Thông tin huyện", 4),
				tuple("Ủy ban nhân dân các xã, thị trấn", 1));
		assertThat(districtPlan.assignments().get(0).tasks().get(0)).startsWith("Chủ trì, phối hợp với các cơ quan");
		assertThat(districtPlan.assignments().get(1).tasks().get(1))
			.isEqualTo("Xây dựng chuyên mục “Cải cách hành chính” trên Trang thông tin điện tử huyện;");
	}

	@Test
	void keepsTheClosingSentenceAndReadsAStackedSignature() {
		assertThat(districtPlan.otherSections()).containsExactly(new Section(null, List.of(
				"Trên đây là Kế hoạch tuyên truyền cải cách hành chính và chuyển đổi số năm 2024 của Ủy ban nhân dân "
				+ "huyện Chợ Mới; yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.")));
		assertThat(districtPlan.recipients()).hasSize(6).endsWith("Lưu: VT");
		assertThat(districtPlan.signature())
			.isEqualTo(new Signature("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hòa"));
		assertThat(districtPlan.citedDocuments()).containsExactly(
				new CitedDocument("Kế hoạch", "45/KH-UBND", LocalDate.of(2024, 1, 15), "Ủy ban nhân dân tỉnh Bắc Kạn"),
				new CitedDocument("Nghị quyết", "76/NQ-CP", LocalDate.of(2021, 7, 15), "Chính phủ"));
	}

	@Test
	void readsThePartyCommitteeHeaderUnderItsSuperiorBody() {
		assertThat(partyPlan.type()).isEqualTo("KH");
		assertThat(partyPlan.number()).isEqualTo("125-KH/TU");
		assertThat(partyPlan.issuer()).isEqualTo("TỈNH ỦY BẮC KẠN");
		assertThat(partyPlan.place()).isEqualTo("Bắc Kạn");
		assertThat(partyPlan.date()).isEqualTo(LocalDate.of(2024, 1, 10));
		assertThat(partyPlan.title())
			.isEqualTo("tuyên truyền kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024)");
		assertThat(partyPlan.otherSections()).containsExactly(new Section(null, List.of("ĐẢNG BỘ TỈNH BẮC KẠN")));
		assertThat(partyPlan.warnings()).isEmpty();
	}

	@Test
	void readsPartsAndMucNumberingWithStarBullets() {
		assertThat(partyPlan.purposes()).hasSize(2);
		assertThat(partyPlan.purposes().get(1)).startsWith("Khơi dậy niềm tự hào");
		assertThat(partyPlan.requirements()).hasSize(1);
		assertThat(partyPlan.contentThemes()).hasSize(3);
		assertThat(partyPlan.channels()).extracting(ChannelItem::title)
			.containsExactly("Tuyên truyền trên báo chí", "Tuyên truyền miệng thông qua hội nghị báo cáo viên", "Tuyên truyền trực quan");
		assertThat(partyPlan.assignments()).extracting(AssignmentItem::unitText).containsExactly(
				"Ban Tuyên giáo Tỉnh ủy",
				"Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
				"Ủy ban nhân dân tỉnh",
				"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh");
		assertThat(partyPlan.signature()).isEqualTo(new Signature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Phương Thị Thanh"));
	}

	@Test
	void readsTheOfficialLetterNumberWithSpacesAndItsSubjectLine() {
		assertThat(letter.type()).isEqualTo("CV");
		assertThat(letter.number()).isEqualTo("369-CV/BTGTU");
		assertThat(letter.issuer()).isEqualTo("BAN TUYÊN GIÁO TỈNH ỦY BẮC KẠN");
		assertThat(letter.date()).isEqualTo(LocalDate.of(2025, 3, 20));
		assertThat(letter.title()).isEqualTo("tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước");
		assertThat(letter.citedDocuments()).containsExactly(
				new CitedDocument("Kế hoạch", "312-KH/TU", LocalDate.of(2025, 1, 15), "Ban Thường vụ Tỉnh ủy"));
	}

	@Test
	void readsTheOfficialLettersFewSectionsAndAddressees() {
		assertThat(letter.contentThemes()).hasSize(1);
		assertThat(letter.channels().get(0).items())
			.containsExactly("Cổng thông tin điện tử", "trang mạng xã hội", "băng rôn", "khẩu hiệu", "cờ Tổ quốc");
		assertThat(letter.assignments()).containsExactly(new AssignmentItem(null, null, List.of(
				"Các cơ quan, đơn vị báo cáo kết quả thực hiện về Ban Tuyên giáo Tỉnh ủy trước ngày 05/5/2025 để tổng hợp.")));
		assertThat(letter.recipients()).containsExactly(
				"Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Các sở, ban, ngành, đoàn thể tỉnh",
				"Như kính gửi", "Thường trực Tỉnh ủy (b/c)", "Lưu Văn phòng Ban");
		assertThat(letter.signature()).isEqualTo(new Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Hoàng Văn Minh"));
		assertThat(letter.warnings()).isEmpty();
	}
}
