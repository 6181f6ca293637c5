package vn.lantoa.rollup;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lantoa.campaign.ReportSchedule;

/**
 * The report schedule and last day of each campaign, which decide the reporting month of its activities, read once
 * per campaign: both are fixed when the campaign is planned, and recording an activity should not read the campaign
 * again.
 */
@Component
class CampaignSchedules {

	/** A campaign's report schedule and the day it ends. */
	record Schedule(ReportSchedule rules, LocalDate endsOn) {

		/** The month key (yyyymm) an activity that starts on the date counts in. */
		int month(LocalDate startsOn) {
			return ReportingMonths.of(startsOn, rules, endsOn);
		}

		/** The same as an SQL expression over a date column. */
		String sql(String startsOn) {
			return ReportingMonths.sql(startsOn, String.valueOf(rules.cutoffDay()),
					String.valueOf(ReportingMonths.key(java.time.YearMonth.from(endsOn))));
		}
	}

	private final JdbcClient jdbc;
	private final Map<Long, Schedule> known = new ConcurrentHashMap<>();

	CampaignSchedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Schedule of(long campaignId) {
		return known.computeIfAbsent(campaignId, id -> jdbc.sql("""
				select report_frequency, deadline_rule, deadline_days, cutoff_day, ends_on from campaign where id = ?""")
			.param(id)
			.query((rs, n) -> new Schedule(new ReportSchedule(ReportSchedule.Frequency.valueOf(rs.getString(1)),
					ReportSchedule.DeadlineRule.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4)),
					rs.getObject(5, LocalDate.class)))
			.single());
	}
}
