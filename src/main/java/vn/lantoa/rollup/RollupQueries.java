package vn.lantoa.rollup;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.shared.ChangeCounters;
import vn.lantoa.shared.CountedCache;

/**
 * Reads the roll-ups: the figures of a unit's whole subtree in a campaign over a range of reporting months. Each
 * answer reads the unit's own rows only (they already hold its subtree), so a root costs what a cell costs.
 * Callers check that the actor may see the unit and the campaign.
 * <p>
 * Answers are kept on this node with the change counters of the campaign's subtrees they read ({@code rollup_change},
 * which every write to a campaign's roll-ups bumps for the changed units and all units above them, and the
 * {@code rollups} counter, which a rebuild or a unit moved bumps): a question asked again reads those counters (one
 * statement) and gets the kept answer while they stand. The counters are read before the rows, in the same
 * transaction, so an answer is never kept under counters newer than the rows it read, whichever node wrote them.
 */
@Service
public class RollupQueries {

	/** The sum of a measure and the number of activities that gave it. */
	public record MeasureSum(BigDecimal amount, long entries) {
	}

	/**
	 * A theme × channel cell. Theme 0 is the channel's total over all themes, where an activity with several
	 * themes counts once; summing the theme cells of a channel would count it once per theme.
	 */
	public record Cell(long themeId, long channelId, long activities, Map<String, MeasureSum> measures) {
	}

	/** A month × channel figure, each activity counted once. */
	public record MonthCell(YearMonth month, long channelId, long activities, Map<String, MeasureSum> measures) {
	}

	/** The theme meaning "all themes, each activity once". */
	public static final long ALL_THEMES = 0;

	/** With {@link #ALL_THEMES}, the channel meaning "all channels": a subtree's activities per month in one row. */
	public static final long ALL_CHANNELS = 0;

	/** Answers kept at most; the node starts afresh beyond. */
	static final int KEPT = 512;

	private record Kept(long changes, Object answer) {
	}

	private final JdbcClient jdbc;
	private final Map<List<Object>, Kept> kept = new ConcurrentHashMap<>();

	RollupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The answer to the question: kept while the campaign's counters of {@code units}' subtrees and the rebuilds'
	 * counter stand, read now otherwise (and kept, but not inside a writing transaction, which may roll back).
	 * Answers must be immutable.
	 */
	@SuppressWarnings("unchecked")
	private <T> T kept(List<Object> question, long campaignId, Collection<Long> units, Supplier<T> read) {
		long changes = changes(campaignId, units);
		Kept answer = kept.get(question);
		if (answer != null && answer.changes() == changes) {
			return (T) answer.answer();
		}
		T value = read.get();
		if (CountedCache.keepable()) {
			if (kept.size() >= KEPT) {
				kept.clear();
			}
			kept.put(question, new Kept(changes, value));
		}
		return value;
	}

	/**
	 * The sum of the rebuilds' counter and of the campaign's counters of the units' subtrees: each only grows, so
	 * the sum moves whenever one of them does.
	 */
	private long changes(long campaignId, Collection<Long> units) {
		List<Object> params = new ArrayList<>(List.of(campaignId));
		params.addAll(units);
		return jdbc.sql("""
				select (select coalesce(max(changes), 0) from change_counter where name = '%s')
				     + (select coalesce(sum(changes), 0) from rollup_change where campaign_id = ? and unit_id in (%s))"""
			.formatted(ChangeCounters.ROLLUPS, String.join(", ", Collections.nCopies(units.size(), "?"))))
			.params(params)
			.query(Long.class)
			.single();
	}

	/** The non-empty theme × channel cells of the unit's subtree, the theme-0 totals included. */
	@Transactional(readOnly = true)
	public List<Cell> coverage(long campaignId, long unitId, MonthRange months) {
		return kept(List.of("coverage", campaignId, unitId, months), campaignId, List.of(unitId),
				() -> readCoverage(campaignId, unitId, months));
	}

