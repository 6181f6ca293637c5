package vn.lantoa.report;

import java.time.LocalDate;

/**
 * One reporting period of a campaign as reports see it.
 *
 * @param key as the API writes it (2024Q1, 2024M03, 2024S1, 2024)
 * @param index its place in the campaign's periods, from 0
 * @param start the first day of the calendar period (cut to the campaign's dates)
 * @param end its last day
 * @param from the first day whose activities count in it
 * @param to the last such day
 * @param deadline the day its reports are due
 */
public record ReportPeriod(String key, int index, LocalDate start, LocalDate end, LocalDate from, LocalDate to,
		LocalDate deadline) {
}
