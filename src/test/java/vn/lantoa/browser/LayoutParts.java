package vn.lantoa.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The parts of the shared layout the browser tests find, and the sign-in form, in Vietnamese. */
final class LayoutParts {

	private LayoutParts() {
	}

	static void signIn(Page page, String username, String password) {
		page.navigate("/login");
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu").fill(password);
		page.getByRole(AriaRole.BUTTON, exactName("Đăng nhập")).click();
	}

	static void signOut(Page page) {
		page.getByRole(AriaRole.BUTTON, exactName("Đăng xuất")).click();
	}

	static Locator heading(Page page) {
		return page.locator("main h1");
	}

	static Locator menu(Page page) {
		return page.locator("nav.menu");
	}

	static Locator crumbs(Page page) {
		return page.locator("nav.crumbs");
	}

	/** How wide the page is drawn, in CSS pixels: wider than the viewport means a horizontal scroll bar. */
	static int pageWidth(Page page) {
		return (int) page.evaluate("document.documentElement.scrollWidth");
	}

	static Page.GetByRoleOptions exactName(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	static Locator.GetByRoleOptions exactly(String name) {
		return new Locator.GetByRoleOptions().setName(name).setExact(true);
	}
}
