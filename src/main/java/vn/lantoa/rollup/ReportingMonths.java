package vn.lantoa.rollup;

import java.time.LocalDate;
import java.time.YearMonth;

import vn.lantoa.campaign.ReportSchedule;

/**
 * The reporting month an activity counts in: the campaign's {@link ReportSchedule#reportingMonth(LocalDate, LocalDate)}
 * (the month of its first day, or the next one when the day is after the schedule's cut-off day, but never after the
 * campaign's last month, whose period counts every day to the campaign's end), in Java for the incremental roll-ups
 * and in SQL for the rebuild; the two must agree (RollupIntegrationTests). Months are kept as yyyymm.
 */
final class ReportingMonths {

	private ReportingMonths() {
	}

	/** The month key (yyyymm) of an activity that starts on the date, in a campaign that ends on {@code campaignEnd}. */
	static int of(LocalDate startsOn, ReportSchedule schedule, LocalDate campaignEnd) {
		return key(schedule.reportingMonth(startsOn, campaignEnd));
	}

	/**
	 * The same as an SQL expression, on both databases, over a date column, a cut-off day and the campaign's last
	 * month key (columns or numbers): the date's month, or the next one when the day of month is after a cut-off
	 * other than 0, but not after the last month.
	 */
	static String sql(String startsOn, String cutoffDay, String lastMonth) {
		return """
				least(%3$s, cast(case when %2$s > 0 and extract(day from %1$s) > %2$s
				     then case when extract(month from %1$s) = 12 then (extract(year from %1$s) + 1) * 100 + 1
				               else extract(year from %1$s) * 100 + extract(month from %1$s) + 1 end
				     else extract(year from %1$s) * 100 + extract(month from %1$s) end as integer))"""
			.formatted(startsOn, cutoffDay, lastMonth);
	}

	/** The first day an activity may start on to count in the month. */
	static LocalDate firstDay(YearMonth month, int cutoffDay) {
		return cutoffDay == 0 ? month.atDay(1) : month.minusMonths(1).atDay(cutoffDay + 1);
	}

	/** The last day an activity may start on to count in the month. */
	static LocalDate lastDay(YearMonth month, int cutoffDay) {
		return cutoffDay == 0 ? month.atEndOfMonth() : month.atDay(cutoffDay);
	}

	static int key(YearMonth month) {
		return month.getYear() * 100 + month.getMonthValue();
	}

	static YearMonth month(int key) {
		return YearMonth.of(key / 100, key % 100);
	}
}
