package vn.lantoa.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lantoa.calendar.Holiday;
import vn.lantoa.calendar.WorkingCalendar;
import vn.lantoa.campaign.ReportSchedule.DeadlineRule;
import vn.lantoa.campaign.ReportSchedule.Frequency;
import vn.lantoa.campaign.ReportSchedule.Key;
import vn.lantoa.campaign.ReportSchedule.Period;

class ReportScheduleTests {

	static final WorkingCalendar STATUTORY = WorkingCalendar.of(List.of());

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void quarterlyByThe15thOfTheLastMonthOverTheSeedCampaign() {
		ReportSchedule schedule = new ReportSchedule(Frequency.QUARTERLY, DeadlineRule.DAY_OF_LAST_MONTH, 15);
		List<Period> periods = schedule.periods(d("2023-07-01"), d("2025-12-31"), STATUTORY);
		assertThat(periods).hasSize(10);
		assertThat(periods.get(0)).isEqualTo(new Period(Frequency.QUARTERLY, 2023, 3, d("2023-07-01"),
				d("2023-09-30"), d("2023-07-01"), d("2023-09-30"), d("2023-09-15")));
		assertThat(periods.get(9)).isEqualTo(new Period(Frequency.QUARTERLY, 2025, 4, d("2025-10-01"),
				d("2025-12-31"), d("2025-10-01"), d("2025-12-31"), d("2025-12-15")));
		assertThat(periods.get(2).key()).isEqualTo("2024Q1");
	}

	@Test
	void cutsTheFirstAndLastPeriodsToTheCampaignButKeepsTheirDeadlines() {
		ReportSchedule schedule = new ReportSchedule(Frequency.QUARTERLY, DeadlineRule.DAYS_AFTER_END, 5);
		List<Period> periods = schedule.periods(d("2024-02-10"), d("2024-08-20"), STATUTORY);
		assertThat(periods).extracting(Period::key, Period::start, Period::end, Period::deadline).containsExactly(
				tuple("2024Q1", d("2024-02-10"), d("2024-03-31"), d("2024-04-05")),
				tuple("2024Q2", d("2024-04-01"), d("2024-06-30"), d("2024-07-05")),
				// 05/10/2024 is a Saturday
				tuple("2024Q3", d("2024-07-01"), d("2024-08-20"), d("2024-10-07")));
	}

