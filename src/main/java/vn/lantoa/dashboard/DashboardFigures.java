package vn.lantoa.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import vn.lantoa.campaign.Assignment;
import vn.lantoa.campaign.CampaignDirectory.AssignmentView;
import vn.lantoa.recognition.ModelQueries;

/**
 * What a campaign dashboard shows for one unit's subtree and one period (or the whole campaign, {@code period}
 * null): the same figures for the page, its XLSX export and the API.
 *
 * @param startsFrom the first start day of the activities counted (for the filtered activity list)
 * @param startsTo the last one
 */
public record DashboardFigures(long campaignId, String campaignTitle, long unitId, String unitName, List<Crumb> path,
		String period, List<String> periods, LocalDate startsFrom, LocalDate startsTo, List<Theme> themes,
		List<Channel> channels, List<CoverageRow> coverage, List<ReportingRow> reporting, List<Rate> completeness,
		List<TrendPoint> trend, Assignments assignments, List<UnitActivity> units, List<ModelQueries.Row> models) {

	/** A unit on the way from the actor's scope down to the dashboard's unit. */
	public record Crumb(long id, String name) {
	}

	public record Theme(long id, int position, String title) {
	}

	/** A channel and its key measure (the first it defines, null if none). */
	public record Channel(long id, int position, String title, String keyMeasure) {
	}

	/** One theme's row of the coverage matrix; theme 0 is the row of all themes (each activity once). */
	public record CoverageRow(long themeId, List<CoverageCell> cells) {
	}

	/** A theme × channel cell: activities and the sum of the channel's key measure; empty when no activity. */
	public record CoverageCell(long themeId, long channelId, long activities, BigDecimal keyMeasure,
			Map<String, BigDecimal> measures) {

		public boolean empty() {
			return activities == 0;
		}
	}

	/**
	 * Where a unit's report for a period stands, as the heat map colours it; a cell of several reports takes the most
	 * pressing of theirs, in the order of {@link #urgency()}.
	 */
	public enum ReportState {
		/** Submitted by the deadline, awaiting review. */
		ON_TIME(4),
		/** Submitted after the deadline, awaiting review. */
		LATE(3),
		/** Not submitted and the deadline has passed. */
		MISSING(0),
		/** Returned to the unit for changes. */
		RETURNED(1),
		/** Approved by the level above. */
		APPROVED(5),
		/** Not submitted, the deadline still ahead. */
		NOT_DUE(2);

		private final int urgency;

		ReportState(int urgency) {
			this.urgency = urgency;
		}

		/** 0 for the state that most needs somebody's action (missing), up to approved. */
		public int urgency() {
			return urgency;
		}
	}

	/** One row of the reporting heat map, a cell per period (null where the row owes nothing). */
	public record ReportingRow(long unitId, String unitName, List<ReportingCell> cells) {
	}

	/**
	 * A unit's report for a period ({@code expected} 1), or the reports of a unit's subtree ({@code expected} above
	 * 1, {@code reportId} and {@code onTime} null): how many are owed and how many submitted.
	 */
	public record ReportingCell(String period, ReportState state, Long reportId, LocalDate deadline, Boolean onTime,
			int expected, int submitted) {

		/** Whether the cell stands for the reports of several units. */
		public boolean several() {
			return expected > 1;
		}
	}

	/** Completeness and timeliness of one period (percent with one decimal, null when nothing is expected). */
	public record Rate(String period, LocalDate deadline, int expected, int submitted, int onTime, int returned,
			BigDecimal completeness, BigDecimal timeliness) {
	}

	/** Activities and key measure of one channel in one reporting month. */
	public record TrendPoint(YearMonth month, long channelId, long activities, BigDecimal keyMeasure) {

		/** The month as 03/2024. */
		public String monthLabel() {
			return "%02d/%d".formatted(month.getMonthValue(), month.getYear());
		}
	}

	/** Assignments by status, and the longest overdue ones. */
	public record Assignments(Map<Assignment.Status, Long> counts, List<AssignmentView> overdue) {

		/** Overdue assignments a dashboard lists, the longest overdue first; the rest are counted. */
		public static final int OVERDUE_SHOWN = 25;

		public long overdueNotShown() {
			return counts.getOrDefault(Assignment.Status.OVERDUE, 0L) - overdue.size();
		}
	}

	/**
	 * A unit directly below the dashboard's unit, with its subtree's activities and the number of units in that
	 * subtree; {@code perUnit} is activities per unit (its size).
	 */
	public record UnitActivity(long unitId, String unitName, int size, long activities, BigDecimal perUnit) {
	}
}
