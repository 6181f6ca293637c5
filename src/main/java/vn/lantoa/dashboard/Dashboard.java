package vn.lantoa.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.campaign.Assignment;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignDirectory.AssignmentView;
import vn.lantoa.campaign.ReportSchedule.Period;
import vn.lantoa.dashboard.DashboardFigures.Channel;
import vn.lantoa.dashboard.DashboardFigures.CoverageCell;
import vn.lantoa.dashboard.DashboardFigures.CoverageRow;
import vn.lantoa.dashboard.DashboardFigures.Crumb;
import vn.lantoa.dashboard.DashboardFigures.Rate;
import vn.lantoa.dashboard.DashboardFigures.ReportState;
import vn.lantoa.dashboard.DashboardFigures.ReportingCell;
import vn.lantoa.dashboard.DashboardFigures.ReportingRow;
import vn.lantoa.dashboard.DashboardFigures.Theme;
import vn.lantoa.dashboard.DashboardFigures.TrendPoint;
import vn.lantoa.dashboard.DashboardFigures.UnitActivity;
import vn.lantoa.org.OrgTree;
import vn.lantoa.org.UnitView;
import vn.lantoa.recognition.ModelQueries;
import vn.lantoa.report.ReportRegister;
import vn.lantoa.report.ReportTally;
import vn.lantoa.report.ReportRegister.Owed;
import vn.lantoa.rollup.MonthRange;
import vn.lantoa.rollup.RollupQueries;
import vn.lantoa.shared.VietnameseOrder;

/**
 * The figures of a campaign dashboard for a unit's subtree (the actor's scope by default) and a period (or the whole
 * campaign). Activity figures come from the roll-ups only, reporting from the report register, assignments from the
 * campaign's register; so the root of a province costs what a commune costs.
 */
@Service
public class Dashboard {

	/** Models shown as recent. */
	static final int MODELS_SHOWN = 5;
	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CampaignDirectory campaigns;
	private final OrgTree tree;
	private final RollupQueries rollups;
	private final ReportTally tally;
	private final ModelQueries models;
	private final Clock clock;

	Dashboard(CampaignDirectory campaigns, OrgTree tree, RollupQueries rollups, ReportTally tally,
			ModelQueries models, Clock clock) {
		this.campaigns = campaigns;
		this.tree = tree;
		this.rollups = rollups;
		this.tally = tally;
		this.models = models;
		this.clock = clock;
	}

	/**
	 * The dashboard of the campaign for the subtree of {@code unitId} (the actor's scope when null) over the period
	 * with this key ({@code 2024Q1}), or over the whole campaign when {@code periodKey} is null or blank.
	 */
	@Transactional(readOnly = true)
	public DashboardFigures figures(vn.lantoa.shared.Actor actor, long campaignId, Long unitId, String periodKey) {
		Campaign campaign = campaigns.get(actor, campaignId);
		long top = unitId == null ? actor.scopeUnitId() : unitId;
		tree.requireVisible(actor, top);
		List<Period> periods = campaigns.periods(campaign);
		String key = periodKey == null || periodKey.isBlank() ? null : periodKey.strip();
		List<Period> chosen = key == null ? periods
				: List.of(Period.find(periods, key)
					.orElseThrow(() -> new DashboardRefused(404, "dashboard.error.period", key)));
		Period first = chosen.get(0);
		Period last = chosen.get(chosen.size() - 1);
		MonthRange months = new MonthRange(YearMonth.from(first.start()), YearMonth.from(last.end()));

		List<Theme> themes = campaigns.themes(campaignId).stream()
			.map(t -> new Theme(t.id(), t.position(), t.title())).toList();
		List<Channel> channels = campaigns.channels(campaignId).stream()
			.map(c -> new Channel(c.id(), c.position(), c.title(),
					c.measureCodes().isEmpty() ? null : c.measureCodes().get(0)))
			.toList();

		List<UnitView> ancestors = tree.pathTo(top);
		UnitView self = ancestors.get(ancestors.size() - 1);
		// the unit is visible, so its ancestry passes through the actor's scope: the crumbs start there
		List<Crumb> path = ancestors.stream().dropWhile(u -> u.id() != actor.scopeUnitId())
			.map(u -> new Crumb(u.id(), u.name())).toList();
		List<ReportTally.Row> tallied = tally.rows(actor, campaignId, top);

		return new DashboardFigures(campaignId, campaign.getTitle(), top, self.name(), path,
				chosen.size() == 1 && key != null ? first.key() : null, periods.stream().map(Period::key).toList(),
				first.windowStart(), last.windowEnd(), themes, channels,
				coverage(campaignId, top, months, themes, channels), reporting(tallied, periods),
				rates(ReportTally.totals(tally.periods(actor, campaignId), tallied)),
				trend(campaignId, top, months, channels), assignments(actor, campaignId, top),
				units(campaignId, top, months),
				models.find(actor, new ModelQueries.Filter(top, campaignId, null, null, null, null, 0, MODELS_SHOWN))
					.items());
	}

