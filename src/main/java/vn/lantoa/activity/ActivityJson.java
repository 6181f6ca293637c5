package vn.lantoa.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An activity in the JSON API, as sent (id and version are answers, and version is sent back to update). */
record ActivityJson(Long id, Integer version, @NotNull Long campaignId, @NotNull Long unitId,
		@NotEmpty List<Long> themeIds, @NotNull Long channelId, @NotNull LocalDate startDate, LocalDate endDate,
		@NotNull @Size(min = 1, max = 500) String title, @Size(max = 10_000) String description,
		@Size(max = 500) String place, Map<String, BigDecimal> measures, List<String> links, Boolean deleted) {

	ActivityDetails toDetails() {
		return new ActivityDetails(campaignId, unitId, themeIds, channelId, startDate, endDate, title, description,
				place, measures == null ? Map.of() : measures, links == null ? List.of() : links);
	}

	static ActivityJson of(Activity a) {
		return new ActivityJson(a.getId(), a.getVersion(), a.getCampaignId(), a.getUnitId(), a.themeIds(),
				a.getChannelId(), a.getStartsOn(), a.getEndsOn(), a.getTitle(), a.getDescription(), a.getPlace(),
				a.measureMap(), a.linkList(), a.isDeleted());
	}
}
