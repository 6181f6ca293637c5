package vn.lantoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lantoa.calendar.Holiday.Kind;

class WorkingCalendarTests {

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	private final WorkingCalendar statutory = WorkingCalendar.of(List.of());

	@Test
	void listsTheStatutoryDaysOffOf2025() {
		assertThat(statutory.holidays(2025)).extracting(Holiday::date, Holiday::name).containsExactly(
				tuple(d("2025-01-01"), "calendar.day.newYear"),
				tuple(d("2025-01-28"), "calendar.day.tetEve"),
				tuple(d("2025-01-29"), "calendar.day.tet1"),
				tuple(d("2025-01-30"), "calendar.day.tet2"),
				tuple(d("2025-01-31"), "calendar.day.tet3"),
				tuple(d("2025-02-01"), "calendar.day.tet4"),
				tuple(d("2025-04-07"), "calendar.day.hungKings"),
				tuple(d("2025-04-30"), "calendar.day.reunification"),
				tuple(d("2025-05-01"), "calendar.day.labour"),
				tuple(d("2025-09-01"), "calendar.day.nationalDayEve"),
				tuple(d("2025-09-02"), "calendar.day.nationalDay"));
		assertThat(statutory.holidays(2025)).allMatch(h -> h.builtIn() && h.kind() == Kind.HOLIDAY);
	}

	@Test
	void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
		// Hùng Kings' day 2026 is Sunday 26/04: Monday 27/04 is off
		assertThat(statutory.holidays(2026)).extracting(Holiday::date, Holiday::name)
			.contains(tuple(d("2026-04-26"), "calendar.day.hungKings"),
					tuple(d("2026-04-27"), "calendar.day.hungKings.compensation"));
		assertThat(statutory.isWorkingDay(d("2026-04-27"))).isFalse();
		assertThat(statutory.isWorkingDay(d("2026-04-28"))).isTrue();
		// 2022: 30/04 Saturday and 01/05 Sunday gave Monday 02/05 and Tuesday 03/05
		assertThat(statutory.holidays(2022)).extracting(Holiday::date)
			.contains(d("2022-05-02"), d("2022-05-03")).doesNotContain(d("2022-05-04"));
		// 2023: Hùng Kings' day Saturday 29/04, 30/04 Sunday, 01/05 Monday: off until Wednesday 03/05
		assertThat(statutory.nextWorkingDay(d("2023-04-29"))).isEqualTo(d("2023-05-04"));
		// 1 January 2023 was a Sunday
		assertThat(statutory.nextWorkingDay(d("2023-01-01"))).isEqualTo(d("2023-01-03"));
	}

	@Test
	void tetOnAWeekendGivesNoCompensationOfItsOwn() {
		// Tết 2024: Thursday 08/02 … Tuesday 13/02 covers Saturday and Sunday; Wednesday 14/02 works
		assertThat(statutory.isWorkingDay(d("2024-02-08"))).isTrue();
		assertThat(statutory.isWorkingDay(d("2024-02-09"))).isFalse();
		assertThat(statutory.nextWorkingDay(d("2024-02-09"))).isEqualTo(d("2024-02-14"));
	}

	@Test
	void weekdaysWorkWeekendsRest() {
		assertThat(statutory.isWorkingDay(d("2026-03-13"))).isTrue();
		assertThat(statutory.isWorkingDay(d("2026-03-14"))).isFalse();
		assertThat(statutory.nextWorkingDay(d("2026-03-14"))).isEqualTo(d("2026-03-16"));
		assertThat(statutory.nextWorkingDay(d("2026-03-13"))).isEqualTo(d("2026-03-13"));
	}

	@Test
	void addedDaysOverrideTheBuiltInRules() {
		WorkingCalendar calendar = WorkingCalendar.of(List.of(
				new Holiday(d("2026-02-14"), Kind.HOLIDAY, "Nghỉ Tết (Chính phủ quyết định)", false),
				new Holiday(d("2026-02-13"), Kind.HOLIDAY, "Nghỉ Tết (Chính phủ quyết định)", false),
				new Holiday(d("2026-01-03"), Kind.WORKING_DAY, "Làm bù", false),
				new Holiday(d("2026-09-01"), Kind.WORKING_DAY, "Năm nay nghỉ 2/9 và 3/9", false)));
		assertThat(calendar.isWorkingDay(d("2026-02-13"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2026-01-03"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2026-09-01"))).isTrue();
		assertThat(calendar.days(2026)).filteredOn(h -> h.date().equals(d("2026-09-01"))).singleElement()
			.extracting(Holiday::kind, Holiday::builtIn).containsExactly(Kind.WORKING_DAY, false);
		assertThat(calendar.holidays(2026)).extracting(Holiday::date).doesNotContain(d("2026-09-01"))
			.contains(d("2026-02-13"));
		assertThat(calendar.days(2025)).noneMatch(h -> !h.builtIn());
	}
}
