package vn.lantoa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.browser.LayoutParts.heading;
import static vn.lantoa.browser.LayoutParts.signIn;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/**
 * A unit's own software uses the API as issue 8 describes: it takes a token, records an activity and uploads its
 * photo; the reporter then finds both in the browser, and a read-only token could not have written them.
 */
@LanToaTest
class ApiJourneyBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Fixtures fixtures;

	@Test
	void anActivityAndItsPhotoRecordedThroughTheApiAppearInTheBrowser() {
		Page page = browser.open(baseUrl());
		APIRequestContext api = page.context().request();
		String token = token(api, "read-write");
		long campaign = jdbc.sql("select min(id) from campaign").query(Long.class).single();
		long theme = jdbc.sql("select min(id) from campaign_theme where campaign_id = ?").param(campaign)
			.query(Long.class).single();
		long channel = jdbc.sql("select min(id) from campaign_channel where campaign_id = ?").param(campaign)
			.query(Long.class).single();
		String title = "Phát thanh qua phần mềm của phường " + Fixtures.unique("");
		Map<String, Object> activity = Map.of("campaignId", campaign, "unitId", fixtures.unit("DB-DUCXUAN"),
				"themeIds", List.of(theme), "channelId", channel, "startDate", "2024-02-20", "title", title,
				"description", "Ghi nhận tự động từ phần mềm quản lý loa của phường.", "place", "Tổ dân phố 4");

		APIResponse refused = api.post(baseUrl() + "/api/v1/activities", RequestOptions.create()
			.setHeader("Authorization", "Bearer " + token(api, "read")).setData(activity));
		assertThat(refused.status()).as("a read token cannot write").isEqualTo(403);

		APIResponse created = api.post(baseUrl() + "/api/v1/activities", RequestOptions.create()
			.setHeader("Authorization", "Bearer " + token).setData(activity));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = ((Number) JsonPath.read(created.text(), "$.id")).longValue();
		APIResponse photo = api.post(baseUrl() + "/api/v1/activities/" + id + "/evidence", RequestOptions.create()
			.setHeader("Authorization", "Bearer " + token).setMultipart(FormData.create()
				.set("file", new FilePayload("loa-to-4.png", "image/png", RecognitionBrowserTests.png()))));
		assertThat(photo.status()).as(photo.text()).isEqualTo(201);

		signIn(page, "ducxuan", TestDatabases.DEMO_PASSWORD);
		assertThat(heading(page)).hasText(Pattern.compile("^Xin chào, "));
		page.navigate("/activities?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
		page.getByText(title).click();
		assertThat(heading(page)).hasText(title);
		assertThat(page.locator("main")).containsText("Tổ dân phố 4");
		assertThat(page.locator("ul.evidence")).containsText("loa-to-4.png");
		String file = page.locator("ul.evidence li a").first().getAttribute("href");
		APIResponse download = page.request().get(baseUrl() + file);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(RecognitionBrowserTests.png());
		browser.screenshot(page, "activity-from-the-api");
	}

	private String token(APIRequestContext api, String scope) {
		APIResponse response = api.post(baseUrl() + "/api/v1/auth/token", RequestOptions.create().setData(Map.of(
				"username", "ducxuan", "password", TestDatabases.DEMO_PASSWORD, "scope", scope, "expiresInDays", 1)));
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return JsonPath.read(response.text(), "$.token");
	}

	private String baseUrl() {
		return "http://localhost:" + port;
	}
}
