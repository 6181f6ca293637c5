package vn.lantoa.activity;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a new activity with its themes, measures and links in written statements. Spring Data JDBC's aggregate
 * insert spent half of a recording's time building its statements' parameters (and asked the driver for every column
 * as a key, which then threw inside {@code GeneratedKeyHolder} on each insert); the row it writes is the same.
 */
@Component
class ActivityInsert {

	private static final String[] KEY = { "id" };

	private final JdbcTemplate jdbc;

	ActivityInsert(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Activity insert(Activity a) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement s = connection.prepareStatement("""
					insert into activity (campaign_id, unit_id, channel_id, starts_on, ends_on, title, description, place,
					  search_text, recorded_by, version, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", KEY);
			s.setLong(1, a.getCampaignId());
			s.setLong(2, a.getUnitId());
			s.setLong(3, a.getChannelId());
			s.setObject(4, a.getStartsOn(), Types.DATE);
			s.setObject(5, a.getEndsOn(), Types.DATE);
			s.setString(6, a.getTitle());
			s.setString(7, a.getDescription());
			s.setString(8, a.getPlace());
			s.setString(9, a.getSearchText());
			s.setString(10, a.getRecordedBy());
			s.setTimestamp(11, Timestamp.from(a.getCreatedAt()));
			s.setTimestamp(12, Timestamp.from(a.getUpdatedAt()));
			return s;
		}, key);
		long id = key.getKey().longValue();
		batch("insert into activity_theme (activity_id, theme_id) values (?, ?)",
				a.themeIds().stream().map(theme -> new Object[] { id, theme }).toList());
		List<Object[]> measures = new ArrayList<>();
		for (Map.Entry<String, BigDecimal> m : a.measureMap().entrySet()) {
			measures.add(new Object[] { id, m.getKey(), m.getValue() });
		}
		batch("insert into activity_measure (activity_id, measure_code, amount) values (?, ?, ?)", measures);
		List<Object[]> links = new ArrayList<>();
		List<String> urls = a.linkList();
		for (int i = 0; i < urls.size(); i++) {
			links.add(new Object[] { id, i, urls.get(i) });
		}
		batch("insert into activity_link (activity_id, position, url) values (?, ?, ?)", links);
		a.inserted(id);
		return a;
	}

	private void batch(String sql, List<Object[]> rows) {
		if (rows.size() == 1) {
			jdbc.update(sql, rows.get(0));
		} else if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows);
		}
	}
}
