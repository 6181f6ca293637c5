package vn.lantoa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PartyPdfTests {

	@Test
	void drawsTheHeaderBodyAndSignatureAsExtractableVietnamese() throws IOException {
		byte[] pdf = pdf(Samples.report());
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/report.pdf"), pdf);

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String page1 = text(doc, 1, 1);
			assertThat(page1).contains("ĐẢNG BỘ TỈNH BẮC KẠN", "THÀNH ỦY BẮC KẠN", "Số 12-BC/TU",
					"ĐẢNG CỘNG SẢN VIỆT NAM", "Bắc Kạn, ngày 15 tháng 6 năm 2024", "BÁO CÁO",
					"kết quả công tác tuyên truyền 6 tháng đầu năm 2024,", "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
					"1. Tuyên truyền trên các phương tiện thông tin đại chúng");
			String all = text(doc, 1, doc.getNumberOfPages());
			assertThat(all).contains("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "Nơi nhận:",
					"- Lưu Văn phòng Thành ủy.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thị Hương", "Tổng cộng",
					"1.234", "1.250.000", "1.252.094", "95,5", "87,25", "Tổng cộng 25 1.252.094\n", "PHỤ LỤC", "Kết quả tuyên truyền theo kênh",
					"(Kèm theo Báo cáo số 12-BC/TU, ngày 15-6-2024)", "1.234.567", "1.303.277");
			assertThat(all).isEqualTo(Normalizer.normalize(all, Normalizer.Form.NFC));
		}
	}

	@Test
	void putsEachAnnexOnAPageOfItsOwnAndNumbersPagesFromTheSecond() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf(Samples.report()))) {
			int last = doc.getNumberOfPages();
			assertThat(last).isGreaterThanOrEqualTo(3);
			assertThat(text(doc, last, last).strip()).startsWith("PHỤ LỤC").endsWith("\n" + last);
			assertThat(text(doc, last - 1, last - 1)).doesNotContain("PHỤ LỤC");
			assertThat(text(doc, 2, 2).strip()).endsWith("\n2");
			assertThat(text(doc, 1, 1).strip()).doesNotEndWith("\n1");
		}
	}

	@Test
	void embedsLiberationSerifOnly() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf(Samples.report()))) {
			var names = new TreeSet<String>();
			for (var page : doc.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).isTrue();
					names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
				}
			}
			assertThat(names).containsExactlyInAnyOrder("LiberationSerif", "LiberationSerif-Bold",
					"LiberationSerif-Italic", "LiberationSerif-BoldItalic");
		}
	}

	@Test
	void leavesRoomForNumberAndDateNotYetGiven() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf(Samples.report(null, "-BC/TU")))) {
			String page1 = text(doc, 1, 1);
			assertThat(page1).containsPattern("Số +-BC/TU").containsPattern("Bắc Kạn, ngày +tháng +năm 20\\.\\.");
		}
	}

	@Test
	void writesLeadingZerosForEarlyDaysAndMonths() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf(Samples.report(LocalDate.of(2024, 2, 5), "Số 3-BC/TU")))) {
			assertThat(text(doc, 1, 1)).contains("Bắc Kạn, ngày 05 tháng 02 năm 2024");
		}
	}

	@Test
	void writesAMinimalDocument() throws IOException {
		PartyDocument notice = new PartyDocument(null, "BAN TUYÊN GIÁO TỈNH ỦY", "Số 5-TB/BTGTU", "Bắc Kạn",
				LocalDate.of(2024, 11, 20), "THÔNG BÁO", null, List.of(new Block.Paragraph("Nội dung.")), null, null,
				new PartyDocument.Signature(null, "TRƯỞNG BAN", "Hoàng Văn Minh"));
		try (PDDocument doc = Loader.loadPDF(pdf(notice))) {
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
			assertThat(text(doc, 1, 1)).contains("BAN TUYÊN GIÁO TỈNH ỦY", "Số 5-TB/BTGTU", "THÔNG BÁO",
					"Nội dung.", "TRƯỞNG BAN", "Hoàng Văn Minh").doesNotContain("T/M", "PHỤ LỤC");
		}
	}

	@Test
	void writesDocumentsConcurrently() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> pdfs = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				pdfs.add(pool.submit(() -> pdf(Samples.report())));
			}
			for (Future<byte[]> f : pdfs) {
				try (PDDocument doc = Loader.loadPDF(f.get())) {
					assertThat(text(doc, 1, doc.getNumberOfPages())).contains("Nguyễn Thị Hương", "1.303.277");
				}
			}
		} finally {
			pool.shutdown();
		}
	}

	static byte[] pdf(PartyDocument d) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PartyPdf.write(d, out);
		return out.toByteArray();
	}

	private static String text(PDDocument doc, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(doc);
	}
}
