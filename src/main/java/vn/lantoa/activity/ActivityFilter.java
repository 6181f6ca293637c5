package vn.lantoa.activity;

import java.time.LocalDate;

/**
 * What a list of activities shows: the subtree of a unit (the actor's scope when null), a campaign, theme, channel,
 * a date range (activities overlapping it), words to find (case and diacritics ignored), deleted ones instead of
 * live ones, a sort and a page.
 */
public record ActivityFilter(Long unitId, Long campaignId, Long themeId, Long channelId, LocalDate from,
		LocalDate to, String q, boolean deleted, Sort sort, int page, int size) {

	public enum Sort {
		NEWEST, OLDEST, TITLE, UNIT
	}

	/** The largest page a list or the API shows. */
	public static final int MAX_SIZE = 200;
	/** The most rows one export holds. */
	public static final int MAX_ROWS = 100_000;

	public ActivityFilter {
		sort = sort == null ? Sort.NEWEST : sort;
		page = Math.max(0, page);
		size = size <= 0 ? 25 : Math.min(size, MAX_ROWS);
	}

	/** The same filter for every row at once (exports). */
	public ActivityFilter allRows(int limit) {
		return new ActivityFilter(unitId, campaignId, themeId, channelId, from, to, q, deleted, sort, 0, limit);
	}

	public ActivityFilter page(int other) {
		return new ActivityFilter(unitId, campaignId, themeId, channelId, from, to, q, deleted, sort, other, size);
	}
}