	@Test
	void aDayPastTheMonthsEndIsItsLastDay() {
		ReportSchedule schedule = new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAY_OF_LAST_MONTH, 31);
		List<Period> periods = schedule.periods(d("2024-01-01"), d("2024-04-30"), STATUTORY);
		// 31/03/2024 is a Sunday; 30/04/2024 a holiday, 01/05 too
		assertThat(periods).extracting(Period::deadline).containsExactly(d("2024-01-31"), d("2024-02-29"),
				d("2024-04-01"), d("2024-05-02"));
		assertThat(periods).extracting(Period::key).containsExactly("2024M01", "2024M02", "2024M03", "2024M04");
	}

	@Test
	void halfYearsAndYearsFollowTheCalendar() {
		ReportSchedule half = new ReportSchedule(Frequency.SEMIANNUAL, DeadlineRule.DAY_OF_LAST_MONTH, 15);
		assertThat(half.periods(d("2023-07-01"), d("2024-12-31"), STATUTORY)).extracting(Period::key,
				Period::deadline).containsExactly(tuple("2023S2", d("2023-12-15")),
						// 15/06/2024 is a Saturday
						tuple("2024S1", d("2024-06-17")), tuple("2024S2", d("2024-12-16")));
		ReportSchedule year = new ReportSchedule(Frequency.YEARLY, DeadlineRule.DAYS_AFTER_END, 0);
		assertThat(year.periods(d("2023-07-01"), d("2024-03-01"), STATUTORY)).extracting(Period::key,
				Period::deadline).containsExactly(tuple("2023", d("2024-01-02")), tuple("2024", d("2024-12-31")));
	}

	@Test
	void deadlinesMoveToTheNextWorkingDay() {
		ReportSchedule byThe30th = new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAY_OF_LAST_MONTH, 30);
		// Saturday 30/11/2024 → Monday 02/12
		assertThat(deadline(byThe30th, "2024-11-01")).isEqualTo(d("2024-12-02"));
		// 30/04/2025 (Wednesday) and 01/05 are off → Friday 02/05
		assertThat(deadline(byThe30th, "2025-04-01")).isEqualTo(d("2025-05-02"));
		// 30/04/2026 (Thursday), 01/05 off, then the weekend → Monday 04/05
		assertThat(deadline(byThe30th, "2026-04-01")).isEqualTo(d("2026-05-04"));
		// by the 28th: 28/01/2025 is the last day of the lunar year; Tết runs to Saturday 01/02 → Monday 03/02
		ReportSchedule byThe28th = new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAY_OF_LAST_MONTH, 28);
		assertThat(deadline(byThe28th, "2025-01-01")).isEqualTo(d("2025-02-03"));
	}

	@Test
	void aMakeUpSaturdayKeepsTheDeadline() {
		ReportSchedule byThe30th = new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAY_OF_LAST_MONTH, 30);
		WorkingCalendar withMakeUpDay = WorkingCalendar.of(List.of(
				new Holiday(d("2024-11-30"), Holiday.Kind.WORKING_DAY, "Làm bù", false)));
		assertThat(byThe30th.periods(d("2024-11-01"), d("2024-11-30"), withMakeUpDay).get(0).deadline())
			.isEqualTo(d("2024-11-30"));
	}

	@Test
	void withACutOffDayTheWindowRunsFromTheDayAfterTheCutOffOfTheMonthBefore() {
		ReportSchedule schedule = new ReportSchedule(Frequency.QUARTERLY, DeadlineRule.DAY_OF_LAST_MONTH, 15, 14);
		List<Period> periods = schedule.periods(d("2023-07-01"), d("2025-12-31"), STATUTORY);
		assertThat(periods).hasSize(10);
		assertThat(periods.get(0)).isEqualTo(new Period(Frequency.QUARTERLY, 2023, 3, d("2023-07-01"),
				d("2023-09-30"), d("2023-07-01"), d("2023-09-14"), d("2023-09-15")));
		assertThat(periods.get(1)).extracting(Period::key, Period::windowStart, Period::windowEnd)
			.containsExactly("2023Q4", d("2023-09-15"), d("2023-12-14"));
		assertThat(periods.get(9)).extracting(Period::key, Period::windowStart, Period::windowEnd)
			.containsExactly("2025Q4", d("2025-09-15"), d("2025-12-31")); // the last one runs to the end
		assertThat(periods.get(9).counts(d("2025-12-20"))).isTrue();
		assertThat(periods.get(1).counts(d("2023-09-15"))).isTrue();
		assertThat(periods.get(1).counts(d("2023-12-15"))).isFalse();
	}

	@Test
	void monthlyWindowsWithACutOffAndACampaignStartingAfterIt() {
		ReportSchedule schedule = new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAYS_AFTER_END, 0, 14);
		List<Period> periods = schedule.periods(d("2024-01-20"), d("2024-03-31"), STATUTORY);
		// January's window (15/12–14/01) ends before the campaign starts: no January report
		assertThat(periods).extracting(Period::key, Period::windowStart, Period::windowEnd).containsExactly(
				tuple("2024M02", d("2024-01-20"), d("2024-02-14")),
				tuple("2024M03", d("2024-02-15"), d("2024-03-31")));
	}

	@Test
	void theReportingMonthOfAnActivity() {
		ReportSchedule calendarMonths = new ReportSchedule(Frequency.QUARTERLY, DeadlineRule.DAY_OF_LAST_MONTH, 15);
		assertThat(calendarMonths.reportingMonth(d("2024-03-31"))).isEqualTo(YearMonth.of(2024, 3));
		ReportSchedule cutOff = new ReportSchedule(Frequency.QUARTERLY, DeadlineRule.DAY_OF_LAST_MONTH, 15, 14);
		assertThat(cutOff.reportingMonth(d("2024-03-14"))).isEqualTo(YearMonth.of(2024, 3));
		assertThat(cutOff.reportingMonth(d("2024-03-15"))).isEqualTo(YearMonth.of(2024, 4));
		assertThat(cutOff.reportingMonth(d("2024-12-20"))).isEqualTo(YearMonth.of(2025, 1));
		// after the last cut-off of a campaign, its last month
		assertThat(cutOff.reportingMonth(d("2025-12-20"), d("2025-12-31"))).isEqualTo(YearMonth.of(2025, 12));
		assertThat(cutOff.reportingMonth(d("2025-11-20"), d("2025-12-31"))).isEqualTo(YearMonth.of(2025, 12));
	}

	@Test
	void readsKeysBackAndFindsThePeriod() {
		assertThat(Period.parse("2024Q1")).contains(new Key(Frequency.QUARTERLY, 2024, 1));
		assertThat(Period.parse("2024m03")).contains(new Key(Frequency.MONTHLY, 2024, 3));
		assertThat(Period.parse("2024S2")).contains(new Key(Frequency.SEMIANNUAL, 2024, 2));
		assertThat(Period.parse("2024")).contains(new Key(Frequency.YEARLY, 2024, 1));
		assertThat(Period.parse("2024Q5")).isEmpty();
		assertThat(Period.parse("2024M13")).isEmpty();
		assertThat(Period.parse("2024-Q1")).isEmpty();
		assertThat(Period.parse(null)).isEmpty();
		assertThat(new Key(Frequency.MONTHLY, 2024, 3)).hasToString("2024M03");
		List<Period> periods = new ReportSchedule(Frequency.QUARTERLY, DeadlineRule.DAY_OF_LAST_MONTH, 15)
			.periods(d("2023-07-01"), d("2025-12-31"), STATUTORY);
		assertThat(Period.find(periods, "2024Q2")).map(Period::start).contains(d("2024-04-01"));
		assertThat(Period.find(periods, "2026Q1")).isEmpty();
		assertThat(Period.find(periods, "2024M04")).isEmpty();
	}

	@Test
	void refusesImpossibleRules() {
		assertThatThrownBy(() -> new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAY_OF_LAST_MONTH, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAYS_AFTER_END, 91))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAYS_AFTER_END, 5, 29))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAYS_AFTER_END, 5, -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static LocalDate deadline(ReportSchedule schedule, String monthStart) {
		LocalDate start = d(monthStart);
		return schedule.periods(start, start.plusMonths(1).minusDays(1), STATUTORY).get(0).deadline();
	}
}
