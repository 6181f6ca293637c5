package vn.lantoa.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.lantoa.LanToaApplication;
import vn.lantoa.SecondInstance;
import vn.lantoa.TestDatabases;

/**
 * Every JSON and form endpoint Spring MVC maps (found the way the authorization matrix finds them), called as the
 * administrator with random and boundary values: huge strings, negative and overflowing numbers, malformed JSON,
 * values of the wrong type, unicode, nulls, impossible dates, odd files. No answer may be a 5xx or show a stack
 * trace. A fixed seed makes every run the same; the calls go through Tomcat to a second instance on a database of its
 * own, so that what the fuzzing creates or changes stays out of the shared test database.
 */
class FuzzIntegrationTests {

	private static final long SEED = 20261206L;
	private static final int CASES = 16;
	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");
	private static final List<String> TRACES = List.of("Exception", "\tat ", "at java.", "at org.", "at vn.lantoa.",
			"Caused by", "org.springframework.", "java.lang.", "SQLState", "PSQLException");
	private static final List<String> SKIPPED = List.of("/login", "/logout", "/error");
	private static final List<String> IDS = List.of("0", "-1", "999999999", "9223372036854775807",
			"9223372036854775808", "abc", "1.5", "%20", "%E1%BB%87", "1e3", "%00", "..%2F..%2Fetc");
	private static final List<byte[]> FILES = List.of(new byte[0], "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8),
			new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 }, new byte[] { 'P', 'K', 3, 4, 0, 0, 0 },
			"a,b,c\n1,2,3\n\"\n".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	@Test
	void noEndpointAnswersAServerErrorOrAStackTrace() throws Exception {
		SecondInstance db = SecondInstance.freshDatabase("fuzz");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LanToaApplication.class)
			.run(db.args("target/fuzz-" + System.nanoTime(), "--server.port=0", "--lantoa.demo=true",
					"--lantoa.demo-password=" + TestDatabases.DEMO_PASSWORD,
					"--lantoa.security.max-failed-logins=1000"))) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			RequestMappingHandlerMapping mapping = app.getBean("requestMappingHandlerMapping",
					RequestMappingHandlerMapping.class);
			Random random = new Random(SEED);
			FuzzValues values = new FuzzValues(random);
			Session session = new Session(port);
			Map<String, Integer> statuses = new TreeMap<>();
			List<String> failures = new ArrayList<>();
			int cases = 0;
			int endpoints = 0;
			long start = System.nanoTime();
			for (Map.Entry<RequestMappingInfo, HandlerMethod> e : sorted(mapping)) {
				HandlerMethod handler = e.getValue();
				for (String pattern : e.getKey().getPatternValues()) {
					if (SKIPPED.contains(pattern)) {
						continue;
					}
					List<String> methods = e.getKey().getMethodsCondition().getMethods().stream().map(Enum::name)
						.sorted().toList();
					for (String method : methods.isEmpty() ? List.of("GET", "POST") : methods) {
						endpoints++;
						for (int i = 0; i < CASES; i++) {
							Call call = call(method, pattern, handler, values, random);
							HttpResponse<String> answer;
							try {
								answer = session.send(call);
							} catch (java.io.IOException broken) {
								cases++;
								failures.add(method + " " + call.path() + " → broken answer " + broken);
								continue;
							}
							cases++;
							statuses.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
							String body = answer.body() == null ? "" : answer.body();
							String trace = TRACES.stream().filter(body::contains).findFirst().orElse(null);
							if (answer.statusCode() >= 500 || trace != null) {
								failures.add(method + " " + call.path().substring(0, Math.min(200, call.path().length()))
										+ " → " + answer.statusCode() + (trace == null ? "" : " shows " + trace) + " "
										+ call.describe());
							}
						}
					}
				}
			}
			System.out.printf("fuzz: %d endpoints, %d cases in %d s, seed %d, statuses %s, %d failures%n", endpoints,
					cases, (System.nanoTime() - start) / 1_000_000_000, SEED, statuses, failures.size());
			failures.stream().limit(40).forEach(f -> System.out.println("fuzz failure: " + f));
			assertThat(failures).isEmpty();
		}
	}

	private static List<Map.Entry<RequestMappingInfo, HandlerMethod>> sorted(RequestMappingHandlerMapping mapping) {
		return mapping.getHandlerMethods().entrySet().stream()
			.filter(e -> e.getValue().getBeanType().getName().startsWith("vn.lantoa."))
			.sorted((a, b) -> a.getKey().toString().compareTo(b.getKey().toString())).toList();
	}

	/** One request: path, content type and body. */
	record Call(String method, String path, String contentType, byte[] body) {

		String describe() {
			String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
			return text.length() > 200 ? text.substring(0, 200) + "…" : text;
		}
	}

	private static Call call(String method, String pattern, HandlerMethod handler, FuzzValues values, Random random) {
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			// a real id now and then (never an account's: the fuzzing admin must not lock itself out)
			String id = random.nextInt(3) == 0 && !pattern.startsWith("/accounts") && !pattern.contains("tokens")
					? String.valueOf(1 + random.nextInt(5)) : values.pick(IDS);
			variables.appendReplacement(path, Matcher.quoteReplacement(id));
		}
		variables.appendTail(path);
		Map<String, List<String>> fields = new LinkedHashMap<>();
		MethodParameter body = null;
		MethodParameter file = null;
		for (MethodParameter p : handler.getMethodParameters()) {
			p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			Class<?> type = p.getParameterType();
			if (p.hasParameterAnnotation(RequestBody.class)) {
				body = p;
			} else if (MultipartFile.class.isAssignableFrom(type)) {
				file = p;
			} else if (p.hasParameterAnnotation(PathVariable.class)) {
				continue;
			} else if (p.hasParameterAnnotation(RequestParam.class)) {
				String name = p.getParameterAnnotation(RequestParam.class).name();
				name = name.isEmpty() ? p.getParameterAnnotation(RequestParam.class).value() : name;
				fields.put(name.isEmpty() ? p.getParameterName() : name, texts(type, values, random));
			} else if (type.getName().startsWith("vn.lantoa.") && !type.getName().equals("vn.lantoa.shared.Actor")) {
				for (Field f : fields(type)) {
					fields.put(f.getName(), texts(f.getType(), values, random));
				}
			}
		}
		fields.values().removeIf(v -> random.nextInt(5) == 0);
		if (body != null) {
			String json = random.nextInt(4) == 0 ? values.pick(FuzzValues.MALFORMED)
					: FuzzValues.JSON.writeValueAsString(values.json(body.getGenericParameterType(), 0));
			return new Call(method, path + query(fields), "application/json", json.getBytes(StandardCharsets.UTF_8));
		}
		if (file != null) {
			return multipart(method, path.toString(), file, fields, values, random);
		}
		if (method.equals("GET") || method.equals("DELETE")) {
			return new Call(method, path + query(fields), null, null);
		}
		return new Call(method, path.toString(), "application/x-www-form-urlencoded",
				encode(fields).getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> texts(Class<?> type, FuzzValues values, Random random) {
		List<String> texts = new ArrayList<>();
		for (int n = type.isArray() || List.class.isAssignableFrom(type) ? 1 + random.nextInt(3) : 1; n > 0; n--) {
			texts.add(values.text(type));
		}
		return texts;
	}

	private static List<Field> fields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		for (Field f : type.getDeclaredFields()) {
			if (!Modifier.isStatic(f.getModifiers())) {
				fields.add(f);
			}
		}
		return fields;
	}

	private static Call multipart(String method, String path, MethodParameter file, Map<String, List<String>> fields,
			FuzzValues values, Random random) {
		String boundary = "----fuzz" + random.nextInt(1_000_000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((k, list) -> list.forEach(v -> out.writeBytes(("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
			.getBytes(StandardCharsets.UTF_8))));
		RequestParam param = file.getParameterAnnotation(RequestParam.class);
		String name = param == null ? file.getParameterName() : param.name().isEmpty() ? param.value() : param.name();
		String filename = values.pick(List.of("../../etc/passwd", "a.png", "<img src=x onerror=alert(1)>.pdf",
				"tệp ệ.docx", "x".repeat(1_000) + ".xlsx", "", "a\u202Efdp.exe", "CON.pdf"));
		byte[] content = random.nextBoolean() ? values.pick(FILES) : random(random, random.nextInt(20_000));
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ (name == null || name.isEmpty() ? "file" : name) + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + values.pick(List.of("image/png", "application/pdf", "text/html",
						"application/octet-stream")) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Call(method, path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
	}

	private static byte[] random(Random random, int size) {
		byte[] bytes = new byte[size];
		random.nextBytes(bytes);
		return bytes;
	}

	private static String query(Map<String, List<String>> fields) {
		String encoded = encode(fields);
		return encoded.isEmpty() ? "" : "?" + encoded;
	}

	private static String encode(Map<String, List<String>> fields) {
		return fields.entrySet().stream().flatMap(e -> e.getValue().stream()
			.map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(v, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
	}

	/** The admin's session and token, renewed when a call ended them. */
	private static final class Session {

		private final int port;
		private Http http;
		private String csrf;

		Session(int port) throws Exception {
			this.port = port;
			signIn();
		}

		private void signIn() throws Exception {
			http = new Http(port).signIn("admin", TestDatabases.DEMO_PASSWORD);
			csrf = http.csrf("/activities/import");
		}

		HttpResponse<String> send(Call call) throws Exception {
			HttpResponse<String> answer = http.send(call.method(), withCsrf(call.path(), call), call.contentType(),
					call.body());
			boolean signedOut = answer.statusCode() == 401
					|| answer.headers().firstValue("Location").orElse("").contains("/login");
			if (signedOut) {
				signIn();
				answer = http.send(call.method(), withCsrf(call.path(), call), call.contentType(), call.body());
			}
			return answer;
		}

		/** The page's CSRF token in the query (it counts there too for Spring Security's default repository). */
		private String withCsrf(String path, Call call) {
			if (path.startsWith("/api/") || call.method().equals("GET")) {
				return path;
			}
			return path + (path.contains("?") ? "&" : "?") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		}
	}

}
