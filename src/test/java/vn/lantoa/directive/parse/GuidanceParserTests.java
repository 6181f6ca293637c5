package vn.lantoa.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The real seed document: a Hướng dẫn of Thành ủy Bắc Kạn copied without its header block. */
class GuidanceParserTests {

	private final ParsedGuidance seed = Documents.parsed(Documents.SEED);

	@Test
	void readsTypeFromTheTypeWordAndIssuerFromTheOpeningSentence() {
		assertThat(seed.type()).isEqualTo("HD");
		assertThat(seed.issuer()).isEqualTo("Thành ủy Bắc Kạn");
		assertThat(seed.number()).isNull();
		assertThat(seed.place()).isNull();
		assertThat(seed.date()).isNull();
		assertThat(seed.title()).isEqualTo("đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị");
	}

	@Test
	void keepsTheBasisParagraph() {
		assertThat(seed.basis()).hasSize(1);
		assertThat(seed.basis().get(0)).startsWith("Căn cứ Hướng dẫn số 39-HD/BTGTU, ngày 26/6/2023 của Ban Tuyên giáo Tỉnh ủy")
			.endsWith("triển khai thực hiện tuyên truyền như sau:");
	}

	@Test
	void readsPurposesAndRequirementsFromTheCombinedSection() {
		assertThat(seed.purposes()).hasSize(2);
		assertThat(seed.purposes().get(0)).startsWith("Tạo sự thống nhất cao")
			.endsWith("chế độ xã hội chủ nghĩa.");
		assertThat(seed.purposes().get(1)).startsWith("Cổ vũ, động viên toàn Đảng");
		assertThat(seed.requirements()).containsExactly("Công tác tuyên truyền phải linh hoạt, sáng tạo, hiệu quả gắn với "
				+ "việc triển khai thực hiện nhiệm vụ chính trị và kỷ niệm các ngày lễ lớn, sự kiện lịch sử, văn hóa của "
				+ "đất nước, của tỉnh, của thành phố ở các cấp, các ngành, cơ quan, đơn vị.");
	}

	@Test
	void joinsContentThemesBrokenAcrossPages() {
		assertThat(seed.contentThemes()).hasSize(4);
		assertThat(seed.contentThemes().get(0).text())
			.contains("Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng")
			.endsWith("chỉnh đốn Đảng và xây dựng hệ thống chính trị.");
		assertThat(seed.contentThemes().get(1).text())
			.contains("xây dựng Đảng, xây dựng hệ thống chính trị trong sạch, vững mạnh; (9) kết quả thể chế hóa");
		assertThat(seed.contentThemes().get(3).title())
			.isEqualTo("Các chương trình, hoạt động xây dựng Đảng, xây dựng hệ thống chính trị diễn ra ở các cấp, các ngành,…");
	}

	@Test
	void readsChannelsWithTheirListedForms() {
		assertThat(seed.channels()).extracting(ChannelItem::title).containsExactly(
				"Trên trang/cổng thông tin điện tử", "Hệ thống loa phát thanh cơ sở",
				"Các phương tiện cổ động trực quan", "Các ấn phẩm tuyên truyền");
		assertThat(seed.channels().get(2).items())
			.containsExactly("Khẩu hiệu", "băng rôn", "panô", "áp phích", "triển lãm văn hóa - văn nghệ");
		assertThat(seed.channels().get(0).items()).containsExactly("video", "clip", "bài viết", "biểu ngữ", "tin nhắn");
		assertThat(seed.channels().get(2).text())
			.isEqualTo("Các phương tiện cổ động trực quan: Khẩu hiệu, băng rôn, panô, áp phích, triển lãm văn hóa - văn nghệ,...");
	}

	@Test
	void readsEachResponsibleUnitWithItsTasks() {
		assertThat(seed.assignments()).extracting(AssignmentItem::unitText, a -> a.tasks().size(), AssignmentItem::unitId)
			.containsExactly(
					tuple("Các chi, đảng bộ trực thuộc", 3, null),
					tuple("Ủy ban nhân dân thành phố", 3, null),
					tuple("MTTQ và các đoàn thể thành phố", 2, null),
					tuple("Ban Tổ chức Thành ủy", 2, null),
					tuple("Ban Tuyên giáo Thành ủy", 2, null));
		assertThat(seed.assignments().get(1).tasks().get(2))
			.contains("tích cực tham gia các giải báo chí về chủ đề xây dựng Đảng, xây dựng hệ thống chính trị")
			.endsWith("Giải Búa liềm vàng hằng năm.");
		assertThat(seed.assignments().get(0).tasks().get(0))
			.contains("(Quy định số 85-QĐ/TW")
			.doesNotContain("*");
	}

