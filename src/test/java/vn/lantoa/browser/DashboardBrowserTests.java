package vn.lantoa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.browser.LayoutParts.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/**
 * The city's standing committee opens the demo campaign's dashboard from the home page: the charts are drawn (a
 * screenshot is checked), an empty cell of the coverage matrix opens the activity list with the cell's filters, a
 * late unit of the reporting heat map opens that unit's dashboard, and its cell the unit's reports.
 */
@LanToaTest
class DashboardBrowserTests {

	private static final String CAMPAIGN = "Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLeaderOpensTheDashboardAndDrillsDown() throws Exception {
		long campaign = jdbc.sql("select id from campaign where title = ?").param(CAMPAIGN).query(Long.class).single();
		long city = jdbc.sql("select id from org_unit where code = 'THANHUY'").query(Long.class).single();
		Page page = browser.open("http://localhost:" + port, 1280, 900);
		signIn(page, "thuongtruc", TestDatabases.DEMO_PASSWORD);
		assertThat(heading(page)).hasText("Xin chào, Hoàng Văn Minh");
		// the home page shows the newest active campaigns' cards; the suite may have planned newer ones than the demo's
		assertThat(page.locator("#dashboards a.card").first()).isVisible();
		Locator card = page.locator("#dashboards a.card").filter(new Locator.FilterOptions().setHasText(CAMPAIGN));
		if (card.count() == 1) {
			card.click();
		} else {
			page.navigate("/campaigns/" + campaign);
			page.locator("#open-dashboard").click();
		}
		assertThat(page).hasURL(Pattern.compile("/campaigns/" + campaign + "/dashboard$"));
		assertThat(heading(page)).hasText("Bảng điều hành: " + CAMPAIGN);

		// the charts are drawn on canvases, with more than a blank background
		for (String chart : new String[] { "coverage", "completeness", "trend", "assignments" }) {
			assertThat(page.locator("[data-chart=" + chart + "] canvas")).hasCount(1);
		}
		page.waitForTimeout(800);
		int inked = ((Number) page.evaluate("""
				() => {
				  const c = document.querySelector('[data-chart=coverage] canvas');
				  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
				  let n = 0;
				  for (let i = 0; i < d.length; i += 4) { if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240)) n++; }
				  return n;
				}""")).intValue();
		assertThat(inked).isGreaterThan(2_000);
		browser.screenshot(page, "dashboard");
		Path shot = Path.of("target", "screenshots", "DashboardBrowserTests.theLeaderOpensTheDashboardAndDrillsDown-dashboard.png");
		assertThat(Files.size(shot)).isGreaterThan(60_000);
		var image = javax.imageio.ImageIO.read(shot.toFile());
		assertThat(image.getWidth()).isEqualTo(1280);
		assertThat(image.getHeight()).isGreaterThan(1500);

		// an empty cell of the coverage matrix: the activities of that theme on that channel, of the whole campaign
		Locator empty = page.locator("table#coverage td.empty-cell").first();
		String theme = empty.getAttribute("data-theme");
		String channel = empty.getAttribute("data-channel");
		empty.locator("a").click();
		assertThat(page).hasURL(Pattern.compile("/activities\\?unitId=" + city + "&campaignId=" + campaign
				+ ("0".equals(theme) ? "" : "&themeId=" + theme) + "&channelId=" + channel
				+ "&startsFrom=2023-07-01&startsTo=2025-12-31$"));
		assertThat(page.locator("#campaignId")).hasValue(String.valueOf(campaign));
		assertThat(page.locator("#channelId")).hasValue(channel);
		if (!"0".equals(theme)) {
			assertThat(page.locator("#themeId")).hasValue(theme);
		}
		assertThat(page.locator("#startsFrom")).hasValue("2023-07-01");
		assertThat(page.locator("#startsTo")).hasValue("2025-12-31");
		page.goBack();

		// a late unit of the heat map: its own dashboard, then its report of the period
		Locator late = page.locator("table#reporting tbody tr").filter(new Locator.FilterOptions()
			.setHas(page.locator("td.state-MISSING"))).first();
		String unitName = late.locator("a.unit-link").textContent().strip();
		long unit = jdbc.sql("select id from org_unit where name = ?").param(unitName).query(Long.class).single();
		late.locator("a.unit-link").click();
		assertThat(page).hasURL(Pattern.compile("/campaigns/" + campaign + "/dashboard\\?unitId=" + unit + "(&period=)?$"));
		assertThat(crumbs(page).locator("a").last()).hasText(unitName);
		assertThat(page.locator("#unitId")).hasValue(String.valueOf(unit));
		page.goBack();
		late = page.locator("table#reporting tbody tr").filter(new Locator.FilterOptions()
			.setHas(page.locator("td.state-MISSING"))).first();
		late.locator("td.state-MISSING a").first().click();
		assertThat(page).hasURL(Pattern.compile("/reports\\?campaignId=" + campaign + "&period=\\d{4}Q\\d&unitId="
				+ unit + "$"));
		assertThat(heading(page)).hasText("Báo cáo định kỳ");
		assertThat(page.locator("#unitId")).hasValue(String.valueOf(unit));
	}
}
