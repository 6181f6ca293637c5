package vn.lantoa.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.Fixtures;
import vn.lantoa.TestDatabases;
import vn.lantoa.account.AccountAdministration;
import vn.lantoa.account.AccountDetails;
import vn.lantoa.activity.Activities;
import vn.lantoa.activity.Activity;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityFilter;
import vn.lantoa.activity.ActivityQueries;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.campaign.Assignment;
import vn.lantoa.campaign.AssignmentProgress;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.dashboard.DashboardFigures.CoverageCell;
import vn.lantoa.dashboard.DashboardFigures.ReportState;
import vn.lantoa.org.OrgUnits;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.report.Figures;
import vn.lantoa.report.Report;
import vn.lantoa.report.ReportDesk;
import vn.lantoa.rollup.RollupScenario.Ground;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;

/**
 * The dashboard's figures on hand-computed data, equal to the consolidated report's over generated data for every
 * period (the last one too, whose window runs to the campaign's end), exact after edits, deletions, a move and a
 * late activity; the page, the XLSX and the API.
 */
@vn.lantoa.LanToaTest
class DashboardIntegrationTests {

	@Autowired
	Dashboard dashboard;
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
	AssignmentProgress progress;
	@Autowired
	ReportDesk desk;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	CampaignOverview overview;
	@Autowired
	ActivityQueries queries;
	@Autowired
	AccountAdministration accounts;
	@Autowired
	DashboardWorkbook workbook;
	@Autowired
	vn.lantoa.shared.RenderedSections sections;

	DashboardScenario scenario() {
		return new DashboardScenario(administration, planning, campaigns, jdbc);
	}

