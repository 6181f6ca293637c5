package vn.lantoa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/** Every kind of answer carries the security headers; signing in gives a new session id. */
@LanToaTest
class SecurityHeadersIntegrationTests {

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

	@Test
	void pageHasTheHeaders() throws Exception {
		assertHeaders(get("/units").session(fixtures.adminSession()), 200);
	}

	@Test
	void staticFileHasTheHeaders() throws Exception {
		assertHeaders(get("/css/app.css"), 200);
	}

	@Test
	void loginPageHasTheHeaders() throws Exception {
		assertHeaders(get("/login"), 200);
	}

	@Test
	void apiAnswerHasTheHeaders() throws Exception {
		assertHeaders(get("/api/v1/me").header("Authorization", "Bearer " + fixtures.adminToken()), 200);
	}

	@Test
	void errorAnswersHaveTheHeaders() throws Exception {
		assertHeaders(get("/units/{id}", Long.MAX_VALUE).session(fixtures.adminSession()), 404);
		assertHeaders(get("/api/v1/units"), 401);
		assertHeaders(get("/api/v1/units/{id}", Long.MAX_VALUE).header("Authorization",
				"Bearer " + fixtures.adminToken()), 404);
	}

	@Test
	void errorPageOfTheServerHasTheHeaders() throws Exception {
		Browser browser = new Browser(port);
		browser.signIn("admin", TestDatabases.DEMO_PASSWORD);
		HttpResponse<String> response = browser.get("/nope");
		assertThat(response.statusCode()).isEqualTo(404);
		assertPolicy(response.headers().firstValue("Content-Security-Policy").orElse(null));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void signingInChangesTheSessionId() throws Exception {
		Browser browser = new Browser(port);
		browser.get("/login");
		String before = browser.sessionId();
		assertThat(before).isNotNull();
		HttpResponse<String> signedIn = browser.signIn("admin", TestDatabases.DEMO_PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).matches("(http://localhost:" + port + ")?/");
		String after = browser.sessionId();
		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/profile").statusCode()).isEqualTo(200);
	}

	private void assertHeaders(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		assertPolicy(response.getHeader("Content-Security-Policy"));
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	private static void assertPolicy(String policy) {
		assertThat(policy).isNotNull();
		List<String> directives = Arrays.stream(policy.split(";")).map(String::trim).toList();
		assertThat(directives).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
		String scripts = directives.stream().filter(d -> d.startsWith("script-src ")).findFirst().orElseThrow();
		assertThat(scripts).doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'");
	}
}
