package vn.lantoa.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything needed to create a campaign, as the coordinator confirmed it on the review screen.
 *
 * @param directiveId the guidance the campaign implements, if any
 */
public record CampaignPlan(Long directiveId, String title, LocalDate startsOn, LocalDate endsOn,
		List<String> purposes, List<String> requirements, ReportSchedule schedule, List<ThemePlan> themes,
		List<ChannelPlan> channels, List<AssignmentPlan> assignments) {

	public record ThemePlan(String title, String body) {
	}

	/** A channel with its forms (loudspeakers, banners…) and the codes of the measures it counts. */
	public record ChannelPlan(String title, String body, List<String> forms, List<String> measureCodes) {
	}

	/** One responsibility group, handed to each of its units with the same tasks and due date. */
	public record AssignmentPlan(String groupTitle, List<Long> unitIds, List<String> tasks, LocalDate dueOn) {
	}
}
