package vn.lantoa.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a reporter says an activity was. {@code endsOn} may be null for a one-day activity; measures are keyed by
 * measure code.
 */
public record ActivityDetails(long campaignId, long unitId, List<Long> themeIds, long channelId, LocalDate startsOn,
		LocalDate endsOn, String title, String description, String place, Map<String, BigDecimal> measures,
		List<String> links) {
}
