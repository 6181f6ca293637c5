package vn.lantoa.campaign;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * When units report on a campaign: the periods (calendar months, quarters, half-years or years that overlap the
 * campaign) and the deadline of each.
 *
 * <p>Deadline rules, as guidance documents state them: {@link DeadlineRule#DAY_OF_LAST_MONTH} — "before the N-th
 * day of the period's last month" (e.g. quarterly reports by the 15th of March, June, September and December, the
 * figures running to the 14th); {@link DeadlineRule#DAYS_AFTER_END} — "within N days after the period ends". A
 * day-of-month past the month's end means its last day (31 in a 30-day month is the 30th). The first and last
 * periods are cut to the campaign's dates, but keep the deadline of their calendar period.
 */
public record ReportSchedule(Frequency frequency, DeadlineRule rule, int ruleDays) {

	public enum Frequency {
		MONTHLY(1), QUARTERLY(3), SEMIANNUAL(6), YEARLY(12);

		final int months;

		Frequency(int months) {
			this.months = months;
		}
	}

	public enum DeadlineRule {
		DAY_OF_LAST_MONTH, DAYS_AFTER_END
	}

	/** One reporting period: its number in its year (month 1–12, quarter 1–4, half 1–2, year 1). */
	public record Period(int year, int number, LocalDate start, LocalDate end, LocalDate deadline) {

		/** A stable key such as 2024-Q3, 2024-M07, 2024-H1 or 2024-Y. */
		public String key(Frequency frequency) {
			return switch (frequency) {
				case MONTHLY -> "%d-M%02d".formatted(year, number);
				case QUARTERLY -> "%d-Q%d".formatted(year, number);
				case SEMIANNUAL -> "%d-H%d".formatted(year, number);
				case YEARLY -> "%d-Y".formatted(year);
			};
		}
	}

	public ReportSchedule {
		if (frequency == null || rule == null) {
			throw new IllegalArgumentException("frequency and rule are required");
		}
		if (rule == DeadlineRule.DAY_OF_LAST_MONTH && (ruleDays < 1 || ruleDays > 31)
				|| rule == DeadlineRule.DAYS_AFTER_END && (ruleDays < 0 || ruleDays > 90)) {
			throw new IllegalArgumentException("ruleDays out of range: " + ruleDays);
		}
	}

	/** The periods that overlap {@code [start, end]}, in order. */
	public List<Period> periods(LocalDate start, LocalDate end) {
		List<Period> periods = new ArrayList<>();
		YearMonth first = YearMonth.from(start);
		int offset = (first.getMonthValue() - 1) % frequency.months;
		YearMonth periodStart = first.minusMonths(offset);
		while (!periodStart.atDay(1).isAfter(end)) {
			YearMonth last = periodStart.plusMonths(frequency.months - 1L);
			LocalDate calendarEnd = last.atEndOfMonth();
			LocalDate deadline = rule == DeadlineRule.DAY_OF_LAST_MONTH
					? last.atDay(Math.min(ruleDays, last.lengthOfMonth()))
					: calendarEnd.plusDays(ruleDays);
			LocalDate from = periodStart.atDay(1).isBefore(start) ? start : periodStart.atDay(1);
			LocalDate to = calendarEnd.isAfter(end) ? end : calendarEnd;
			int number = (periodStart.getMonthValue() - 1) / frequency.months + 1;
			periods.add(new Period(periodStart.getYear(), number, from, to, deadline));
			periodStart = periodStart.plusMonths(frequency.months);
		}
		return periods;
	}
}