	private List<CoverageRow> coverage(long campaignId, long unitId, MonthRange months, List<Theme> themes,
			List<Channel> channels) {
		Map<List<Long>, RollupQueries.Cell> cells = rollups.coverage(campaignId, unitId, months).stream()
			.collect(Collectors.toMap(c -> List.of(c.themeId(), c.channelId()), Function.identity()));
		List<Long> themeIds = new ArrayList<>(themes.stream().map(Theme::id).toList());
		themeIds.add(RollupQueries.ALL_THEMES);
		List<CoverageRow> rows = new ArrayList<>();
		for (long theme : themeIds) {
			List<CoverageCell> row = new ArrayList<>();
			for (Channel channel : channels) {
				RollupQueries.Cell cell = cells.get(List.of(theme, channel.id()));
				Map<String, BigDecimal> measures = new TreeMap<>();
				if (cell != null) {
					cell.measures().forEach((code, sum) -> measures.put(code, sum.amount()));
				}
				row.add(new CoverageCell(theme, channel.id(), cell == null ? 0 : cell.activities(),
						channel.keyMeasure() == null ? null : measures.getOrDefault(channel.keyMeasure(), BigDecimal.ZERO),
						measures));
			}
			rows.add(new CoverageRow(theme, row));
		}
		return rows;
	}

