package vn.lantoa.generate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.lantoa.shared.VietnameseOrder;
import vn.lantoa.shared.VietnameseText;

/**
 * Generates a national data set: a five-level tree (the Central Committee, 63 provinces, about 700 districts,
 * communes and wards, grassroots party cells) with its closure table, accounts, one campaign of themes, channels and
 * assignments, and activities with a realistic skew: a third of the grassroots units record nothing, the others
 * follow a heavy-tailed weight, and the dates peak around the year's anniversaries. Appends to whatever is there
 * (ids continue after the largest; codes carry the given prefix). The whole load is one transaction-free bulk
 * write: run it on a database nobody uses yet.
 */
@Service
public class NationalData {

	private static final Logger log = LoggerFactory.getLogger(NationalData.class);

	static final List<String> PROVINCES = List.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ",
			"Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái",
			"Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh",
			"Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An",
			"Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên",
			"Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng",
			"Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang",
			"Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng",
			"Bạc Liêu", "Cà Mau");

	private static final String[] THEMES = { "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
			"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
			"Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác quan điểm sai trái",
			"Đại hội đảng bộ các cấp nhiệm kỳ 2025–2030", "Chuyển đổi số và xây dựng nông thôn mới" };

	/** Channel title and the measures it reports. */
	private static final String[][] CHANNELS = { { "Báo chí, cổng và trang thông tin điện tử", "news,articles,views" },
			{ "Hệ thống loa truyền thanh cơ sở", "broadcasts,broadcast_minutes" },
			{ "Hội nghị, sinh hoạt chi bộ chuyên đề", "conferences,attendances" },
			{ "Tuyên truyền trực quan", "slogans,banners,panels" }, { "Mạng xã hội", "news,videos,views,pages" },
			{ "Tuyên truyền lưu động, báo cáo viên", "mobile_sessions,reporter_sessions,attendances" } };

	private static final String[] TITLES = { "Sinh hoạt chi bộ chuyên đề", "Phát thanh trên loa", "Treo băng rôn, khẩu hiệu",
			"Đăng tin trên trang thông tin", "Hội nghị quán triệt", "Tuyên truyền lưu động", "Chia sẻ bài viết trên mạng xã hội",
			"Báo cáo viên nói chuyện thời sự" };

	/** Relative weight of each month: peaks in February (the Party's anniversary), May and September. */
	private static final int[] MONTH_WEIGHTS = { 8, 16, 9, 8, 12, 7, 6, 9, 13, 8, 7, 7 };

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;

	NationalData(DataSource dataSource, JdbcClient jdbc, PasswordEncoder passwords) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/** What to generate. */
	public record Options(int units, long activities, String prefix, int year, String password, long seed) {

		public Options {
			if (units < 100) {
				throw new IllegalArgumentException("at least 100 units");
			}
			if (activities < 0) {
				throw new IllegalArgumentException("activities must not be negative");
			}
		}
	}

	/** What was generated. */
	public record Result(long rootId, long campaignId, int units, long closureRows, int accounts, int assignments,
			long activities, long millis) {
	}

	/** Unit of the generated tree: index of its parent (-1 for the root), level 0–4. */
	private record Node(long id, int parent, int level, String code, String name, String kind) {
	}

	public Result generate(Options o) {
		long start = System.nanoTime();
		SplittableRandom random = new SplittableRandom(o.seed());
		Instant now = Instant.now();
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
			connection.setAutoCommit(true);
			List<Node> tree = tree(o, next("org_unit"));
			long closure = writeTree(connection, postgres, tree, now);
			int accounts = writeAccounts(connection, postgres, o, tree, now);
			long campaign = writeCampaign(connection, postgres, o, tree.get(0).id(), now);
			List<Long> themes = jdbc.sql("select id from campaign_theme where campaign_id = ? order by position")
				.param(campaign).query(Long.class).list();
			List<Long> channels = jdbc.sql("select id from campaign_channel where campaign_id = ? order by position")
				.param(campaign).query(Long.class).list();
			int assignments = writeAssignments(connection, postgres, o, tree, campaign, random, now);
			long activities = writeActivities(connection, postgres, o, tree, campaign, themes, channels, random, now);
			restartIdentities(connection, postgres);
			// units, assignments and reports came in behind the services' backs: a node running on this database
			// forgets what it counted from them
			try (Statement sql = connection.createStatement()) {
				sql.executeUpdate("update change_counter set changes = changes + 1");
			}
			if (postgres) {
				try (Statement sql = connection.createStatement()) {
					sql.execute("analyze");
				}
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			return new Result(tree.get(0).id(), campaign, tree.size(), closure, accounts, assignments, activities, millis);
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private long next(String table) {
		return jdbc.sql("select coalesce(max(id), 0) + 1 from " + table).query(Long.class).single();
	}

	/** Level sizes scale with the unit count: 63 provinces and 700 districts at 53,000 units, a fifth communes. */
	static int[] levelSizes(int units) {
		int provinces = (int) Math.max(3, Math.min(63, Math.round(63.0 * units / 53_000)));
		int districts = (int) Math.max(provinces * 2, Math.min(700, Math.round(700.0 * units / 53_000)));
		int communes = Math.max(districts, Math.round(units * 0.2f));
		int cells = units - 1 - provinces - districts - communes;
		return new int[] { 1, provinces, districts, communes, cells };
	}

	private static List<Node> tree(Options o, long firstId) {
		int[] sizes = levelSizes(o.units());
		String p = o.prefix();
		List<Node> nodes = new ArrayList<>(o.units());
		nodes.add(new Node(firstId, -1, 0, p, "Ban Chấp hành Trung ương (" + p + ")", "CENTRAL_COMMITTEE"));
		int levelStart = 0;
		int parentCount = 1;
		String[] letters = { "", "T", "H", "X", "C" };
		for (int level = 1; level < 5; level++) {
			int count = sizes[level];
			int thisStart = nodes.size();
			for (int i = 0; i < count; i++) {
				int parent = levelStart + i % parentCount;
				String code = p + "-" + letters[level] + (i + 1);
				String name = switch (level) {
				case 1 -> "Tỉnh ủy " + PROVINCES.get(i % PROVINCES.size()) + (i < PROVINCES.size() ? "" : " " + (i + 1));
				case 2 -> "Huyện ủy số " + (i + 1) + " – " + nodes.get(parent).name().replace("Tỉnh ủy ", "");
				case 3 -> (i % 4 == 0 ? "Đảng ủy phường số " : "Đảng ủy xã số ") + (i + 1);
				default -> "Chi bộ thôn, tổ dân phố số " + (i + 1);
				};
				String kind = switch (level) {
				case 1 -> "PROVINCE_COMMITTEE";
				case 2 -> "CITY_COMMITTEE";
				case 3 -> "PARTY_COMMITTEE";
				default -> "PARTY_CELL";
				};
				nodes.add(new Node(firstId + nodes.size(), parent, level, code, name, kind));
			}
			levelStart = thisStart;
			parentCount = count;
		}
		return nodes;
	}

	private long writeTree(Connection c, boolean pg, List<Node> tree, Instant now) {
		try (RowSink units = RowSink.open(c, pg, "org_unit", "id", "parent_id", "code", "name", "sort_key", "kind",
				"active", "version", "created_at")) {
			for (Node n : tree) {
				units.row(n.id(), n.parent() < 0 ? null : tree.get(n.parent()).id(), n.code(), n.name(),
						VietnameseOrder.key(n.name()), n.kind(), true, 0, now);
			}
		}
		try (RowSink closure = RowSink.open(c, pg, "org_unit_tree", "ancestor_id", "unit_id", "depth")) {
			for (Node n : tree) {
				int depth = 0;
				for (int a = index(tree, n); a >= 0; a = tree.get(a).parent()) {
					closure.row(tree.get(a).id(), n.id(), depth++);
				}
			}
			log.info("generate: {} units, {} closure rows", tree.size(), closure.rows());
			return closure.rows();
		}
	}

	private static int index(List<Node> tree, Node n) {
		return (int) (n.id() - tree.get(0).id());
	}

	private int writeAccounts(Connection c, boolean pg, Options o, List<Node> tree, Instant now) {
		String hash = passwords.encode(o.password());
		long id = next("account");
		String p = o.prefix().toLowerCase();
		long root = tree.get(0).id();
		try (RowSink accounts = RowSink.open(c, pg, "account", "id", "username", "full_name", "role", "unit_id",
				"scope_unit_id", "password_hash", "active", "failed_logins", "version", "created_at")) {
			accounts.row(id++, p + "-admin", "Quản trị hệ thống", "ADMIN", root, root, hash, true, 0, 0, now);
			accounts.row(id++, p + "-lanhdao", "Lãnh đạo Ban Tuyên giáo", "LEADER", root, root, hash, true, 0, 0, now);
			accounts.row(id++, p + "-tuyengiao", "Chuyên viên Ban Tuyên giáo", "COORDINATOR", root, root, hash, true, 0, 0,
					now);
			for (Node n : tree) {
				if (n.level() == 1 || n.level() == 2) {
					accounts.row(id++, n.code().toLowerCase(), "Chuyên viên " + n.name(), "COORDINATOR", n.id(), n.id(),
							hash, true, 0, 0, now);
				} else if (n.level() >= 3) {
					accounts.row(id++, n.code().toLowerCase(), "Báo cáo viên " + n.name(), "REPORTER", n.id(), n.id(), hash,
							true, 0, 0, now);
				}
			}
			return (int) accounts.rows();
		}
	}

	private long writeCampaign(Connection c, boolean pg, Options o, long root, Instant now) {
		long id = next("campaign");
		try (RowSink campaign = RowSink.open(c, pg, "campaign", "id", "owner_unit_id", "title", "starts_on", "ends_on",
				"purposes", "requirements", "report_frequency", "deadline_rule", "deadline_days", "status", "version",
				"created_at", "cutoff_day")) {
			campaign.row(id, root, "Tuyên truyền các ngày lễ lớn và nhiệm vụ chính trị năm " + o.year() + " (" + o.prefix()
					+ ")", LocalDate.of(o.year(), 1, 1), LocalDate.of(o.year(), 12, 31),
					"Nâng cao nhận thức của cán bộ, đảng viên và nhân dân.", "Bám sát cơ sở, báo cáo đúng hạn.", "QUARTERLY",
					"DAY_OF_LAST_MONTH", 20, "ACTIVE", 0, now, 0);
		}
		try (RowSink themes = RowSink.open(c, pg, "campaign_theme", "campaign_id", "position", "title")) {
			for (int i = 0; i < THEMES.length; i++) {
				themes.row(id, i + 1, THEMES[i]);
			}
		}
		try (RowSink channels = RowSink.open(c, pg, "campaign_channel", "campaign_id", "position", "title",
				"measure_codes")) {
			for (int i = 0; i < CHANNELS.length; i++) {
				channels.row(id, i + 1, CHANNELS[i][0], CHANNELS[i][1]);
			}
		}
		return id;
	}

	private int writeAssignments(Connection c, boolean pg, Options o, List<Node> tree, long campaign,
			SplittableRandom random, Instant now) {
		LocalDate due = LocalDate.of(o.year(), 12, 15);
		try (RowSink assignments = RowSink.open(c, pg, "assignment", "campaign_id", "unit_id", "group_title", "tasks",
				"due_on", "completed_on", "version", "created_at")) {
			for (Node n : tree) {
				if (n.level() == 0) {
					continue;
				}
				String group = switch (n.level()) {
				case 1 -> "Các tỉnh ủy, thành ủy";
				case 2 -> "Các huyện ủy, thị ủy, thành ủy trực thuộc";
				case 3 -> "Đảng ủy xã, phường, thị trấn";
				default -> "Chi bộ trực thuộc";
				};
				LocalDate done = random.nextInt(10) < 3 ? LocalDate.of(o.year(), 1 + random.nextInt(11), 1 + random.nextInt(28))
						: null;
				assignments.row(campaign, n.id(), group,
						"Tổ chức tuyên truyền theo kế hoạch\nBáo cáo kết quả định kỳ hằng quý", due, done, 0, now);
			}
			return (int) assignments.rows();
		}
	}

	private long writeActivities(Connection c, boolean pg, Options o, List<Node> tree, long campaign,
			List<Long> themes, List<Long> channels, SplittableRandom random, Instant now) throws SQLException {
		if (o.activities() == 0) {
			return 0;
		}
		// Who records: districts, communes and cells; a third of the communes and cells record nothing, the others a
		// heavy-tailed (Pareto) weight, so a few units record much of the work.
		List<Node> recorders = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		double total = 0;
		for (Node n : tree) {
			if (n.level() < 2 || (n.level() >= 3 && random.nextInt(3) == 0)) {
				continue;
			}
			double w = 1 / Math.pow(1 - random.nextDouble(), 1 / 1.5);
			recorders.add(n);
			weights.add(total += w);
		}
		double[] cumulative = weights.stream().mapToDouble(Double::doubleValue).toArray();
		int monthTotal = 0;
		for (int w : MONTH_WEIGHTS) {
			monthTotal += w;
		}
		List<String> dropped = pg && o.activities() >= 200_000 ? dropIndexes(c) : List.of();
		long id = next("activity");
		long first = id;
		String[][] measures = new String[CHANNELS.length][];
		for (int i = 0; i < CHANNELS.length; i++) {
			measures[i] = CHANNELS[i][1].split(",");
		}
		try (RowSink activity = RowSink.open(c, pg, "activity", "id", "campaign_id", "unit_id", "channel_id",
				"starts_on", "ends_on", "title", "place", "search_text", "recorded_by", "version", "created_at",
				"updated_at");
				RowSink theme = RowSink.open(c, pg, "activity_theme", "activity_id", "theme_id").after(activity);
				RowSink measure = RowSink.open(c, pg, "activity_measure", "activity_id", "measure_code", "amount")
					.after(activity)) {
			for (long i = 0; i < o.activities(); i++, id++) {
				int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * total);
				Node unit = recorders.get(at < 0 ? Math.min(-at - 1, recorders.size() - 1) : at);
				int month = 0;
				for (int m = random.nextInt(monthTotal); m >= MONTH_WEIGHTS[month]; month++) {
					m -= MONTH_WEIGHTS[month];
				}
				LocalDate day = LocalDate.of(o.year(), month + 1, 1 + random.nextInt(28));
				int ch = random.nextInt(channels.size());
				String title = TITLES[random.nextInt(TITLES.length)] + " số " + (i + 1);
				String place = "Thôn " + (1 + random.nextInt(30));
				Instant created = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(36_000);
				activity.row(id, campaign, unit.id(), channels.get(ch), day, day, title, place,
						VietnameseText.fold(title + "  " + place), unit.code().toLowerCase(), 0, created, created);
				int t = random.nextInt(themes.size());
				theme.row(id, themes.get(t));
				if (random.nextInt(4) == 0) {
					theme.row(id, themes.get((t + 1) % themes.size()));
				}
				String[] codes = measures[ch % measures.length];
				measure.row(id, codes[0], BigDecimal.valueOf(1 + random.nextInt(20)));
				if (codes.length > 1 && random.nextBoolean()) {
					measure.row(id, codes[codes.length - 1], BigDecimal.valueOf(10 + random.nextInt(500)));
				}
				if ((i + 1) % 1_000_000 == 0) {
					log.info("generate: {} activities", i + 1);
				}
			}
		}
		recreateIndexes(c, dropped);
		return id - first;
	}

	/** Drops the secondary indexes of the activity tables before a large COPY; returns their definitions. */
	private List<String> dropIndexes(Connection c) throws SQLException {
		List<Map<String, Object>> indexes = jdbc.sql("""
				select i.indexname, i.indexdef from pg_indexes i
				where i.schemaname = current_schema() and i.tablename in ('activity', 'activity_theme', 'activity_measure')
				  and not exists (select 1 from pg_constraint k where k.conname = i.indexname)""").query().listOfRows();
		List<String> definitions = new ArrayList<>();
		try (Statement sql = c.createStatement()) {
			for (Map<String, Object> index : indexes) {
				sql.execute("drop index " + index.get("indexname"));
				definitions.add((String) index.get("indexdef"));
			}
		}
		log.info("generate: dropped {} indexes for the load", definitions.size());
		return definitions;
	}

	/**
	 * On a partitioned activity table (see {@code partition-activities}) PostgreSQL describes a partitioned index as
	 * {@code ON ONLY activity}, which would create it for the parent alone and leave it invalid: without ONLY it is
	 * built on every partition.
	 */
	private static void recreateIndexes(Connection c, List<String> definitions) throws SQLException {
		try (Statement sql = c.createStatement()) {
			for (String definition : definitions) {
				String statement = definition.replace(" ON ONLY ", " ON ");
				log.info("generate: {}", statement);
				sql.execute(statement);
			}
		}
	}

	/** Identity columns continue after the ids written explicitly. */
	private void restartIdentities(Connection c, boolean pg) throws SQLException {
		try (Statement sql = c.createStatement()) {
			for (String table : List.of("org_unit", "account", "campaign", "campaign_theme", "campaign_channel",
					"assignment", "activity")) {
				long next = next(table);
				if (pg) {
					sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
				} else {
					sql.execute("alter table " + table + " alter column id restart with " + next);
				}
			}
		}
	}
}
