package vn.lantoa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.browser.LayoutParts.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/**
 * Recording activities through the real pages: the form on a phone with a photo, finding an activity by an
 * unaccented search, who may see and change it (coordinator above, leader, another unit's reporter, the API), two
 * people editing at once, and the Excel template, import and export.
 */
@LanToaTest
class ActivityBrowserTests {

	private static final String CAMPAIGN = "Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị";

	private static final String DUC_XUAN = "Đảng bộ phường Đức Xuân";

	private static final String FORBIDDEN = "Bạn không có quyền xem hoặc thay đổi dữ liệu này.";

	private static final String CONFLICT = "Người khác vừa lưu hoạt động này. Hãy xem giá trị đang lưu bên dưới, "
			+ "sửa lại nếu cần rồi lưu lần nữa.";

	private static final Pattern ACTIVITY_URL = Pattern.compile("/activities/(\\d+)$");

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reporterRecordsABroadcastWithAPhotoOnAPhone() {
		String title = "Phát thanh chuyên đề Đảng bộ " + unique();
		Page page = browser.open(baseUrl(), 360, 740);
		signIn(page, "ducxuan", TestDatabases.DEMO_PASSWORD);
		menu(page).getByRole(AriaRole.LINK, exactly("Hoạt động")).click();
		assertThat(heading(page)).hasText("Hoạt động");
		page.getByRole(AriaRole.LINK, exactName("Ghi nhận hoạt động")).click();
		chooseTheDemoCampaignIfAsked(page);
		assertThat(heading(page)).hasText("Ghi nhận hoạt động");
		assertThat(page.locator("#activity-form")).isVisible();

		fillBroadcast(page, title, "2024-05-15", "12", "90");
		page.locator("#files").setInputFiles(new FilePayload("anh-loa-phat-thanh.png", "image/png", png()));
		assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
		browser.screenshot(page, "form");
		page.getByRole(AriaRole.BUTTON, exactName("Lưu")).click();

		assertThat(page).hasURL(ACTIVITY_URL);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã ghi nhận hoạt động.");
		assertThat(heading(page)).hasText(title);
		assertThat(fact(page, "Thời gian")).hasText("15/05/2024");
		assertThat(fact(page, "Đơn vị")).hasText(DUC_XUAN);
		Locator measures = page.locator("main table.list tbody tr");
		assertThat(measures).hasCount(2);
		assertThat(measures.nth(0).locator("td")).hasText(new String[] { "Buổi phát thanh trên loa", "12 buổi" });
		assertThat(measures.nth(1).locator("td")).hasText(new String[] { "Thời lượng phát thanh", "90 phút" });
		Locator thumbnail = page.locator("ul.evidence li img");
		assertThat(thumbnail).hasCount(1);
		assertThat(thumbnail).hasAttribute("alt", "anh-loa-phat-thanh.png");
		thumbnail.scrollIntoViewIfNeeded();
		page.waitForFunction("img => img.complete && img.naturalWidth > 0", thumbnail.elementHandle());
		assertThat((int) thumbnail.evaluate("img => img.naturalWidth")).isGreaterThan(0);
		assertThat(page.locator("ul.evidence li a span")).hasText("anh-loa-phat-thanh.png");
		assertThat(page.locator("ul.evidence li > span.hint")).hasText("1 KB");
		assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
		browser.screenshot(page, "activity");
	}

	@Test
	void reporterFindsAnActivityByAnUnaccentedLowerCaseSearch() {
		String token = unique();
		String title = "Phát thanh chuyên đề Đảng bộ " + token;
		Page page = signedIn("ducxuan");
		record(page, title, true);

		page.navigate("/activities");
		page.getByLabel("Tìm kiếm").fill("phat thanh chuyen de dang bo " + token.toLowerCase());
		page.getByRole(AriaRole.BUTTON, exactName("Tìm")).click();

		Locator rows = page.locator("#activity-list tbody tr");
		assertThat(rows).hasCount(1);
		assertThat(rows.locator("td").nth(0)).hasText("15/05/2024");
		assertThat(rows.getByRole(AriaRole.LINK)).hasText(title);
		assertThat(rows.locator(".tag")).hasText("1 tệp");
		assertThat(rows.locator("td").nth(2)).hasText(DUC_XUAN);
		assertThat(rows.locator("td").nth(4)).hasText("12 buổi, 90 phút");
		assertThat(page.locator("main p.hint").first()).hasText("1 hoạt động");
	}

