package vn.lantoa.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lantoa.LanToaTest;
import vn.lantoa.QueryPlans;
import vn.lantoa.activity.Activities;
import vn.lantoa.activity.Activity;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.org.OrgUnits;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.rollup.RollupScenario.Ground;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Databases;

/**
 * The roll-ups equal the figures recomputed from the activities, row for row, after random recordings, edits,
 * deletions, restorations and moves of units (inside the campaign's tree and out of it), and after a rebuild.
 */
@LanToaTest
class RollupIntegrationTests {

	@Autowired
	ActivityRecording recording;
	@Autowired
	Activities activities;
	@Autowired
	UnitAdministration administration;
	@Autowired
	OrgUnits units;
	@Autowired
	CampaignPlanning planning;
	@Autowired
	CampaignDirectory campaigns;
	@Autowired
	Rollups rollups;
	@Autowired
	RollupQueries queries;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	DataSource dataSource;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	vn.lantoa.activity.ActivityQueries activityQueries;
	@Autowired
	vn.lantoa.activity.ActivityCounts counts;

	RollupScenario scenario() {
		return new RollupScenario(administration, planning, campaigns, jdbc);
	}

	@Test
	void staysEqualToTheActivitiesThroughRandomChangesAndMoves() {
		RollupScenario scenario = scenario();
		Ground ground = scenario.ground();
		Actor admin = ground.admin();
		Random random = new Random(20240601);
		List<Long> live = new ArrayList<>();
		List<Long> deleted = new ArrayList<>();
		for (int step = 0; step < 240; step++) {
			List<Long> inDistrict = jdbc.sql("select unit_id from org_unit_tree where ancestor_id = ?")
				.param(ground.districtId()).query(Long.class).list();
			int move = random.nextInt(100);
			if (live.size() < 20 || move < 40) {
				live.add(recording.record(admin, scenario.details(ground, random, inDistrict)).getId());
			} else if (move < 70) {
				Activity a = activities.findById(live.get(random.nextInt(live.size()))).orElseThrow();
				ActivityDetails d = random.nextBoolean() ? scenario.details(ground, random, inDistrict)
						: new ActivityDetails(a.getCampaignId(), inDistrict.contains(a.getUnitId()) ? a.getUnitId()
								: ground.districtId(), a.themeIds(), a.getChannelId(), a.getStartsOn(), a.getEndsOn(),
								"Đổi tên " + step, null, null, a.measureMap(), List.of());
				recording.update(admin, a.getId(), a.getVersion(), d);
			} else if (move < 82) {
				Activity a = activities.findById(live.remove(random.nextInt(live.size()))).orElseThrow();
				recording.delete(admin, a.getId(), a.getVersion());
				deleted.add(a.getId());
			} else if (move < 90 && !deleted.isEmpty()) {
				long id = deleted.remove(random.nextInt(deleted.size()));
				recording.restore(admin, id);
				live.add(id);
			} else {
				moveSomeUnit(ground, random);
			}
			assertKeptAnswersAreCurrent(scenario, ground);
		}
		long campaign = ground.campaign().getId();
		Map<String, String> expected = expected(campaign);
		assertThat(expected.keySet()).anyMatch(k -> k.startsWith("A|" + scenario.province() + "|"));
		assertThat(differences(stored(campaign), expected)).isEmpty();
		assertThat(stored(campaign)).hasSameSizeAs(expected);
		// the lists' counts from the roll-ups, with and without each filter, against the activities themselves
		for (long unit : List.of(ground.districtId(), ground.units().get("X1"), ground.units().get("X2a"))) {
			for (Long inCampaign : java.util.Arrays.asList(null, campaign)) {
				for (Long theme : java.util.Arrays.asList(null, ground.themeIds().get(0))) {
					for (Long channel : java.util.Arrays.asList(null, ground.channels().get(0).id())) {
						assertThat(counts.count(unit, inCampaign, theme, channel)).as("%d %s %s %s", unit, inCampaign,
								theme, channel).hasValue(liveActivities(unit, inCampaign, theme, channel));
					}
				}
			}
		}

		rollups.rebuild(campaign);
		assertThat(differences(stored(campaign), expected)).isEmpty();
		assertThat(stored(campaign)).hasSameSizeAs(expected);
	}

