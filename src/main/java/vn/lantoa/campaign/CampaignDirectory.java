package vn.lantoa.campaign;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.calendar.WorkingCalendar;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.ChangeCounters;
import vn.lantoa.shared.CountedCache;
import vn.lantoa.shared.Databases;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.RequestMemo;

/**
 * Reads campaigns for the people they concern: those owned by a unit of the actor's subtree, and those that
 * assign tasks to a unit of it (a ward's reporter sees the city's campaign through its assignment).
 */
@Service
public class CampaignDirectory {

	public record ThemeView(long id, int position, String title, String body) {
	}

	public record ChannelView(long id, int position, String title, String body, List<String> forms,
			List<String> measureCodes) {
	}

	public record AssignmentView(long id, long campaignId, String campaignTitle, long unitId, String unitName,
			String groupTitle, List<String> tasks, LocalDate dueOn, LocalDate completedOn, Assignment.Status status,
			int version) {
	}

	private final Campaigns campaigns;
	private final JdbcClient jdbc;
	private final OrgTree tree;
	private final java.time.Clock clock;
	private final WorkingCalendar calendar;
	/** Counts and short lists over a subtree's assignments, kept while the register's counter stands still. */
	private final CountedCache<List<Object>, Map<Assignment.Status, Long>> counted;
	private final CountedCache<List<Object>, List<AssignmentView>> listed;
	private final CountedCache<List<Object>, List<UnitStatusCounts>> below;
	/**
	 * The campaigns a scope sees, and a campaign found to concern a scope: a campaign is never changed once planned,
	 * and what decides whether it concerns a scope (its assignments, the tree) bumps the register's counter, as
	 * planning one does.
	 */
	private final CountedCache<Long, List<Campaign>> visibleTo;
	private final CountedCache<List<Long>, Campaign> concerningScope;
	private final boolean postgres;

	CampaignDirectory(Campaigns campaigns, JdbcClient jdbc, OrgTree tree, java.time.Clock clock,
			WorkingCalendar calendar, ChangeCounters counters, javax.sql.DataSource dataSource) {
		this.postgres = Databases.postgres(dataSource);
		this.counted = new CountedCache<>(counters, ChangeCounters.REGISTER, 2_000);
		this.listed = new CountedCache<>(counters, ChangeCounters.REGISTER, 2_000);
		this.below = new CountedCache<>(counters, ChangeCounters.REGISTER, 500);
		this.visibleTo = new CountedCache<>(counters, ChangeCounters.REGISTER, 2_000);
		this.concerningScope = new CountedCache<>(counters, ChangeCounters.REGISTER, 5_000);
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.tree = tree;
		this.clock = clock;
		this.calendar = calendar;
	}

	/**
	 * The campaign's reporting periods, in order: keys ({@code 2024Q1}), calendar dates, data windows and deadlines
	 * on working days. The one way for other modules to get them.
	 */
	public List<ReportSchedule.Period> periods(Campaign campaign) {
		return campaign.periods(calendar);
	}

	@Transactional(readOnly = true)
	public List<Campaign> visible(Actor actor) {
		return visibleTo.get(actor.scopeUnitId(), () -> visibleNow(actor.scopeUnitId()));
	}

	private List<Campaign> visibleNow(long scope) {
		// the country's subtree and a cell's need opposite plans of the subtree tests
		List<Long> ids = Databases.plannedForValues(jdbc, postgres, () -> jdbc.sql("""
				select c.id from campaign c
				where exists (select 1 from org_unit_tree t where t.ancestor_id = :scope and t.unit_id = c.owner_unit_id)
				   or exists (select 1 from assignment a join org_unit_tree t on t.unit_id = a.unit_id
				              where a.campaign_id = c.id and t.ancestor_id = :scope)
				order by c.starts_on desc, c.id desc""").param("scope", scope).query(Long.class).list());
		return campaigns.findAllById(ids).stream()
			.sorted(java.util.Comparator.comparing(Campaign::getStartsOn).reversed()).toList();
	}

	/** The campaign, if it concerns the actor's subtree (read once per page view). */
	@Transactional(readOnly = true)
	public Campaign get(Actor actor, long id) {
		return RequestMemo.get(List.of("campaign", id, actor.scopeUnitId()),
				() -> concerningScope.get(List.of(id, actor.scopeUnitId()), () -> concerning(actor, id)));
	}

