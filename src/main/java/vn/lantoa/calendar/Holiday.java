package vn.lantoa.calendar;

import java.time.LocalDate;

/**
 * A day that breaks the weekly rhythm: a day off ({@link Kind#HOLIDAY}) or a make-up working day
 * ({@link Kind#WORKING_DAY}, "ngày làm bù", usually a Saturday worked in exchange for a bridge day).
 *
 * @param name for a built-in day the message key of its name (e.g. {@code calendar.day.tet1}); for a day an admin
 *     added, the name the admin typed
 * @param builtIn whether the day comes from the Labour Code's rules rather than from an admin
 */
public record Holiday(LocalDate date, Kind kind, String name, boolean builtIn) {

	public enum Kind {
		HOLIDAY, WORKING_DAY
	}

	public boolean dayOff() {
		return kind == Kind.HOLIDAY;
	}
}
