package vn.lantoa.recognition;

import java.time.LocalDate;

/**
 * What an organiser says a contest is. The theme is the campaign theme of the activity that records the contest.
 */
public record ContestDetails(long campaignId, long organiserUnitId, long themeId, Contest.Kind kind, String title,
		String description, LocalDate startsOn, LocalDate endsOn) {
}
