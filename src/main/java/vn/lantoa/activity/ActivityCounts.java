package vn.lantoa.activity;

import java.util.OptionalLong;

/**
 * Counts of live activities kept up to date elsewhere (the roll-ups), for the lists of a broad scope: counting a
 * national list row by row would cost more than reading its page.
 */
public interface ActivityCounts {

	/**
	 * The live activities of the unit's subtree, of one campaign or of all, of one theme or channel or of all; empty
	 * when this source cannot tell.
	 */
	OptionalLong count(long unitId, Long campaignId, Long themeId, Long channelId);
}