	@Test
	void findsTheSeventeenCitedDocumentsOnce() {
		assertThat(seed.citedDocuments())
			.extracting(CitedDocument::kind, CitedDocument::number, CitedDocument::date)
			.containsExactly(
					tuple("Hướng dẫn", "39-HD/BTGTU", LocalDate.of(2023, 6, 26)),
					tuple("Kết luận", "21-KL/TW", LocalDate.of(2021, 10, 25)),
					tuple("Nghị quyết", "21-NQ/TW", LocalDate.of(2022, 6, 16)),
					tuple("Nghị quyết", "28-NQ/TW", LocalDate.of(2022, 11, 17)),
					tuple("Quy định", "101-QĐ/TW", LocalDate.of(2012, 6, 7)),
					tuple("Quy định", "55-QĐ/TW", LocalDate.of(2016, 12, 19)),
					tuple("Quy định", "08-QĐi/TW", LocalDate.of(2018, 10, 25)),
					tuple("Quy định", "37-QĐ/TW", LocalDate.of(2021, 10, 25)),
					tuple("Quy định", "22-QĐ/TW", LocalDate.of(2021, 7, 28)),
					tuple("Kết luận", "14-KL/TW", LocalDate.of(2021, 9, 22)),
					tuple("Kết luận", "01-KL/TW", LocalDate.of(2021, 5, 18)),
					tuple("Chỉ thị", "05-CT/TW", null),
					tuple("Quy định", "85-QĐ/TW", LocalDate.of(2022, 10, 7)),
					tuple("Quy định", "99-QĐ/TW", LocalDate.of(2023, 2, 27)),
					tuple("Quy định", "100-QĐ/TW", LocalDate.of(2023, 2, 28)),
					tuple("Quy định", "101-QĐ/TW", LocalDate.of(2023, 2, 28)),
					tuple("Quyết định", "238-QĐ/TW", LocalDate.of(2020, 9, 30)));
	}

	@Test
	void readsTheIssuerOfACitationUpToTheWordVe() {
		assertThat(seed.citedDocuments()).extracting(CitedDocument::number, CitedDocument::issuer).contains(
				tuple("39-HD/BTGTU", "Ban Tuyên giáo Tỉnh ủy"),
				tuple("21-KL/TW", "Ban Chấp hành Trung ương"),
				tuple("08-QĐi/TW", "Ban Chấp hành Trung ương Đảng khóa XII"),
				tuple("05-CT/TW", "Bộ Chính trị"),
				tuple("238-QĐ/TW", "Ban Bí thư"),
				tuple("37-QĐ/TW", null));
	}

	@Test
	void readsRecipientsWithoutBulletsOrTrailingPunctuation() {
		assertThat(seed.recipients()).containsExactly(
				"Ban Tuyên giáo Tỉnh ủy (b/c)",
				"T.Tr Thành ủy, HĐND, UBND thành phố",
				"Các chi, đảng bộ trực thuộc Thành ủy",
				"MTTQ và các đoàn thể tp",
				"Lưu Văn phòng Thành ủy");
	}

	@Test
	void readsTheSignatureWithoutMarkdownEmphasis() {
		assertThat(seed.signature()).isEqualTo(new Signature("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Cù Ngọc Cường"));
	}

	@Test
	void warnsOnlyAboutTheMissingNumberAndDate() {
		assertThat(seed.otherSections()).isEmpty();
		assertThat(seed.warnings()).containsExactly("Không tìm thấy số văn bản", "Không tìm thấy ngày ban hành");
	}

	@Test
	void parsesTheSameWithWindowsLineEndingsAndAByteOrderMark() {
		String windows = "\uFEFF" + Documents.text(Documents.SEED).replace("\n", "\r\n");
		assertThat(new GuidanceParser().parse(windows)).isEqualTo(seed);
	}

	@Test
	void parsesEmptyTextIntoAnEmptyResultWithWarnings() {
		ParsedGuidance empty = new GuidanceParser().parse("");
		assertThat(empty.type()).isNull();
		assertThat(empty.citedDocuments()).isEmpty();
		assertThat(empty.signature()).isNull();
		assertThat(empty.warnings()).contains("Không tìm thấy phần Tổ chức thực hiện", "Không tìm thấy phần chữ ký");
	}
}