	@Test
	void coordinatorAboveFindsItByUnitAndALeaderOnlyReadsIt() {
		String token = unique();
		String title = "Tọa đàm về xây dựng Đảng " + token;
		String url = record(signedIn("ducxuan"), title, false);

		Page coordinator = signedIn("tuyengiao");
		coordinator.navigate("/activities");
		Locator unit = coordinator.locator("#activity-filters #unitId");
		String unitId = unit.locator("option").filter(new Locator.FilterOptions()
			.setHasText(Pattern.compile("^(— )*" + DUC_XUAN + "$"))).getAttribute("value");
		unit.selectOption(unitId);
		coordinator.getByLabel("Tìm kiếm").fill(token);
		coordinator.getByRole(AriaRole.BUTTON, exactName("Tìm")).click();
		assertThat(coordinator).hasURL(Pattern.compile("[?&]unitId=" + unitId + "(&|$)"));
		Locator rows = coordinator.locator("#activity-list tbody tr");
		assertThat(rows).hasCount(1);
		assertThat(rows.locator("td").nth(2)).hasText(DUC_XUAN);
		rows.getByRole(AriaRole.LINK, exactly(title)).click();
		assertThat(coordinator).hasURL(baseUrl() + url);
		assertThat(heading(coordinator)).hasText(title);
		assertThat(coordinator.getByRole(AriaRole.LINK, exactName("Sửa hoạt động"))).isVisible();

		Page leader = signedIn("thuongtruc");
		leader.navigate(url);
		assertThat(heading(leader)).hasText(title);
		assertThat(fact(leader, "Đơn vị")).hasText(DUC_XUAN);
		assertThat(leader.getByRole(AriaRole.LINK, exactName("Sửa hoạt động"))).hasCount(0);
		assertThat(leader.getByRole(AriaRole.BUTTON, exactName("Xóa hoạt động"))).hasCount(0);
		assertThat(leader.locator("#add-evidence")).hasCount(0);
	}

