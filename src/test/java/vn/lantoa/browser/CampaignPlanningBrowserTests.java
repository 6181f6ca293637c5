package vn.lantoa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.browser.LayoutParts.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;

import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/**
 * Planning a campaign from a guidance document through the real pages: import, review and correction, the campaign
 * page, a reporter completing the task handed to their unit, refused files, and the pages on a phone.
 */
@LanToaTest
class CampaignPlanningBrowserTests {

	private static final Path SEED = Paths.get("src/test/resources/seed/huong-dan-tuyen-truyen-xay-dung-dang.txt");

	private static final Path UBND_PLAN = Paths.get("src/test/resources/docs/ke-hoach-ubnd-huyen-cho-moi.txt");

	private static final String ADDED_TASK = "Báo cáo kết quả tuyên truyền về Ban Tuyên giáo Thành ủy trước ngày 10/12.";

	/** Every unit the seed's groups reach in Thành ủy Bắc Kạn, in Vietnamese alphabetical order. */
	private static final String[] SEED_UNITS = { "Ban Tổ chức Thành ủy", "Ban Tuyên giáo Thành ủy",
			"Chi bộ Phòng Giáo dục và Đào tạo thành phố", "Chi bộ Phòng Văn hóa và Thông tin thành phố",
			"Chi bộ Trung tâm Y tế thành phố", "Đảng bộ phường Đức Xuân", "Đảng bộ phường Huyền Tụng",
			"Đảng bộ phường Nguyễn Thị Minh Khai", "Đảng bộ phường Phùng Chí Kiên", "Đảng bộ phường Sông Cầu",
			"Đảng bộ phường Xuất Hóa", "Đảng bộ xã Dương Quang", "Đảng bộ xã Nông Thượng",
			"Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ", "Hội Nông dân",
			"Liên đoàn Lao động thành phố", "Ủy ban MTTQ Việt Nam thành phố", "Ủy ban nhân dân thành phố" };

