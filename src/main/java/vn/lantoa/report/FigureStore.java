package vn.lantoa.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lantoa.recognition.RecognitionCounts;
import vn.lantoa.report.Figures.Key;
import vn.lantoa.report.Figures.Kind;

/** Computes a unit's figures from its activities (and its exemplary models recognised in the period), and keeps the figures frozen into a report at submission. */
@Component
class FigureStore {

	private final JdbcClient jdbc;
	private final RecognitionCounts recognition;

	FigureStore(JdbcClient jdbc, RecognitionCounts recognition) {
		this.jdbc = jdbc;
		this.recognition = recognition;
	}

	/**
	 * The figures of one unit's own activities in a campaign whose dates fall in {@code [from, to]}: activities per
	 * channel and per theme and channel, measures likewise, evidence files, in one statement.
	 */
	Figures compute(long campaignId, long unitId, LocalDate from, LocalDate to) {
		Map<Key, BigDecimal> values = new TreeMap<>();
		String own = """
				from activity a %s
				where a.campaign_id = :campaign and a.unit_id = :unit and a.deleted_at is null
				  and a.starts_on between :from and :to""";
		String themes = "join activity_theme t on t.activity_id = a.id";
		String measures = "join activity_measure m on m.activity_id = a.id";
		String sql = String.join("\nunion all\n",
				"select 'ACTIVITIES', 0, a.channel_id, '', count(*), cast(null as numeric(18, 2)) " + own.formatted("")
						+ " group by a.channel_id",
				"select 'ACTIVITIES', t.theme_id, a.channel_id, '', count(*), null " + own.formatted(themes)
						+ " group by t.theme_id, a.channel_id",
				"select 'MEASURE', 0, a.channel_id, m.measure_code, 0, sum(m.amount) " + own.formatted(measures)
						+ " group by a.channel_id, m.measure_code",
				"select 'MEASURE', t.theme_id, a.channel_id, m.measure_code, 0, sum(m.amount) "
						+ own.formatted(themes + " " + measures) + " group by t.theme_id, a.channel_id, m.measure_code",
				"select 'EVIDENCE', 0, 0, '', count(*), null " + own.formatted("join evidence e on e.activity_id = a.id"));
		jdbc.sql(sql).param("campaign", campaignId).param("unit", unitId).param("from", from).param("to", to)
			.query((rs, n) -> {
				Kind kind = Kind.valueOf(rs.getString(1));
				values.merge(new Key(kind, rs.getLong(2), rs.getLong(3), rs.getString(4)),
						kind == Kind.MEASURE ? rs.getBigDecimal(6) : BigDecimal.valueOf(rs.getLong(5)), BigDecimal::add);
				return null;
			})
			.list();
		// totals over every channel, from the channel rows
		Map<Key, BigDecimal> totals = new HashMap<>();
		values.forEach((key, value) -> {
			if (key.themeId() == 0 && key.channelId() != 0) {
				totals.merge(new Key(key.kind(), 0, 0, key.measureCode()), value, BigDecimal::add);
			}
		});
		values.putAll(totals);
		int models = recognition.modelsRecognised(campaignId, unitId, from, to);
		values.put(new Key(Kind.MODELS, 0, 0, ""), BigDecimal.valueOf(models));
		values.values().removeIf(v -> v.signum() == 0);
		return new Figures(values);
	}

	/** The frozen figures of several reports at once. */
	Map<Long, Figures> frozen(Collection<Long> reportIds) {
		Map<Long, Map<Key, BigDecimal>> byReport = new HashMap<>();
		if (reportIds.isEmpty()) {
			return Map.of();
		}
		jdbc.sql("""
				select report_id, kind, theme_id, channel_id, measure_code, amount from report_figure
				where report_id in (:ids)""").param("ids", reportIds)
			.query((rs, n) -> byReport.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
				.put(new Key(Kind.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4), rs.getString(5)),
						rs.getBigDecimal(6)))
			.list();
		Map<Long, Figures> figures = new HashMap<>();
		for (Long id : reportIds) {
			figures.put(id, new Figures(byReport.getOrDefault(id, Map.of())));
		}
		return figures;
	}

	/** The frozen figures of several reports added up, key by key. */
	Figures sum(Collection<Long> reportIds) {
		if (reportIds.isEmpty()) {
			return Figures.NONE;
		}
		Map<Key, BigDecimal> sum = new HashMap<>();
		jdbc.sql("""
				select kind, theme_id, channel_id, measure_code, sum(amount) from report_figure
				where report_id in (:ids) group by kind, theme_id, channel_id, measure_code""").param("ids", reportIds)
			.query((rs, n) -> sum.put(new Key(Kind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
					rs.getString(4)), rs.getBigDecimal(5)))
			.list();
		return new Figures(sum);
	}

	Figures frozen(long reportId) {
		return frozen(List.of(reportId)).get(reportId);
	}

	/** Replaces the report's frozen figures. */
	void freeze(long reportId, Figures figures) {
		jdbc.sql("delete from report_figure where report_id = ?").param(reportId).update();
		List<Object[]> rows = new ArrayList<>();
		figures.values().forEach((k, v) -> rows.add(new Object[] { reportId, k.kind().name(), k.themeId(),
				k.channelId(), k.measureCode(), v }));
		for (Object[] row : rows) {
			jdbc.sql("""
					insert into report_figure (report_id, kind, theme_id, channel_id, measure_code, amount)
					values (?, ?, ?, ?, ?, ?)""").params(row).update();
		}
	}
}
