package vn.lantoa.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.QueryPlans;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Databases;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;

/** Recording activities in the demo campaign: the rules, conflicts, deletion and the lists. */
@LanToaTest
class ActivityRecordingIntegrationTests {

	@Autowired
	ActivityRecording recording;
	@Autowired
	ActivityQueries queries;
	@Autowired
	CampaignDirectory campaigns;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	DataSource dataSource;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	OrgTree tree;
	@Autowired
	ActivityCounts counts;
	@Autowired
	Activities activities;

	long campaign;
	List<CampaignDirectory.ThemeView> themes;
	List<CampaignDirectory.ChannelView> channels;

	@BeforeEach
	void demoCampaign() {
		campaign = jdbc.sql("select id from campaign where title = ?")
			.param("Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị").query(Long.class).list()
			.get(0);
		themes = campaigns.themes(campaign);
		channels = campaigns.channels(campaign);
	}

	ActivityDetails details(String unit, String title, Map<String, BigDecimal> measures) {
		return new ActivityDetails(campaign, fixtures.unit(unit), List.of(themes.get(0).id()), channels.get(1).id(),
				LocalDate.of(2024, 5, 10), null, title, "Phát thanh trên loa các tổ dân phố", "Tổ 5, phường Đức Xuân",
				measures, List.of("https://backan.gov.vn/tin-tuc/1"));
	}

	@Test
	void onlyTheListsOwnStatementsArePlannedForTheirValuesAndPlainPagesOnce() {
		assumeTrue(Databases.postgres(dataSource), "plan caching is PostgreSQL's");
		// the statements given to plannedForValues are planned for their values, and only they
		List<String> modes = transactions.execute(status -> {
			String during = Databases.plannedForValues(jdbc, true,
					() -> jdbc.sql("show plan_cache_mode").query(String.class).single());
			return List.of(during, jdbc.sql("show plan_cache_mode").query(String.class).single());
		});
		assertThat(modes).containsExactly("force_custom_plan", "auto");
		// a list and the campaigns a scope sees leave the rest of the page's statements to PostgreSQL's cached generic
		// plans (set for the whole transaction, the mode had the page plan every later statement anew)
		ActivityFilter all = new ActivityFilter(null, campaign, null, null, null, null, "tuyen truyen", false, null, 0,
				10);
		String after = transactions.execute(status -> {
			queries.find(fixtures.actor("tuyengiao"), all);
			queries.find(fixtures.actor("tuyengiao"), new ActivityFilter(null, campaign, null, null, null, null, null,
					false, ActivityFilter.Sort.TITLE, 0, 10));
			campaigns.visible(fixtures.actor("thuongtruc"));
			return jdbc.sql("show plan_cache_mode").query(String.class).single();
		});
		assertThat(after).isEqualTo("auto");

		// a reporter's and a province's plain pages keep one generic plan per connection; a word search is planned
		// for its words, a province's page of one channel for its ids
		Actor reporter = fixtures.actor("ducxuan");
		Actor city = fixtures.actor("tuyengiao");
		ActivityQueries provinces = new ActivityQueries(jdbc, tree, counts, dataSource, 1, tree.size(city.scopeUnitId()));
		ActivityFilter plain = new ActivityFilter(null, campaign, null, null, null, null, null, false, null, 0, 10);
		ActivityFilter words = new ActivityFilter(null, campaign, null, null, null, null, "phat thanh", false, null, 0,
				10);
		ActivityFilter channel = new ActivityFilter(null, campaign, null, channels.get(1).id(), null, null, null,
				false, null, 0, 10);
		// (the connection's earlier pages are prepared there too: only what these pages add counts)
		Map<String, List<Long>> added = transactions.execute(status -> {
			Map<String, List<Long>> earlier = pagePlans();
			for (int i = 0; i < 8; i++) {
				queries.find(reporter, plain);
				queries.find(reporter, words);
				provinces.find(city, plain);
				provinces.find(city, channel);
			}
			Map<String, List<Long>> now = pagePlans();
			Map<String, List<Long>> more = new java.util.TreeMap<>();
			now.forEach((kind, plans) -> {
				List<Long> was = earlier.getOrDefault(kind, List.of(0L, 0L));
				more.put(kind, List.of(plans.get(0) - was.get(0), plans.get(1) - was.get(1)));
			});
			return more;
		});
		// generic plans, custom plans
		assertThat(added.get("plain")).satisfies(p -> assertThat(p.get(0)).isPositive(),
				p -> assertThat(p.get(1)).isZero());
		assertThat(added.get("words")).satisfies(p -> assertThat(p.get(0)).isZero(),
				p -> assertThat(p.get(1)).isPositive());
		assertThat(added.get("province")).satisfies(p -> assertThat(p.get(0)).isPositive(),
				p -> assertThat(p.get(1)).isZero());
		assertThat(added.get("province, one channel")).satisfies(p -> assertThat(p.get(0)).isZero(),
				p -> assertThat(p.get(1)).isPositive());
	}

