package vn.lantoa.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * Work that falls due, as the modules that own it see it (reports owed, assignments handed out). Reminders ask each
 * implementation, so that this module knows nothing of their internals.
 */
public interface DueItems {

	/**
	 * Open items (not yet submitted or completed) whose due date lies between {@code from} and {@code to}, inclusive.
	 */
	List<DueItem> openBetween(LocalDate from, LocalDate to);

	/**
	 * One item that falls due for a unit.
	 *
	 * @param kind what it is, e.g. {@link Kind#REPORT_DUE}
	 * @param subjectId a stable id of the item within its kind
	 * @param title what the reminder names, in Vietnamese (the item's own words)
	 * @param link where the unit acts on it, a path of this application
	 */
	record DueItem(Kind kind, long subjectId, long unitId, LocalDate dueOn, String title, String link) {
	}

	/** The kinds of notification; each can be turned off for e-mail. */
	enum Kind {
		REPORT_DUE, ASSIGNMENT_DUE, NOTICE
	}
}
