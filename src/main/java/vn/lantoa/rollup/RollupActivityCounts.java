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
		StringBuilder sql = new StringBuilder(
				"select coalesce(sum(activities), 0) from rollup_activity where unit_id = ? and theme_id = ?");
		List<Object> params = new ArrayList<>(List.of(unitId, themeId == null ? RollupQueries.ALL_THEMES : themeId));
		if (campaignId != null) {
			sql.append(" and campaign_id = ?");
			params.add(campaignId);
		} else {
			// the key begins with the campaign: one short index range per campaign instead of reading the table
			sql.append(" and campaign_id in (select id from campaign)");
		}
		if (channelId != null || themeId == null) {
			sql.append(" and channel_id = ?");
			params.add(channelId != null ? channelId : RollupQueries.ALL_CHANNELS);
		}
		return OptionalLong.of(jdbc.sql(sql.toString()).params(params).query(Long.class).single());
	}
}
