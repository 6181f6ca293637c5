package vn.lantoa.activity;

import java.time.LocalDate;

/**
 * What a list of activities shows: the subtree of a unit (the actor's scope when null), a campaign, theme, channel,
 * a date range (activities overlapping it), words to find (case and diacritics ignored), deleted ones instead of
 * live ones, a sort and a page. {@code startsFrom}/{@code startsTo} keep the activities that start in a window of
 * days: the reporting months an activity counts in go by its first day, so a dashboard's cell opens this list.
 */
public record ActivityFilter(Long unitId, Long campaignId, Long themeId, Long channelId, LocalDate from,
		LocalDate to, String q, boolean deleted, Sort sort, int page, int size, LocalDate startsFrom,
		LocalDate startsTo) {

	public enum Sort {
		NEWEST, OLDEST, TITLE, UNIT
	}

	/** The largest page a list or the API shows. */
	public static final int MAX_SIZE = 200;
	/** The most rows one export holds. */
	public static final int MAX_ROWS = 100_000;

	/** A filter without a window of start days. */
	public ActivityFilter(Long unitId, Long campaignId, Long themeId, Long channelId, LocalDate from, LocalDate to,
			String q, boolean deleted, Sort sort, int page, int size) {
		this(unitId, campaignId, themeId, channelId, from, to, q, deleted, sort, page, size, null, null);
	}

	public ActivityFilter {
		sort = sort == null ? Sort.NEWEST : sort;
		page = Math.max(0, page);
		size = size <= 0 ? 25 : Math.min(size, MAX_ROWS);
	}

	/** The same filter for every row at once (exports). */
	public ActivityFilter allRows(int limit) {
		return new ActivityFilter(unitId, campaignId, themeId, channelId, from, to, q, deleted, sort, 0, limit,
				startsFrom, startsTo);
	}

	public ActivityFilter page(int other) {
		return new ActivityFilter(unitId, campaignId, themeId, channelId, from, to, q, deleted, sort, other, size,
				startsFrom, startsTo);
	}
}
