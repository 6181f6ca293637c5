package vn.lantoa.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load against a live server on loopback, over a database made by {@code lantoa.jar generate}: 50 simulated users
 * (a fixed pool of 50 platform threads, Java 17) signed in through the login form — reporters of grassroots units
 * opening their activities and their reports due, province and district coordinators opening activity lists and the
 * report list, the leader opening the home page and reports — for a bounded time, then the static-file floor with the
 * same pool, then the raw SQL aggregate over the activities. Prints latency percentiles and throughput.
 * Run: {@code java -cp target/test-classes:target/classes:<postgresql jar> vn.lantoa.bench.NationalLoad
 * http://127.0.0.1:8080 jdbc:postgresql://127.0.0.1:5432/lantoa_bench_scale bench-Pass-2026 VN 20}.
 */
public final class NationalLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private NationalLoad() {
	}

	record User(String username, HttpClient client, List<String> paths) {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String url = args[1];
		String password = args[2];
		String prefix = args.length > 3 ? args[3] : "VN";
		int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
		int threads = 50;
		List<String> reporters = new ArrayList<>();
		List<String> coordinators = new ArrayList<>();
		long root;
		try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement sql = db.createStatement()) {
			try (ResultSet rs = sql.executeQuery("select id from org_unit where code = '" + prefix + "'")) {
				rs.next();
				root = rs.getLong(1);
			}
			try (ResultSet rs = sql.executeQuery("""
					select a.username from account a join activity x on x.unit_id = a.unit_id
					where a.role = 'REPORTER' group by a.username order by count(*) desc limit 30""")) {
				while (rs.next()) {
					reporters.add(rs.getString(1));
				}
			}
			try (ResultSet rs = sql.executeQuery("select username from account where role = 'COORDINATOR' and username like '"
					+ prefix.toLowerCase() + "-t%' order by id limit 10")) {
				while (rs.next()) {
					coordinators.add(rs.getString(1));
				}
			}
			try (ResultSet rs = sql.executeQuery("select username from account where role = 'COORDINATOR' and username like '"
					+ prefix.toLowerCase() + "-h%' order by id limit 5")) {
				while (rs.next()) {
					coordinators.add(rs.getString(1));
				}
			}
		}
		List<User> users = new ArrayList<>();
		for (String r : reporters) {
			users.add(login(base, r, password, List.of("/activities", "/reports")));
		}
		for (String c : coordinators) {
			users.add(login(base, c, password, List.of("/activities", "/reports")));
		}
		while (users.size() < threads) {
			users.add(login(base, prefix.toLowerCase() + "-lanhdao", password, List.of("/", "/reports")));
		}
		System.out.printf("signed in %d users (%d reporters, %d coordinators, %d leader sessions)%n", users.size(),
				reporters.size(), coordinators.size(), users.size() - reporters.size() - coordinators.size());

		Map<String, List<Long>> dynamic = run(users, seconds, false, base);
		report("dynamic pages", dynamic, seconds);
		Map<String, List<Long>> statics = run(users, seconds, true, base);
		report("static floor /css/app.css", statics, seconds);

		try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement sql = db.createStatement()) {
			String aggregate = """
					select m.measure_code, sum(m.amount), count(distinct a.id) from activity a
					join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = %d
					join activity_measure m on m.activity_id = a.id
					where a.deleted_at is null group by m.measure_code""".formatted(root);
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				long start = System.nanoTime();
				try (ResultSet rs = sql.executeQuery(aggregate)) {
					while (rs.next()) {
						rs.getLong(2);
					}
				}
				times.add((System.nanoTime() - start) / 1_000);
			}
			Collections.sort(times);
			System.out.printf("raw SQL aggregate of the national subtree, 5 runs: median %.1f ms (min %.1f, max %.1f)%n",
					times.get(2) / 1000.0, times.get(0) / 1000.0, times.get(4) / 1000.0);
		}
	}

	static User login(String base, String username, String password, List<String> paths) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = r.headers().firstValue("Location").orElse("");
		if (r.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login failed for " + username + ": " + r.statusCode() + " " + location);
		}
		return new User(username, client, paths);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static Map<String, List<Long>> run(List<User> users, int seconds, boolean staticFile, String base)
			throws InterruptedException {
		Map<String, List<Long>> times = new ConcurrentHashMap<>();
		AtomicInteger errors = new AtomicInteger();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(users.size());
		for (User u : users) {
			pool.submit(() -> {
				int i = 0;
				while (System.nanoTime() < end) {
					String path = staticFile ? "/css/app.css" : u.paths().get(i++ % u.paths().size());
					long start = System.nanoTime();
					try {
						HttpResponse<byte[]> r = u.client().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
								HttpResponse.BodyHandlers.ofByteArray());
						if (r.statusCode() != 200) {
							errors.incrementAndGet();
						}
					} catch (Exception e) {
						errors.incrementAndGet();
					}
					String key = staticFile ? path : u.username().replaceAll("[0-9]+$", "") + " " + path;
					times.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()))
						.add((System.nanoTime() - start) / 1_000);
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
		if (errors.get() > 0) {
			System.out.printf("  %d requests failed or were not 200%n", errors.get());
		}
		return times;
	}

	static void report(String title, Map<String, List<Long>> times, int seconds) {
		List<Long> all = new ArrayList<>();
		System.out.println(title + ":");
		times.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			List<Long> t = new ArrayList<>(e.getValue());
			all.addAll(t);
			line("  " + e.getKey(), t, seconds);
		});
		line("  all", all, seconds);
	}

	static void line(String name, List<Long> t, int seconds) {
		Collections.sort(t);
		if (t.isEmpty()) {
			return;
		}
		System.out.printf("%-40s n=%6d  %7.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms%n", name, t.size(),
				t.size() / (double) seconds, pct(t, 50), pct(t, 95), pct(t, 99));
	}

	static double pct(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
	}
}