	@Test
	void showsHandComputedFiguresOfASubtreeAndPeriod() throws Exception {
		DashboardScenario scenario = scenario();
		Ground g = scenario.ground();
		Actor admin = g.admin();
		long campaign = g.campaign().getId();
		long t1 = g.themeIds().get(0), t2 = g.themeIds().get(1), t3 = g.themeIds().get(2);
		long web = g.channels().get(0).id(), loud = g.channels().get(1).id(), visual = g.channels().get(2).id();
		record(admin, g, "X1a", List.of(t1, t2), web, LocalDate.of(2024, 3, 10), Map.of("news", "2", "views", "150.5"));
		record(admin, g, "X2", List.of(t1), web, LocalDate.of(2024, 3, 15), Map.of("news", "3"));
		record(admin, g, "X1b", List.of(t3), loud, LocalDate.of(2024, 2, 1), Map.of("broadcasts", "4"));
		long x1 = g.units().get("X1");
		long assignment = jdbc.sql("select id from assignment where unit_id = ?").param(x1).query(Long.class).single();
		progress.complete(admin, assignment,
				jdbc.sql("select version from assignment where id = ?").param(assignment).query(Integer.class).single());

		DashboardFigures q1 = dashboard.figures(admin, campaign, g.districtId(), "2024Q1");
		assertThat(q1.period()).isEqualTo("2024Q1");
		assertThat(q1.startsFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(q1.startsTo()).isEqualTo(LocalDate.of(2024, 3, 14));
		assertThat(cell(q1, t1, web)).extracting(CoverageCell::activities, CoverageCell::keyMeasure)
			.containsExactly(1L, new BigDecimal("2"));
		assertThat(cell(q1, t1, web).measures()).containsEntry("views", new BigDecimal("150.5"));
		assertThat(cell(q1, t1, loud).empty()).isTrue();
		assertThat(cell(q1, t3, loud)).extracting(CoverageCell::activities, CoverageCell::keyMeasure)
			.containsExactly(1L, new BigDecimal("4"));
		assertThat(cell(q1, 0, web).activities()).isEqualTo(1);
		assertThat(cell(q1, 0, visual).empty()).isTrue();
		assertThat(q1.coverage().get(3).cells()).allMatch(CoverageCell::empty);
		assertThat(q1.trend()).extracting(t -> t.month() + "/" + t.channelId() + "=" + t.activities())
			.containsExactly(YearMonth.of(2024, 2) + "/" + loud + "=1", YearMonth.of(2024, 3) + "/" + web + "=1");
		assertThat(q1.units()).extracting(u -> u.unitName().substring(0, 14) + ":" + u.size() + ":" + u.activities()
				+ ":" + u.perUnit()).containsExactly("Đảng bộ xã Một:3:2:0.7", "Đảng bộ xã Hai:2:0:0.0",
						"Văn phòng huyệ:1:0:0.0");
		// every unit below the district owes four quarterly reports; nobody has reported, and 2024 is over. The heat
		// map has a row per unit directly below, counting its subtree's reports: commune one and its two cells,
		// commune two and its cell, the office alone (its own report)
		assertThat(q1.reporting()).extracting(r -> r.unitName().substring(0, 15) + ":" + r.cells().get(0).expected()
				+ ":" + r.cells().get(0).several()).containsExactly("Đảng bộ xã Hai :2:true", "Đảng bộ xã Một :3:true",
						"Văn phòng huyện:1:false");
		assertThat(q1.reporting()).allMatch(r -> r.cells().size() == 4 && r.cells().stream()
			.allMatch(c -> c.state() == ReportState.MISSING && c.submitted() == 0 && c.reportId() == null));
		assertThat(q1.completeness()).extracting(DashboardFigures.Rate::expected).containsExactly(6, 6, 6, 6);

		// the report register of the district lists its six reports one by one, or per unit below when asked
		var session = signIn("admin");
		String listed = mvc.perform(get("/reports").session(session).param("campaignId", String.valueOf(campaign))
			.param("period", "2024Q1").param("unitId", String.valueOf(g.districtId()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(listed).contains("id=\"owed\"", "id=\"view-below\"").doesNotContain("id=\"below\"");
		assertThat(listed.split("<tr data-unit=").length - 1).isEqualTo(6);
		String below = mvc.perform(get("/reports").session(session).param("campaignId", String.valueOf(campaign))
			.param("period", "2024Q1").param("unitId", String.valueOf(g.districtId())).param("view", "below"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(below).contains("id=\"below\"", "id=\"view-list\"").doesNotContain("id=\"owed\"");
		String x1Code = jdbc.sql("select code from org_unit where id = ?").param(x1).query(String.class).single();
		String x1Row = below.substring(below.indexOf("<tr data-unit=\"" + x1Code + "\""));
		x1Row = x1Row.substring(0, x1Row.indexOf("</tr>"));
		assertThat(x1Row).contains("unitId=" + x1).contains(">Đảng bộ xã Một")
			.containsPattern("<td class=\"number\">3</td>\\s*<td class=\"number\">0</td>");
		assertThat(q1.assignments().counts()).containsEntry(Assignment.Status.COMPLETED_LATE, 1L)
			.containsEntry(Assignment.Status.OVERDUE, 5L).containsEntry(Assignment.Status.IN_PROGRESS, 0L)
			.containsEntry(Assignment.Status.COMPLETED_ON_TIME, 0L);
		assertThat(q1.assignments().overdue()).hasSize(5);
		// the home page's card counts the same overdue assignments in the database
		assertThat(campaigns.overdue(g.admin(), campaign)).isEqualTo(5);
		assertThat(campaigns.overdue(scenario.rollup().admin(x1), campaign)).isEqualTo(2);
		List<CampaignDirectory.AssignmentView> list = dashboard.assignmentList(admin, campaign, g.districtId());
		assertThat(list).hasSize(6);
		assertThat(list.get(0).status()).isEqualTo(Assignment.Status.OVERDUE);
		assertThat(list.get(5).status()).isEqualTo(Assignment.Status.COMPLETED_LATE);
		// the export lists them while there are at most so many, else counts them per unit below
		assertThat(dashboard.assignmentSheet(admin, q1, 6).listed()).hasSize(6);
		Dashboard.AssignmentSheet perUnit = dashboard.assignmentSheet(admin, q1, 5);
		assertThat(perUnit.listed()).isNull();
		assertThat(perUnit.below()).extracting(u -> u.unitName().substring(0, 15) + ":" + u.own() + ":"
				+ u.counts().get(Assignment.Status.OVERDUE) + ":" + u.counts().get(Assignment.Status.COMPLETED_LATE))
			.containsExactly("Đảng bộ xã Hai :false:2:0", "Đảng bộ xã Một :false:2:1", "Văn phòng huyện:false:1:0");
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(
				workbook.write(q1, perUnit, java.util.Locale.forLanguageTag("vi"))))) {
			var sheet = book.getSheet("Nhiệm vụ theo đơn vị trực thuộc");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).startsWith("Đảng bộ xã Một");
			assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			int overdue = 1 + java.util.Arrays.asList(Assignment.Status.values()).indexOf(Assignment.Status.OVERDUE);
			assertThat(sheet.getRow(6).getCell(overdue).getNumericCellValue()).isEqualTo(5.0);
			assertThat(book.getSheet("Quá hạn lâu nhất (5 nhiệm vụ)").getLastRowNum()).isEqualTo(2 + 5);
		}

		DashboardFigures whole = dashboard.figures(admin, campaign, g.districtId(), null);
		assertThat(whole.period()).isNull();
		assertThat(whole.startsTo()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(cell(whole, 0, web).activities()).isEqualTo(2);
		assertThat(cell(whole, t1, web).keyMeasure()).isEqualTo(new BigDecimal("5"));
		DashboardFigures commune = dashboard.figures(admin, campaign, x1, null);
		assertThat(commune.units()).extracting(DashboardFigures.UnitActivity::activities).containsExactly(1L, 1L);
		assertThat(commune.assignments().counts().get(Assignment.Status.OVERDUE)).isEqualTo(2);
		assertThat(commune.path()).extracting(DashboardFigures.Crumb::id).endsWith(g.districtId(), x1);
		// a unit's own assignment comes first, apart from those of the units below it
		assertThat(dashboard.assignmentSheet(admin, commune, 1).below())
			.extracting(u -> u.unitId() == x1 ? "own:" + u.own() + ":" + u.counts().get(Assignment.Status.COMPLETED_LATE)
					: "cell:" + u.own() + ":" + u.counts().get(Assignment.Status.OVERDUE))
			.containsExactly("own:true:1", "cell:false:1", "cell:false:1");

		assertThatThrownBy(() -> dashboard.figures(admin, campaign, g.districtId(), "2025Q1"))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(404));
		// the crumbs run from the actor's scope down, never above it
		assertThat(dashboard.figures(scenario.rollup().admin(g.districtId()), campaign, x1, null).path())
			.extracting(DashboardFigures.Crumb::id).containsExactly(g.districtId(), x1);
		Actor commune1 = scenario.rollup().admin(x1);
		assertThatThrownBy(() -> dashboard.figures(commune1, campaign, g.districtId(), null))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(403));
	}

	@Test
	void equalsTheConsolidatedReportOfEveryPeriodThroughEditsDeletionsAMoveAndALateActivity() {
		DashboardScenario scenario = scenario();
		Ground g = scenario.ground();
		Actor admin = g.admin();
		long campaign = g.campaign().getId();
		Random random = new Random(20241231);
		List<Long> all = new ArrayList<>(g.units().values());
		List<Long> live = new ArrayList<>();
		for (int i = 0; i < 320; i++) {
			live.add(recording.record(admin, scenario.rollup().details(g, random, all)).getId());
		}
		for (int i = 0; i < 40; i++) {
			Activity a = activities.findById(live.get(random.nextInt(live.size()))).orElseThrow();
			recording.update(admin, a.getId(), a.getVersion(), scenario.rollup().details(g, random, all));
		}
		for (int i = 0; i < 25; i++) {
			Activity a = activities.findById(live.remove(random.nextInt(live.size()))).orElseThrow();
			recording.delete(admin, a.getId(), a.getVersion());
		}
		// the cell moves from one commune to the other: both communes' figures change, the district's do not
		long cell = g.units().get("X2a");
		administration.move(admin, cell, units.findById(cell).orElseThrow().getVersion(), g.units().get("X1"));

		// the activity lists count a subtree from the roll-ups: the same number as counting the rows, also after the
		// edits, deletions and the move; a date range is counted row by row
		long second = g.themeIds().get(1);
		long loud = g.channels().get(1).id();
		for (long top : List.of(g.districtId(), g.units().get("X1"), g.units().get("X2"), cell)) {
			assertThat(listed(admin, top, campaign, null, null, null)).as("unit " + top)
				.isEqualTo(counted(top, campaign, "true"));
			assertThat(listed(admin, top, null, second, null, null))
				.isEqualTo(counted(top, campaign, "exists (select 1 from activity_theme x where x.activity_id = a.id "
						+ "and x.theme_id = " + second + ")"));
			assertThat(listed(admin, top, campaign, null, loud, null))
				.isEqualTo(counted(top, campaign, "a.channel_id = " + loud));
			assertThat(listed(admin, top, campaign, null, null, LocalDate.of(2024, 7, 1)))
				.isEqualTo(counted(top, campaign, "a.ends_on >= date '2024-07-01'"));
		}
		// pages of a small subtree by date, merged unit by unit on PostgreSQL: the same rows as sorting the subtree
		for (ActivityFilter.Sort sort : List.of(ActivityFilter.Sort.NEWEST, ActivityFilter.Sort.OLDEST)) {
			for (int page : List.of(0, 1, 3)) {
				String order = sort == ActivityFilter.Sort.NEWEST ? "a.starts_on desc, a.id desc" : "a.starts_on, a.id";
				assertThat(queries.find(admin, new ActivityFilter(g.districtId(), campaign, null, null, null, null, null,
						false, sort, page, 25)).rows()).extracting(ActivityQueries.Row::id).as(sort + " page " + page)
					.isEqualTo(jdbc.sql("""
							select a.id from activity a join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = ?
							where a.deleted_at is null and a.campaign_id = ? order by %s limit 25 offset %d"""
						.formatted(order, page * 25)).params(g.districtId(), campaign).query(Long.class).list());
			}
		}

		for (String period : List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4")) {
			for (long unit : List.of(g.units().get("X1"), g.units().get("X2"), g.units().get("X3"),
					g.units().get("X1a"), g.units().get("X1b"), cell)) {
				Report report = desk.open(admin, campaign, unit, period, false);
				report = desk.submit(admin, report.getId(), report.getVersion(), null);
				desk.approve(admin, report.getId(), report.getVersion());
			}
		}
		for (String period : List.of("2024Q1", "2024Q2", "2024Q3", "2024Q4")) {
			for (long top : List.of(g.districtId(), g.units().get("X1"))) {
				Map<String, BigDecimal> shown = figures(dashboard.figures(admin, campaign, top, period));
				assertThat(shown).as(period).isNotEmpty();
				assertThat(shown).as(period + " of " + top).isEqualTo(consolidated(admin, campaign, top, period));
			}
			assertThat(dashboard.figures(admin, campaign, g.districtId(), period).reporting())
				.allMatch(r -> r.cells().stream().allMatch(c -> c.state() == ReportState.APPROVED));
		}

		// a late activity of the last days of the campaign: after the last cut-off, in the last quarter
		Map<String, BigDecimal> before = figures(dashboard.figures(admin, campaign, g.districtId(), "2024Q4"));
		long web = g.channels().get(0).id();
		long theme = g.themeIds().get(3);
		record(admin, g, "X1b", List.of(theme), web, LocalDate.of(2024, 12, 28), Map.of("news", "7"));
		Map<String, BigDecimal> after = figures(dashboard.figures(admin, campaign, g.districtId(), "2024Q4"));
		Map<String, BigDecimal> expected = new TreeMap<>(before);
		for (String key : List.of("A|0|" + web, "A|" + theme + "|" + web)) {
			expected.put(key, expected.getOrDefault(key, BigDecimal.ZERO).add(BigDecimal.ONE).stripTrailingZeros());
		}
		for (String key : List.of("M|0|" + web + "|news", "M|" + theme + "|" + web + "|news")) {
			expected.put(key, expected.getOrDefault(key, BigDecimal.ZERO).add(new BigDecimal("7")).stripTrailingZeros());
		}
		assertThat(after).isEqualTo(expected);
	}

	@Test
	void servesThePageTheWorkbookAndTheApi() throws Exception {
		DashboardScenario scenario = scenario();
		Ground g = scenario.ground();
		long campaign = g.campaign().getId();
		long web = g.channels().get(0).id();
		long t1 = g.themeIds().get(0);
		record(g.admin(), g, "X1a", List.of(t1), web, LocalDate.of(2024, 5, 2), Map.of("news", "6"));
		String token = token("admin");

		mvc.perform(get("/api/v1/campaigns/{id}/dashboard", campaign).param("unitId", String.valueOf(g.districtId()))
			.param("period", "2024Q2").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("2024Q2"))
			.andExpect(jsonPath("$.coverage[?(@.themeId == %d && @.channelId == %d)].activities".formatted(t1, web))
				.value(1))
			.andExpect(jsonPath("$.coverage[?(@.themeId == %d && @.channelId == %d)].keyAmount".formatted(t1, web))
				.value(6))
			.andExpect(jsonPath("$.coverage.length()").value(5 * 3))
			.andExpect(jsonPath("$.reporting.length()").value(3 * 4))
			.andExpect(jsonPath("$.reporting[0].expected").value(2))
			.andExpect(jsonPath("$.reporting[0].submitted").value(0))
			.andExpect(jsonPath("$.assignments.counts.OVERDUE").value(6))
			.andExpect(jsonPath("$.assignments.overdue.length()").value(6))
			.andExpect(jsonPath("$.trend[0].month").value("2024-05"))
			.andExpect(jsonPath("$.completeness[1].expected").value(6));
		mvc.perform(get("/api/v1/campaigns/{id}/dashboard", campaign).param("period", "2031Q1")
			.header("Authorization", token)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value("Kế hoạch không có kỳ báo cáo “2031Q1”."));
		mvc.perform(get("/api/v1/campaigns/{id}/dashboard", campaign).header("Authorization", token("ducxuan")))
			.andExpect(status().isForbidden());

		var session = signIn("admin");
		String page = mvc.perform(get("/campaigns/{id}/dashboard", campaign).param("unitId",
				String.valueOf(g.districtId())).param("period", "2024Q2").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Bảng điều hành", "Chưa nộp, quá hạn", "/webjars/echarts/5.3.1/dist/echarts.min.js",
				"/activities?unitId=%d&amp;campaignId=%d&amp;themeId=%d&amp;channelId=%d&amp;startsFrom=2024-03-15&amp;startsTo=2024-06-14"
					.formatted(g.districtId(), campaign, t1, web));
		// the row of all themes opens the channel's list without a theme; a cell shows its key measure; an empty one
		// says so
		String coverage = page.substring(page.indexOf("id=\"coverage\""), page.indexOf("id=\"reporting\""));
		assertThat(coverage).contains("<tr class=\"total\">", "<span>1</span><small> · 6</small>",
				"class=\"number zero empty-cell\"", "<span>Chưa có</span>",
				"/activities?unitId=%d&amp;campaignId=%d&amp;channelId=%d&amp;startsFrom=2024-03-15&amp;startsTo=2024-06-14"
					.formatted(g.districtId(), campaign, web));
		// the trend's month, channel, activities and key measure with its name
		assertThat(page.substring(page.indexOf("id=\"trend\""))).containsPattern("<td>05/2024</td>\\s*<td>"
				+ java.util.regex.Pattern.quote(g.channels().get(0).title())
				+ "</td>\\s*<td class=\"number\">1</td>\\s*<td class=\"number\"><span>6</span>\\s*<small>[^<]+</small>");
		// every coverage cell and heat map cell says what it is in words
		assertThat(page).contains("title=\"Xem các hoạt động của ô này\"");
		assertThat(page.substring(page.indexOf("id=\"reporting\""))).containsPattern("<td class=\"state-[A-Z_]+\">\\s*"
				+ "<a [^>]*>(Nộp đúng hạn|Nộp muộn|Chưa nộp, quá hạn|Bị trả lại|Đã duyệt|Chưa đến hạn|\\d+/\\d+ đã nộp)</a>");
		// a commune's cell counts its subtree's reports, in words, with the state as its title
		assertThat(page.substring(page.indexOf("id=\"reporting\""))).containsPattern(
				"title=\"(Nộp đúng hạn|Nộp muộn|Chưa nộp, quá hạn|Bị trả lại|Đã duyệt|Chưa đến hạn)\">\\d+/\\d+ đã nộp</a>");
		// each heat map cell opens the report, or the register of the unit's subtree for the period
		assertThat(page.substring(page.indexOf("id=\"reporting\""))).containsPattern("<a href=\"(/reports/\\d+|"
				+ "/reports\\?campaignId=%d&amp;period=2024Q[1-4]&amp;unitId=\\d+)\"".formatted(campaign));

		byte[] xlsx = mvc.perform(get("/campaigns/{id}/dashboard.xlsx", campaign).param("unitId",
				String.valueOf(g.districtId())).param("period", "2024Q2").session(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(6);
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Nghị quyết Đại hội");
			assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1.0);
			assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(6.0);
		}
	}

	/**
	 * The page's section is rendered once while its figures stand (another request takes the kept HTML), and anew
	 * at once after an activity, a renamed unit or in another language; it carries no CSRF token, the frame does.
	 */
	@Test
	void keepsThePageSectionWhileItsFiguresStand() throws Exception {
		Ground g = scenario().ground();
		long campaign = g.campaign().getId();
		long web = g.channels().get(0).id();
		long t1 = g.themeIds().get(0);
		record(g.admin(), g, "X1a", List.of(t1), web, LocalDate.of(2024, 5, 2), Map.of("news", "6"));
		var session = signIn("admin");
		long before = sections.rendered();
		String first = dashboardSection(campaign, g.districtId(), session, "vi");
		assertThat(first).contains("<span>1</span><small> · 6</small>", "Đảng bộ xã Một").doesNotContain("_csrf");
		assertThat(dashboardSection(campaign, g.districtId(), session, "vi")).isEqualTo(first);
		assertThat(sections.rendered()).isEqualTo(before + 1);

		record(g.admin(), g, "X1b", List.of(t1), web, LocalDate.of(2024, 5, 3), Map.of("news", "4"));
		assertThat(dashboardSection(campaign, g.districtId(), session, "vi"))
			.contains("<span>2</span><small> · 10</small>").doesNotContain("<span>1</span><small> · 6</small>");
		var x1 = administration.get(g.admin(), g.units().get("X1"));
		administration.describe(g.admin(), x1.getId(), x1.getVersion(), x1.getCode(), "Đảng bộ xã Mới", x1.getKind());
		assertThat(dashboardSection(campaign, g.districtId(), session, "vi")).contains("Đảng bộ xã Mới")
			.doesNotContain("Đảng bộ xã Một");
		assertThat(dashboardSection(campaign, g.districtId(), session, "en")).contains("Dashboard")
			.doesNotContain("Bảng điều hành");
		assertThat(sections.rendered()).isEqualTo(before + 4);
	}

	private String dashboardSection(long campaign, long unit, org.springframework.mock.web.MockHttpSession session,
			String language) throws Exception {
		String page = mvc.perform(get("/campaigns/{id}/dashboard", campaign).param("unitId", String.valueOf(unit))
			.param("period", "2024Q2").session(session).cookie(new jakarta.servlet.http.Cookie(vn.lantoa.shared.Locales.COOKIE, language)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("name=\"_csrf\"");
		return page.substring(page.indexOf("<section class=\"dashboard\">"), page.indexOf("</section>"));
	}

	@Test
	void homeShowsLeadersTheirCampaignsDashboardsAndReportersTheirUnitsDues() throws Exception {
		// a leader of a fresh district: its campaign is the only one of the subtree, whatever else the suite planned
		Ground g = scenario().ground();
		String username = Fixtures.unique("leader.").toLowerCase();
		accounts.openUnchecked(new AccountDetails(username, "Lãnh đạo huyện", null, vn.lantoa.shared.Role.LEADER,
				g.districtId(), g.districtId()), TestDatabases.DEMO_PASSWORD);
		String leader = mvc.perform(get("/").session(signIn(username))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(leader).contains("Bảng điều hành các kế hoạch",
				"href=\"/campaigns/" + g.campaign().getId() + "/dashboard\"", g.campaign().getTitle())
			.doesNotContain("Báo cáo đơn vị phải nộp");

		String reporter = mvc.perform(get("/").session(signIn("ducxuan"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(reporter).contains("Báo cáo đơn vị phải nộp", "id=\"dues\"", "Hạn nộp",
				"Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị – Quý IV/2025",
				"Nhiệm vụ của đơn vị").doesNotContain("Bảng điều hành các kế hoạch");
		Actor ducXuan = new Actor(0, "ducxuan", "ducxuan", vn.lantoa.shared.Role.REPORTER,
				jdbc.sql("select id from org_unit where code = 'DB-DUCXUAN'").query(Long.class).single(),
				jdbc.sql("select id from org_unit where code = 'DB-DUCXUAN'").query(Long.class).single(), true);
		List<CampaignOverview.Due> dues = overview.dues(ducXuan);
		assertThat(dues).isNotEmpty().hasSizeLessThanOrEqualTo(10);
		assertThat(dues).extracting(CampaignOverview.Due::deadline).isSorted();
		assertThat(dues).filteredOn(d -> !d.period().equals("2025Q4"))
			.allMatch(d -> !d.status().submitted() && d.state() == ReportState.MISSING);
	}

	/** Coverage as "A|theme|channel" → activities and "M|theme|channel|measure" → sum, zeros left out. */
	private static Map<String, BigDecimal> figures(DashboardFigures f) {
		Map<String, BigDecimal> figures = new TreeMap<>();
		f.coverage().forEach(row -> row.cells().forEach(c -> {
			if (c.activities() != 0) {
				figures.put("A|" + c.themeId() + "|" + c.channelId(), BigDecimal.valueOf(c.activities()).stripTrailingZeros());
			}
			c.measures().forEach((code, amount) -> {
				if (amount.signum() != 0) {
					figures.put("M|" + c.themeId() + "|" + c.channelId() + "|" + code, amount.stripTrailingZeros());
				}
			});
		}));
		return figures;
	}

	/** The same keys from the unit's consolidated report of the period (totals over channels left out). */
	private Map<String, BigDecimal> consolidated(Actor admin, long campaign, long unit, String period) {
		Report report = desk.open(admin, campaign, unit, period, true);
		Figures figures = desk.view(admin, report.getId()).figures();
		Map<String, BigDecimal> values = new TreeMap<>();
		figures.values().forEach((k, v) -> {
			if (k.channelId() == 0 || v.signum() == 0 || k.kind() == Figures.Kind.EVIDENCE) {
				return;
			}
			values.put(k.kind() == Figures.Kind.ACTIVITIES ? "A|" + k.themeId() + "|" + k.channelId()
					: "M|" + k.themeId() + "|" + k.channelId() + "|" + k.measureCode(),
					v.stripTrailingZeros());
		});
		return values;
	}

	private static CoverageCell cell(DashboardFigures f, long theme, long channel) {
		return f.coverage().stream().filter(r -> r.themeId() == theme).flatMap(r -> r.cells().stream())
			.filter(c -> c.channelId() == channel).findFirst().orElseThrow();
	}

	private void record(Actor admin, Ground g, String unit, List<Long> themes, long channel, LocalDate day,
			Map<String, String> measures) {
		Map<String, BigDecimal> amounts = new TreeMap<>();
		measures.forEach((k, v) -> amounts.put(k, new BigDecimal(v)));
		recording.record(admin, new ActivityDetails(g.campaign().getId(), g.units().get(unit), themes, channel, day,
				null, "Hoạt động " + unit, null, null, amounts, List.of()));
	}

	private long listed(Actor actor, long unit, Long campaign, Long theme, Long channel, LocalDate from) {
		ActivityQueries.Page page = queries.find(actor, new ActivityFilter(unit, campaign, theme, channel, from, null,
				null, false, ActivityFilter.Sort.NEWEST, 0, 25));
		assertThat(page.exact()).isTrue();
		return page.total();
	}

	private long counted(long unit, long campaign, String condition) {
		return jdbc.sql("""
				select count(*) from activity a join org_unit_tree t on t.unit_id = a.unit_id and t.ancestor_id = ?
				where a.deleted_at is null and a.campaign_id = ? and """ + " " + condition).params(unit, campaign)
			.query(Long.class).single();
	}

	private org.springframework.mock.web.MockHttpSession signIn(String username) throws Exception {
		return (org.springframework.mock.web.MockHttpSession) mvc.perform(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
					.user(username).password(TestDatabases.DEMO_PASSWORD))
			.andReturn().getRequest().getSession(false);
	}

	private String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + TestDatabases.DEMO_PASSWORD + "\"}"))
			.andReturn().getResponse().getContentAsString();
		return "Bearer " + JsonPath.read(body, "$.token");
	}
}
