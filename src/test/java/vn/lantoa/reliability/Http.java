package vn.lantoa.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client with cookies against a running instance, for pages (signed in) and the API (a token); the
 * reliability tests and the partitioning test use it.
 */
public final class Http {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private final String base;
	private final HttpClient http;
	private String token;

	public Http(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Accept-Language", "vi");
		if (token != null && path.startsWith("/api/")) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json").header("Accept-Language", "vi");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A page's CSRF token, as its forms carry it. */
	public String csrf(String page) throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(get(page).body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on " + page);
		}
		return csrf.group(1);
	}

	/** A multipart form with text fields and one file field, sent without waiting for the answer. */
	public java.util.concurrent.CompletableFuture<HttpResponse<String>> postFile(String path, Map<String, String> fields,
			String fileField, String filename, byte[] content) {
		String boundary = "----lantoa" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
				+ "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A JSON request sent without waiting for the answer. */
	java.util.concurrent.CompletableFuture<HttpResponse<String>> postJsonAsync(String path, String json) {
		return http.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Any request; the API gets the token, pages the session cookie. */
	public HttpResponse<String> send(String method, String path, String contentType, byte[] body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
			.header("Accept-Language", "vi");
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (token != null && path.startsWith("/api/")) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in through the form (pages) and takes a read-write API token. */
	public Http signIn(String username, String password) throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(get("/login").body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		HttpResponse<String> form = postForm("/login",
				Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
		if (form.statusCode() != 302 || form.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in refused: " + form.statusCode());
		}
		HttpResponse<String> answer = postJson("/api/v1/auth/token", """
				{"username":"%s","password":"%s","scope":"read-write"}""".formatted(username, password));
		Matcher t = TOKEN.matcher(answer.body());
		if (!t.find()) {
			throw new IllegalStateException("no token: " + answer.body());
		}
		token = t.group(1);
		return this;
	}
}