	/** The generic and custom plans made so far on this connection for list pages, by kind of page. */
	private Map<String, List<Long>> pagePlans() {
		Map<String, List<Long>> plans = new java.util.HashMap<>();
		jdbc.sql("""
				select kind, sum(generic_plans), sum(custom_plans)
				from (select case when statement like '%search_text like%' then 'words'
				                  when statement like '%unit_id = any(''{%' then 'province'
				                  when statement like '%unit_id = any($%' then 'province, one channel'
				                  else 'plain' end as kind,
				             generic_plans, custom_plans
				      from pg_prepared_statements where statement like '%from (select a.id, a.starts_on%') s
				group by kind""").query(rs -> {
			plans.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3)));
		});
		return plans;
	}

	@Test
	void aUnitsNewestActivitiesAreReadFromItsIndexInOrderWithoutASort() {
		assumeTrue(Databases.postgres(dataSource), "the merged list's lateral join is PostgreSQL's");
		// each unit of a small subtree gives its first ids newest first (ActivityQueries' merged page) from the index
		// alone; with the date index of all activities instead, a unit with few activities cost a walk of the table
		String plan = QueryPlans.of(transactions, jdbc, """
				select a.id, a.starts_on from activity a where a.unit_id = ? and a.deleted_at is null
				order by a.starts_on desc, a.id desc limit 25""", fixtures.unit("DB-DUCXUAN"));
		assertThat(plan).containsPattern("Index (Only )?Scan Backward using activity_unit_start")
			.doesNotContain("Sort").doesNotContain("Filter");
		// a province's walk by date finds the unit and that the row is live on the index entry, as index conditions
		// or a filter on it, not on the table's row
		String walk = QueryPlans.of(transactions, jdbc, """
				select a.id, a.starts_on from activity a where a.unit_id = any(?) and a.deleted_at is null
				order by a.starts_on desc, a.id desc limit 25""",
				new SqlArrayValue("bigint", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L));
		// the units' ids a constant of the plan (hashed), not text parsed for every row
		assertThat(walk).contains("Index Only Scan using activity_start_id").contains("'::bigint[]")
			.doesNotContain("::text").doesNotContain("Sort");
	}

	@Test
	void aPageByDateHoldsTheSameRowsWhicheverWayItIsRead() {
		String tag = Fixtures.unique("Trang");
		for (int i = 0; i < 48; i++) {
			String unit = i % 3 == 0 ? "DB-SONGCAU" : "DB-DUCXUAN";
			ActivityDetails d = details(unit, tag + " " + i, Map.of());
			recording.record(fixtures.actor(i % 3 == 0 ? "songcau" : "ducxuan"), new ActivityDetails(d.campaignId(),
					d.unitId(), d.themeIds(), channels.get(i % 2).id(), LocalDate.of(2024, 6, 1 + i % 4), null,
					d.title(), d.description(), d.place(), d.measures(), d.links()));
		}
		Actor city = fixtures.actor("tuyengiao");
		int units = tree.size(city.scopeUnitId());
		assertThat(units).isGreaterThan(2);
		// merged unit by unit, filtered by the subtree's list of units, joined to the closure: on PostgreSQL three
		// statements, on H2 one
		Map<String, ActivityQueries> ways = Map.of("merged", new ActivityQueries(jdbc, tree, counts, dataSource, units,
				units), "listed", new ActivityQueries(jdbc, tree, counts, dataSource, 1, units), "closure",
				new ActivityQueries(jdbc, tree, counts, dataSource, 1, 1));
		for (long top : List.of(city.scopeUnitId(), fixtures.unit("DB-DUCXUAN"))) {
			for (Long channel : java.util.Arrays.asList(null, channels.get(1).id())) {
				for (ActivityFilter.Sort sort : List.of(ActivityFilter.Sort.NEWEST, ActivityFilter.Sort.OLDEST)) {
					String order = sort == ActivityFilter.Sort.NEWEST ? "a.starts_on desc, a.id desc" : "a.starts_on, a.id";
					for (int page : List.of(0, 1, 3)) {
						List<Long> expected = jdbc.sql("""
								select a.id from activity a join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = ?
								where a.deleted_at is null and a.campaign_id = ? and a.channel_id = coalesce(?, a.channel_id)
								order by %s limit 10 offset %d""".formatted(order, page * 10))
							.params(top, campaign, channel).query(Long.class).list();
						if (page == 0) {
							assertThat(expected).hasSize(10);
						}
						ActivityFilter filter = new ActivityFilter(top, campaign, null, channel, null, null, null, false,
								sort, page, 10);
						ways.forEach((way, queries) -> assertThat(transactions.execute(status -> queries.find(city,
								filter)).rows()).extracting(ActivityQueries.Row::id)
							.as("%s, unit %d, channel %s, %s, page %d", way, top, channel, sort, page)
							.isEqualTo(expected));
					}
				}
			}
		}
	}

	@Test
	void recordsAnActivityThatTheUnitAndThoseAboveFindWithoutDiacritics() {
		String title = "Phát thanh chuyên đề xây dựng Đảng " + Fixtures.unique("A");
		Activity activity = recording.record(fixtures.actor("ducxuan"), details("DB-DUCXUAN", title,
				Map.of("broadcasts", new BigDecimal("12"), "broadcast_minutes", new BigDecimal("180"))));
		assertThat(activity.getEndsOn()).isEqualTo(LocalDate.of(2024, 5, 10));
		assertThat(activity.measureMap()).containsEntry("broadcasts", new BigDecimal("12"));

		String unaccented = "phat thanh chuyen de " + title.substring(title.lastIndexOf(' ') + 1).toLowerCase();
		ActivityFilter byWords = new ActivityFilter(null, campaign, null, null, null, null, unaccented, false, null, 0,
				10);
		assertThat(queries.find(fixtures.actor("ducxuan"), byWords).rows()).extracting(ActivityQueries.Row::title)
			.containsExactly(title);
		assertThat(queries.find(fixtures.actor("tuyengiao"), byWords).rows()).hasSize(1);
		assertThat(queries.find(fixtures.actor("songcau"), byWords).rows()).isEmpty();
		assertThatThrownBy(() -> recording.get(fixtures.actor("songcau"), activity.getId()))
			.isInstanceOf(OutOfScope.class);
		ActivityQueries.Row row = queries.find(fixtures.actor("thuongtruc"), byWords).rows().get(0);
		assertThat(row.themes()).containsExactly("1. " + themes.get(0).title());
		assertThat(row.measures()).containsEntry("broadcast_minutes", new BigDecimal("180"));
		// in the catalogue's order, as the form shows them; no file yet
		assertThat(row.measures().keySet()).containsExactly("broadcasts", "broadcast_minutes");
		assertThat(row.evidenceCount()).isZero();
	}

	@Test
	void aRecordedActivityIsStoredAsTheAggregateWouldStoreIt() {
		Actor reporter = fixtures.actor("ducxuan");
		ActivityDetails one = details("DB-DUCXUAN", "Ghi bằng câu lệnh " + Fixtures.unique("W"),
				Map.of("broadcasts", new BigDecimal("12.5"), "broadcast_minutes", new BigDecimal("180")));
		ActivityDetails d = new ActivityDetails(one.campaignId(), one.unitId(),
				List.of(themes.get(1).id(), themes.get(0).id()), one.channelId(), one.startsOn(),
				LocalDate.of(2024, 5, 12), one.title(), one.description(), one.place(), one.measures(),
				List.of("https://backan.gov.vn/b", "https://backan.gov.vn/a", "https://backan.gov.vn/c"));
		Activity recorded = recording.record(reporter, d);
		Activity aggregate = transactions.execute(t -> activities.save(Activity.record(d, reporter.username(),
				recorded.getCreatedAt())));

		Activity written = activities.findById(recorded.getId()).orElseThrow();
		Activity saved = activities.findById(aggregate.getId()).orElseThrow();
		assertThat(written.snapshot()).isEqualTo(saved.snapshot()).isEqualTo(recorded.snapshot());
		assertThat(written.linkList()).containsExactly("https://backan.gov.vn/b", "https://backan.gov.vn/a",
				"https://backan.gov.vn/c");
		assertThat(written.measureMap()).containsEntry("broadcasts", new BigDecimal("12.5"));
		assertThat(written.getSearchText()).isEqualTo(saved.getSearchText()).contains("phat thanh");
		assertThat(List.of(written.getVersion(), written.getRecordedBy(), written.getCreatedAt(),
				written.getUpdatedAt(), written.getCampaignId()))
			.isEqualTo(List.of(saved.getVersion(), saved.getRecordedBy(), saved.getCreatedAt(), saved.getUpdatedAt(),
					saved.getCampaignId()));
		assertThat(recorded.getVersion()).isEqualTo(written.getVersion()).isZero();
		assertThat(jdbc.sql("select position from activity_link where activity_id = ? order by url")
			.param(recorded.getId()).query(Integer.class).list())
			.isEqualTo(jdbc.sql("select position from activity_link where activity_id = ? order by url")
				.param(aggregate.getId()).query(Integer.class).list());
	}

	@Test
	void refusesWhatBreaksTheCampaignsRules() {
		Actor reporter = fixtures.actor("ducxuan");
		assertRefused(() -> recording.record(reporter, details("DB-DUCXUAN", "Âm", Map.of("broadcasts",
				new BigDecimal("-1")))), "activity.error.amount");
		assertRefused(() -> recording.record(reporter, details("DB-DUCXUAN", "Báo", Map.of("news", BigDecimal.ONE))),
				"activity.error.measure");
		ActivityDetails d = details("DB-DUCXUAN", "Ngoài kỳ", Map.of());
		assertRefused(() -> recording.record(reporter, new ActivityDetails(d.campaignId(), d.unitId(), d.themeIds(),
				d.channelId(), LocalDate.of(2026, 1, 5), null, d.title(), null, null, Map.of(), List.of())),
				"activity.error.outsideCampaign");
		assertRefused(() -> recording.record(reporter, new ActivityDetails(d.campaignId(), d.unitId(), List.of(-5L),
				d.channelId(), d.startsOn(), null, d.title(), null, null, Map.of(), List.of())), "activity.error.theme");
		assertRefused(() -> recording.record(reporter, new ActivityDetails(d.campaignId(), d.unitId(), d.themeIds(),
				d.channelId(), d.startsOn(), null, d.title(), null, null, Map.of(), List.of("javascript:alert(1)"))),
				"activity.error.link");
		assertThatThrownBy(() -> recording.record(reporter, details("DB-SONGCAU", "Đơn vị khác", Map.of())))
			.isInstanceOf(OutOfScope.class);
		assertThatThrownBy(() -> recording.record(fixtures.actor("thuongtruc"), details("DB-DUCXUAN", "Lãnh đạo",
				Map.of()))).isInstanceOf(OutOfScope.class);
	}

	@Test
	void aStaleEditIsAConflictThatShowsTheSavedValues() {
		Actor reporter = fixtures.actor("ducxuan");
		Activity activity = recording.record(reporter, details("DB-DUCXUAN", "Bản đầu " + Fixtures.unique("C"),
				Map.of()));
		int opened = activity.getVersion();
		recording.update(fixtures.actor("tuyengiao"), activity.getId(), opened,
				details("DB-DUCXUAN", "Bản của điều phối viên", Map.of()));
		assertThatThrownBy(() -> recording.update(reporter, activity.getId(), opened,
				details("DB-DUCXUAN", "Bản của báo cáo viên", Map.of())))
			.isInstanceOfSatisfying(ActivityConflict.class,
					e -> assertThat(e.saved()).containsExactly(Map.entry("title", "Bản của điều phối viên")));
		assertThat(recording.get(reporter, activity.getId()).getTitle()).isEqualTo("Bản của điều phối viên");
	}

	@Test
	void aDeletedActivityLeavesTheListsAndACoordinatorRestoresIt() {
		Actor reporter = fixtures.actor("ducxuan");
		String title = "Sẽ xóa " + Fixtures.unique("D");
		Activity activity = recording.record(reporter, details("DB-DUCXUAN", title, Map.of()));
		recording.delete(reporter, activity.getId(), activity.getVersion());
		ActivityFilter filter = new ActivityFilter(null, null, null, null, null, null, title, false, null, 0, 10);
		assertThat(queries.find(reporter, filter).total()).isZero();
		assertThatThrownBy(() -> recording.get(reporter, activity.getId())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> recording.restore(reporter, activity.getId())).isInstanceOf(OutOfScope.class);
		recording.restore(fixtures.actor("tuyengiao"), activity.getId());
		assertThat(queries.find(reporter, filter).total()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where entity = 'Activity' and entity_id = ?")
			.param(String.valueOf(activity.getId())).query(Long.class).single()).isEqualTo(3);
	}

	private static void assertRefused(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}
}
