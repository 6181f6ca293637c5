package vn.lantoa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.browser.LayoutParts.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestClock;
import vn.lantoa.TestDatabases;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.report.Figures;
import vn.lantoa.report.ReportDesk;

/**
 * The quarter's reports of the demo campaign through the real pages, day by day: two wards report (one late), the
 * Board returns one, which is resubmitted, approves both, consolidates them into the city's report and downloads
 * it as DOCX, PDF and XLSX, whose header lines, figures and Vietnamese text are read back.
 */
@LanToaTest
class ReportBrowserTests {

	private static final String CAMPAIGN = "Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị";

	private static final String PERIOD = "2025Q4";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;
	@Autowired
	TestClock clock;
	@Autowired
	Fixtures fixtures;
	@Autowired
	ActivityRecording recording;
	@Autowired
	CampaignDirectory campaigns;
	@Autowired
	ReportDesk desk;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void twoWardsReportTheBoardReturnsApprovesConsolidatesAndDownloads() throws Exception {
		long campaign = jdbc.sql("select id from campaign where title = ?").param(CAMPAIGN).query(Long.class)
			.single();
		List<CampaignDirectory.ChannelView> channels = campaigns.channels(campaign);
		CampaignDirectory.ChannelView loudspeakers = channels.stream()
			.filter(c -> c.measureCodes().contains("broadcasts")).findFirst().orElseThrow();
		CampaignDirectory.ChannelView online = channels.stream().filter(c -> c.measureCodes().contains("news"))
			.findFirst().orElseThrow();
		long theme = campaigns.themes(campaign).get(0).id();

		clock.set(LocalDateTime.of(2025, 12, 1, 8, 0));
		record("ducxuan", "DB-DUCXUAN", campaign, theme, loudspeakers.id(), "Phát thanh chuyên đề Đại hội Đảng",
				LocalDate.of(2025, 10, 6), Map.of("broadcasts", "24"));
		record("ducxuan", "DB-DUCXUAN", campaign, theme, online.id(), "Tin bài trên trang của phường",
				LocalDate.of(2025, 11, 3), Map.of("news", "7"));
		record("songcau", "DB-SONGCAU", campaign, theme, online.id(), "Tin về học tập Nghị quyết",
				LocalDate.of(2025, 11, 20), Map.of("news", "5"));

		// 10 December: Đức Xuân reports before the deadline (15 December)
		clock.set(LocalDateTime.of(2025, 12, 10, 9, 0));
		Page ducXuan = signedIn("ducxuan");
		submitOwnReport(ducXuan, campaign, "DB-DUCXUAN", "Đảng ủy phường Đức Xuân đã quán triệt đầy đủ.");
		assertThat(ducXuan.locator("#timeliness")).hasText("Đúng hạn");
		Locator figures = ducXuan.locator("#figures tbody tr");
		assertThat(figures.filter(new Locator.FilterOptions().setHasText("Buổi phát thanh trên loa")).locator("td")
			.nth(2)).hasText("24");
		browser.screenshot(ducXuan, "submitted");

		// 20 December: Sông Cầu reports late
		clock.set(LocalDateTime.of(2025, 12, 20, 14, 0));
		Page songCau = signedIn("songcau");
		submitOwnReport(songCau, campaign, "DB-SONGCAU", "Đảng ủy phường Sông Cầu tổ chức học tập Nghị quyết.");
		assertThat(songCau.locator("#timeliness")).hasText("Chậm");
		String songCauReport = songCau.url();

		// the Board returns Sông Cầu's report; Sông Cầu completes it and submits again, still late
		Page board = signedIn("tuyengiao");
		board.navigate(songCauReport);
		board.locator("#comment").fill("Đề nghị bổ sung số buổi sinh hoạt chuyên đề.");
		board.locator("#return").click();
		assertThat(board.locator("#status")).hasText("Bị trả lại");
		clock.set(LocalDateTime.of(2025, 12, 21, 8, 30));
		songCau.navigate(songCauReport);
		songCau.locator("#results").fill("Tổ chức 3 buổi sinh hoạt chuyên đề; đăng 5 tin.");
		songCau.locator("#submit").click();
		assertThat(songCau.locator("#status")).hasText("Đã gửi");
		assertThat(songCau.locator("#timeliness")).hasText("Chậm");
		assertThat(songCau.locator("#history li")).hasCount(4);

		// the Board approves both, sees the counts, consolidates and submits the city's report
		clock.set(LocalDateTime.of(2025, 12, 22, 10, 0));
		board.navigate("/reports?campaignId=" + campaign + "&period=" + PERIOD);
		for (String unit : List.of("DB-DUCXUAN", "DB-SONGCAU")) {
			board.navigate("/reports?campaignId=" + campaign + "&period=" + PERIOD);
			board.locator("#owed tr[data-unit='" + unit + "']").getByRole(AriaRole.LINK).click();
			board.locator("#approve").click();
			assertThat(board.locator("#status")).hasText("Đã duyệt");
		}
		board.navigate("/reports?campaignId=" + campaign + "&period=" + PERIOD);
		Locator rows = board.locator("#owed tbody tr");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("Đảng bộ phường Đức Xuân")).locator("td").nth(3))
			.hasText("Đúng hạn");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("Đảng bộ phường Sông Cầu")).locator("td").nth(3))
			.hasText("Chậm");
		browser.screenshot(board, "owed");
		board.locator("#consolidate").click();
		assertThat(heading(board)).containsText("Báo cáo tổng hợp");
		assertThat(board.locator("#annex tbody tr").filter(new Locator.FilterOptions()
			.setHasText("Đảng bộ phường Sông Cầu")).locator("td").nth(1)).hasText("Đã duyệt");
		board.locator("#number").fill("128-BC/TU");
		board.locator("#signerAuthority").fill("T/M Ban Thường vụ");
		board.locator("#signerPosition").fill("Phó Bí thư");
		board.locator("#signerName").fill("Hoàng Văn Minh");
		board.locator("#recipients").fill("- Ban Tuyên giáo Tỉnh ủy;\n- Lưu Văn phòng Thành ủy.");
		board.locator("#submit").click();
		assertThat(board.locator("#status")).hasText("Đã gửi");
		browser.screenshot(board, "consolidated");
		long city = Long.parseLong(board.url().replaceAll(".*/reports/(\\d+).*", "$1"));
		Figures total = desk.view(fixtures.actor("tuyengiao"), city).figures();
		assertThat(total.measure(loudspeakers.id(), "broadcasts")).isGreaterThanOrEqualTo(new BigDecimal("24"));
		assertThat(total.measure(online.id(), "news")).isGreaterThanOrEqualTo(new BigDecimal("12"));

		String docx = docxText(download(board, "Tải DOCX"));
		String pdf = pdfText(download(board, "Tải PDF"));
		for (String text : List.of(docx, pdf)) {
			assertThat(flat(text)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY BẮC KẠN", "THÀNH ỦY BẮC KẠN",
					"Số 128-BC/TU", "Bắc Kạn, ngày 22 tháng 12 năm 2025", "BÁO CÁO",
					"Tổng hợp kết quả thực hiện “" + CAMPAIGN + "”, quý IV/2025",
					"I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
					"Đảng ủy phường Đức Xuân đã quán triệt đầy đủ.", "Nơi nhận:", "Ban Tuyên giáo Tỉnh ủy;",
					"T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hoàng Văn Minh", "PHỤ LỤC", "Đảng bộ phường Sông Cầu");
			assertThat(flat(text)).contains("Buổi phát thanh trên loa buổi " + plain(total.measure(loudspeakers.id(),
					"broadcasts")));
		}
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(download(board, "Tải XLSX")))) {
			Sheet figuresSheet = book.getSheetAt(0);
			assertThat(valueBeside(figuresSheet, "Buổi phát thanh trên loa", 3))
				.isEqualTo(total.measure(loudspeakers.id(), "broadcasts").doubleValue());
			Sheet annex = sheetWith(book, "Phụ lục");
			assertThat(valueBeside(annex, "Đảng bộ phường Đức Xuân", 2)).isEqualTo(2.0);
			Cell activities = rowContaining(annex, "Tổng cộng").getCell(2);
			assertThat(activities.getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(activities.getCellFormula()).startsWith("SUM(");
		}
	}

	private void submitOwnReport(Page page, long campaign, String unit, String leadership) {
		page.navigate("/reports?campaignId=" + campaign + "&period=" + PERIOD);
		assertThat(heading(page)).hasText("Báo cáo định kỳ");
		page.locator("#owed tr[data-unit='" + unit + "']").getByRole(AriaRole.BUTTON, exactly("Lập báo cáo"))
			.click();
		assertThat(page.locator("#status")).hasText("Đang soạn");
		page.locator("#number").fill("45-BC/ĐU");
		page.locator("#leadership").fill(leadership);
		page.locator("#results").fill("Kết quả: các chi bộ tổ chức tuyên truyền đúng kế hoạch.");
		page.locator("#assessment").fill("Ưu điểm: chủ động. Hạn chế: số liệu còn chậm.");
		page.locator("#directions").fill("Tiếp tục tuyên truyền kết quả Đại hội.");
		page.locator("#proposals").fill("Đề nghị cung cấp tài liệu tuyên truyền.");
		page.locator("#submit").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã gửi báo cáo; số liệu đã được chốt.");
		assertThat(page.locator("#status")).hasText("Đã gửi");
	}

	private void record(String username, String unit, long campaign, long theme, long channel, String title,
			LocalDate day, Map<String, String> measures) {
		recording.record(fixtures.actor(username), new ActivityDetails(campaign, fixtures.unit(unit), List.of(theme),
				channel, day, null, title, null, null, measures.entrySet().stream()
					.collect(Collectors.toMap(Map.Entry::getKey, e -> new BigDecimal(e.getValue()))), List.of()));
	}

	private static Path download(Page page, String link) {
		Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, exactName(link)).click());
		assertThat(download.failure()).isNull();
		return download.path();
	}

	private static String docxText(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

	private static String pdfText(Path file) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	/** Text with every run of white space made one space, so table cells read as one line. */
	private static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static String plain(BigDecimal value) {
		return new java.text.DecimalFormat("#,##0.##",
				java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi"))).format(value);
	}

	/** The number in a column of the first row that has the label in one of its cells. */
	private static double valueBeside(Sheet sheet, String label, int column) {
		return rowContaining(sheet, label).getCell(column).getNumericCellValue();
	}

	private static Row rowContaining(Sheet sheet, String label) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(label)) {
					return row;
				}
			}
		}
		throw new AssertionError("no row with " + label + " in " + sheet.getSheetName());
	}

	private static Sheet sheetWith(XSSFWorkbook book, String name) {
		for (Sheet sheet : book) {
			if (sheet.getSheetName().startsWith(name)) {
				return sheet;
			}
		}
		throw new AssertionError("no sheet " + name);
	}

	private String baseUrl() {
		return "http://localhost:" + port;
	}

	private Page signedIn(String username) {
		Page page = browser.open(baseUrl());
		signIn(page, username, TestDatabases.DEMO_PASSWORD);
		assertThat(heading(page)).hasText(Pattern.compile("^Xin chào, "));
		return page;
	}
}
