package vn.lantoa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.TestDatabases;

/** A browser with cookies against a running application, signed in on its pages and holding an API token. */
final class SignedInUser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;
	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();
	private String token;

	SignedInUser(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs in through the form with the demo password, then takes an API token. */
	void signIn(String username) throws Exception {
		Matcher csrf = CSRF.matcher(get("/login").body());
		assertThat(csrf.find()).as("a CSRF field on the sign-in page").isTrue();
		HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
					+ URLEncoder.encode(TestDatabases.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
		assertThat(form.statusCode()).isEqualTo(302);
		assertThat(form.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		HttpResponse<String> issued = postJson("/api/v1/auth/token", """
				{"username":"%s","password":"%s"}""".formatted(username, TestDatabases.DEMO_PASSWORD));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
		token = JsonPath.read(issued.body(), "$.token");
	}

	HttpResponse<String> get(String path) throws Exception {
		return send(request(path).GET());
	}

	HttpResponse<byte[]> download(String path) throws Exception {
		return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> postJson(String path, String json) throws Exception {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Pages get the session cookie, the API the token too. */
	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "vi");
		return token != null && path.startsWith("/api/") ? request.header("Authorization", "Bearer " + token)
				: request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
