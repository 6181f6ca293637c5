package vn.lantoa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.lantoa.browser.LayoutParts.*;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/** An admin keeps the working calendar: the built-in days of a year, a make-up Saturday added and removed. */
@LanToaTest
class CalendarBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void adminAddsAMakeUpSaturdayAndRemovesIt() {
		Page page = browser.open("http://localhost:" + port);
		signIn(page, "admin", TestDatabases.DEMO_PASSWORD);
		menu(page).getByRole(AriaRole.LINK, exactly("Lịch làm việc")).click();
		page.navigate("http://localhost:" + port + "/admin/calendar?year=2138");
		assertThat(heading(page)).hasText("Ngày nghỉ, ngày làm bù năm 2138");
		Locator days = page.locator("#calendar-days tbody tr");
		assertThat(days.filter(new Locator.FilterOptions().setHasText("Tết Nguyên đán (mùng 1)"))).hasCount(1);

		browser.expectStatus(400);
		page.getByLabel("Ngày", new Page.GetByLabelOptions().setExact(true)).fill("31/02/2138");
		page.getByLabel("Loại ngày").selectOption("WORKING_DAY");
		page.getByLabel("Tên", new Page.GetByLabelOptions().setExact(true)).fill("Làm bù");
		page.getByRole(AriaRole.BUTTON, exactName("Tạo mới")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText(Pattern.compile("^Ngày không hợp lệ"));

		// 07/06/2138 is a Saturday
		page.getByLabel("Ngày", new Page.GetByLabelOptions().setExact(true)).fill("07/06/2138");
		page.getByRole(AriaRole.BUTTON, exactName("Tạo mới")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm ngày 07/06/2138.");
		Locator added = days.filter(new Locator.FilterOptions().setHasText("07/06/2138"));
		assertThat(added).containsText("Thứ Bảy");
		assertThat(added).containsText("Ngày làm bù");
		assertThat(added).containsText("Do quản trị viên thêm");

		added.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xóa")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã xóa ngày 07/06/2138.");
		assertThat(days.filter(new Locator.FilterOptions().setHasText("07/06/2138"))).hasCount(0);
	}
}