	@Test
	void anotherUnitsReporterIsRefusedThePageTheFileAndTheApi() throws Exception {
		Page reporter = signedIn("ducxuan");
		String url = record(reporter, "Phát thanh chuyên đề Đảng bộ " + unique(), true);
		String fileUrl = reporter.locator("ul.evidence li a").getAttribute("href");
		assertThat(fileUrl).matches(url + "/evidence/\\d+");

		Page other = signedIn("songcau");
		browser.expectStatus(403);
		Response page = other.navigate(url);
		assertThat(page.status()).isEqualTo(403);
		assertThat(other.locator("main")).containsText(FORBIDDEN);
		APIResponse file = other.request().get(fileUrl);
		assertThat(file.status()).isEqualTo(403);
		assertThat(file.headers().get("content-disposition")).isNull();

		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"songcau\",\"password\":\"" + TestDatabases.DEMO_PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).isEqualTo(200);
		Matcher bearer = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
		assertThat(bearer.find()).isTrue();
		HttpResponse<String> api = http.send(HttpRequest.newBuilder(
				URI.create(baseUrl() + "/api/v1/activities/" + idOf(url)))
			.header("Authorization", "Bearer " + bearer.group(1))
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.body()).contains(FORBIDDEN);
	}

	@Test
	void reporterSavingAfterTheCoordinatorSeesTheConflictAndOverwritesNothing() {
		String title = "Hội nghị quán triệt " + unique();
		Page reporter = signedIn("ducxuan");
		String url = record(reporter, title, false);
		reporter.navigate(url + "/edit");
		assertThat(heading(reporter)).hasText("Sửa hoạt động");
		Page coordinator = signedIn("tuyengiao");
		coordinator.navigate(url + "/edit");
		assertThat(heading(coordinator)).hasText("Sửa hoạt động");

		String coordinatorTitle = title + " (điều phối viên sửa)";
		coordinator.getByLabel("Tên hoạt động").fill(coordinatorTitle);
		coordinator.getByRole(AriaRole.BUTTON, exactName("Lưu")).click();
		assertThat(coordinator.getByRole(AriaRole.STATUS)).hasText("Đã lưu hoạt động.");
		assertThat(heading(coordinator)).hasText(coordinatorTitle);

		reporter.getByLabel("Tên hoạt động").fill(title + " (báo cáo viên sửa)");
		Response saved = reporter.waitForResponse(r -> r.url().endsWith(url) && "POST".equals(r.request().method()),
				() -> reporter.getByRole(AriaRole.BUTTON, exactName("Lưu")).click());
		browser.expectStatus(409);
		assertThat(saved.status()).isEqualTo(409);
		assertThat(reporter.locator("p.flash.error[role=alert]")).hasText(CONFLICT);
		Locator conflict = reporter.locator("#conflict");
		assertThat(conflict.locator("dt")).hasText(new String[] { "Tên hoạt động" });
		assertThat(conflict.locator("dd")).hasText(new String[] { coordinatorTitle });
		assertThat(reporter.getByLabel("Tên hoạt động")).hasValue(title + " (báo cáo viên sửa)");

		reporter.navigate(url);
		assertThat(heading(reporter)).hasText(coordinatorTitle);
		assertThat(jdbc.sql("select title from activity where id = ?").param(idOf(url)).query(String.class).single())
			.isEqualTo(coordinatorTitle);
	}

	@Test
	void reporterFillsTheTemplateImportsItAndExportsTheList() throws IOException {
		String token = unique();
		List<String> titles = List.of("Phát thanh lưu động khu phố " + token, "Tọa đàm chi bộ khu dân cư " + token);
		Page page = signedIn("ducxuan");
		page.navigate("/activities");
		page.getByRole(AriaRole.LINK, exactName("Nhập từ Excel")).click();
		assertThat(heading(page)).hasText("Nhập hoạt động từ tệp Excel");
		Download template = page.waitForDownload(
				() -> page.locator("ul.templates").getByRole(AriaRole.LINK, exactly(CAMPAIGN)).click());
		assertThat(template.suggestedFilename()).isEqualTo("mau-hoat-dong-" + campaignId() + ".xlsx");

		byte[] filled = fill(Files.readAllBytes(template.path()), titles);
		page.getByLabel("Kế hoạch").selectOption(new SelectOption().setLabel(CAMPAIGN));
		page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(new FilePayload("hoat-dong-" + token + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled));
		page.getByRole(AriaRole.BUTTON, exactName("Nhập hoạt động")).click();

		assertThat(page).hasURL(baseUrl() + "/activities");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã nhập 2 hoạt động.");
		page.getByLabel("Tìm kiếm").fill(token);
		page.getByRole(AriaRole.BUTTON, exactName("Tìm")).click();
		assertThat(page.locator("#activity-list tbody tr a")).hasCount(2);

		Download export = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, exactName("Xuất Excel")).click());
		assertThat(export.suggestedFilename()).isEqualTo("hoat-dong.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(export.path()))) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<String, Integer> columns = headers(sheet.getRow(0));
			List<String> exported = new ArrayList<>();
			List<String> units = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				exported.add(sheet.getRow(r).getCell(columns.get("Tên hoạt động")).getStringCellValue());
				units.add(sheet.getRow(r).getCell(columns.get("Đơn vị")).getStringCellValue());
			}
			assertThat(exported).containsExactlyInAnyOrderElementsOf(titles);
			assertThat(units).containsOnly(DUC_XUAN);
		}
	}

	/** Fills two rows of the template under the headers it has: Đức Xuân's code, a date, theme 1, channel 2. */
	private byte[] fill(byte[] template, List<String> titles) throws IOException {
		String unitCode = jdbc.sql("select code from org_unit where name = ?").param(DUC_XUAN).query(String.class)
			.single();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheet("Hoạt động");
			Map<String, Integer> columns = headers(sheet.getRow(0));
			for (int i = 0; i < titles.size(); i++) {
				Row row = sheet.createRow(2 + i);
				row.createCell(columns.get("Đơn vị")).setCellValue(unitCode);
				Cell day = row.createCell(columns.get("Ngày bắt đầu"));
				day.setCellValue(LocalDate.of(2024, 6, 10 + i));
				day.setCellStyle(sheet.getColumnStyle(columns.get("Ngày bắt đầu")));
				row.createCell(columns.get("Tên hoạt động")).setCellValue(titles.get(i));
				row.createCell(columns.get("Nội dung")).setCellValue("1");
				row.createCell(columns.get("Hình thức")).setCellValue("2");
				row.createCell(columns.get("Buổi phát thanh trên loa (buổi)")).setCellValue(3 + i);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static Map<String, Integer> headers(Row row) {
		Map<String, Integer> columns = new HashMap<>();
		row.forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
		return columns;
	}

	/** Records a broadcast of 15/05/2024 for Đức Xuân through the form, with a photo or not; the activity's path. */
	private String record(Page page, String title, boolean withPhoto) {
		page.navigate("/activities/new?campaignId=" + campaignId());
		fillBroadcast(page, title, "2024-05-15", "12", "90");
		if (withPhoto) {
			page.locator("#files").setInputFiles(new FilePayload("anh-loa-phat-thanh.png", "image/png", png()));
		}
		page.getByRole(AriaRole.BUTTON, exactName("Lưu")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã ghi nhận hoạt động.");
		assertThat(page).hasURL(ACTIVITY_URL);
		return page.url().substring(baseUrl().length());
	}

	private void fillBroadcast(Page page, String title, String day, String broadcasts, String minutes) {
		Locator form = page.locator("#activity-form");
		form.getByLabel("Tên hoạt động").fill(title);
		form.getByLabel("Ngày thực hiện").fill(day);
		form.locator("label.check").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*1\\. ")))
			.locator("input[type=checkbox]").check();
		Locator channel = form.getByLabel("Hình thức");
		String second = channel.locator("option").nth(1).getAttribute("value");
		page.waitForResponse(r -> r.url().contains("/activities/measure-fields") && r.status() == 200,
				() -> channel.selectOption(second));
		Locator count = form.getByLabel("Buổi phát thanh trên loa (buổi)");
		assertThat(count).isVisible();
		count.fill(broadcasts);
		form.getByLabel("Thời lượng phát thanh (phút)").fill(minutes);
	}

	/** The form asks for the campaign first when the reporter sees more than one (other tests add campaigns). */
	private void chooseTheDemoCampaignIfAsked(Page page) {
		page.locator("#activity-form, form[action$='/activities/new']").first().waitFor();
		if (page.locator("#activity-form").count() == 0) {
			page.getByLabel("Kế hoạch").selectOption(new SelectOption().setLabel(CAMPAIGN));
			page.getByRole(AriaRole.BUTTON, exactName("Tiếp tục")).click();
		}
		assertThat(page.locator("#activity-form p.hint, main p.hint").first()).hasText(CAMPAIGN);
	}

	private static Locator fact(Page page, String term) {
		return page.locator("dl.facts dt").filter(new Locator.FilterOptions()
			.setHasText(Pattern.compile("^" + term + "$"))).locator("xpath=following-sibling::dd[1]");
	}

	private long campaignId() {
		return jdbc.sql("select id from campaign where title = ?").param(CAMPAIGN).query(Long.class).single();
	}

	private static long idOf(String url) {
		Matcher m = ACTIVITY_URL.matcher(url);
		assertThat(m.find()).isTrue();
		return Long.parseLong(m.group(1));
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

	/** A small photo: two coloured halves, so its thumbnail is a real picture. */
	private static byte[] png() {
		BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xC6, 0x28, 0x28));
		g.fillRect(0, 0, 120, 40);
		g.setColor(new Color(0xF9, 0xA8, 0x25));
		g.fillRect(0, 40, 120, 40);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}
}
