package vn.lantoa.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.campaign.MeasureCatalogue;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Databases;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.VietnameseText;

/** Lists of activities for a unit's subtree with filters, search that ignores diacritics, sorting and pages. */
@Service
public class ActivityQueries {

	/** One row of a list. */
	public record Row(long id, long campaignId, String campaignTitle, long unitId, String unitName, long channelId,
			String channelTitle, LocalDate startsOn, LocalDate endsOn, String title, String place, int version,
			int evidenceCount, List<String> themes, Map<String, BigDecimal> measures) {

		/**
		 * The measures as the list shows them ("12 tin, 3 buổi"), with the units of the catalogue in this language (a
		 * code the catalogue no longer holds stands for itself).
		 */
		public String measureText(Map<String, MeasureCatalogue.Measure> catalogue, Locale locale) {
			StringJoiner text = new StringJoiner(", ");
			measures.forEach((code, amount) -> {
				MeasureCatalogue.Measure measure = catalogue.get(code);
				text.add(amount.toPlainString() + " " + (measure == null ? code : measure.unit(locale)));
			});
			return text.toString();
		}

		Row withEvidence(int count) {
			return new Row(id, campaignId, campaignTitle, unitId, unitName, channelId, channelTitle, startsOn, endsOn,
					title, place, version, count, themes, measures);
		}
	}

	/**
	 * A page of rows. Counting every match of a national list would cost more than reading the page, so the count
	 * stops at {@link #COUNT_LIMIT}: {@code exact} is false when there are more.
	 */
	public record Page(List<Row> rows, long total, boolean exact, int page, int size) {

		public boolean hasNext() {
			return exact ? (long) (page + 1) * size < total : rows.size() == size;
		}

		/** The number of pages, when the count is exact. */
		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}

	/** Matches counted at most; beyond it a list says "more than 10,000". */
	public static final int COUNT_LIMIT = 10_000;
	/** The same for a search by words, whose matches are dearer to count. */
	public static final int SEARCH_COUNT_LIMIT = 1_000;
	/** Subtrees merged unit by unit at most (PostgreSQL, by date). */
	static final int MERGED_UNITS = 200;
	/** Rows each unit gives at most to a merged page (the pages before it included). */
	static final int MERGED_ROWS = 2_000;
	/**
	 * Subtrees filtered by the list of their units at most (PostgreSQL, by date); a larger one (the country) holds so
	 * many of the activities that the walk by date finds a page's rows at once through the closure.
	 */
	static final int LISTED_UNITS = 10_000;

	private final JdbcClient jdbc;
	private final OrgTree tree;
	private final ActivityCounts counts;
	/** Whether the database is PostgreSQL: lateral joins (H2 sorts the subtree's rows) and plans per statement. */
	private final boolean postgres;

	private final int mergedUnits;
	private final int listedUnits;

	@Autowired
	ActivityQueries(JdbcClient jdbc, OrgTree tree, ActivityCounts counts, DataSource dataSource) {
		this(jdbc, tree, counts, dataSource, MERGED_UNITS, LISTED_UNITS);
	}

	/** With other subtree sizes for the ways of reading a page by date (tests take each way on small data). */
	ActivityQueries(JdbcClient jdbc, OrgTree tree, ActivityCounts counts, DataSource dataSource, int mergedUnits,
			int listedUnits) {
		this.counts = counts;
		this.jdbc = jdbc;
		this.postgres = Databases.postgres(dataSource);
		this.tree = tree;
		this.mergedUnits = mergedUnits;
		this.listedUnits = listedUnits;
	}

