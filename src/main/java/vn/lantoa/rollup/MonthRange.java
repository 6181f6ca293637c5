package vn.lantoa.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The reporting months from {@code first} to {@code last}, both included. */
public record MonthRange(YearMonth first, YearMonth last) {

	public MonthRange {
		if (first == null || last == null || last.isBefore(first)) {
			throw new IllegalArgumentException("bad month range " + first + " – " + last);
		}
	}

	/** The months of a span of days, such as a campaign or a reporting period. */
	public static MonthRange of(LocalDate start, LocalDate end) {
		return new MonthRange(YearMonth.from(start), YearMonth.from(end));
	}

	/**
	 * The first day of the window of start days counted in these months: an activity counts in the reporting month
	 * of its first day, so the activities of the range are those that start from {@link #firstDay()} to
	 * {@link #lastDay()} (the activity list's {@code startsFrom}/{@code startsTo}).
	 */
	public LocalDate firstDay() {
		return ReportingMonths.firstDay(first);
	}

	/** The last day of that window. */
	public LocalDate lastDay() {
		return ReportingMonths.lastDay(last);
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