	/**
	 * The reporting heat map of the units directly below the dashboard's unit (and of the unit itself when it owes
	 * reports), from the register's tally: a unit that owes alone shows its own report; a unit with reporting units
	 * below it shows how many of its subtree's reports are in, coloured by the most pressing state among them. A
	 * national root thus shows 63 rows, not 53,000; each row drills down to the unit's own dashboard.
	 */
	private List<ReportingRow> reporting(List<ReportTally.Row> tallied, List<Period> periods) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
		Map<Long, Map<String, ReportTally.Row>> byUnit = new java.util.LinkedHashMap<>();
		tallied.forEach(r -> byUnit.computeIfAbsent(r.unitId(), k -> new HashMap<>()).put(r.periodKey(), r));
		return byUnit.values().stream().map(row -> {
			ReportTally.Row any = row.values().iterator().next();
			return new ReportingRow(any.unitId(), any.unitName(), periods.stream()
				.map(p -> cell(row.get(p.key()), today)).toList());
		}).toList();
	}

	private static ReportingCell cell(ReportTally.Row r, LocalDate today) {
		if (r == null) {
			return null;
		}
		if (r.expected() == 1 && r.own() != null) {
			Owed own = r.own();
			return new ReportingCell(r.periodKey(), state(own, today), own.reportId(), own.deadline(), own.onTime(), 1,
					r.submitted());
		}
		boolean past = today.isAfter(r.deadline());
		ReportState pressing = r.open() > 0 && past ? ReportState.MISSING
				: r.returned() > 0 ? ReportState.RETURNED
				: r.open() > 0 ? ReportState.NOT_DUE
				: r.late() > 0 ? ReportState.LATE
				: r.submitted() > r.approved() ? ReportState.ON_TIME : ReportState.APPROVED;
		return new ReportingCell(r.periodKey(), pressing, null, r.deadline(), null, r.expected(), r.submitted());
	}

	static ReportState state(Owed owed, LocalDate today) {
		return switch (owed.status()) {
			case APPROVED -> ReportState.APPROVED;
			case RETURNED -> ReportState.RETURNED;
			case SUBMITTED -> Boolean.FALSE.equals(owed.onTime()) ? ReportState.LATE : ReportState.ON_TIME;
			case NOT_STARTED, DRAFT -> today.isAfter(owed.deadline()) ? ReportState.MISSING : ReportState.NOT_DUE;
		};
	}

	private static List<Rate> rates(List<ReportRegister.Completeness> overTime) {
		return overTime.stream().map(c -> new Rate(c.periodKey(), c.deadline(), c.expected(), c.submitted(),
				c.onTime(), c.returned(), c.completeness(), c.timeliness())).toList();
	}

	private List<TrendPoint> trend(long campaignId, long unitId, MonthRange months, List<Channel> channels) {
		Map<Long, String> keyMeasure = new HashMap<>();
		channels.forEach(c -> keyMeasure.put(c.id(), c.keyMeasure()));
		return rollups.trend(campaignId, unitId, months).stream().map(m -> {
			String code = keyMeasure.get(m.channelId());
			RollupQueries.MeasureSum sum = code == null ? null : m.measures().get(code);
			return new TrendPoint(m.month(), m.channelId(), m.activities(),
					code == null ? null : sum == null ? BigDecimal.ZERO : sum.amount());
		}).toList();
	}

	/** The assignments' counts per status and the longest overdue, from the database. */
	private DashboardFigures.Assignments assignments(vn.lantoa.shared.Actor actor, long campaignId, long top) {
		return new DashboardFigures.Assignments(campaigns.statusCounts(actor, campaignId, top),
				campaigns.overdue(actor, campaignId, top, DashboardFigures.Assignments.OVERDUE_SHOWN));
	}

	/** Assignments a dashboard export lists one by one at most; past that it counts them per unit below. */
	public static final int ASSIGNMENTS_LISTED = 2_000;

	/**
	 * The assignments of a dashboard's export: every one, the overdue first, while there are at most
	 * {@link #ASSIGNMENTS_LISTED}; else ({@code listed} null) their counts per status for the unit itself and each
	 * unit directly below (a country's 52,999 assignments are no sheet to read, and cost a second to write).
	 */
	public record AssignmentSheet(List<AssignmentView> listed, List<CampaignDirectory.UnitStatusCounts> below) {
	}

	@Transactional(readOnly = true)
	public AssignmentSheet assignmentSheet(vn.lantoa.shared.Actor actor, DashboardFigures f) {
		return assignmentSheet(actor, f, ASSIGNMENTS_LISTED);
	}

	AssignmentSheet assignmentSheet(vn.lantoa.shared.Actor actor, DashboardFigures f, int listedAtMost) {
		long total = f.assignments().counts().values().stream().mapToLong(Long::longValue).sum();
		return total <= listedAtMost
				? new AssignmentSheet(assignmentList(actor, f.campaignId(), f.unitId()), null)
				: new AssignmentSheet(null, campaigns.statusCountsBelow(actor, f.campaignId(), f.unitId()));
	}

	/** The dashboard's overdue assignments, the longest overdue first, at most {@link #ASSIGNMENTS_LISTED}. */
	@Transactional(readOnly = true)
	public List<AssignmentView> overdueList(vn.lantoa.shared.Actor actor, DashboardFigures f) {
		return campaigns.overdue(actor, f.campaignId(), f.unitId(), ASSIGNMENTS_LISTED);
	}

	/** Every assignment of the campaign in the subtree of {@code top}, the overdue ones first (for exports). */
	@Transactional(readOnly = true)
	public List<AssignmentView> assignmentList(vn.lantoa.shared.Actor actor, long campaignId, Long unitId) {
		List<AssignmentView> all = campaigns.assignments(actor, campaignId,
				unitId == null ? actor.scopeUnitId() : unitId);
		List<AssignmentView> list = new ArrayList<>(all.stream().filter(a -> a.status() == Assignment.Status.OVERDUE)
			.sorted(Comparator.comparing(AssignmentView::dueOn)).toList());
		all.stream().filter(a -> a.status() != Assignment.Status.OVERDUE).forEach(list::add);
		return list;
	}

	private List<UnitActivity> units(long campaignId, long top, MonthRange months) {
		List<OrgTree.Child> below = tree.children(top);
		Map<Long, Integer> sizes = new HashMap<>();
		below.forEach(c -> sizes.put(c.unit().id(), c.size()));
		List<UnitView> children = below.stream().map(OrgTree.Child::unit).toList();
		Map<Long, Long> activities = rollups.activities(campaignId, children.stream().map(UnitView::id).toList(),
				months);
		return children.stream().map(u -> {
			long count = activities.getOrDefault(u.id(), 0L);
			int size = sizes.getOrDefault(u.id(), 1);
			return new UnitActivity(u.id(), u.name(), size, count,
					BigDecimal.valueOf(count).divide(BigDecimal.valueOf(size), 1, RoundingMode.HALF_UP));
		}).sorted(Comparator.comparing(UnitActivity::perUnit).reversed()
			.thenComparing(VietnameseOrder.comparing(UnitActivity::unitName)))
			.toList();
	}
}