	@Test
	void readsTheSubtreeOfAUnitOverMonthsWithEachActivityOnceInTheTotals() {
		RollupScenario scenario = scenario();
		Ground ground = scenario.ground();
		long theme1 = ground.themeIds().get(0);
		long theme2 = ground.themeIds().get(1);
		long web = ground.channels().get(0).id();
		long campaign = ground.campaign().getId();
		long cell = ground.units().get("X1a");
		recording.record(ground.admin(), new ActivityDetails(campaign, cell, List.of(theme1, theme2), web,
				LocalDate.of(2024, 3, 10), null, "Bài viết", null, null, Map.of("news", new BigDecimal("2"),
						"views", new BigDecimal("150.5")), List.of()));
		recording.record(ground.admin(), new ActivityDetails(campaign, ground.units().get("X2"), List.of(theme1), web,
				LocalDate.of(2024, 3, 15), null, "Tin", null, null, Map.of("news", new BigDecimal("3")), List.of()));

		MonthRange march = new MonthRange(YearMonth.of(2024, 3), YearMonth.of(2024, 3));
		MonthRange year = new MonthRange(YearMonth.of(2024, 1), YearMonth.of(2024, 12));
		assertThat(queries.coverage(campaign, ground.districtId(), march)).containsExactly(
				new RollupQueries.Cell(0, web, 1, Map.of("news", new RollupQueries.MeasureSum(new BigDecimal("2"), 1),
						"views", new RollupQueries.MeasureSum(new BigDecimal("150.5"), 1))),
				new RollupQueries.Cell(theme1, web, 1, Map.of("news", new RollupQueries.MeasureSum(new BigDecimal("2"), 1),
						"views", new RollupQueries.MeasureSum(new BigDecimal("150.5"), 1))),
				new RollupQueries.Cell(theme2, web, 1, Map.of("news", new RollupQueries.MeasureSum(new BigDecimal("2"), 1),
						"views", new RollupQueries.MeasureSum(new BigDecimal("150.5"), 1))));
		assertThat(queries.coverage(campaign, ground.districtId(), year).stream()
			.filter(c -> c.themeId() == RollupQueries.ALL_THEMES).findFirst().orElseThrow().measures().get("news"))
			.isEqualTo(new RollupQueries.MeasureSum(new BigDecimal("5"), 2));
		assertThat(queries.trend(campaign, ground.districtId(), year)).extracting(RollupQueries.MonthCell::month,
				RollupQueries.MonthCell::activities).containsExactly(
						org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 3), 1L),
						org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 4), 1L));
		assertThat(queries.activities(campaign, List.of(ground.units().get("X1"), ground.units().get("X2"),
				ground.units().get("X3")), year)).isEqualTo(Map.of(ground.units().get("X1"), 1L,
						ground.units().get("X2"), 1L));
	}

	/**
	 * The answers kept for the dashboards equal the roll-ups read now, for every unit of the ground and its whole
	 * campaign, a month, and the units below each.
	 */
	private void assertKeptAnswersAreCurrent(RollupScenario scenario, Ground ground) {
		long campaign = ground.campaign().getId();
		List<Long> units = new ArrayList<>(ground.unitIds());
		units.add(ground.districtId());
		units.add(scenario.province());
		for (MonthRange months : List.of(new MonthRange(YearMonth.of(2024, 1), YearMonth.of(2024, 12)),
				new MonthRange(YearMonth.of(2024, 3), YearMonth.of(2024, 3)))) {
			for (long unit : units) {
				assertThat(queries.coverage(campaign, unit, months)).as("coverage %d %s", unit, months)
					.isEqualTo(queries.readCoverage(campaign, unit, months));
				assertThat(queries.trend(campaign, unit, months)).as("trend %d %s", unit, months)
					.isEqualTo(queries.readTrend(campaign, unit, months));
				List<Long> below = jdbc.sql("select id from org_unit where parent_id = ? order by id").param(unit)
					.query(Long.class).list();
				if (!below.isEmpty()) {
					assertThat(queries.activities(campaign, below, months)).as("below %d %s", unit, months)
						.isEqualTo(queries.readActivities(campaign, below, months));
				}
			}
		}
	}

	@Test
	void keepsAnAnswerWhileNoWriteTouchedItsSubtreeAndReadsAgainAfterARebuild() {
		RollupScenario scenario = scenario();
		Ground ground = scenario.ground();
		long campaign = ground.campaign().getId();
		long web = ground.channels().get(0).id();
		long x1 = ground.units().get("X1");
		long x2 = ground.units().get("X2");
		MonthRange year = new MonthRange(YearMonth.of(2024, 1), YearMonth.of(2024, 12));
		recording.record(ground.admin(), new ActivityDetails(campaign, x1, List.of(ground.themeIds().get(0)), web,
				LocalDate.of(2024, 3, 10), null, "Bài viết", null, null, Map.of(), List.of()));
		assertThat(queries.activities(campaign, List.of(x1, x2), year)).isEqualTo(Map.of(x1, 1L));
		List<RollupQueries.Cell> x2Coverage = queries.coverage(campaign, x2, year);

		// an activity written around the application: the roll-ups do not know it, the kept answers neither
		int inserted = jdbc.sql("""
				insert into activity (campaign_id, unit_id, channel_id, starts_on, ends_on, title, search_text,
				                      recorded_by, version, created_at, updated_at)
				select campaign_id, ?, channel_id, starts_on, ends_on, title, search_text, recorded_by, 0, created_at,
				       updated_at
				from activity where campaign_id = ? and unit_id = ?""")
			.params(x2, campaign, x1).update();
		assertThat(inserted).isEqualTo(1);
		jdbc.sql("insert into activity_theme (activity_id, theme_id) select id, ? from activity where unit_id = ?")
			.params(ground.themeIds().get(0), x2).update();
		assertThat(queries.activities(campaign, List.of(x1, x2), year)).isEqualTo(Map.of(x1, 1L));

		// a recording in X1 reads the units below the district again, X2's own coverage stays kept
		recording.record(ground.admin(), new ActivityDetails(campaign, x1, List.of(ground.themeIds().get(0)), web,
				LocalDate.of(2024, 4, 10), null, "Tin", null, null, Map.of(), List.of()));
		assertThat(queries.activities(campaign, List.of(x1, x2), year)).isEqualTo(Map.of(x1, 2L));
		assertThat(queries.coverage(campaign, x2, year)).isSameAs(x2Coverage);

		rollups.rebuild(campaign);
		assertThat(queries.activities(campaign, List.of(x1, x2), year)).isEqualTo(Map.of(x1, 2L, x2, 1L));
		assertThat(queries.coverage(campaign, x2, year)).isNotEqualTo(x2Coverage)
			.isEqualTo(queries.readCoverage(campaign, x2, year));
	}

	private long liveActivities(long unit, Long campaign, Long theme, Long channel) {
		return jdbc.sql("""
				select count(*) from activity a join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = :unit
				where a.deleted_at is null and (cast(:campaign as bigint) is null or a.campaign_id = :campaign)
				  and (cast(:channel as bigint) is null or a.channel_id = :channel)
				  and (cast(:theme as bigint) is null
				       or exists (select 1 from activity_theme x where x.activity_id = a.id and x.theme_id = :theme))""")
			.param("unit", unit).param("campaign", campaign).param("theme", theme).param("channel", channel)
			.query(Long.class).single();
	}

	@Test
	void countsAWholeListFromTheAllChannelsIndexWithAPlanMadeOnce() {
		assumeTrue(Databases.postgres(dataSource), "a partial index with included columns is PostgreSQL's");
		// with theme and channel 0 bound, the generic plan could not use the partial index and PostgreSQL planned the
		// statement afresh for every list
		for (Long campaign : java.util.Arrays.asList(null, 1L)) {
			RollupActivityCounts.Counted counted = RollupActivityCounts.statement(1, campaign, null, null);
			String sql = counted.sql().replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2");
			String plan = transactions.execute(status -> {
				// sequential and bitmap scans ruled out, as in QueryPlans: the test database holds few rows
				jdbc.sql("set local enable_seqscan = off").update();
				jdbc.sql("set local enable_bitmapscan = off").update();
				jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
				jdbc.sql("prepare counted as " + sql).update();
				String explained = String.join("\n", jdbc.sql("explain execute counted(" + String.join(", ",
						counted.params().stream().map(String::valueOf).toList()) + ")").query(String.class).list());
				jdbc.sql("deallocate counted").update();
				return explained;
			});
			assertThat(plan).as(sql).contains("Index Only Scan using rollup_activity_all_channels");
		}
	}

	@Test
	void sumsTheUnitsBelowADashboardFromTheAllChannelsIndexAlone() {
		assumeTrue(Databases.postgres(dataSource), "a partial index with included columns is PostgreSQL's");
		// through the primary key the country's provinces read every theme and channel row of their year
		String plan = QueryPlans.of(transactions, jdbc, RollupQueries.UNITS_ACTIVITIES.formatted("1, 2, 3"), 1, 202401,
				202412);
		assertThat(plan).contains("Index Only Scan using rollup_activity_all_channels");
	}

	@Test
	void opensTheActivitiesOfACellInTheFilteredList() {
		RollupScenario scenario = scenario();
		Ground ground = scenario.ground();
		long campaign = ground.campaign().getId();
		long theme = ground.themeIds().get(2);
		long loudspeakers = ground.channels().get(1).id();
		long commune = ground.units().get("X2");
		// with the figures closed on the 14th, March holds the activities that start from 15/02 to 14/03: one on
		// 10/02 that runs into March counts in February, one on 15/03 in April
		for (LocalDate[] days : new LocalDate[][] { { LocalDate.of(2024, 2, 10), LocalDate.of(2024, 3, 5) },
				{ LocalDate.of(2024, 2, 15), null }, { LocalDate.of(2024, 3, 14), null },
				{ LocalDate.of(2024, 3, 15), null } }) {
			recording.record(ground.admin(), new ActivityDetails(campaign, ground.units().get("X2a"), List.of(theme),
					loudspeakers, days[0], days[1], "Phát thanh", null, null, Map.of(), List.of()));
		}
		MonthRange march = new MonthRange(YearMonth.of(2024, 3), YearMonth.of(2024, 3));
		long cell = queries.coverage(campaign, commune, march).stream()
			.filter(c -> c.themeId() == theme && c.channelId() == loudspeakers).findFirst().orElseThrow().activities();
		var list = activityQueries.find(ground.admin(), new vn.lantoa.activity.ActivityFilter(commune, campaign, theme,
				loudspeakers, null, null, null, false, null, 0, 25, march.firstDay(ground.campaign().schedule()),
				march.lastDay(ground.campaign().schedule())));
		assertThat(march.firstDay(ground.campaign().schedule())).isEqualTo(LocalDate.of(2024, 2, 15));
		assertThat(cell).isEqualTo(2);
		assertThat(list.total()).isEqualTo(2);
	}

	@Test
	void countsTheActivitiesAfterTheLastCutOffInTheCampaignsLastMonth() {
		RollupScenario scenario = scenario();
		Ground ground = scenario.ground();
		long campaign = ground.campaign().getId();
		long theme = ground.themeIds().get(0);
		long web = ground.channels().get(0).id();
		// the campaign ends on 31/12/2024 and closes each month's figures on the 14th: the last period's window runs
		// to the campaign's end, so 20/12 counts in December (the fourth quarter), not in January 2025
		for (LocalDate day : List.of(LocalDate.of(2024, 12, 10), LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 31))) {
			recording.record(ground.admin(), new ActivityDetails(campaign, ground.units().get("X1a"), List.of(theme),
					web, day, null, "Bài cuối năm", null, null, Map.of("news", BigDecimal.ONE), List.of()));
		}
		MonthRange fourthQuarter = new MonthRange(YearMonth.of(2024, 10), YearMonth.of(2024, 12));
		MonthRange december = new MonthRange(YearMonth.of(2024, 12), YearMonth.of(2024, 12));
		RollupQueries.Cell all = new RollupQueries.Cell(0, web, 3,
				Map.of("news", new RollupQueries.MeasureSum(new BigDecimal("3"), 3)));
		assertThat(queries.coverage(campaign, ground.districtId(), fourthQuarter)).contains(all);
		assertThat(queries.trend(campaign, ground.districtId(), december)).extracting(RollupQueries.MonthCell::activities)
			.containsExactly(3L);

		rollups.rebuild(campaign);
		assertThat(queries.coverage(campaign, ground.districtId(), fourthQuarter)).contains(all);
	}

	@Test
	void computesTheReportingMonthAlikeInJavaAndInSqlWithAndWithoutACutOffDay() {
		LocalDate end = LocalDate.of(2024, 12, 31);
		for (int cutoff : new int[] { 0, 14, 28 }) {
			var schedule = new vn.lantoa.campaign.ReportSchedule(vn.lantoa.campaign.ReportSchedule.Frequency.MONTHLY,
					vn.lantoa.campaign.ReportSchedule.DeadlineRule.DAYS_AFTER_END, 5, cutoff);
			for (LocalDate day = LocalDate.of(2023, 12, 1); !day.isAfter(end); day = day.plusDays(1)) {
				int sql = jdbc.sql("select " + ReportingMonths.sql("x.d", String.valueOf(cutoff), "202412")
						+ " from (select cast(? as date) as d) x").param(day).query(Integer.class).single();
				assertThat(sql).as(day + " cut off " + cutoff).isEqualTo(ReportingMonths.of(day, schedule, end));
				var month = ReportingMonths.month(sql);
				// the last month's window runs to the campaign's end
				assertThat(day).isBetween(ReportingMonths.firstDay(month, cutoff),
						month.equals(YearMonth.from(end)) ? end : ReportingMonths.lastDay(month, cutoff));
			}
		}
	}

	private void moveSomeUnit(Ground ground, Random random) {
		List<String> movable = List.of("X1", "X2", "X3", "X1a", "X1b", "X2a");
		long unit = ground.units().get(movable.get(random.nextInt(movable.size())));
		List<Long> targets = new ArrayList<>(ground.unitIds());
		targets.add(ground.districtId());
		targets.add(new RollupScenario(administration, planning, campaigns, jdbc).province());
		targets.removeAll(jdbc.sql("select unit_id from org_unit_tree where ancestor_id = ?").param(unit)
			.query(Long.class).list());
		long target = targets.get(random.nextInt(targets.size()));
		var current = units.findById(unit).orElseThrow();
		administration.move(ground.admin(), unit, current.getVersion(), target);
	}

	/** The stored rows that count, as "A|unit|month|theme|channel" → count and "M|…|measure" → "amount/entries". */
	private Map<String, String> stored(long campaign) {
		Map<String, String> rows = new TreeMap<>();
		jdbc.sql("""
				select unit_id, reporting_month, theme_id, channel_id, activities from rollup_activity
				where campaign_id = ? and activities <> 0""").param(campaign).query(rs -> {
			rows.put("A|%d|%d|%d|%d".formatted(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)),
					String.valueOf(rs.getInt(5)));
		});
		jdbc.sql("""
				select unit_id, reporting_month, theme_id, channel_id, measure_code, amount, entries from rollup_measure
				where campaign_id = ? and (amount <> 0 or entries <> 0)""").param(campaign).query(rs -> {
			rows.put("M|%d|%d|%d|%d|%s".formatted(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4),
					rs.getString(5)), amount(rs.getBigDecimal(6)) + "/" + rs.getInt(7));
		});
		return rows;
	}

	/** The same figures computed here, in Java, from the live activities and today's tree. */
	private Map<String, String> expected(long campaign) {
		Map<String, Integer> counts = new TreeMap<>();
		Map<String, BigDecimal> amounts = new TreeMap<>();
		Map<String, Integer> entries = new TreeMap<>();
		List<Long> ids = jdbc.sql("select id from activity where campaign_id = ? and deleted_at is null")
			.param(campaign).query(Long.class).list();
		var planned = campaigns.get(scenario().admin(scenario().province()), campaign);
		var schedule = planned.schedule();
		for (Activity a : activities.findAllById(ids)) {
			var reporting = schedule.reportingMonth(a.getStartsOn(), planned.getEndsOn());
			int month = reporting.getYear() * 100 + reporting.getMonthValue();
			List<Long> themes = new ArrayList<>(a.themeIds());
			themes.add(0L);
			for (long ancestor : jdbc.sql("select ancestor_id from org_unit_tree where unit_id = ?")
				.param(a.getUnitId()).query(Long.class).list()) {
				// every channel together, counts only
				counts.merge("A|%d|%d|0|0".formatted(ancestor, month), 1, Integer::sum);
				for (long theme : themes) {
					String cell = "%d|%d|%d|%d".formatted(ancestor, month, theme, a.getChannelId());
					counts.merge("A|" + cell, 1, Integer::sum);
					a.measureMap().forEach((code, amount) -> {
						amounts.merge("M|" + cell + "|" + code, amount, BigDecimal::add);
						entries.merge("M|" + cell + "|" + code, 1, Integer::sum);
					});
				}
			}
		}
		Map<String, String> rows = new TreeMap<>();
		counts.forEach((k, v) -> rows.put(k, String.valueOf(v)));
		amounts.forEach((k, v) -> rows.put(k, amount(v) + "/" + entries.get(k)));
		return rows;
	}

	/** The cells where the stored rows and the expected figures differ, as "cell: stored ≠ expected". */
	private static List<String> differences(Map<String, String> stored, Map<String, String> expected) {
		java.util.Set<String> keys = new java.util.TreeSet<>(stored.keySet());
		keys.addAll(expected.keySet());
		return keys.stream().filter(k -> !java.util.Objects.equals(stored.get(k), expected.get(k)))
			.map(k -> k + ": " + stored.get(k) + " ≠ " + expected.get(k)).toList();
	}

	private static String amount(BigDecimal value) {
		return value.setScale(2).toPlainString();
	}
}
