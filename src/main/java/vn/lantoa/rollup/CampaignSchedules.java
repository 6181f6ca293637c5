package vn.lantoa.rollup;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lantoa.campaign.ReportSchedule;

/**
 * The report schedule of each campaign, which decides the reporting month of its activities, read once per
 * campaign: a campaign's schedule is fixed when it is planned, and recording an activity should not read the
 * campaign again.
 */
@Component
class CampaignSchedules {

	private final JdbcClient jdbc;
	private final Map<Long, ReportSchedule> known = new ConcurrentHashMap<>();

	CampaignSchedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ReportSchedule of(long campaignId) {
		return known.computeIfAbsent(campaignId, id -> jdbc.sql("""
				select report_frequency, deadline_rule, deadline_days, cutoff_day from campaign where id = ?""")
			.param(id)
			.query((rs, n) -> new ReportSchedule(ReportSchedule.Frequency.valueOf(rs.getString(1)),
					ReportSchedule.DeadlineRule.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4)))
			.single());
	}
}