	private Campaign concerning(Actor actor, long id) {
		Campaign campaign = campaigns.findById(id).orElseThrow(() -> new NotFound("campaign", id));
		// one assignment in the subtree is enough: counting a province's would read all of them on every call
		boolean concerns = tree.canSee(actor, campaign.getOwnerUnitId()) || jdbc.sql("""
				select count(*) from (select 1 from assignment a join org_unit_tree t on t.unit_id = a.unit_id
				where a.campaign_id = ? and t.ancestor_id = ? limit 1) c""").params(id, actor.scopeUnitId())
			.query(Long.class).single() > 0;
		if (!concerns) {
			throw new OutOfScope();
		}
		return campaign;
	}

	/**
	 * What recording an activity of the unit in the campaign, on the themes and channel, with the measures, is
	 * checked against, in one query.
	 */
	@Transactional(readOnly = true)
	public RecordingRules recordingRules(Actor actor, long campaignId, long unitId, Collection<Long> themeIds,
			long channelId, Collection<String> measureCodes) {
		return RecordingRules.read(jdbc, actor, campaignId, unitId, themeIds, channelId, measureCodes);
	}

	@Transactional(readOnly = true)
	public List<ThemeView> themes(long campaignId) {
		return jdbc.sql("select id, position, title, body from campaign_theme where campaign_id = ? order by position")
			.param(campaignId).query(ThemeView.class).list();
	}

