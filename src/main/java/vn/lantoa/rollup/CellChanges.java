package vn.lantoa.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.lantoa.activity.ActivityFigures;

/**
 * The changes one event makes to the cells of one campaign, per unit (the roll-up adds them to every ancestor):
 * an activity counts +1 in the cell of each of its themes and in the all-themes cell (theme 0), its measures the
 * same, and its count (not its measures) +1 in the all-themes, all-channels cell (theme 0, channel 0); removing it
 * counts −1. An edit is its old figures removed and its new ones added, merged per cell, so that
 * an edit of the title alone changes no cell at all.
 */
final class CellChanges {

	record Cell(long unitId, int month, long themeId, long channelId) implements Comparable<Cell> {

		@Override
		public int compareTo(Cell o) {
			int c = Long.compare(unitId, o.unitId);
			c = c != 0 ? c : Integer.compare(month, o.month);
			c = c != 0 ? c : Long.compare(themeId, o.themeId);
			return c != 0 ? c : Long.compare(channelId, o.channelId);
		}
	}

	record MeasureCell(Cell cell, String code) implements Comparable<MeasureCell> {

		@Override
		public int compareTo(MeasureCell o) {
			int c = cell.compareTo(o.cell);
			return c != 0 ? c : code.compareTo(o.code);
		}
	}

	record Count(Cell cell, int activities) {
	}

	record Amount(MeasureCell cell, BigDecimal amount, int entries) {
	}

	private final long campaignId;
	private final CampaignSchedules.Schedule schedule;
	private final Map<Cell, Integer> counts = new TreeMap<>();
	private final Map<MeasureCell, BigDecimal> amounts = new TreeMap<>();
	private final Map<MeasureCell, Integer> entries = new TreeMap<>();

	CellChanges(long campaignId, CampaignSchedules.Schedule schedule) {
		this.campaignId = campaignId;
		this.schedule = schedule;
	}

	/** Counts the activity's figures in ({@code sign} +1) or out (−1). */
	CellChanges add(ActivityFigures figures, int sign) {
		if (figures.campaignId() != campaignId) {
			throw new IllegalArgumentException("an activity never changes campaign");
		}
		int month = schedule.month(figures.startsOn());
		List<Long> themes = new ArrayList<>(figures.themeIds());
		themes.add(0L);
		counts.merge(new Cell(figures.unitId(), month, RollupQueries.ALL_THEMES, RollupQueries.ALL_CHANNELS), sign,
				Integer::sum);
		for (long theme : themes) {
			Cell cell = new Cell(figures.unitId(), month, theme, figures.channelId());
			counts.merge(cell, sign, Integer::sum);
			figures.measures().forEach((code, amount) -> {
				MeasureCell measure = new MeasureCell(cell, code);
				amounts.merge(measure, sign > 0 ? amount : amount.negate(), BigDecimal::add);
				entries.merge(measure, sign, Integer::sum);
			});
		}
		return this;
	}

	long campaignId() {
		return campaignId;
	}

	/** The cells whose count changes, in key order. */
	List<Count> counts() {
		return counts.entrySet().stream().filter(e -> e.getValue() != 0).map(e -> new Count(e.getKey(), e.getValue()))
			.toList();
	}

	/** The measure cells whose sum or number of entries changes, in key order. */
	List<Amount> amounts() {
		return amounts.entrySet().stream()
			.filter(e -> e.getValue().signum() != 0 || entries.get(e.getKey()) != 0)
			.map(e -> new Amount(e.getKey(), e.getValue(), entries.get(e.getKey())))
			.toList();
	}
}
