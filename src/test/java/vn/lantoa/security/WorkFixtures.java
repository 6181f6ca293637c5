package vn.lantoa.security;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.activity.Activity;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.campaign.Assignment;
import vn.lantoa.campaign.AssignmentProgress;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.directive.DirectiveImport;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * Throwaway campaigns, assignments and directives for the access checks, made through the application's services
 * by a planner whose scope is the province: a campaign it owns concerns a caller only through the assignment to a
 * unit of the caller's subtree.
 */
final class WorkFixtures {

	/** An assignment of a fresh campaign to one unit. */
	record Task(long campaignId, long assignmentId, int version, long themeId, long channelId) {
	}

	private final CampaignPlanning planning;
	private final AssignmentProgress progress;
	private final DirectiveImport directives;
	private final JdbcClient jdbc;
	private final ActivityRecording recording;

	WorkFixtures(CampaignPlanning planning, AssignmentProgress progress, DirectiveImport directives,
			ActivityRecording recording, JdbcClient jdbc) {
		this.recording = recording;
		this.planning = planning;
		this.progress = progress;
		this.directives = directives;
		this.jdbc = jdbc;
	}

	private Actor planner(long scopeUnitId) {
		long admin = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		return new Actor(admin, "admin", "admin", Role.ADMIN, scopeUnitId, scopeUnitId, true);
	}

	private long province() {
		return jdbc.sql("select id from org_unit where code = 'TINHUY'").query(Long.class).single();
	}

	Task task(long unitId) {
		Actor planner = planner(province());
		var campaign = planning.create(planner, new CampaignPlan(null, "Kế hoạch thử " + SecurityFixtures.unique(""),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of("Mục đích"), List.of(),
				new ReportSchedule(ReportSchedule.Frequency.QUARTERLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 5),
				List.of(new CampaignPlan.ThemePlan("Nội dung", "")),
				List.of(new CampaignPlan.ChannelPlan("Hình thức", "", List.of(), List.of("news"))),
				List.of(new CampaignPlan.AssignmentPlan("Nhóm", List.of(unitId), List.of("Nhiệm vụ"),
						LocalDate.of(2026, 12, 31)))));
		long id = jdbc.sql("select id from assignment where campaign_id = ?").param(campaign.getId())
			.query(Long.class).single();
		long theme = jdbc.sql("select id from campaign_theme where campaign_id = ?").param(campaign.getId())
			.query(Long.class).single();
		long channel = jdbc.sql("select id from campaign_channel where campaign_id = ?").param(campaign.getId())
			.query(Long.class).single();
		return new Task(campaign.getId(), id, 0, theme, channel);
	}

	Task completedTask(long unitId) {
		Task task = task(unitId);
		Assignment done = progress.complete(planner(province()), task.assignmentId(), task.version());
		return new Task(task.campaignId(), task.assignmentId(), done.getVersion(), task.themeId(), task.channelId());
	}

	/** A fresh activity of the unit, in a fresh campaign. */
	Activity activity(long unitId) {
		Task task = task(unitId);
		return recording.record(planner(province()), new ActivityDetails(task.campaignId(), unitId,
				List.of(task.themeId()), task.channelId(), LocalDate.of(2026, 3, 2), null, "Hoạt động thử", null, null,
				java.util.Map.of("news", java.math.BigDecimal.TEN), List.of()));
	}

	/** The same, deleted. */
	long deletedActivity(long unitId) {
		Activity activity = activity(unitId);
		return recording.delete(planner(province()), activity.getId(), activity.getVersion()).getId();
	}

	/** A draft directive owned by the unit. */
	long directive(long ownerUnitId) {
		return directives.importText(planner(ownerUnitId), "KẾ HOẠCH\nthử nghiệm\n\nI. NỘI DUNG\n1. Một nội dung\n")
			.getId();
	}

	/** The day, added as a day off by an admin. */
	LocalDate calendarDay(LocalDate day) {
		jdbc.sql("insert into calendar_day (\"day\", kind, name, created_by, created_at) values (?, 'HOLIDAY', ?, 'admin', ?)")
			.params(day, "Ngày nghỉ thử", java.sql.Timestamp.from(java.time.Instant.now())).update();
		return day;
	}
}
