package vn.lantoa.document;

import java.time.LocalDate;
import java.util.List;

/** A report of the Bắc Kạn city committee as the report module would write it. */
final class Samples {

	static final Table UNITS = new Table("Bảng 1. Hoạt động tuyên truyền theo đơn vị",
			List.of("STT", "Đơn vị", "Số hoạt động", "Lượt người tham gia", "Tỷ lệ hoàn thành (%)"),
			List.of(List.of(1, "Đảng ủy phường Đức Xuân", 12, 1234, 95.5),
					List.of(2, "Đảng ủy phường Phùng Chí Kiên", 8, 860, 100),
					List.of(3, "Đảng ủy xã Dương Quang", 5, 1_250_000, 87.25)),
			true);

	static final Table CHANNELS = new Table("Kết quả tuyên truyền theo kênh",
			List.of("Kênh", "Số tin, bài", "Lượt xem"),
			List.of(List.of("Báo Bắc Kạn", 14, 20500), List.of("Trang thông tin điện tử", 31, 48210),
					List.of("Mạng xã hội", 57, 1_234_567)),
			true);

	private Samples() {
	}

	static PartyDocument report() {
		return report(LocalDate.of(2024, 6, 15), "Số 12-BC/TU");
	}

	static PartyDocument report(LocalDate date, String number) {
		return new PartyDocument("ĐẢNG BỘ TỈNH BẮC KẠN", "THÀNH ỦY BẮC KẠN", number, "Bắc Kạn", date, "BÁO CÁO",
				"kết quả công tác tuyên truyền 6 tháng đầu năm 2024,\nphương hướng, nhiệm vụ 6 tháng cuối năm",
				List.of(new Block.Paragraph("Thực hiện Kế hoạch số 45-KH/TU ngày 10-01-2024 của Ban Thường vụ Thành ủy "
						+ "về công tác tuyên truyền năm 2024, Ban Thường vụ Thành ủy báo cáo kết quả như sau:"),
						new Block.Heading(1, "I. Công tác lãnh đạo, chỉ đạo"),
						new Block.Paragraph("Ban Thường vụ Thành ủy đã ban hành 05 kế hoạch, 12 văn bản chỉ đạo các cấp ủy "
								+ "trực thuộc triển khai công tác tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện quan trọng "
								+ "của đất nước, của tỉnh.\nCác cấp ủy, tổ chức đảng đã cụ thể hóa bằng kế hoạch của đơn vị, "
								+ "bảo đảm kịp thời, đúng định hướng."),
						new Block.Heading(1, "II. Kết quả thực hiện"),
						new Block.Heading(2, "1. Tuyên truyền trên các phương tiện thông tin đại chúng"),
						new Block.Paragraph("Toàn thành phố đã tổ chức 25 hoạt động tuyên truyền với 1.251.234 lượt người "
								+ "tham gia, cụ thể theo bảng sau:"),
						UNITS,
						new Block.Heading(3, "a) Tuyên truyền trên mạng xã hội"),
						new Block.Paragraph("Các đơn vị duy trì hoạt động của 57 trang, nhóm trên mạng xã hội, đăng tải "
								+ "thông tin chính thống, đấu tranh phản bác các quan điểm sai trái, thù địch."),
						new Block.Heading(1, "III. Phương hướng, nhiệm vụ thời gian tới"),
						new Block.Paragraph("Tiếp tục đổi mới nội dung, phương thức tuyên truyền; nâng cao chất lượng "
								+ "đội ngũ báo cáo viên, tuyên truyền viên ở cơ sở.")),
				List.of(CHANNELS),
				List.of("Ban Tuyên giáo Tỉnh ủy (b/c),", "Các đồng chí Thành ủy viên,", "Các chi, đảng bộ trực thuộc,",
						"Lưu Văn phòng Thành ủy."),
				new PartyDocument.Signature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thị Hương"));
	}
}