	/** The answer read now (tests compare the kept answers with it). */
	List<Cell> readCoverage(long campaignId, long unitId, MonthRange months) {
		Map<List<Long>, Cell> cells = new LinkedHashMap<>();
		jdbc.sql("""
				select theme_id, channel_id, sum(activities) from rollup_activity
				where campaign_id = ? and unit_id = ? and reporting_month between ? and ? and channel_id <> 0
				group by theme_id, channel_id having sum(activities) <> 0 order by theme_id, channel_id""")
			.params(campaignId, unitId, months.firstKey(), months.lastKey())
			.query(rs -> {
				cells.put(List.of(rs.getLong(1), rs.getLong(2)),
						new Cell(rs.getLong(1), rs.getLong(2), rs.getLong(3), new TreeMap<>()));
			});
		jdbc.sql("""
				select theme_id, channel_id, measure_code, sum(amount), sum(entries) from rollup_measure
				where campaign_id = ? and unit_id = ? and reporting_month between ? and ?
				group by theme_id, channel_id, measure_code having sum(entries) <> 0""")
			.params(campaignId, unitId, months.firstKey(), months.lastKey())
			.query(rs -> {
				Cell cell = cells.get(List.of(rs.getLong(1), rs.getLong(2)));
				if (cell != null) {
					cell.measures().put(rs.getString(3), new MeasureSum(plain(rs.getBigDecimal(4)), rs.getLong(5)));
				}
			});
		return cells.values().stream().map(c -> new Cell(c.themeId(), c.channelId(), c.activities(),
				Collections.unmodifiableMap(c.measures()))).toList();
	}

	/** Per month and channel, the non-empty figures of the unit's subtree, in month order. */
	@Transactional(readOnly = true)
	public List<MonthCell> trend(long campaignId, long unitId, MonthRange months) {
		return kept(List.of("trend", campaignId, unitId, months), campaignId, List.of(unitId),
				() -> readTrend(campaignId, unitId, months));
	}

	/** The answer read now (tests compare the kept answers with it). */
	List<MonthCell> readTrend(long campaignId, long unitId, MonthRange months) {
		Map<List<Long>, MonthCell> cells = new LinkedHashMap<>();
		jdbc.sql("""
				select reporting_month, channel_id, sum(activities) from rollup_activity
				where campaign_id = ? and unit_id = ? and theme_id = 0 and channel_id <> 0
				  and reporting_month between ? and ?
				group by reporting_month, channel_id having sum(activities) <> 0 order by reporting_month, channel_id""")
			.params(campaignId, unitId, months.firstKey(), months.lastKey())
			.query(rs -> {
				cells.put(List.of((long) rs.getInt(1), rs.getLong(2)), new MonthCell(
						ReportingMonths.month(rs.getInt(1)), rs.getLong(2), rs.getLong(3), new TreeMap<>()));
			});
		jdbc.sql("""
				select reporting_month, channel_id, measure_code, sum(amount), sum(entries) from rollup_measure
				where campaign_id = ? and unit_id = ? and theme_id = 0 and reporting_month between ? and ?
				group by reporting_month, channel_id, measure_code having sum(entries) <> 0""")
			.params(campaignId, unitId, months.firstKey(), months.lastKey())
			.query(rs -> {
				MonthCell cell = cells.get(List.of((long) rs.getInt(1), rs.getLong(2)));
				if (cell != null) {
					cell.measures().put(rs.getString(3), new MeasureSum(plain(rs.getBigDecimal(4)), rs.getLong(5)));
				}
			});
		return cells.values().stream().map(c -> new MonthCell(c.month(), c.channelId(), c.activities(),
				Collections.unmodifiableMap(c.measures()))).toList();
	}

	/** The activities of each of the units (%s, their ids) in a campaign's months: the all-channels rows (V29). */
	static final String UNITS_ACTIVITIES = """
			select unit_id, sum(activities) from rollup_activity
			where campaign_id = ? and unit_id in (%s) and theme_id = 0 and channel_id = 0
			  and reporting_month between ? and ?
			group by unit_id having sum(activities) <> 0""";

	/** The number of activities of each unit's subtree (units without any are left out). */
	@Transactional(readOnly = true)
	public Map<Long, Long> activities(long campaignId, Collection<Long> unitIds, MonthRange months) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		List<Long> units = List.copyOf(unitIds);
		return kept(List.of("units", campaignId, units, months), campaignId, units,
				() -> readActivities(campaignId, units, months));
	}

	/** The answer read now (tests compare the kept answers with it). */
	Map<Long, Long> readActivities(long campaignId, Collection<Long> unitIds, MonthRange months) {
		Map<Long, Long> counts = new HashMap<>();
		String ids = String.join(",", unitIds.stream().map(String::valueOf).toList());
		jdbc.sql(UNITS_ACTIVITIES.formatted(ids))
			.params(campaignId, months.firstKey(), months.lastKey())
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		return Map.copyOf(counts);
	}

	/** 180.00 as 180, 2.50 as 2.5. */
	private static BigDecimal plain(BigDecimal amount) {
		BigDecimal stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
