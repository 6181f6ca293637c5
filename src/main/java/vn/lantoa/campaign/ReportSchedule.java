package vn.lantoa.campaign;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lantoa.calendar.WorkingCalendar;

/**
 * When units report on a campaign: the periods (calendar months, quarters, half-years or years that overlap the
 * campaign), the data window of each and its deadline.
 *
 * <p>Deadline rules, as guidance documents state them: {@link DeadlineRule#DAY_OF_LAST_MONTH} — "before the N-th
 * day of the period's last month" (e.g. quarterly reports by the 15th of March, June, September and December);
 * {@link DeadlineRule#DAYS_AFTER_END} — "within N days after the period ends". A day-of-month past the month's end
 * means its last day (31 in a 30-day month is the 30th). A deadline that falls on a day off moves to the next
 * working day of the {@link WorkingCalendar}.
 *
 * <p>The cut-off day: 0 means the data of a period are those of its calendar dates. A cut-off c in 1–28 closes each
 * month's data on day c, as the state reporting regime of Decree 09/2019 does (data to the 14th, the next window
 * opening on the 15th): the data window of a month runs from day c+1 of the month before to day c of the month,
 * and an activity belongs to the {@link #reportingMonth(LocalDate) reporting month} whose window holds its date.
 *
 * <p>The first and last periods are cut to the campaign's dates (their windows too) but keep the deadline of their
 * calendar period. A period whose cut window is empty (a campaign starting after its last cut-off) is left out.
 * With a cut-off, the last period's window runs to the campaign's end, so that the days after the last cut-off
 * still count (in the campaign's last month).
 */
public record ReportSchedule(Frequency frequency, DeadlineRule rule, int ruleDays, int cutoffDay) {

	public static final int MAX_CUTOFF_DAY = 28;

	public enum Frequency {
		MONTHLY(1, "M"), QUARTERLY(3, "Q"), SEMIANNUAL(6, "S"), YEARLY(12, "");

		final int months;
		final String letter;

		Frequency(int months, String letter) {
			this.months = months;
			this.letter = letter;
		}
	}

	public enum DeadlineRule {
		DAY_OF_LAST_MONTH, DAYS_AFTER_END
	}

	/**
	 * One reporting period.
	 *
	 * @param number its number in its year: month 1–12, quarter 1–4, half 1–2, year 1
	 * @param start the first day of the calendar period (or of the campaign, if later)
	 * @param end the last day of the calendar period (or of the campaign, if earlier)
	 * @param windowStart the first day whose activities count in the period
	 * @param windowEnd the last day whose activities count in the period
	 * @param deadline the day the report is due, a working day
	 */
	public record Period(Frequency frequency, int year, int number, LocalDate start, LocalDate end,
			LocalDate windowStart, LocalDate windowEnd, LocalDate deadline) {

		private static final Pattern KEY = Pattern.compile("(\\d{4})(?:([MQS])(\\d{1,2}))?");

		/** The period's key in the API: 2024M03, 2024Q1, 2024S1 or 2024. */
		public String key() {
			return key(frequency, year, number);
		}

		/** Whether an activity of this date counts in the period. */
		public boolean counts(LocalDate date) {
			return !date.isBefore(windowStart) && !date.isAfter(windowEnd);
		}

		/** The period of this key among these, if any; the key is read without regard to case. */
		public static Optional<Period> find(List<Period> periods, String key) {
			return parse(key).flatMap(k -> periods.stream()
				.filter(p -> p.frequency() == k.frequency() && p.year() == k.year() && p.number() == k.number())
				.findFirst());
		}

		/** A key read back: {@code 2024Q1} is (QUARTERLY, 2024, 1); empty when it is not a well-formed key. */
		public static Optional<Key> parse(String key) {
			if (key == null) {
				return Optional.empty();
			}
			Matcher m = KEY.matcher(key.strip().toUpperCase(Locale.ROOT));
			if (!m.matches()) {
				return Optional.empty();
			}
			int year = Integer.parseInt(m.group(1));
			if (m.group(2) == null) {
				return Optional.of(new Key(Frequency.YEARLY, year, 1));
			}
			Frequency frequency = switch (m.group(2)) {
				case "M" -> Frequency.MONTHLY;
				case "Q" -> Frequency.QUARTERLY;
				default -> Frequency.SEMIANNUAL;
			};
			int number = Integer.parseInt(m.group(3));
			return number >= 1 && number <= 12 / frequency.months ? Optional.of(new Key(frequency, year, number))
					: Optional.empty();
		}

		static String key(Frequency frequency, int year, int number) {
			return switch (frequency) {
				case MONTHLY -> "%dM%02d".formatted(year, number);
				case YEARLY -> String.valueOf(year);
				default -> "%d%s%d".formatted(year, frequency.letter, number);
			};
		}
	}

