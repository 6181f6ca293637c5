package vn.lantoa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.browser.LayoutParts.*;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.bulletin.ArticleDesk;
import vn.lantoa.bulletin.ArticleDetails;
import vn.lantoa.campaign.CampaignDirectory;

/**
 * Issue 7's journeys in Chromium: a ward proposes a model, the Board verifies and recognises it, another ward links
 * one of its activities as a replication; two wards send articles, the Board accepts them, assembles an issue,
 * publishes it and downloads its PDF (whose text is read back); the public page and the Atom feed show exactly the
 * public items; and known XSS payloads in an article never run.
 */
@LanToaTest
class RecognitionBrowserTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	ActivityRecording activities;
	@Autowired
	CampaignDirectory campaigns;
	@Autowired
	ArticleDesk articles;

	@Test
	void wardProposesBoardRecognisesAnotherWardReplicates() {
		String token = unique();
		String title = "Tổ dân phố “Ba không” tuyên truyền pháp luật " + token;
		Page ward = signedIn("ducxuan");
		menu(ward).getByRole(AriaRole.LINK, exactly("Mô hình")).click();
		assertThat(heading(ward)).hasText("Mô hình hay, gương điển hình");
		ward.getByRole(AriaRole.LINK, exactName("Đề xuất mô hình")).click();
		ward.getByLabel("Tên mô hình, điển hình").fill(title);
		ward.getByLabel("Loại").selectOption(new SelectOption().setLabel("Cách làm hiệu quả"));
		ward.getByLabel("Mô tả (cách làm, kết quả)").fill("Mỗi tổ dân phố một loa, mỗi tuần một bản tin pháp luật.");
		ward.getByRole(AriaRole.BUTTON, exactName("Lưu")).click();
		assertThat(ward.getByRole(AriaRole.STATUS)).hasText("Đã gửi đề xuất mô hình.");
		assertThat(ward.locator("#model-status")).hasText("Đề xuất");
		String modelUrl = ward.url().substring(baseUrl().length());

		// the same title typed again without diacritics is shown as a likely duplicate before anything is saved
		ward.navigate("/models/new");
		ward.getByLabel("Tên mô hình, điển hình").fill("to dan pho Ba khong tuyen truyen phap luat " + token);
		browser.expectStatus(409);
		ward.getByRole(AriaRole.BUTTON, exactName("Lưu")).click();
		assertThat(ward.locator("#duplicates a")).hasText(title);
		assertThat(ward.getByLabel("Đây là một mô hình khác, vẫn lưu đề xuất")).isVisible();
		browser.screenshot(ward, "duplicate");

		Page board = signedIn("tuyengiao");
		board.navigate(modelUrl);
		board.getByRole(AriaRole.BUTTON, exactName("Xác nhận đã thẩm định")).click();
		assertThat(board.locator("#model-status")).hasText("Đã thẩm định");
		board.getByLabel("Số quyết định").fill("125-QĐ/TU");
		board.getByLabel("Ngày quyết định").fill("2024-06-01");
		board.getByRole(AriaRole.BUTTON, exactName("Công nhận")).click();
		assertThat(board.getByRole(AriaRole.STATUS)).hasText("Đã công nhận mô hình.");
		assertThat(board.locator("#model-status")).hasText("Đã công nhận");
		assertThat(board.locator("#model-decision")).hasText("Quyết định số 125-QĐ/TU ngày 01/06/2024");
		board.getByRole(AriaRole.BUTTON, exactName("Hiển thị trên trang công khai")).click();
		assertThat(board.getByRole(AriaRole.STATUS)).hasText("Mô hình đã hiển thị trên trang công khai.");

		String activity = "Sông Cầu học cách làm “Ba không” " + token;
		recordActivity("songcau", "DB-SONGCAU", activity);
		Page other = signedIn("songcau");
		other.navigate(modelUrl);
		assertThat(heading(other)).hasText(title);
		other.getByLabel("Hoạt động của đơn vị bạn đã làm theo mô hình").selectOption(new SelectOption()
			.setLabel("10/07/2024 – " + activity + " (Đảng bộ phường Sông Cầu)"));
		other.getByRole(AriaRole.BUTTON, exactName("Ghi nhận nhân rộng")).click();
		assertThat(other.getByRole(AriaRole.STATUS)).hasText("Đã ghi nhận hoạt động nhân rộng mô hình.");
		Locator rows = other.locator("#replication-list tbody tr");
		assertThat(rows).hasCount(1);
		assertThat(rows.locator("td").nth(1)).hasText(activity);
		assertThat(rows.locator("td").nth(2)).hasText("Đảng bộ phường Sông Cầu");
		browser.screenshot(other, "replicated");

		Page anyone = browser.open(baseUrl());
		anyone.navigate("/public");
		assertThat(anyone.locator("#public-models").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName(title).setExact(true))).isVisible();
	}

	@Test
	void bulletinIssueOfTwoArticlesIsPublishedAndDownloadedAsPdf() throws Exception {
		String token = unique();
		String first = "Đức Xuân đổi mới sinh hoạt chi bộ " + token;
		String second = "Sông Cầu lan tỏa gương người tốt, việc tốt " + token;
		sendArticle("ducxuan", first, "Sinh hoạt chuyên đề hằng tháng, đảng viên trẻ chủ trì.", false);
		sendArticle("songcau", second, "Tuyên truyền viên kể chuyện “Người tốt, việc tốt” trên loa.", true);

		Page board = signedIn("tuyengiao");
		for (String title : List.of(first, second)) {
			board.navigate("/bulletin/articles?q=" + token);
			board.locator("#article-list").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)
				.setExact(true)).click();
			board.getByRole(AriaRole.BUTTON, exactName("Nhận đăng")).click();
			assertThat(board.locator("#article-status")).hasText("Đã nhận đăng");
		}
		menu(board).getByRole(AriaRole.LINK, exactly("Bản tin")).click();
		board.getByRole(AriaRole.LINK, exactName("Số bản tin mới")).click();
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from bulletin_issue where owner_unit_id = ? and "
				+ "issue_year = ?").params(fixtures.unit("THANHUY"), LocalDate.now().getYear()).query(Integer.class)
			.single();
		board.getByLabel("Số", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(number));
		board.getByLabel("Tên bản tin").fill("Chào mừng Đại hội Đảng bộ " + token);
		board.getByRole(AriaRole.BUTTON, exactName("Tạo mới")).click();
		assertThat(board.getByRole(AriaRole.STATUS)).hasText("Đã tạo số bản tin.");
		for (String title : List.of(first, second)) {
			board.getByLabel("Thêm bài đã nhận đăng").selectOption(new SelectOption().setLabel(title + " ("
					+ (title == first ? "Đảng bộ phường Đức Xuân" : "Đảng bộ phường Sông Cầu") + ")"));
			board.getByRole(AriaRole.BUTTON, exactName("Đưa vào bản tin")).click();
			assertThat(board.getByRole(AriaRole.STATUS)).hasText("Đã đưa bài vào bản tin.");
		}
		assertThat(board.locator("#issue-contents > li > a")).hasText(new String[] { first, second });
		board.getByRole(AriaRole.BUTTON, exactName("Phát hành")).click();
		assertThat(board.locator("#issue-status")).hasText("Đã phát hành");
		browser.screenshot(board, "issue");

		Download pdf = board.waitForDownload(() -> board.locator("#export-pdf").click());
		assertThat(pdf.suggestedFilename()).isEqualTo("ban-tin-so-" + number + "-" + LocalDate.now().getYear()
				+ ".pdf");
		String text = pdfText(Files.readAllBytes(pdf.path()));
		assertThat(text).contains("BẢN TIN", "CÔNG TÁC XÂY DỰNG ĐẢNG", "THÀNH ỦY BẮC KẠN",
				"Số " + number + "/" + LocalDate.now().getYear(), "Chào mừng Đại hội Đảng bộ " + token, first,
				"Sinh hoạt chuyên đề hằng tháng, đảng viên trẻ chủ trì.",
				"Tuyên truyền viên kể chuyện “Người tốt, việc tốt” trên loa.", "Buổi phát thanh sáng thứ Hai");
		assertThat(text.replace('\n', ' ')).contains(second);
		assertThat(text.indexOf(first)).isLessThan(text.indexOf("Sông Cầu lan tỏa"));

		Page anyone = browser.open(baseUrl());
		anyone.navigate("/public");
		assertThat(anyone.locator("#public-issues")).containsText("Chào mừng Đại hội Đảng bộ " + token + " – số "
				+ number + "/" + LocalDate.now().getYear());
		anyone.locator("#public-issues").getByRole(AriaRole.LINK).first().click();
		assertThat(anyone.locator("article h2")).hasText(new String[] { first, second });
		assertThat(anyone.locator("figure.photo img")).hasCount(1);
		anyone.waitForFunction("img => img.complete && img.naturalWidth > 0",
				anyone.locator("figure.photo img").elementHandle());
		browser.screenshot(anyone, "public-issue");
	}

	@Test
	void publicFeedIsAtomListingExactlyThePublicItems() throws Exception {
		Page anyone = browser.open(baseUrl());
		APIResponse response = anyone.request().get(baseUrl() + "/public/feed.atom");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().get("content-type")).startsWith("application/atom+xml");
		var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		var xml = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(response.body()));
		var feed = xml.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "lang")).isEqualTo("vi");
		for (String required : List.of("id", "title", "updated")) {
			assertThat(feed.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isGreaterThan(0);
		}
		var entries = feed.getElementsByTagNameNS(ATOM, "entry");
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < entries.getLength(); i++) {
			var entry = (org.w3c.dom.Element) entries.item(i);
			for (String required : List.of("id", "title", "updated", "link")) {
				assertThat(entry.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isEqualTo(1);
			}
			String updated = entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent();
			java.time.OffsetDateTime.parse(updated);
			assertThat(updated).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
			ids.add(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
			String href = ((org.w3c.dom.Element) entry.getElementsByTagNameNS(ATOM, "link").item(0))
				.getAttribute("href");
			assertThat(anyone.request().get(href).status()).as(href).isEqualTo(200);
		}
		Set<String> expected = new HashSet<>();
		jdbc.sql("select id from bulletin_issue where status = 'PUBLISHED'").query(Long.class).list()
			.forEach(id -> expected.add("tag:lantoa,2026:issue-" + id));
		jdbc.sql("select id from exemplary_model where status = 'RECOGNISED' and published_at is not null")
			.query(Long.class).list().forEach(id -> expected.add("tag:lantoa,2026:model-" + id));
		jdbc.sql("select id from article where status = 'ACCEPTED' and public_at is not null").query(Long.class)
			.list().forEach(id -> expected.add("tag:lantoa,2026:article-" + id));
		assertThat(ids).hasSize(entries.getLength()).isEqualTo(expected).isNotEmpty();

		// nothing else is visible without signing in
		browser.expectStatus(404);
		long draft = jdbc.sql("select id from exemplary_model where published_at is null order by id limit 1")
			.query(Long.class).single();
		assertThat(anyone.navigate("/public/models/" + draft).status()).isEqualTo(404);
		assertThat(anyone.navigate("/models/" + draft).url()).endsWith("/login");
	}

	@Test
	void knownXssPayloadsInAnArticleNeverRun() throws Exception {
		List<String> payloads = new ArrayList<>();
		try (var in = getClass().getResourceAsStream("/xss/payloads.txt")) {
			new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank()).forEach(payloads::add);
		}
		String title = "Bài thử an toàn " + unique();
		long id = articles.submit(fixtures.actor("ducxuan"), new ArticleDetails(fixtures.unit("DB-DUCXUAN"), title,
				"Người thử", "<p>Mở đầu</p>" + String.join("\n", payloads))).getId();
		String stored = jdbc.sql("select body_html from article where id = ?").param(id).query(String.class).single();
		assertThat(stored.toLowerCase()).doesNotContain("<script", "onerror", "onload", "onclick", "javascript:",
				"<svg", "<iframe", "style=", "<img").contains("<p>mở đầu</p>");

		Page page = signedIn("ducxuan");
		List<String> dialogs = new ArrayList<>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		for (String path : List.of("/bulletin/articles/" + id, "/bulletin/articles/" + id + "/edit")) {
			page.navigate(path);
			page.waitForLoadState();
			page.waitForTimeout(500);
			Map<?, ?> found = (Map<?, ?>) page.evaluate("""
					() => ({ xss: window.__xss === 1,
					         dangerous: document.querySelectorAll('main script:not([src="/js/rich-text.js"]), main img, main iframe, main svg, '
					           + 'main object, main embed, main style, main [style], main a[href^="javascript"]').length,
					         handlers: [...document.querySelectorAll('main *')].filter(e => [...e.attributes]
					           .some(a => a.name.startsWith('on'))).length })""");
			assertThat(found.get("xss")).as(path).isEqualTo(false);
			assertThat(((Number) found.get("dangerous")).intValue()).as(path).isZero();
			assertThat(((Number) found.get("handlers")).intValue()).as(path).isZero();
		}
		assertThat(page.locator("#body-editor")).containsText("Mở đầu");
		assertThat(dialogs).isEmpty();
		browser.screenshot(page, "editor");
	}

	private void sendArticle(String username, String title, String text, boolean withPhoto) {
		Page page = signedIn(username);
		menu(page).getByRole(AriaRole.LINK, exactly("Bản tin")).click();
		page.getByRole(AriaRole.LINK, exactName("Tin, bài gửi Bản tin")).click();
		page.getByRole(AriaRole.LINK, exactName("Gửi tin, bài")).click();
		page.getByLabel("Tiêu đề", new Page.GetByLabelOptions().setExact(true)).fill(title);
		Locator editor = page.locator("#body-editor");
		editor.click();
		page.keyboard().type(text);
		page.getByRole(AriaRole.BUTTON, exactName("In đậm")).click();
		page.keyboard().type(" Kết quả tốt.");
		if (withPhoto) {
			page.locator("#photo").setInputFiles(new FilePayload("phat-thanh.png", "image/png", png()));
			page.getByLabel("Chú thích ảnh").fill("Buổi phát thanh sáng thứ Hai");
		}
		browser.screenshot(page, "article-" + username);
		page.getByRole(AriaRole.BUTTON, exactName("Gửi bài")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã gửi tin, bài tới Ban biên tập.");
		assertThat(page.locator("#article-body")).containsText(text);
		assertThat(page.locator("#article-body strong, #article-body b")).hasText("Kết quả tốt.");
	}

	private void recordActivity(String username, String unitCode, String title) {
		var actor = fixtures.actor(username);
		var campaign = campaigns.visible(actor).stream().filter(c -> c.getTitle().startsWith("Đẩy mạnh tuyên truyền"))
			.findFirst().orElseThrow();
		activities.record(actor, new ActivityDetails(campaign.getId(), fixtures.unit(unitCode),
				List.of(campaigns.themes(campaign.getId()).get(2).id()), campaigns.channels(campaign.getId()).get(1).id(),
				LocalDate.of(2024, 7, 10), null, title, null, null, Map.of(), List.of()));
	}

	private static String pdfText(byte[] pdf) throws Exception {
		var reader = new com.lowagie.text.pdf.PdfReader(pdf);
		try {
			var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
			StringBuilder out = new StringBuilder();
			for (int p = 1; p <= reader.getNumberOfPages(); p++) {
				out.append(extractor.getTextFromPage(p)).append('\n');
			}
			return java.text.Normalizer.normalize(out.toString(), java.text.Normalizer.Form.NFC);
		} finally {
			reader.close();
		}
	}

	static byte[] png() {
		try {
			var image = new java.awt.image.BufferedImage(480, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
			var g = image.createGraphics();
			g.setColor(new java.awt.Color(0xB22222));
			g.fillRect(0, 0, 480, 300);
			g.setColor(java.awt.Color.YELLOW);
			g.fillOval(190, 100, 100, 100);
			g.dispose();
			var out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
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

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}
}
