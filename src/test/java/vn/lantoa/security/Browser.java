package vn.lantoa.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real HTTP client with cookies against the running server: what a browser sends, through Tomcat. */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient http;

	Browser(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Opens the sign-in page and sends the form with its CSRF token; the answer to the form. */
	HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get("/login").body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		return postForm("/login", Map.of("username", username, "password", password, "_csrf", token.group(1)));
	}

	String sessionId() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue).findFirst().orElse(null);
	}
}
