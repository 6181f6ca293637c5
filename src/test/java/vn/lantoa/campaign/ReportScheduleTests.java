package vn.lantoa.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lantoa.campaign.ReportSchedule.DeadlineRule;
import vn.lantoa.campaign.ReportSchedule.Frequency;
import vn.lantoa.campaign.ReportSchedule.Period;

class ReportScheduleTests {

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void quarterlyByThe15thOfTheLastMonthOverTheSeedCampaign() {
		ReportSchedule schedule = new ReportSchedule(Frequency.QUARTERLY, DeadlineRule.DAY_OF_LAST_MONTH, 15);
		List<Period> periods = schedule.periods(d("2023-07-01"), d("2025-12-31"));
		assertThat(periods).hasSize(10);
		assertThat(periods.get(0)).isEqualTo(new Period(2023, 3, d("2023-07-01"), d("2023-09-30"), d("2023-09-15")));
		assertThat(periods.get(9)).isEqualTo(new Period(2025, 4, d("2025-10-01"), d("2025-12-31"), d("2025-12-15")));
		assertThat(periods.get(2).key(Frequency.QUARTERLY)).isEqualTo("2024-Q1");
	}

	@Test
	void cutsTheFirstAndLastPeriodsToTheCampaignButKeepsTheirDeadlines() {
		ReportSchedule schedule = new ReportSchedule(Frequency.QUARTERLY, DeadlineRule.DAYS_AFTER_END, 5);
		List<Period> periods = schedule.periods(d("2024-02-10"), d("2024-08-20"));
		assertThat(periods).containsExactly(
				new Period(2024, 1, d("2024-02-10"), d("2024-03-31"), d("2024-04-05")),
				new Period(2024, 2, d("2024-04-01"), d("2024-06-30"), d("2024-07-05")),
				new Period(2024, 3, d("2024-07-01"), d("2024-08-20"), d("2024-10-05")));
	}

	@Test
	void aDayPastTheMonthsEndIsItsLastDay() {
		ReportSchedule schedule = new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAY_OF_LAST_MONTH, 31);
		List<Period> periods = schedule.periods(d("2024-01-01"), d("2024-04-30"));
		assertThat(periods).extracting(Period::deadline).containsExactly(d("2024-01-31"), d("2024-02-29"),
				d("2024-03-31"), d("2024-04-30"));
		assertThat(periods.get(1).key(Frequency.MONTHLY)).isEqualTo("2024-M02");
	}

	@Test
	void halfYearsAndYearsFollowTheCalendar() {
		ReportSchedule half = new ReportSchedule(Frequency.SEMIANNUAL, DeadlineRule.DAY_OF_LAST_MONTH, 15);
		assertThat(half.periods(d("2023-07-01"), d("2024-12-31"))).extracting(p -> p.key(Frequency.SEMIANNUAL),
				Period::deadline).containsExactly(org.assertj.core.groups.Tuple.tuple("2023-H2", d("2023-12-15")),
						org.assertj.core.groups.Tuple.tuple("2024-H1", d("2024-06-15")),
						org.assertj.core.groups.Tuple.tuple("2024-H2", d("2024-12-15")));
		ReportSchedule year = new ReportSchedule(Frequency.YEARLY, DeadlineRule.DAYS_AFTER_END, 0);
		assertThat(year.periods(d("2023-07-01"), d("2024-03-01"))).extracting(Period::deadline)
			.containsExactly(d("2023-12-31"), d("2024-12-31"));
	}

	@Test
	void refusesImpossibleRules() {
		assertThatThrownBy(() -> new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAY_OF_LAST_MONTH, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReportSchedule(Frequency.MONTHLY, DeadlineRule.DAYS_AFTER_END, 91))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
