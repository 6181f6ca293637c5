package vn.lantoa.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.lantoa.calendar.Holiday.Kind;

/**
 * The days off of the Labour Code 2019 (art. 112) for one year, as built-in defaults: 1 January; Tết (the last day
 * of the lunar year and the first four days of the new one); the Hùng Kings' day (10th day of the 3rd lunar month);
 * 30 April; 1 May; 2 September with 1 September. The government fixes the exact Tết and National Day days every
 * year (the day before or after 2 September, a longer Tết); admins record those as added days.
 *
 * <p>A day off other than Tết that falls on a Saturday or Sunday gives a compensating day off on the next working
 * day (art. 111(3): "được nghỉ bù … vào ngày làm việc kế tiếp"); Tết is excluded here because its five days
 * already span a weekend and the government's yearly schedule settles it.
 */
final class StatutoryDays {

	static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

	private StatutoryDays() {
	}

	/** The built-in days off of a year, by date. */
	static List<Holiday> of(int year) {
		List<Holiday> fixed = new ArrayList<>();
		fixed.add(off(LocalDate.of(year, 1, 1), "calendar.day.newYear"));
		fixed.add(off(LunarCalendar.solar(year, 3, 10), "calendar.day.hungKings"));
		fixed.add(off(LocalDate.of(year, 4, 30), "calendar.day.reunification"));
		fixed.add(off(LocalDate.of(year, 5, 1), "calendar.day.labour"));
		fixed.add(off(LocalDate.of(year, 9, 1), "calendar.day.nationalDayEve"));
		fixed.add(off(LocalDate.of(year, 9, 2), "calendar.day.nationalDay"));
		TreeMap<LocalDate, Holiday> days = new TreeMap<>();
		LocalDate tet = LunarCalendar.solar(year, 1, 1);
		days.put(tet.minusDays(1), off(tet.minusDays(1), "calendar.day.tetEve"));
		for (int i = 0; i < 4; i++) {
			days.put(tet.plusDays(i), off(tet.plusDays(i), "calendar.day.tet" + (i + 1)));
		}
		fixed.sort(java.util.Comparator.comparing(Holiday::date));
		fixed.forEach(h -> days.putIfAbsent(h.date(), h));
		for (Holiday h : fixed) {
			if (WEEKEND.contains(h.date().getDayOfWeek())) {
				LocalDate day = h.date().plusDays(1);
				while (WEEKEND.contains(day.getDayOfWeek()) || days.containsKey(day)) {
					day = day.plusDays(1);
				}
				days.put(day, off(day, h.name() + ".compensation"));
			}
		}
		return days.values().stream().collect(Collectors.toUnmodifiableList());
	}

	private static Holiday off(LocalDate date, String key) {
		return new Holiday(date, Kind.HOLIDAY, key, true);
	}
}
