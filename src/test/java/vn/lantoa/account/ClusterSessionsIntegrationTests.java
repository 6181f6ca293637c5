package vn.lantoa.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.LanToaApplication;
import vn.lantoa.TestDatabases;

/**
 * Two application nodes on one database with {@code lantoa.sessions=jdbc}, as behind a load balancer: one cookie
 * jar talks to both. A user signed in on one node stays signed in on the other, a form served by one is accepted by
 * the other (its CSRF token lives in the shared session), and signing out on one ends the session on both. The
 * session rows hold no password hash.
 */
class ClusterSessionsIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static ConfigurableApplicationContext first;
	private static ConfigurableApplicationContext second;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() throws Exception {
		TestDatabases.Fresh database = TestDatabases.freshDatabase("cluster");
		String dataDir = "target/cluster-" + UUID.randomUUID();
		first = node(database, dataDir);
		second = node(database, dataDir);
	}

	private static ConfigurableApplicationContext node(TestDatabases.Fresh database, String dataDir) {
		return new SpringApplicationBuilder(LanToaApplication.class).run(database.arguments("--server.port=0",
				"--lantoa.sessions=jdbc", "--lantoa.demo=true", "--lantoa.demo-history=false",
				"--lantoa.demo-password=" + TestDatabases.DEMO_PASSWORD, "--lantoa.data-dir=" + dataDir,
				"--logging.level.root=warn"));
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { second, first }) {
			if (node != null) {
				node.close();
			}
		}
	}

	@Test
	void aSessionStartedOnOneNodeLivesOnTheOtherAndEndsOnBoth() throws Exception {
		String login = get(first, "/login").body();
		HttpResponse<String> signedIn = post(first, "/login", "username=tuyengiao&password="
				+ URLEncoder.encode(TestDatabases.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(login));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

		HttpResponse<String> profile = get(second, "/profile");
		assertThat(profile.statusCode()).as("signed in on the other node").isEqualTo(200);
		assertThat(profile.body()).contains("Nguyễn Thị Hồng Nhung");
		assertThat(get(first, "/profile").statusCode()).isEqualTo(200);

		JdbcClient db = first.getBean(JdbcClient.class);
		assertThat(db.sql("select count(*) from spring_session where principal_name = 'tuyengiao'").query(Long.class)
			.single()).isOne();
		byte[] context = db.sql("""
				select a.attribute_bytes from spring_session_attributes a join spring_session s
				on s.primary_id = a.session_primary_id
				where s.principal_name = 'tuyengiao' and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""")
			.query(byte[].class).single();
		assertThat(new String(context, StandardCharsets.ISO_8859_1)).contains("tuyengiao").doesNotContain("{bcrypt}")
			.doesNotContain("$2a$");

		// a form of the second node posted to the first: the CSRF token is the shared session's
		HttpResponse<String> signedOut = post(first, "/logout", "_csrf=" + csrf(profile.body()));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		HttpResponse<String> after = get(second, "/profile");
		assertThat(after.statusCode()).as("signed out everywhere").isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(node, path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String form) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(node, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as("a CSRF field in the page").isTrue();
		return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
	}
}
