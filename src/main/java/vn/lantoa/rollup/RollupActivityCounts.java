package vn.lantoa.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lantoa.activity.ActivityCounts;

/**
 * Counts a subtree's live activities from the unit's own roll-up rows, every reporting month together: theme 0 counts
 * each activity once (channel 0 of it, when no channel is asked for, once a month), a theme's rows count the
 * activities of that theme. The roll-ups change in the transaction that
 * changes an activity, so the count is exact.
 */
@Component
class RollupActivityCounts implements ActivityCounts {

	private final JdbcClient jdbc;

	RollupActivityCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public OptionalLong count(long unitId, Long campaignId, Long themeId, Long channelId) {
		Counted counted = statement(unitId, campaignId, themeId, channelId);
		return OptionalLong.of(jdbc.sql(counted.sql()).params(counted.params()).query(Long.class).single());
	}

	/** A count's statement and its parameters, in order. */
	record Counted(String sql, List<Object> params) {
	}

	/**
	 * The count's statement. A list of every theme and channel writes theme 0 and channel 0 in: PostgreSQL's generic
	 * plan can then read the all-channels index alone (V29), so the statement is planned once a connection; with the
	 * zeros bound it was planned afresh for every list (0.17 ms of planning for 0.04 ms of work).
	 */
	static Counted statement(long unitId, Long campaignId, Long themeId, Long channelId) {
		StringBuilder sql = new StringBuilder("select coalesce(sum(activities), 0) from rollup_activity where unit_id = ?");
		List<Object> params = new ArrayList<>(List.of(unitId));
		if (themeId == null && channelId == null) {
			sql.append(" and theme_id = " + RollupQueries.ALL_THEMES + " and channel_id = " + RollupQueries.ALL_CHANNELS);
		} else {
			// a theme's rows count each of its activities once over their channels; a channel alone reads theme 0
			sql.append(" and theme_id = ?");
			params.add(themeId == null ? RollupQueries.ALL_THEMES : themeId);
			if (channelId != null) {
				sql.append(" and channel_id = ?");
				params.add(channelId);
			}
		}
		if (campaignId != null) {
			sql.append(" and campaign_id = ?");
			params.add(campaignId);
		} else {
			// the key begins with the campaign: one short index range per campaign instead of reading the table
			sql.append(" and campaign_id in (select id from campaign)");
		}
		return new Counted(sql.toString(), params);
	}
}
