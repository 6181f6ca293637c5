package vn.lantoa.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one live activity adds to its campaign's figures: where (campaign, unit), when (its first day), on which
 * themes and channel, and its measures. The activity events carry it, so that the roll-ups need not read the
 * activity back.
 */
public record ActivityFigures(long campaignId, long unitId, long channelId, LocalDate startsOn, List<Long> themeIds,
		Map<String, BigDecimal> measures) {

	public ActivityFigures {
		themeIds = List.copyOf(themeIds);
		measures = Map.copyOf(measures);
	}
}