	@Transactional(readOnly = true)
	public List<ChannelView> channels(long campaignId) {
		return jdbc.sql("""
				select id, position, title, body, forms, measure_codes from campaign_channel
				where campaign_id = ? order by position""").param(campaignId)
			.query((rs, n) -> new ChannelView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					Campaign.lines(rs.getString(5)), split(rs.getString(6))))
			.list();
	}

	/** The campaign's assignments to units of the actor's subtree, by unit name. */
	@Transactional(readOnly = true)
	public List<AssignmentView> assignments(Actor actor, long campaignId) {
		return assignmentQuery("a.campaign_id = ?", campaignId, actor.scopeUnitId());
	}

	/** The campaign's assignments to units of the subtree of {@code top}, which the actor must see. */
	@Transactional(readOnly = true)
	public List<AssignmentView> assignments(Actor actor, long campaignId, long top) {
		tree.requireVisible(actor, top);
		return assignmentQuery("a.campaign_id = ?", campaignId, top);
	}

	/** The campaign's assignments in the subtree of {@code top} per status today, counted by the database. */
	@Transactional(readOnly = true)
	public Map<Assignment.Status, Long> statusCounts(Actor actor, long campaignId, long top) {
		tree.requireVisible(actor, top);
		LocalDate today = LocalDate.now(clock);
		return counted.get(List.of(campaignId, top, today), () -> statusCounts(campaignId, top, today));
	}

	private Map<Assignment.Status, Long> statusCounts(long campaignId, long top, LocalDate today) {
		Map<Assignment.Status, Long> counts = zeroCounts();
		jdbc.sql("select " + STATUS + ", count(*) from assignment a join org_unit_tree t on t.unit_id = a.unit_id"
				+ " and t.ancestor_id = ? where a.campaign_id = ? group by 1")
			.params(today, top, campaignId)
			.query(rs -> {
				counts.put(Assignment.Status.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return java.util.Collections.unmodifiableMap(counts);
	}

	/** A unit's own assignment, or those of a unit directly below and its subtree, counted per status. */
	public record UnitStatusCounts(long unitId, String unitName, boolean own, Map<Assignment.Status, Long> counts) {
	}

	/**
	 * The campaign's assignments in the subtree of {@code top} per status today, in rows: {@code top}'s own (if it
	 * has one) first, then one per unit directly below with its subtree's, by name; units without assignments are
	 * left out. The rows add up to {@link #statusCounts}.
	 */
	@Transactional(readOnly = true)
	public List<UnitStatusCounts> statusCountsBelow(Actor actor, long campaignId, long top) {
		tree.requireVisible(actor, top);
		LocalDate today = LocalDate.now(clock);
		return below.get(List.of(campaignId, top, today), () -> statusCountsBelow(campaignId, top, today));
	}

	private List<UnitStatusCounts> statusCountsBelow(long campaignId, long top, LocalDate today) {
		Map<Long, String> names = new java.util.HashMap<>();
		Map<Long, Map<Assignment.Status, Long>> counts = new java.util.LinkedHashMap<>();
		jdbc.sql("select u.id, u.name, " + STATUS + """
				, count(*) from org_unit u join org_unit_tree t on t.ancestor_id = u.id
				join assignment a on a.unit_id = t.unit_id and a.campaign_id = ?
				where u.parent_id = ? group by u.id, u.name, 3
				union all
				select u.id, u.name, """ + STATUS + """
				, count(*) from org_unit u join assignment a on a.unit_id = u.id and a.campaign_id = ?
				where u.id = ? group by u.id, u.name, 3""")
			.params(today, campaignId, top, today, campaignId, top)
			.query(rs -> {
				long unit = rs.getLong(1);
				names.put(unit, rs.getString(2));
				counts.computeIfAbsent(unit, u -> zeroCounts()).put(Assignment.Status.valueOf(rs.getString(3)),
						rs.getLong(4));
			});
		List<UnitStatusCounts> rows = new java.util.ArrayList<>();
		if (counts.containsKey(top)) {
			rows.add(new UnitStatusCounts(top, names.get(top), true,
					java.util.Collections.unmodifiableMap(counts.remove(top))));
		}
		counts.entrySet().stream()
			.map(e -> new UnitStatusCounts(e.getKey(), names.get(e.getKey()), false,
					java.util.Collections.unmodifiableMap(e.getValue())))
			.sorted(vn.lantoa.shared.VietnameseOrder.comparing(UnitStatusCounts::unitName))
			.forEach(rows::add);
		return List.copyOf(rows);
	}

	/** An assignment's status today, in SQL (the first parameter is today), as {@link Assignment.Status} names it. */
	private static final String STATUS = """
			case when a.completed_on is not null and a.completed_on > a.due_on then 'COMPLETED_LATE'
			     when a.completed_on is not null then 'COMPLETED_ON_TIME'
			     when a.due_on < ? then 'OVERDUE' else 'IN_PROGRESS' end""";

	private static Map<Assignment.Status, Long> zeroCounts() {
		Map<Assignment.Status, Long> counts = new java.util.EnumMap<>(Assignment.Status.class);
		for (Assignment.Status s : Assignment.Status.values()) {
			counts.put(s, 0L);
		}
		return counts;
	}

	/** The campaign's overdue assignments in the subtree of {@code top}, the longest overdue first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<AssignmentView> overdue(Actor actor, long campaignId, long top, int limit) {
		tree.requireVisible(actor, top);
		LocalDate today = LocalDate.now(clock);
		return kept(List.of("overdue", campaignId, top, today, limit), () -> assignmentQuery(
				"a.campaign_id = ? and a.completed_on is null and a.due_on < ?", top, " limit " + limit, campaignId,
				today));
	}

	/** The open assignments of the actor's subtree across all campaigns, the most urgent first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<AssignmentView> openAssignmentsOf(Actor actor, int limit) {
		return kept(List.of("open", actor.scopeUnitId(), LocalDate.now(clock), limit),
				() -> assignmentQuery("a.completed_on is null", actor.scopeUnitId(), " limit " + limit));
	}

	/** How many assignments of the campaign in the actor's subtree are overdue today, counted by the database. */
	@Transactional(readOnly = true)
	public long overdue(Actor actor, long campaignId) {
		return statusCounts(actor, campaignId, actor.scopeUnitId()).get(Assignment.Status.OVERDUE);
	}

	private List<AssignmentView> assignmentQuery(String condition, long value, long scope) {
		return assignmentQuery(condition, scope, "", value);
	}

	private List<AssignmentView> assignmentQuery(String condition, long scope, String limit, Object... values) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select a.id, a.campaign_id, c.title, a.unit_id, u.name, a.group_title, a.tasks, a.due_on,
				       a.completed_on, a.version
				from assignment a join campaign c on c.id = a.campaign_id join org_unit u on u.id = a.unit_id
				join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = ?
				where %s order by a.completed_on nulls first, a.due_on, u.name%s""".formatted(condition, limit))
			.params(params(scope, values))
			.query((rs, n) -> {
				LocalDate due = rs.getObject(8, LocalDate.class);
				LocalDate done = rs.getObject(9, LocalDate.class);
				Assignment.Status status = done != null ? (done.isAfter(due) ? Assignment.Status.COMPLETED_LATE
						: Assignment.Status.COMPLETED_ON_TIME)
						: today.isAfter(due) ? Assignment.Status.OVERDUE : Assignment.Status.IN_PROGRESS;
				return new AssignmentView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
						rs.getString(6), Campaign.lines(rs.getString(7)), due, done, status, rs.getInt(10));
			})
			.list();
	}

	private List<AssignmentView> kept(List<Object> key, java.util.function.Supplier<List<AssignmentView>> query) {
		return listed.get(key, () -> List.copyOf(query.get()));
	}

	private static List<Object> params(long scope, Object... values) {
		List<Object> all = new java.util.ArrayList<>(List.of(scope));
		all.addAll(List.of(values));
		return all;
	}

	private static List<String> split(String codes) {
		return codes == null || codes.isBlank() ? List.of() : List.of(codes.split(","));
	}
}