	private static final String DUC_XUAN_SECOND_TASK = "Nắm chắc và dự báo sát tình hình tư tưởng, dư luận xã hội, "
			+ "nhất là về công tác xây dựng Đảng, xây dựng hệ thống chính trị, từ đó kịp thời lãnh đạo, chỉ đạo giải quyết "
			+ "dứt điểm những vấn đề phát sinh tại cơ sở.";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void coordinatorUploadsTheGuidanceCorrectsTheReadingAndPlansIt() {
		String title = uniqueTitle("Tuyên truyền xây dựng Đảng");
		Page page = signedIn("tuyengiao");
		page.navigate("/directives/import");
		page.getByLabel("Tệp văn bản (.txt, .docx)").setInputFiles(SEED);
		page.getByRole(AriaRole.BUTTON, exactName("Đọc văn bản")).click();

		assertThat(page).hasURL(Pattern.compile("/directives/\\d+/review$"));
		assertThat(heading(page)).hasText("Rà soát văn bản và lập kế hoạch");
		Locator original = page.locator("aside.original-pane pre.original");
		assertThat(original).containsText("HƯỚNG DẪN");
		assertThat(original).containsText("5. Ban Tuyên giáo Thành ủy");
		var formBox = page.locator("#review").boundingBox();
		var originalBox = original.boundingBox();
		assertThat(originalBox.x).isGreaterThanOrEqualTo(formBox.x + formBox.width);

		Locator themes = page.locator("#themes .row-card");
		Locator channels = page.locator("#channels .row-card");
		Locator groups = page.locator("#assignments .row-card");
		assertThat(themes).hasCount(4);
		assertThat(channels).hasCount(4);
		assertThat(groups).hasCount(5);
		Locator first = groups.nth(0);
		assertThat(first.getByLabel("Nhóm nhiệm vụ 1 – đơn vị thực hiện như văn bản ghi"))
			.hasValue("Các chi, đảng bộ trực thuộc");
		assertThat(first.locator(".checks input[type=checkbox]:checked")).hasCount(2);
		assertThat(first.getByLabel("Chi bộ", new Locator.GetByLabelOptions().setExact(true))).isChecked();
		assertThat(first.getByLabel("Đảng bộ", new Locator.GetByLabelOptions().setExact(true))).isChecked();
		Locator second = groups.nth(1);
		assertThat(second.getByLabel("Nhóm nhiệm vụ 2 – đơn vị thực hiện như văn bản ghi"))
			.hasValue("Ủy ban nhân dân thành phố");
		assertThat(second.locator("select option:checked")).hasText(new String[] { "— Ủy ban nhân dân thành phố" });
		assertThat(second.locator(".checks input[type=checkbox]:checked")).hasCount(0);
		browser.screenshot(page, "review");

		themes.nth(0).getByLabel("Nội dung 1").fill("Quan điểm, chủ trương về xây dựng Đảng (đã rút gọn)");
		channels.nth(3).getByLabel("Bỏ mục này").check();
		Locator tasks = second.getByLabel("Nhiệm vụ (mỗi dòng một nhiệm vụ)");
		tasks.fill(tasks.inputValue() + "\n" + ADDED_TASK);
		setPlan(page, title, "2026-07-01", "2027-06-30", "2027-06-30");
		page.getByRole(AriaRole.BUTTON, exactName("Tạo kế hoạch")).click();

		assertThat(page).hasURL(Pattern.compile("/campaigns/\\d+$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã tạo kế hoạch tuyên truyền.");
		assertThat(heading(page)).hasText(title);
		assertThat(page.locator("dl.facts dd").nth(0)).hasText("01/07/2026 – 30/06/2027");
		Locator themeTitles = page.locator("#themes + ol.items > li > strong");
		assertThat(themeTitles).hasCount(4);
		assertThat(themeTitles.nth(0)).hasText("Quan điểm, chủ trương về xây dựng Đảng (đã rút gọn)");
		Locator channelTitles = page.locator("#channels + ol.items > li > strong");
		assertThat(channelTitles).hasCount(3);
		assertThat(channelTitles).hasText(new String[] { "Trên trang/cổng thông tin điện tử",
				"Hệ thống loa phát thanh cơ sở", "Các phương tiện cổ động trực quan" });
		assertUnitsInOrder(page);
		Locator ducXuan = unitTasks(page, "Đảng bộ phường Đức Xuân");
		assertThat(ducXuan.locator(".group")).hasText(new String[] { "Các chi, đảng bộ trực thuộc" });
		Locator ubnd = unitTasks(page, "Ủy ban nhân dân thành phố");
		assertThat(ubnd.locator(".group")).hasText(new String[] { "Ủy ban nhân dân thành phố" });
		assertThat(ubnd.locator("ul.tasks li").last()).hasText(ADDED_TASK);
		browser.screenshot(page, "campaign");
	}

	@Test
	void coordinatorPastesAnotherCommitteesPlanAndHandsAnUnmatchedGroupToAUnit() {
		String title = uniqueTitle("Tuyên truyền cải cách hành chính");
		Page page = signedIn("tuyengiao");
		page.navigate("/directives/import");
		page.getByLabel("Hoặc dán nội dung văn bản").fill(read(UBND_PLAN));
		page.getByRole(AriaRole.BUTTON, exactName("Đọc văn bản")).click();

		assertThat(page).hasURL(Pattern.compile("/directives/\\d+/review$"));
		Locator groups = page.locator("#assignments .row-card");
		assertThat(groups).hasCount(3);
		assertThat(groups.nth(0).locator("input[name$='.unitText']")).hasValue("Văn phòng HĐND và UBND huyện");
		assertThat(groups.nth(1).locator("input[name$='.unitText']")).hasValue("Phòng Văn hóa và Thông tin huyện");
		assertThat(groups.nth(2).locator("input[name$='.unitText']")).hasValue("Ủy ban nhân dân các xã, thị trấn");
		assertThat(page.locator("#assignments .row-card.unmatched")).hasCount(3);
		assertThat(groups.nth(1).getByLabel("Nhiệm vụ (mỗi dòng một nhiệm vụ)")).hasValue(String.join("\n",
				"Hướng dẫn các cơ quan, đơn vị nội dung tuyên truyền, cụ thể:",
				"Xây dựng chuyên mục “Cải cách hành chính” trên Trang thông tin điện tử huyện;",
				"Biên soạn tài liệu hỏi - đáp về dịch vụ công trực tuyến.",
				"Chỉ đạo Trung tâm Văn hóa - Thể thao và Truyền thông huyện tăng thời lượng phát sóng về cải cách hành chính."));

		groups.nth(0).getByLabel("Giao cho đơn vị (giữ Ctrl để chọn nhiều)")
			.selectOption(new SelectOption().setLabel("— Ủy ban nhân dân thành phố"));
		groups.nth(1).getByLabel("Giao cho đơn vị (giữ Ctrl để chọn nhiều)").selectOption(new SelectOption[] {
				new SelectOption().setLabel("— Chi bộ Phòng Văn hóa và Thông tin thành phố"),
				new SelectOption().setLabel("— — Trung tâm Văn hóa Thể thao và Truyền thông") });
		groups.nth(2).getByLabel("Bỏ mục này").check();
		setPlan(page, title, "2026-07-01", "2026-12-31", "2026-12-15");
		page.getByRole(AriaRole.BUTTON, exactName("Tạo kế hoạch")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã tạo kế hoạch tuyên truyền.");
		assertThat(heading(page)).hasText(title);
		assertThat(page.locator("#themes + ol.items > li > strong")).hasText(new String[] {
				"Tuyên truyền về cải cách hành chính", "Tuyên truyền về chuyển đổi số" });
		assertThat(page.locator(".unit-tasks h3")).hasText(new String[] { "Chi bộ Phòng Văn hóa và Thông tin thành phố",
				"Trung tâm Văn hóa Thể thao và Truyền thông", "Ủy ban nhân dân thành phố" });
		assertThat(unitTasks(page, "Ủy ban nhân dân thành phố").locator(".group"))
			.hasText(new String[] { "Văn phòng HĐND và UBND huyện" });
		assertThat(unitTasks(page, "Trung tâm Văn hóa Thể thao và Truyền thông").locator("ul.tasks li")).hasCount(4);
	}

	@Test
	void reporterSeesTheTaskOfTheirUnitAndCompletesItWhileALeaderOnlyWatches() {
		String title = uniqueTitle("Nhiệm vụ xây dựng Đảng");
		Page coordinator = signedIn("tuyengiao");
		String campaignUrl = planTheSeed(coordinator, title);

		Page page = signedIn("ducxuan");
		Locator campaignLink = page.getByRole(AriaRole.LINK, exactName(title));
		assertThat(campaignLink).hasCount(1);
		Locator card = page.locator("p.assignment-campaign", new Page.LocatorOptions().setHas(campaignLink))
			.locator("xpath=following-sibling::article[1]");
		assertThat(card.locator(".status")).hasText("Đang thực hiện");
		assertThat(card.locator(".group")).hasText("Các chi, đảng bộ trực thuộc");
		assertThat(card.locator("ul.tasks li")).hasCount(3);
		assertThat(card.locator("ul.tasks li").nth(1)).hasText(DUC_XUAN_SECOND_TASK);

		campaignLink.click();
		assertThat(page).hasURL(campaignUrl);
		assertThat(page.locator(".unit-tasks h3")).hasText(new String[] { "Đảng bộ phường Đức Xuân" });
		Locator task = unitTasks(page, "Đảng bộ phường Đức Xuân").locator("article.assignment");
		task.getByRole(AriaRole.BUTTON, exactly("Đánh dấu đã hoàn thành")).click();
		assertThat(page).hasURL(campaignUrl);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã ghi nhận hoàn thành nhiệm vụ.");
		assertThat(task.locator(".assignment-head span")).hasText(new String[] { "Hoàn thành đúng hạn",
				"Hạn: 30/06/2027", "Hoàn thành ngày " + DAY.format(LocalDate.now(clock)) });
		assertThat(task.getByRole(AriaRole.BUTTON)).hasText(new String[] { "Mở lại" });

		Page leader = signedIn("thuongtruc");
		leader.navigate(campaignUrl);
		assertUnitsInOrder(leader);
		assertThat(unitTasks(leader, "Đảng bộ phường Đức Xuân").locator(".status")).hasText("Hoàn thành đúng hạn");
		assertThat(unitTasks(leader, "Đảng bộ phường Sông Cầu").locator(".status")).hasText("Đang thực hiện");
		assertThat(leader.locator("main form.inline")).hasCount(0);
		assertThat(leader.getByRole(AriaRole.BUTTON, exactName("Đánh dấu đã hoàn thành"))).hasCount(0);
	}

	@Test
	void refusesAnEmptyABinaryAndAnOversizedFileOnTheImportPage() {
		Page page = signedIn("tuyengiao");
		page.navigate("/directives/import");
		browser.expectStatus(400);
		browser.expectStatus(413);

		assertRefused(page, new FilePayload("trong.txt", "text/plain", new byte[0]), 400,
				"Văn bản trống: hãy chọn tệp hoặc dán nội dung.");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 1, 0 };
		assertRefused(page, new FilePayload("anh-chup.txt", "text/plain", png), 400,
				"Tệp không phải là văn bản đọc được (.txt hoặc .docx).");
		byte[] large = "Kế hoạch tuyên truyền. ".repeat(230_000).getBytes(StandardCharsets.UTF_8);
		assertRefused(page, new FilePayload("qua-lon.txt", "text/plain", large), 413, "Tệp quá lớn (tối đa 5 MB).");
	}

	@Test
	void campaignAndReviewPagesFitAPhoneScreen() {
		Page page = browser.open(baseUrl(), 360, 740);
		signIn(page, "tuyengiao", TestDatabases.DEMO_PASSWORD);
		page.navigate("/campaigns/" + campaignId("Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị"));
		assertThat(heading(page)).hasText("Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị");
		assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
		browser.screenshot(page, "campaign");

		page.navigate("/directives/import");
		page.getByLabel("Tệp văn bản (.txt, .docx)").setInputFiles(SEED);
		page.getByRole(AriaRole.BUTTON, exactName("Đọc văn bản")).click();
		assertThat(heading(page)).hasText("Rà soát văn bản và lập kế hoạch");
		// the heading can be there before the stylesheet is: measure the laid-out page (unstyled, the text's
		// unwrapped lines once made it 13,321 px wide on a loaded machine)
		page.waitForLoadState(LoadState.LOAD);
		assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
		var original = page.locator("pre.original").boundingBox();
		assertThat(original.x + original.width).isLessThanOrEqualTo(360);
	}

	/** Uploads the seed guidance and plans it unchanged for 07/2026–06/2027, tasks due 30/06/2027; the campaign's URL. */
	private String planTheSeed(Page page, String title) {
		page.navigate("/directives/import");
		page.getByLabel("Tệp văn bản (.txt, .docx)").setInputFiles(SEED);
		page.getByRole(AriaRole.BUTTON, exactName("Đọc văn bản")).click();
		setPlan(page, title, "2026-07-01", "2027-06-30", "2027-06-30");
		page.getByRole(AriaRole.BUTTON, exactName("Tạo kế hoạch")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã tạo kế hoạch tuyên truyền.");
		return page.url();
	}

	private void assertRefused(Page page, FilePayload file, int status, String message) {
		page.getByLabel("Tệp văn bản (.txt, .docx)").setInputFiles(file);
		Response answer = page.waitForResponse(r -> r.url().endsWith("/directives/import")
				&& "POST".equals(r.request().method()),
				() -> page.getByRole(AriaRole.BUTTON, exactName("Đọc văn bản")).click());
		assertThat(answer.status()).isEqualTo(status);
		assertThat(page).hasURL(baseUrl() + "/directives/import");
		assertThat(heading(page)).hasText("Nhập văn bản chỉ đạo");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText(message);
	}

	private long campaignId(String title) {
		return jdbc.sql("select id from campaign where title = ?").param(title).query(Long.class).single();
	}

	private void setPlan(Page page, String title, String startsOn, String endsOn, String dueOn) {
		Locator form = page.locator("#review");
		form.getByLabel("Tên kế hoạch").fill(title);
		form.getByLabel("Từ ngày").fill(startsOn);
		form.getByLabel("Đến ngày").fill(endsOn);
		form.getByLabel("Hạn hoàn thành nhiệm vụ").fill(dueOn);
	}

	private static Locator unitTasks(Page page, String unit) {
		return page.locator(".unit-tasks").filter(new Locator.FilterOptions()
			.setHas(page.locator("h3").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + unit + "$")))));
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

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String uniqueTitle(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/**
	 * The demo's city units, in Vietnamese alphabetical order; other tests of the run may have added units of the
	 * same kinds, which the campaign rightly includes, so the demo's are checked as a subsequence.
	 */
	private static void assertUnitsInOrder(Page page) {
		// the page streams in: wait for the last unit in order, not merely the first
		page.locator(".unit-tasks h3").filter(new Locator.FilterOptions()
			.setHasText(SEED_UNITS[SEED_UNITS.length - 1])).first().waitFor();
		org.assertj.core.api.Assertions.assertThat(page.locator(".unit-tasks h3").allTextContents())
			.containsSubsequence(SEED_UNITS);
	}
}
