package vn.lantoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.lantoa.calendar.LunarCalendar.LunarDate;

class LunarCalendarTests {

	@Test
	void tetFallsOnTheVietnameseNewYear() {
		assertThat(LunarCalendar.solar(2023, 1, 1)).isEqualTo(LocalDate.of(2023, 1, 22));
		assertThat(LunarCalendar.solar(2024, 1, 1)).isEqualTo(LocalDate.of(2024, 2, 10));
		assertThat(LunarCalendar.solar(2025, 1, 1)).isEqualTo(LocalDate.of(2025, 1, 29));
		assertThat(LunarCalendar.solar(2026, 1, 1)).isEqualTo(LocalDate.of(2026, 2, 17));
	}

	@Test
	void usesTheMeridianOfVietnamNotOfChina() {
		// China celebrated 20/02/1985 and 18/02/2007
		assertThat(LunarCalendar.solar(1985, 1, 1)).isEqualTo(LocalDate.of(1985, 1, 21));
		assertThat(LunarCalendar.solar(2007, 1, 1)).isEqualTo(LocalDate.of(2007, 2, 17));
	}

	@Test
	void hungKingsDayIsTheTenthOfTheThirdMonth() {
		assertThat(LunarCalendar.solar(2024, 3, 10)).isEqualTo(LocalDate.of(2024, 4, 18));
		assertThat(LunarCalendar.solar(2025, 3, 10)).isEqualTo(LocalDate.of(2025, 4, 7));
		assertThat(LunarCalendar.solar(2026, 3, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
	}

	@Test
	void convertsBothWays() {
		assertThat(LunarCalendar.lunar(LocalDate.of(2024, 2, 10))).isEqualTo(new LunarDate(2024, 1, 1, false));
		assertThat(LunarCalendar.lunar(LocalDate.of(2024, 2, 9))).isEqualTo(new LunarDate(2023, 12, 30, false));
		// 2023 had a leap second month: 22/03/2023 opened it (nhuận tháng Hai)
		assertThat(LunarCalendar.lunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(2023, 2, 1, true));
		assertThat(LunarCalendar.solar(2023, 3, 10)).isEqualTo(LocalDate.of(2023, 4, 29));
		for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() < 2031; d = d.plusDays(1)) {
			LunarDate l = LunarCalendar.lunar(d);
			if (!l.leap()) {
				assertThat(LunarCalendar.solar(l.year(), l.month(), l.day())).as(d.toString()).isEqualTo(d);
			}
		}
	}
}
