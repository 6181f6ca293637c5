package vn.lantoa.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;

/**
 * The bulletin through its services and the public pages: articles from two wards, reviewed and placed into an
 * issue, the issue's PDF, what the public sees before and after publishing (and after withdrawing), and the Atom
 * feed read with a real XML parser.
 */
@LanToaTest
class BulletinIntegrationTests {

	static final String ATOM = "http://www.w3.org/2005/Atom";
	static final String XSS = "<p onclick=\"alert(1)\">Đảng viên <b>gương mẫu</b></p><script>alert(1)</script>"
			+ "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">xem</a>";

	@Autowired
	Fixtures fixtures;
	@Autowired
	ArticleDesk articles;
	@Autowired
	ArticlePhotos photos;
	@Autowired
	IssueDesk issues;
	@Autowired
	BulletinExport export;
	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;

	Actor board() {
		return fixtures.actor("tuyengiao");
	}

	/** An issue of the city committee with two accepted articles (Sông Cầu's first), still a draft. */
	record Assembled(BulletinIssue issue, Article ducXuan, Article songCau) {
	}

	Assembled assemble(String token) throws Exception {
		Article a = articles.submit(fixtures.actor("ducxuan"), new ArticleDetails(fixtures.unit("DB-DUCXUAN"),
				"Đức Xuân đổi mới sinh hoạt chi bộ " + token, "Lương Thị Thu Hà", XSS));
		Article b = photos.submitWith(fixtures.actor("songcau"), new ArticleDetails(fixtures.unit("DB-SONGCAU"),
				"Sông Cầu lan tỏa gương người tốt " + token, "Nông Văn Đức", "Tuyên truyền viên kể chuyện "
						+ "“Người tốt, việc tốt”.\n\nLoa phát thanh phát mỗi sáng."),
				"ảnh.png", BulletinExportTests.png(), "Buổi phát thanh sáng thứ Hai");
		a = articles.accept(board(), a.getId(), a.getVersion());
		b = articles.accept(board(), b.getId(), b.getVersion());
		long owner = fixtures.unit("THANHUY");
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from bulletin_issue where owner_unit_id = ? and "
				+ "issue_year = 2024").param(owner).query(Integer.class).single();
		BulletinIssue issue = issues.create(board(), new IssueDetails(owner, number, LocalDate.of(2024, 6, 15),
				"Bản tin Công tác xây dựng Đảng " + token));
		issue = issues.place(board(), issue.getId(), issue.getVersion(), a.getId());
		issue = issues.place(board(), issue.getId(), issue.getVersion(), b.getId());
		issue = issues.move(board(), issue.getId(), issue.getVersion(), b.getId(), true);
		return new Assembled(issue, a, b);
	}

	@Test
	void issueOfTwoArticlesExportsAsPdfAndDocxWithEveryLetter() throws Exception {
		String token = Fixtures.unique("bt");
		Assembled it = assemble(token);
		assertThat(issues.contents(it.issue().getId())).extracting(Article::getId)
			.containsExactly(it.songCau().getId(), it.ducXuan().getId());
		assertThat(jdbc.sql("select body_html from article where id = ?").param(it.ducXuan().getId())
			.query(String.class).single()).isEqualTo("<p>Đảng viên <b>gương mẫu</b></p>xem");

		String text = BulletinExportTests.text(export.pdf(board(), it.issue().getId()).content());
		assertThat(text).contains("BẢN TIN", "THÀNH ỦY BẮC KẠN", "Sông Cầu lan tỏa gương người tốt " + token,
				"Đức Xuân đổi mới sinh hoạt chi bộ " + token, "Đảng viên gương mẫu", "Buổi phát thanh sáng thứ Hai",
				"Tuyên truyền viên kể chuyện “Người tốt, việc tốt”.");
		assertThat(text.indexOf("Sông Cầu lan tỏa")).isLessThan(text.indexOf("Đức Xuân đổi mới"));
		assertThat(export.docx(board(), it.issue().getId()).filename()).startsWith("ban-tin-so-").endsWith("-2024.docx");

		// a ward's reporter cannot arrange the city's issue, and a stale arrangement is refused
		assertThatThrownBy(() -> issues.publish(fixtures.actor("ducxuan"), it.issue().getId(),
				it.issue().getVersion())).isInstanceOf(OutOfScope.class);
		assertThatThrownBy(() -> issues.publish(board(), it.issue().getId(), it.issue().getVersion() - 1))
			.isInstanceOf(vn.lantoa.shared.StaleEdit.class);
	}

	@Test
	void thePublicSeesOnlyWhatWasPublished() throws Exception {
		Assembled it = assemble(Fixtures.unique("pub"));
		long issueId = it.issue().getId();
		long inIssue = it.ducXuan().getId();
		assertThat(status("/public/issues/" + issueId)).isEqualTo(404);
		assertThat(status("/public/articles/" + inIssue)).isEqualTo(404);
		assertThat(status("/public/issues/" + issueId + "/bulletin.pdf")).isEqualTo(404);

		BulletinIssue published = issues.publish(board(), issueId, it.issue().getVersion());
		MockHttpServletResponse page = mvc.perform(get("/public/issues/" + issueId)).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains(it.songCau().getTitle(), it.ducXuan().getTitle())
			.doesNotContain("onclick", "onerror", "alert(", "javascript:");
		assertThat(status("/public/articles/" + inIssue)).isEqualTo(200);
		assertThat(mvc.perform(get("/public/issues/" + issueId + "/bulletin.pdf")).andReturn().getResponse()
			.getContentType()).isEqualTo("application/pdf");
		long photo = photos.of(it.songCau().getId()).get(0).id();
		assertThat(status("/public/articles/" + it.songCau().getId() + "/photos/" + photo)).isEqualTo(200);
		assertThat(status("/bulletin/issues/" + issueId)).isEqualTo(302);

		// an accepted article outside any issue is public only once an editor shows it
		Article alone = articles.submit(fixtures.actor("ducxuan"), new ArticleDetails(fixtures.unit("DB-DUCXUAN"),
				"Tin ngắn " + Fixtures.unique("t"), "Hà", "Nội dung tin ngắn."));
		Article accepted = articles.accept(board(), alone.getId(), alone.getVersion());
		assertThat(status("/public/articles/" + alone.getId())).isEqualTo(404);
		articles.showPublicly(board(), alone.getId(), accepted.getVersion(), true);
		assertThat(status("/public/articles/" + alone.getId())).isEqualTo(200);

		Set<String> ids = feedEntryIds();
		assertThat(ids).contains("tag:lantoa,2026:issue-" + issueId, "tag:lantoa,2026:article-" + alone.getId())
			.doesNotContain("tag:lantoa,2026:article-" + inIssue);

		issues.withdraw(board(), issueId, published.getVersion());
		assertThat(status("/public/issues/" + issueId)).isEqualTo(404);
		assertThat(status("/public/articles/" + inIssue)).isEqualTo(404);
		assertThat(feedEntryIds()).doesNotContain("tag:lantoa,2026:issue-" + issueId);
	}

	@Test
	void feedIsValidAtomListingExactlyThePublicItems() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/public/feed.atom")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		Document xml = parse(response.getContentAsByteArray());
		Element feed = xml.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("vi");
		assertThat(child(feed, "id")).startsWith("tag:lantoa,2026:");
		assertThat(child(feed, "title")).isNotBlank();
		assertRfc3339(child(feed, "updated"));
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			ids.add(child(entry, "id"));
			assertThat(child(entry, "title")).isNotBlank();
			assertRfc3339(child(entry, "updated"));
			Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
			assertThat(link.getAttribute("rel")).isEqualTo("alternate");
			assertThat(link.getAttribute("href")).matches("http://localhost(:\\d+)?/public/(issues|models|articles)/\\d+");
		}
		assertThat(ids).hasSize(entries.getLength()).isEqualTo(expectedPublicIds());
	}

	/** The public items as the database holds them, in the feed's id form. */
	private Set<String> expectedPublicIds() {
		Set<String> ids = new HashSet<>();
		jdbc.sql("select id from bulletin_issue where status = 'PUBLISHED'").query(Long.class).list()
			.forEach(id -> ids.add("tag:lantoa,2026:issue-" + id));
		jdbc.sql("select id from exemplary_model where status = 'RECOGNISED' and published_at is not null")
			.query(Long.class).list().forEach(id -> ids.add("tag:lantoa,2026:model-" + id));
		jdbc.sql("select id from article where status = 'ACCEPTED' and public_at is not null").query(Long.class).list()
			.forEach(id -> ids.add("tag:lantoa,2026:article-" + id));
		return ids;
	}

	private Set<String> feedEntryIds() throws Exception {
		Document xml = parse(mvc.perform(get("/public/feed.atom")).andReturn().getResponse().getContentAsByteArray());
		NodeList entries = xml.getElementsByTagNameNS(ATOM, "entry");
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < entries.getLength(); i++) {
			ids.add(child((Element) entries.item(i), "id"));
		}
		return ids;
	}

	static Document parse(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	static String child(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
		assertThat(nodes.getLength()).as("<%s> in <%s>", name, parent.getLocalName()).isGreaterThan(0);
		return nodes.item(0).getTextContent();
	}

	static void assertRfc3339(String value) {
		assertThat(value).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
		OffsetDateTime.parse(value);
	}

	private int status(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

	static List<String> payloads() throws Exception {
		return RichTextTests.payloads();
	}
}
