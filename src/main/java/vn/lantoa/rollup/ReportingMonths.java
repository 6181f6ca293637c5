package vn.lantoa.rollup;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The reporting month an activity counts in, in Java for the incremental roll-ups and in SQL for the rebuild; the
 * two must agree (ReportingMonthsIntegrationTests). For now the calendar month of the activity's first day.
 */
final class ReportingMonths {

	private ReportingMonths() {
	}

	/** The month key (yyyymm) of an activity that starts on the date. */
	static int of(LocalDate startsOn) {
		return key(YearMonth.from(startsOn));
	}

	/** The same as an SQL expression over a date column, on both databases. */
	static String sql(String startsOn) {
		return "cast(extract(year from %1$s) * 100 + extract(month from %1$s) as integer)".formatted(startsOn);
	}

	/** The first day an activity may start on to count in the month. */
	static LocalDate firstDay(YearMonth month) {
		return month.atDay(1);
	}

	/** The last day an activity may start on to count in the month. */
	static LocalDate lastDay(YearMonth month) {
		return month.atEndOfMonth();
	}

	static int key(YearMonth month) {
		return month.getYear() * 100 + month.getMonthValue();
	}

	static YearMonth month(int key) {
		return YearMonth.of(key / 100, key % 100);
	}
}