	/** A parsed period key. */
	public record Key(Frequency frequency, int year, int number) {

		@Override
		public String toString() {
			return Period.key(frequency, year, number);
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
		if (cutoffDay < 0 || cutoffDay > MAX_CUTOFF_DAY) {
			throw new IllegalArgumentException("cutoffDay out of range: " + cutoffDay);
		}
	}

	/** A schedule whose periods are calendar periods (no cut-off day). */
	public ReportSchedule(Frequency frequency, DeadlineRule rule, int ruleDays) {
		this(frequency, rule, ruleDays, 0);
	}

	/**
	 * The month whose report an activity of this date belongs to: the date's month without a cut-off day; with
	 * cut-off c, the next month when the day of month is after c (14 → 15/03 counts in April).
	 */
	public YearMonth reportingMonth(LocalDate activityDate) {
		YearMonth month = YearMonth.from(activityDate);
		return cutoffDay > 0 && activityDate.getDayOfMonth() > cutoffDay ? month.plusMonths(1) : month;
	}

	/**
	 * The reporting month of an activity of a campaign ending on {@code end}: as {@link #reportingMonth(LocalDate)},
	 * but never after the campaign's last month, whose period counts every day to the end.
	 */
	public YearMonth reportingMonth(LocalDate activityDate, LocalDate end) {
		YearMonth month = reportingMonth(activityDate);
		YearMonth last = YearMonth.from(end);
		return month.isAfter(last) ? last : month;
	}

	/** The periods that overlap {@code [start, end]}, in order, with deadlines on working days. */
	public List<Period> periods(LocalDate start, LocalDate end, WorkingCalendar calendar) {
		List<Period> periods = new ArrayList<>();
		YearMonth first = YearMonth.from(start);
		int offset = (first.getMonthValue() - 1) % frequency.months;
		YearMonth periodStart = first.minusMonths(offset);
		while (!periodStart.atDay(1).isAfter(end)) {
			YearMonth last = periodStart.plusMonths(frequency.months - 1L);
			LocalDate calendarEnd = last.atEndOfMonth();
			LocalDate due = rule == DeadlineRule.DAY_OF_LAST_MONTH
					? last.atDay(Math.min(ruleDays, last.lengthOfMonth()))
					: calendarEnd.plusDays(ruleDays);
			LocalDate windowFrom = cutoffDay == 0 ? periodStart.atDay(1) : periodStart.minusMonths(1).atDay(cutoffDay + 1);
			// the last period counts every day to the campaign's end, or the days after its cut-off would be lost
			LocalDate windowTo = cutoffDay == 0 || !calendarEnd.isBefore(end) ? calendarEnd : last.atDay(cutoffDay);
			windowFrom = windowFrom.isBefore(start) ? start : windowFrom;
			windowTo = windowTo.isAfter(end) ? end : windowTo;
			if (!windowFrom.isAfter(windowTo)) {
				LocalDate from = periodStart.atDay(1).isBefore(start) ? start : periodStart.atDay(1);
				LocalDate to = calendarEnd.isAfter(end) ? end : calendarEnd;
				int number = (periodStart.getMonthValue() - 1) / frequency.months + 1;
				periods.add(new Period(frequency, periodStart.getYear(), number, from, to, windowFrom, windowTo,
						calendar.nextWorkingDay(due)));
			}
			periodStart = periodStart.plusMonths(frequency.months);
		}
		return periods;
	}
}
