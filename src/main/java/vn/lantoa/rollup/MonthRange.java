package vn.lantoa.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.lantoa.campaign.ReportSchedule;

/** The reporting months from {@code first} to {@code last}, both included. */
public record MonthRange(YearMonth first, YearMonth last) {

	public MonthRange {
		if (first == null || last == null || last.isBefore(first)) {
			throw new IllegalArgumentException("bad month range " + first + " – " + last);
		}
	}

	/** The reporting months of the activities that start from {@code start} to {@code end}. */
	public static MonthRange of(LocalDate start, LocalDate end, ReportSchedule schedule) {
		return new MonthRange(schedule.reportingMonth(start), schedule.reportingMonth(end));
	}

	/**
	 * The first day of the window of start days counted in these months: an activity counts in the reporting month
	 * of its first day ({@link ReportSchedule#reportingMonth}), so the activities of the range are those that start
	 * from this day to {@link #lastDay} (the activity list's {@code startsFrom}/{@code startsTo}).
	 */
	public LocalDate firstDay(ReportSchedule schedule) {
		return ReportingMonths.firstDay(first, schedule.cutoffDay());
	}

	/** The last day of that window. */
	public LocalDate lastDay(ReportSchedule schedule) {
		return ReportingMonths.lastDay(last, schedule.cutoffDay());
	}

	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	int firstKey() {
		return ReportingMonths.key(first);
	}

	int lastKey() {
		return ReportingMonths.key(last);
	}
}
