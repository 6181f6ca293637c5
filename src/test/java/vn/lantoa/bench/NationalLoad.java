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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load against a live server on loopback, over a database made by {@code lantoa.jar generate}. 50 simulated users
 * sign in through the login form: 30 reporters of the busiest grassroots units (their activity list, their home page
 * with the reports they owe, the report register, and recording an activity through the API with a bearer token),
 * 15 province and district coordinators (activity list, report register, their dashboard) and 5 leader sessions
 * (home page, the root dashboard, the report register, the dashboard's XLSX export).
 *
 * <ol>
 * <li>warm-up: every user's pages for 10 s, then the static file for 5 s, unmeasured (both paths compiled by the JIT
 * before either is measured); {@code -Dbench.warmup=S} warms the pages S seconds and the file S/2;
 * <li>users: each user clicks, reads for a while (a think time drawn uniformly from half to one and a half times
 * {@code think} ms) and clicks again, for {@code seconds}: the latency percentiles of pages under 50 users;
 * <li>saturation: the same users without thinking, for {@code seconds}: the server's throughput of dynamic pages;
 * <li>the static floor: the same 50 clients fetching {@code /css/app.css} without thinking;
 * <li>the raw SQL aggregate of the root's subtree (measures per code over the activities).
 * </ol>
 * With {@code -Dbench.pid=<the server's pid>} each phase also prints the CPU time per request of the server's JVM
 * and of PostgreSQL, read from {@code /proc}; with {@code -Dbench.pages=N}, after the warm-up, each page of each kind
 * of user is first asked N times in a row by one user alone, with its latency and CPU; {@code -Dbench.aggregate=false}
 * leaves out the raw aggregate (a minute at national size) when only the throughput is wanted.
 * Run: {@code java -cp target/test-classes:target/classes:<class path> vn.lantoa.bench.NationalLoad
 * http://127.0.0.1:8080 jdbc:postgresql://127.0.0.1:5432/lantoa_bench_scale bench-Pass-2026 VN 20 1000}.
 */
public final class NationalLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
	private static final String STATIC = "/css/app.css";
	private static final String RECORD = "POST /api/v1/activities";

	private NationalLoad() {
	}

	/** A signed-in user: its session, its bearer token when it records, its pages in turn. */
	record User(String kind, HttpClient client, String token, long unitId, List<String> paths) {
	}

	/** The generated campaign, which reporters record into. */
	record Campaign(long id, long themeId, long channelId, LocalDate startsOn, LocalDate endsOn) {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String url = args[1];
		Cpu.DATABASE = url.substring(url.lastIndexOf('/') + 1);
		String password = args[2];
		String prefix = args.length > 3 ? args[3] : "VN";
		int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
		int think = args.length > 5 ? Integer.parseInt(args[5]) : 1000;
		List<String> reporters = new ArrayList<>();
		List<String> coordinators = new ArrayList<>();
		long root;
		Campaign campaign;
		try (Connection db = DriverManager.getConnection(url, "postgres", ""); Statement sql = db.createStatement()) {
			root = single(sql, "select id from org_unit where code = '" + prefix + "'");
			long id = single(sql, "select min(id) from campaign");
			long theme = single(sql, "select min(id) from campaign_theme where campaign_id = " + id);
			long channel = single(sql, "select min(id) from campaign_channel where campaign_id = " + id);
			try (ResultSet rs = sql.executeQuery("select starts_on, ends_on from campaign where id = " + id)) {
				rs.next();
				campaign = new Campaign(id, theme, channel, rs.getObject(1, LocalDate.class),
						rs.getObject(2, LocalDate.class));
			}
			reporters.addAll(strings(sql, """
					select a.username from account a join activity x on x.unit_id = a.unit_id
					where a.role = 'REPORTER' group by a.username order by count(*) desc limit 30"""));
			coordinators.addAll(strings(sql, "select username from account where role = 'COORDINATOR' and username like '"
					+ prefix.toLowerCase() + "-t%' order by id limit 10"));
			coordinators.addAll(strings(sql, "select username from account where role = 'COORDINATOR' and username like '"
					+ prefix.toLowerCase() + "-h%' order by id limit 5"));
		}
		String dashboard = "/campaigns/" + campaign.id() + "/dashboard";
		List<User> users = new ArrayList<>();
		for (String r : reporters) {
			users.add(login(base, "reporter", r, password, true, List.of("/activities", "/", RECORD, "/reports")));
		}
		for (String c : coordinators) {
			users.add(login(base, "coordinator", c, password, false, List.of("/activities", "/reports", dashboard)));
		}
		while (users.size() < 50) {
			users.add(login(base, "leader", prefix.toLowerCase() + "-lanhdao", password, false,
					List.of("/", dashboard, "/reports", dashboard + ".xlsx")));
		}
		System.out.printf("signed in %d users (%d reporters, %d coordinators, %d leader sessions); campaign %d%n",
				users.size(), reporters.size(), coordinators.size(),
				users.size() - reporters.size() - coordinators.size(), campaign.id());

		// the JIT keeps compiling for minutes on two cores: -Dbench.warmup=60 measures a server that has settled
		int warmup = Integer.getInteger("bench.warmup", 10);
		run(users, warmup, 0, false, base, campaign);
		run(users, Math.max(5, warmup / 2), 0, true, base, campaign);
		int alone = Integer.getInteger("bench.pages", 0);
		if (alone > 0) {
			pages(users, alone, base, campaign);
		}
		Cpu cpu = Cpu.now();
		Map<String, List<Long>> paced = run(users, seconds, think, false, base, campaign);
		report("users: 50 users, think time " + think / 2 + "–" + think * 3 / 2 + " ms between clicks", paced, seconds);
		cpu = cpu.print(paced);
		Map<String, List<Long>> dynamic = run(users, seconds, 0, false, base, campaign);
		double dynamicRate = report("saturation: dynamic pages, no think time", dynamic, seconds);
		cpu = cpu.print(dynamic);
		Map<String, List<Long>> statics = run(users, seconds, 0, true, base, campaign);
		double staticRate = report("saturation: static floor " + STATIC + ", no think time", statics, seconds);
		cpu.print(statics);
		System.out.printf("throughput of dynamic pages / static floor: %.3f%n", dynamicRate / staticRate);
		if (!Boolean.parseBoolean(System.getProperty("bench.aggregate", "true"))) {
			return;
		}

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
			System.out.printf("raw SQL aggregate of the root's subtree, 5 runs: median %.1f ms (min %.1f, max %.1f)%n",
					times.get(2) / 1000.0, times.get(0) / 1000.0, times.get(4) / 1000.0);
		}
	}

	static User login(String base, String kind, String username, String password, boolean records, List<String> paths)
			throws Exception {
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
		String token = null;
		long unitId = 0;
		if (records) {
			String body = """
					{"username": "%s", "password": "%s", "scope": "read-write", "expiresInDays": 1, "name": "load"}"""
				.formatted(username, password);
			HttpResponse<String> issued = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher t = TOKEN.matcher(issued.body());
			if (!t.find()) {
				throw new IllegalStateException("no token for " + username + ": " + issued.statusCode());
			}
			token = t.group(1);
			String me = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
				.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher unit = Pattern.compile("\"unit\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)").matcher(me);
			if (!unit.find()) {
				throw new IllegalStateException("no unit in /api/v1/me: " + me);
			}
			unitId = Long.parseLong(unit.group(1));
		}
		return new User(kind, client, token, unitId, paths);
	}

	static Map<String, List<Long>> run(List<User> users, int seconds, int think, boolean staticFile, String base,
			Campaign campaign) throws InterruptedException {
		Map<String, List<Long>> times = new ConcurrentHashMap<>();
		AtomicInteger errors = new AtomicInteger();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(users.size());
		for (User u : users) {
			pool.submit(() -> {
				int i = ThreadLocalRandom.current().nextInt(u.paths().size());
				while (System.nanoTime() < end) {
					String path = staticFile ? STATIC : u.paths().get(i++ % u.paths().size());
					long start = System.nanoTime();
					try {
						HttpResponse<byte[]> r = u.client().send(request(base, path, u, campaign),
								HttpResponse.BodyHandlers.ofByteArray());
						if (r.statusCode() != 200 && r.statusCode() != 201) {
							errors.incrementAndGet();
						}
					} catch (Exception e) {
						errors.incrementAndGet();
					}
					times.computeIfAbsent(staticFile ? path : u.kind() + " " + path.replaceAll("/\\d+/", "/{id}/"),
							k -> Collections.synchronizedList(new ArrayList<>())).add((System.nanoTime() - start) / 1_000);
					if (think > 0) {
						sleep(ThreadLocalRandom.current().nextLong(think / 2, think * 3L / 2));
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
		if (errors.get() > 0) {
			System.out.printf("  %d requests failed or were not 200/201%n", errors.get());
		}
		return times;
	}

	/**
	 * Each page of each kind of user asked {@code n} times in a row by one user, nothing else running: the latency
	 * and the CPU (server JVM and PostgreSQL) of that page alone.
	 */
	static void pages(List<User> users, int n, String base, Campaign campaign) throws Exception {
		System.out.printf("each page alone, %d requests in a row:%n", n);
		Map<String, User> firstOfKind = new java.util.LinkedHashMap<>();
		users.forEach(u -> firstOfKind.putIfAbsent(u.kind(), u));
		for (User u : firstOfKind.values()) {
			List<String> paths = new ArrayList<>(u.paths());
			if (u == users.get(0)) {
				paths.add(0, STATIC);
			}
			for (String path : paths) {
				List<Long> times = new ArrayList<>();
				Cpu cpu = Cpu.now();
				for (int i = 0; i < n; i++) {
					long start = System.nanoTime();
					u.client().send(request(base, path, u, campaign), HttpResponse.BodyHandlers.discarding());
					times.add((System.nanoTime() - start) / 1_000);
				}
				line("  " + u.kind() + " " + path.replaceAll("/\\d+/", "/{id}/"), times, 1);
				cpu.print(Map.of(path, times));
			}
		}
	}

	private static HttpRequest request(String base, String path, User user, Campaign campaign) {
		if (!path.equals(RECORD)) {
			return HttpRequest.newBuilder(URI.create(base + path)).build();
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int days = (int) (campaign.endsOn().toEpochDay() - campaign.startsOn().toEpochDay());
		String body = """
				{"campaignId": %d, "unitId": %d, "themeIds": [%d], "channelId": %d, "startDate": "%s",
				 "title": "Tuyên truyền lưu động số %d", "place": "Nhà văn hóa thôn", "measures": {}, "links": []}"""
			.formatted(campaign.id(), user.unitId(), campaign.themeId(), campaign.channelId(),
					campaign.startsOn().plusDays(random.nextInt(days + 1)), random.nextInt(1_000_000));
		return HttpRequest.newBuilder(URI.create(base + "/api/v1/activities"))
			.header("Authorization", "Bearer " + user.token()).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	/** Prints the percentiles per page and in all; returns the requests per second in all. */
	static double report(String title, Map<String, List<Long>> times, int seconds) {
		List<Long> all = new ArrayList<>();
		System.out.println(title + ":");
		times.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			List<Long> t = new ArrayList<>(e.getValue());
			all.addAll(t);
			line("  " + e.getKey(), t, seconds);
		});
		line("  all", all, seconds);
		return all.size() / (double) seconds;
	}

	static void line(String name, List<Long> t, int seconds) {
		Collections.sort(t);
		if (t.isEmpty()) {
			return;
		}
		System.out.printf("%-48s n=%6d  %7.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms%n", name, t.size(),
				t.size() / (double) seconds, pct(t, 50), pct(t, 95), pct(t, 99));
	}

	static double pct(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
	}

	private static long single(Statement sql, String query) throws java.sql.SQLException {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static List<String> strings(Statement sql, String query) throws java.sql.SQLException {
		List<String> all = new ArrayList<>();
		try (ResultSet rs = sql.executeQuery(query)) {
			while (rs.next()) {
				all.add(rs.getString(1));
			}
		}
		return all;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * CPU time used so far by the server's JVM (the process given by {@code -Dbench.pid}) and by the PostgreSQL
	 * backends connected to the benchmark's database, from {@code /proc} (Linux): what a request costs, whatever else
	 * the machine is doing.
	 */
	record Cpu(long serverTicks, long databaseTicks) {

		/** The benchmark's database, from the JDBC URL (set once by main). */
		static String DATABASE = "";

		private static final double MS_PER_TICK = 10.0; // USER_HZ is 100 on Linux

		static Cpu now() {
			String pid = System.getProperty("bench.pid");
			long server = pid == null ? -1 : ticks(java.nio.file.Path.of("/proc", pid, "stat"));
			long database = 0;
			try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
				for (java.nio.file.Path p : processes.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
					try {
						String command = java.nio.file.Files.readString(p.resolve("cmdline")).replace('\0', ' ');
						if (command.startsWith("postgres: ") && command.contains(" " + DATABASE + " ")) {
							database += ticks(p.resolve("stat"));
						}
					} catch (java.io.IOException | RuntimeException gone) {
						// the process ended meanwhile
					}
				}
			} catch (java.io.IOException e) {
				return new Cpu(-1, -1);
			}
			return new Cpu(server, database);
		}

		/** utime + stime of a /proc/pid/stat line (fields 14 and 15, after the command in brackets). */
		private static long ticks(java.nio.file.Path stat) {
			try {
				String line = java.nio.file.Files.readString(stat);
				String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
				return Long.parseLong(f[11]) + Long.parseLong(f[12]);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}

		/** Prints the CPU per request since this reading, and returns a new reading. */
		Cpu print(Map<String, List<Long>> times) {
			Cpu now = now();
			long requests = times.values().stream().mapToLong(List::size).sum();
			if (requests > 0 && serverTicks >= 0 && databaseTicks >= 0) {
				System.out.printf("  CPU per request: server JVM %.2f ms, PostgreSQL %.2f ms (%d requests)%n",
						(now.serverTicks - serverTicks) * MS_PER_TICK / requests,
						(now.databaseTicks - databaseTicks) * MS_PER_TICK / requests, requests);
			}
			return now;
		}
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
