package vn.lantoa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.browser.LayoutParts.*;

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
import com.microsoft.playwright.options.SelectOption;

import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/** The foundation's journeys through the real pages: sign-in, the organisation tree, accounts, language, access. */
@LanToaTest
class FoundationBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signsInWithTheRightPasswordOnlyAndSignsOut() {
		Page page = browser.open(baseUrl());
		signIn(page, "admin", "wrong-Pass-2026");
		assertThat(page).hasURL(baseUrl() + "/login?error=bad");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");

		signIn(page, "admin", TestDatabases.DEMO_PASSWORD);
		assertThat(page).hasURL(baseUrl() + "/");
		assertThat(heading(page)).hasText("Xin chào, Quản trị hệ thống");

		signOut(page);
		assertThat(page).hasURL(baseUrl() + "/login?logout");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bạn đã đăng xuất.");
	}

	@Test
	void adminFindsCreatesRenamesMovesAndDeactivatesUnits() {
		Page page = signedIn("admin");
		menu(page).getByRole(AriaRole.LINK, exactly("Đơn vị")).click();
		page.getByLabel("Tìm kiếm").fill("dang bo phuong duc xuan");
		page.getByRole(AriaRole.BUTTON, exactName("Tìm")).click();
		assertThat(page.locator("table.list tbody td:first-child")).hasText(new String[] { "Đảng bộ phường Đức Xuân" });

		String code = uniqueCode();
		createUnitUnderThanhUy(page, code, "Ban Dân vận Thành ủy " + code);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã tạo đơn vị.");
		assertThat(crumbs(page)).hasText("Tỉnh ủy Bắc Kạn › Thành ủy Bắc Kạn › Ban Dân vận Thành ủy " + code);
		String unitUrl = page.url();

		Locator edit = page.locator("#edit-unit");
		edit.getByLabel("Tên đơn vị").fill("Ban Dân vận " + code);
		edit.getByRole(AriaRole.BUTTON, exactly("Lưu")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu thông tin đơn vị.");
		assertThat(heading(page)).hasText("Ban Dân vận " + code);

		edit.getByLabel("Mã đơn vị").fill("THANHUY");
		edit.getByRole(AriaRole.BUTTON, exactly("Lưu")).click();
		assertThat(edit.locator("p.error")).hasText("Mã đơn vị “THANHUY” đã được dùng cho đơn vị khác.");

		page.navigate(unitUrl);
		moveTo(page, new SelectOption().setLabel("— Ban Tuyên giáo Tỉnh ủy"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã chuyển đơn vị.");
		assertThat(crumbs(page)).hasText("Tỉnh ủy Bắc Kạn › Ban Tuyên giáo Tỉnh ủy › Ban Dân vận " + code);

		page.getByRole(AriaRole.LINK, exactName("Thêm đơn vị trực thuộc")).click();
		fillNewUnit(page, code + "-1", "Tổ công tác " + code, "Chi bộ");
		String childId = page.url().substring(page.url().lastIndexOf('/') + 1);
		page.navigate(unitUrl);
		browser.expectStatus(400);
		Response refused = page.waitForResponse(r -> r.url().endsWith("/move"),
				() -> moveTo(page, new SelectOption().setValue(childId)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(heading(page)).hasText("400");
		assertThat(page.locator(".lead"))
			.hasText("Không thể chuyển đơn vị vào chính nó hoặc vào đơn vị trực thuộc của nó.");
		assertThat(page.getByRole(AriaRole.BUTTON, exactName("Đăng xuất"))).isVisible();
		browser.screenshot(page, "move-refused");

		page.navigate(unitUrl);
		page.getByRole(AriaRole.BUTTON, exactName("Ngừng hoạt động")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đơn vị đã ngừng hoạt động.");
		assertThat(page.locator("dl.facts dd").nth(2)).hasText("Ngừng hoạt động");
	}

	@Test
	void adminOpensAnAccountThatSignsInUntilDeactivated() {
		String username = "thu." + uniqueCode().toLowerCase();
		String password = "Mat-khau-2026!";
		Page page = signedIn("admin");
		menu(page).getByRole(AriaRole.LINK, exactly("Tài khoản")).click();
		page.getByRole(AriaRole.LINK, exactName("Thêm tài khoản")).click();
		Locator form = page.locator("#new-account");
		form.getByLabel("Tên đăng nhập").fill(username);
		form.getByLabel("Họ và tên").fill("Bế Thị Thử");
		form.getByLabel("Vai trò").selectOption(new SelectOption().setLabel("Cán bộ báo cáo"));
		form.getByLabel("Đơn vị", new Locator.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("— — Đảng bộ phường Sông Cầu"));
		form.getByLabel("Phạm vi làm việc").selectOption(new SelectOption().setLabel("— — Đảng bộ phường Sông Cầu"));
		form.getByLabel("Mật khẩu ban đầu").fill(password);
		form.getByRole(AriaRole.BUTTON, exactly("Tạo mới")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã tạo tài khoản.");
		assertThat(heading(page)).hasText("Bế Thị Thử (" + username + ")");
		String accountUrl = page.url();

		signOut(page);
		signIn(page, username, password);
		assertThat(heading(page)).hasText("Xin chào, Bế Thị Thử");
		assertThat(page.locator("dl.facts dd").nth(1))
			.hasText("Tỉnh ủy Bắc Kạn › Thành ủy Bắc Kạn › Đảng bộ phường Sông Cầu");

		signOut(page);
		signIn(page, "admin", TestDatabases.DEMO_PASSWORD);
		page.navigate(accountUrl);
		page.getByRole(AriaRole.BUTTON, exactName("Ngừng hoạt động tài khoản")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tài khoản đã ngừng hoạt động.");

		signOut(page);
		signIn(page, username, password);
		assertThat(page).hasURL(baseUrl() + "/login?error=disabled");
		assertThat(page.getByRole(AriaRole.ALERT))
			.hasText("Tài khoản đã ngừng hoạt động. Vui lòng liên hệ quản trị viên.");
	}

	@Test
	void switchesToEnglishAndBack() {
		Page page = signedIn("admin");
		page.getByRole(AriaRole.BUTTON, exactName("English")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(menu(page).getByRole(AriaRole.LINK)).hasText(new String[] { "Home", "Campaigns", "Activities", "Reports", "Models", "Contests", "Press award", "Bulletin", "Notices", "Units", "Accounts", "Audit trail", "Working calendar" });
		assertThat(page.getByRole(AriaRole.BUTTON, exactName("Sign out"))).isVisible();
		assertThat(heading(page)).hasText("Hello, Quản trị hệ thống");

		page.getByRole(AriaRole.BUTTON, exactName("Tiếng Việt")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "vi");
		assertThat(menu(page).getByRole(AriaRole.LINK)).hasText(new String[] { "Trang chủ", "Kế hoạch tuyên truyền", "Hoạt động", "Báo cáo", "Mô hình", "Cuộc thi", "Búa liềm vàng", "Bản tin", "Thông báo", "Đơn vị", "Tài khoản", "Nhật ký", "Lịch làm việc" });
		assertThat(page.getByRole(AriaRole.BUTTON, exactName("Đăng xuất"))).isVisible();
	}

	@Test
	void reporterSeesNeitherAccountsNorUnitsAboveTheirOwn() {
		Page page = signedIn("ducxuan");
		assertThat(menu(page).getByRole(AriaRole.LINK)).hasText(new String[] { "Trang chủ", "Kế hoạch tuyên truyền", "Hoạt động", "Báo cáo", "Mô hình", "Cuộc thi", "Búa liềm vàng", "Bản tin", "Thông báo", "Đơn vị" });

		browser.expectStatus(403);
		assertThat(page.navigate("/accounts").status()).isEqualTo(403);
		assertThat(heading(page)).hasText("403");
		assertThat(page.locator(".lead")).hasText("Bạn không có quyền xem hoặc thay đổi dữ liệu này.");
		assertThat(menu(page).getByRole(AriaRole.LINK)).hasText(new String[] { "Trang chủ", "Kế hoạch tuyên truyền", "Hoạt động", "Báo cáo", "Mô hình", "Cuộc thi", "Búa liềm vàng", "Bản tin", "Thông báo", "Đơn vị" });
		browser.screenshot(page, "accounts");

		assertThat(page.navigate("/units/" + unitId("THANHUY")).status()).isEqualTo(403);
		assertThat(heading(page)).hasText("403");
		assertThat(page.locator(".lead")).hasText("Bạn không có quyền xem hoặc thay đổi dữ liệu này.");
		assertThat(menu(page).getByRole(AriaRole.LINK)).hasText(new String[] { "Trang chủ", "Kế hoạch tuyên truyền", "Hoạt động", "Báo cáo", "Mô hình", "Cuộc thi", "Búa liềm vàng", "Bản tin", "Thông báo", "Đơn vị" });
	}

	@Test
	void fitsAPhoneScreen() {
		Page page = browser.open(baseUrl(), 360, 740);
		page.navigate("/login");
		assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
		for (String field : new String[] { "#username", "#password", "button.primary" }) {
			var box = page.locator(field).boundingBox();
			assertThat(box.x).isGreaterThanOrEqualTo(0);
			assertThat(box.x + box.width).isLessThanOrEqualTo(360);
		}
		signIn(page, "tuyengiao", TestDatabases.DEMO_PASSWORD);
		assertThat(heading(page)).hasText("Xin chào, Nguyễn Thị Hồng Nhung");
		assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
		browser.screenshot(page, "home");

		menu(page).getByRole(AriaRole.LINK, exactly("Đơn vị")).click();
		assertThat(heading(page)).hasText("Cây tổ chức");
		assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
	}

	@Test
	void showsMarkupInAUnitNameAsText() {
		String name = "<img src=x onerror=\"window.__xss=1\">";
		String code = uniqueCode();
		Page page = signedIn("admin");
		createUnitUnderThanhUy(page, code, name);
		assertThat(heading(page)).hasText(name);
		assertThat(page.evaluate("typeof window.__xss")).isEqualTo("undefined");
		assertThat(page.locator("img")).hasCount(0);

		menu(page).getByRole(AriaRole.LINK, exactly("Đơn vị")).click();
		page.getByLabel("Tìm kiếm").fill(code);
		page.getByRole(AriaRole.BUTTON, exactName("Tìm")).click();
		assertThat(page.locator("table.list tbody td:first-child")).hasText(new String[] { name });
		assertThat(page.evaluate("typeof window.__xss")).isEqualTo("undefined");
		assertThat(page.locator("img")).hasCount(0);
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

	/** Through the menu: opens Thành ủy Bắc Kạn, asks for a new unit under it and creates it. */
	private static void createUnitUnderThanhUy(Page page, String code, String name) {
		menu(page).getByRole(AriaRole.LINK, exactly("Đơn vị")).click();
		page.getByRole(AriaRole.LINK, exactName("Thành ủy Bắc Kạn")).click();
		page.getByRole(AriaRole.LINK, exactName("Thêm đơn vị trực thuộc")).click();
		assertThat(page.locator("#parentId option:checked")).hasText("— Thành ủy Bắc Kạn");
		fillNewUnit(page, code, name, "Ban của cấp ủy");
	}

	private static void fillNewUnit(Page page, String code, String name, String kind) {
		Locator form = page.locator("#new-unit");
		form.getByLabel("Mã đơn vị").fill(code);
		form.getByLabel("Tên đơn vị").fill(name);
		form.getByLabel("Loại đơn vị").selectOption(new SelectOption().setLabel(kind));
		form.getByRole(AriaRole.BUTTON, exactly("Tạo mới")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã tạo đơn vị.");
	}

	private static void moveTo(Page page, SelectOption parent) {
		Locator form = page.locator("#move-unit");
		form.getByLabel("Đơn vị cấp trên mới").selectOption(parent);
		form.getByRole(AriaRole.BUTTON, exactly("Chuyển đơn vị")).click();
	}

	private long unitId(String code) {
		return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	private static String uniqueCode() {
		return "BT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
