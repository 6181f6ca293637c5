package vn.lantoa.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import vn.lantoa.calendar.Holiday.Kind;

/**
 * Which days are working days in Vietnam: Monday to Friday, except the statutory days off ({@link StatutoryDays}),
 * with the days admins added overriding the built-in rules date by date (an added holiday such as the government's
 * extra Tết day, or a make-up working day, possibly on a built-in day off).
 *
 * <p>Each year's days are cached for {@link #TTL} and dropped at once when an admin changes them on this node;
 * other nodes see the change within the TTL.
 */
@Service
public class WorkingCalendar {

	/** How long a node keeps a year's days before reading the added days again. */
	public static final Duration TTL = Duration.ofMinutes(1);

	/** The years the calendar answers for (the lunar algorithm is good far beyond). */
	public static final int FIRST_YEAR = 1900;
	public static final int LAST_YEAR = 2199;
	static final String YEARS = FIRST_YEAR + "–" + LAST_YEAR;

	private record Loaded(Map<LocalDate, Holiday> days, Instant at) {
	}

	private final IntFunction<List<Holiday>> addedDays;
	private final Clock clock;
	private final Map<Integer, Loaded> years = new ConcurrentHashMap<>();

	@Autowired
	WorkingCalendar(CalendarDays days, Clock clock) {
		this(days::ofYear, clock);
	}

	private WorkingCalendar(IntFunction<List<Holiday>> addedDays, Clock clock) {
		this.addedDays = addedDays;
		this.clock = clock;
	}

	/** The built-in rules with these added days and no database: for tests and tools. */
	public static WorkingCalendar of(Collection<Holiday> added) {
		List<Holiday> days = List.copyOf(added);
		return new WorkingCalendar(year -> days.stream().filter(d -> d.date().getYear() == year).toList(),
				Clock.systemUTC());
	}

	public boolean isWorkingDay(LocalDate date) {
		Holiday special = year(date.getYear()).get(date);
		if (special != null) {
			return special.kind() == Kind.WORKING_DAY;
		}
		return !StatutoryDays.WEEKEND.contains(date.getDayOfWeek());
	}

	/** The day itself when it is a working day, else the first working day after it. */
	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** The days off of a year other than weekends (built-in and added), by date. */
	public List<Holiday> holidays(int year) {
		return days(year).stream().filter(Holiday::dayOff).toList();
	}

	/**
	 * Every special day of a year by date: days off and make-up working days, built-in and added; an added day
	 * replaces the built-in one of the same date.
	 */
	public List<Holiday> days(int year) {
		return List.copyOf(year(year).values());
	}

	/** Drops a year's cached days, after an admin changed them. */
	void forget(int year) {
		years.remove(year);
	}

	private Map<LocalDate, Holiday> year(int year) {
		Instant now = clock.instant();
		Loaded loaded = years.get(year);
		if (loaded == null || loaded.at().plus(TTL).isBefore(now)) {
			TreeMap<LocalDate, Holiday> days = new TreeMap<>();
			StatutoryDays.of(year).forEach(h -> days.put(h.date(), h));
			addedDays.apply(year).forEach(h -> days.put(h.date(), h));
			loaded = new Loaded(java.util.Collections.unmodifiableMap(days), now);
			years.put(year, loaded);
		}
		return loaded.days();
	}
}
