package vn.lantoa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/** SQL in search and filter fields is only text; path tricks in ids are refused, never a server error. */
@LanToaTest
class InjectionIntegrationTests {

	static final String EMPTY = "<p class=\"empty\">Không có mục nào.</p>";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	SecurityFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new SecurityFixtures(mvc, jdbc);
	}

	@ParameterizedTest
	@ValueSource(strings = { "' or 1=1 --", "'; drop table org_unit; --", "%' or '1'='1" })
	void unitSearchTreatsSqlAsText(String q) throws Exception {
		MockHttpSession songcau = fixtures.signIn("songcau", TestDatabases.DEMO_PASSWORD);
		MvcResult result = mvc.perform(get("/units").param("q", q).session(songcau)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat((List<?>) result.getModelAndView().getModel().get("units")).isEmpty();
		assertTablesStillThere();
	}

	@ParameterizedTest
	@ValueSource(strings = { "entity", "user", "action" })
	void auditFiltersTreatSqlAsText(String filter) throws Exception {
		MockHttpSession admin = fixtures.adminSession();
		assertThat(auditPage(get("/audit").session(admin))).contains("<table class=\"list\"").doesNotContain(EMPTY);
		for (String sql : List.of("' or 1=1 --", "'; drop table audit_event; --", "x' or 'a'='a")) {
			assertThat(auditPage(get("/audit").param(filter, sql).session(admin))).as(sql).contains(EMPTY)
				.doesNotContain("<table class=\"list\"");
		}
		assertTablesStillThere();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/units/..%2F..%2Fetc", "/units/..%2f..%2fetc%2fpasswd", "/units/%2e%2e/%2e%2e/etc",
			"/units/..;/..;/etc", "/api/v1/units/..%2F..%2Fetc", "/units/1%00", "/units/abc" })
	void pathTricksInIdsAreRefusedThroughTheServer(String path) throws Exception {
		Browser browser = new Browser(port);
		assertThat(browser.signIn("songcau", TestDatabases.DEMO_PASSWORD).statusCode()).isEqualTo(302);
		HttpResponse<String> response = browser.get(path);
		assertThat(response.statusCode()).as(path).isIn(400, 401, 404);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at vn.lantoa")
			.doesNotContain("Tomcat");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/units/abc", "/units/1 or 1=1", "/units/-1", "/units/99999999999999999999" })
	void oddIdsArePagesNotFoundOrBadRequests(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).session(fixtures.adminSession())).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isIn(400, 404);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example/", "/\\evil.example/", "https://evil.example/", "/\t/evil.example/",
			"/\n/evil.example/", "/\r/evil.example/" })
	void languageSwitchGoesBackOnlyToThisSite(String back) throws Exception {
		MvcResult result = mvc.perform(post("/language").param("lang", "en").param("back", back)
			.session(fixtures.adminSession()).with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/units?q=Đức", "/accounts/12", "/" })
	void languageSwitchGoesBackToThePage(String back) throws Exception {
		MvcResult result = mvc.perform(post("/language").param("lang", "en").param("back", back)
			.session(fixtures.adminSession()).with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(back);
	}

	private String auditPage(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private void assertTablesStillThere() {
		for (String table : List.of("org_unit", "org_unit_tree", "account", "audit_event")) {
			assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isPositive();
		}
		assertThat(jdbc.sql("select count(*) from org_unit where code in ('TINHUY', 'DB-SONGCAU')").query(Long.class)
			.single()).isEqualTo(2);
	}
}