	@Transactional(readOnly = true)
	public Page find(Actor actor, ActivityFilter filter) {
		long top = filter.unitId() == null ? actor.scopeUnitId() : filter.unitId();
		tree.requireVisible(actor, top);
		if (filter.deleted() && !(actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN))) {
			throw new OutOfScope();
		}
		// a unit without units below (a reporter's, mostly) reads its own rows in date order straight from the index
		int units = tree.size(top);
		boolean below = units > 1;
		StringBuilder where = new StringBuilder(below ? " where " : " where a.unit_id = ? and ").append("a.deleted_at is ")
			.append(filter.deleted() ? "not null" : "null");
		List<Object> params = new ArrayList<>(List.of(top));
		condition(where, params, filter.campaignId(), " and a.campaign_id = ?");
		condition(where, params, filter.themeId(),
				" and exists (select 1 from activity_theme x where x.activity_id = a.id and x.theme_id = ?)");
		condition(where, params, filter.channelId(), " and a.channel_id = ?");
		condition(where, params, filter.from(), " and a.ends_on >= ?");
		condition(where, params, filter.to(), " and a.starts_on <= ?");
		condition(where, params, filter.startsFrom(), " and a.starts_on >= ?");
		condition(where, params, filter.startsTo(), " and a.starts_on <= ?");
		String words = VietnameseText.fold(filter.q());
		if (!words.isEmpty()) {
			for (String word : words.split(" ")) {
				where.append(" and a.search_text like ? escape '\\'");
				params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
		}
		String from = below ? " from activity a join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = ? "
				: " from activity a ";
		int limit = words.isEmpty() ? COUNT_LIMIT : SEARCH_COUNT_LIMIT;
		// the live activities of a subtree by campaign, theme and channel are counted already, whatever their number
		boolean kept = words.isEmpty() && !filter.deleted() && filter.from() == null && filter.to() == null
				&& filter.startsFrom() == null && filter.startsTo() == null;
		OptionalLong known = kept ? counts.count(top, filter.campaignId(), filter.themeId(), filter.channelId())
				: OptionalLong.empty();
		String order = switch (filter.sort()) {
			case NEWEST -> "a.starts_on desc, a.id desc";
			case OLDEST -> "a.starts_on, a.id";
			case TITLE -> "a.title, a.id";
			case UNIT -> "u.name, a.starts_on desc, a.id desc";
		};
		String columns = """
				select a.id, a.campaign_id, c.title, a.unit_id, u.name, a.channel_id, ch.title, a.starts_on,
				       a.ends_on, a.title, a.place, a.version, 0""";
		String named = " join org_unit u on u.id = a.unit_id join campaign c on c.id = a.campaign_id"
				+ " join campaign_channel ch on ch.id = a.channel_id";
		String page = " order by " + order + " limit " + filter.size() + " offset " + (long) filter.page() * filter.size();
		String sql;
		List<Object> pageParams;
		long first = (long) (filter.page() + 1) * filter.size();
		boolean merged = below && units <= mergedUnits && first <= MERGED_ROWS;
		boolean byDate = filter.sort() == ActivityFilter.Sort.NEWEST || filter.sort() == ActivityFilter.Sort.OLDEST;
		// the page of a scope without words, dates, theme or channel: the same plan is best whatever the unit
		boolean plain = known.isPresent() && filter.themeId() == null && filter.channelId() == null && byDate;
		boolean province = below && !merged && units <= listedUnits;
		if (postgres && byDate) {
			// by date on PostgreSQL the page's ids come first, from the indexes alone (their keys end in unit_id and
			// deleted_at, V28), and only the page's rows are read whole
			String conditions = where.substring(" where ".length());
			String ids;
			if (merged) {
				// a small subtree (a commune with its cells may hold a hundred thousand rows): each unit's first rows
				// from its (unit, date) index, merged, instead of sorting every row of the subtree
				ids = "select a.id, a.starts_on from org_unit_tree t cross join lateral (select a.id, a.starts_on"
						+ " from activity a where a.unit_id = t.unit_id and " + conditions + " order by " + order
						+ " limit " + first + ") a where t.ancestor_id = ?";
				pageParams = new ArrayList<>(params.subList(1, params.size()));
				pageParams.add(top);
			} else if (province && plain) {
				// a province: the walk by date keeps the rows of its units, looked up in a hash of their ids (through
				// the closure it probed an index for each row it passed, a fiftieth of them the province's). PostgreSQL
				// hashes a constant array only: written into the statement, the ids make one statement a province,
				// planned once on each connection (as a parameter, they were planned for at every page: 1.4-2.3 ms of
				// planning for 0.7-0.8 ms of work)
				ids = "select a.id, a.starts_on from activity a where a.unit_id = any('" + idsLiteral(top)
						+ "'::bigint[]) and " + conditions;
				pageParams = new ArrayList<>(params.subList(1, params.size()));
			} else if (province) {
				// the same with words, dates, a theme or a channel, whose selectivity differs by orders of magnitude: an
				// array parameter, which the plan for its values holds as a constant (cast from text, it was parsed
				// again for every row)
				ids = "select a.id, a.starts_on from activity a where a.unit_id = any(?) and " + conditions;
				pageParams = new ArrayList<>(params);
				pageParams.set(0, new SqlArrayValue("bigint", tree.subtreeIds(top).toArray()));
			} else {
				ids = "select a.id, a.starts_on" + from + where;
				pageParams = params;
			}
			sql = columns + " from (" + ids + page + ") p join activity a on a.id = p.id and a.starts_on = p.starts_on"
					+ named + " order by " + order;
		} else {
			sql = columns + from + named + where + page;
			pageParams = params;
		}
		// the words, dates and subtrees of a list change its selectivity by orders of magnitude: a generic plan made a
		// word search over a million activities ten times slower; but the plain pages of a unit, a small subtree or a
		// province (its ids written in) take one plan whatever the unit, which PostgreSQL would otherwise make anew
		// for each page (its estimates for a generic plan of the merge are three times its custom plans')
		boolean onePlan = plain && (merged || !below || province);
		Supplier<Listed> read = () -> new Listed(known.isPresent() ? known.getAsLong()
				: jdbc.sql("select count(*) from (select 1" + from + where + " limit " + (limit + 1) + ") c")
					.params(params).query(Long.class).single(),
				jdbc.sql(sql).params(pageParams)
					.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
							rs.getString(5), rs.getLong(6), rs.getString(7), rs.getObject(8, LocalDate.class),
							rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11), rs.getInt(12),
							rs.getInt(13), new ArrayList<>(), new LinkedHashMap<>()))
					.list());
		Listed listed = onePlan ? Databases.plannedOnce(jdbc, postgres, read)
				: Databases.plannedForValues(jdbc, postgres, read);
		long counted = listed.counted();
		boolean exact = known.isPresent() || counted <= limit;
		List<Row> rows = listed.rows();
		fillThemesAndMeasures(rows);
		rows = withEvidence(rows);
		return new Page(rows, known.isPresent() ? counted : Math.min(counted, limit), exact, filter.page(), filter.size());
	}

	/** The ids of the unit's subtree as a PostgreSQL array literal. */
	private String idsLiteral(long top) {
		return tree.subtreeIds(top).stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	/** The matches counted and the page's rows. */
	private record Listed(long counted, List<Row> rows) {
	}

	private static void condition(StringBuilder where, List<Object> params, Object value, String sql) {
		if (value != null) {
			where.append(sql);
			params.add(value);
		}
	}

	/** The rows with their evidence counted, for the page's rows only (not for every row sorted before the limit). */
	private List<Row> withEvidence(List<Row> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("select activity_id, count(*) from evidence where activity_id = any(?) group by activity_id")
			.param(ids(rows))
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return rows.stream().map(r -> r.withEvidence(counts.getOrDefault(r.id(), 0))).toList();
	}

	/**
	 * The rows' ids as one array parameter: the statement's text stays the same from page to page, so PostgreSQL
	 * parses and plans it once per connection (with the ids written in, each page's was a new statement).
	 */
	private static SqlArrayValue ids(List<Row> rows) {
		return new SqlArrayValue("bigint", rows.stream().map(Row::id).toArray());
	}

	private void fillThemesAndMeasures(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<Long, Row> byId = new HashMap<>();
		rows.forEach(r -> byId.put(r.id(), r));
		SqlArrayValue ids = ids(rows);
		jdbc.sql("select x.activity_id, th.position, th.title from activity_theme x join campaign_theme th on "
				+ "th.id = x.theme_id where x.activity_id = any(?) order by th.position")
			.param(ids)
			.query(rs -> {
				byId.get(rs.getLong(1)).themes().add(rs.getInt(2) + ". " + rs.getString(3));
			});
		// in the catalogue's order, as the form shows the measures
		jdbc.sql("select x.activity_id, x.measure_code, x.amount from activity_measure x join measure m on "
				+ "m.code = x.measure_code where x.activity_id = any(?) order by m.position, m.code")
			.param(ids)
			.query(rs -> {
				byId.get(rs.getLong(1)).measures().put(rs.getString(2), Activity.plain(rs.getBigDecimal(3)));
			});
	}
}
