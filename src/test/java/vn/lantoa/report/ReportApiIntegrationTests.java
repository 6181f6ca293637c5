package vn.lantoa.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestClock;
import vn.lantoa.TestDatabases;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/** The report API through the real filter chain: the owed list, the steps, exports, completeness, bad input. */
@LanToaTest
class ReportApiIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	CampaignPlanning planning;
	@Autowired
	TestClock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	vn.lantoa.org.UnitAdministration units;
	@Autowired
	ReportDesk desk;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aReportThroughTheApiFromNotStartedToReturnedWithEveryRefusal() throws Exception {
		long ducXuan = fixtures.unit("DB-DUCXUAN");
		long campaign = campaign(ducXuan, fixtures.unit("DB-SONGCAU"));
		clock.set(LocalDateTime.of(2026, 4, 6, 9, 0));
		String reporter = token("ducxuan");
		String coordinator = token("tuyengiao");

		mvc.perform(get("/api/v1/reports").param("campaignId", id(campaign)).param("period", "2026Q1")
			.header("Authorization", coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].status").value("NOT_STARTED"))
			.andExpect(jsonPath("$.items[0].deadline").value("2026-04-10"))
			.andExpect(jsonPath("$.items[0].id").value(nullValue()));

		String opened = mvc.perform(json(post("/api/v1/reports"), reporter,
				"{\"campaignId\":%d,\"unitId\":%d,\"period\":\"2026Q1\"}".formatted(campaign, ducXuan)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.period").value("2026Q1"))
			.andExpect(jsonPath("$.sections", hasSize(5)))
			.andExpect(jsonPath("$.sections[2].title").value("III. Đánh giá chung"))
			.andReturn().getResponse().getContentAsString();
		long report = ((Number) JsonPath.read(opened, "$.id")).longValue();
		String path = "/api/v1/reports/" + report;

		mvc.perform(json(put(path), reporter, "{\"version\":0,\"leadership\":\"Đã quán triệt\",\"recipients\":"
				+ "[\"Ban Tuyên giáo Thành ủy;\",\"Lưu.\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].text").value("Đã quán triệt"))
			.andExpect(jsonPath("$.recipients", hasSize(2)))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(json(put(path), reporter, "{\"version\":0,\"leadership\":\"cũ\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409));
		mvc.perform(json(post(path + "/submit"), reporter, "{\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.onTime").value(true))
			.andExpect(jsonPath("$.submittedAt").value("2026-04-06T02:00:00Z"));
		mvc.perform(json(post(path + "/submit"), reporter, "{\"version\":2}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("Báo cáo đã gửi; chỉ sửa được khi bị trả lại."));
		mvc.perform(json(put(path), reporter, "{\"version\":2,\"leadership\":\"sửa sau khi gửi\"}"))
			.andExpect(status().isConflict());
		mvc.perform(json(post(path + "/approve"), token("songcau"), "{\"version\":2}"))
			.andExpect(status().isForbidden());
		mvc.perform(json(post(path + "/approve"), reporter, "{\"version\":2}"))
			.andExpect(status().isForbidden());
		mvc.perform(json(post(path + "/return"), coordinator, "{\"version\":2}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Hãy ghi lý do trả lại báo cáo."));
		mvc.perform(json(post(path + "/return"), coordinator, "{\"version\":2,\"comment\":\"Bổ sung số liệu\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.history[2].action").value("RETURN"))
			.andExpect(jsonPath("$.history[2].comment").value("Bổ sung số liệu"));

		mvc.perform(get("/api/v1/campaigns/{id}/completeness", campaign).param("period", "2026Q1")
			.header("Authorization", coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expected").value(2))
			.andExpect(jsonPath("$.submitted").value(0))
			.andExpect(jsonPath("$.returned").value(1))
			.andExpect(jsonPath("$.completeness").value(0.0))
			.andExpect(jsonPath("$.units", hasSize(2)));
		mvc.perform(get(path + "/export").param("format", "pdf").header("Authorization", coordinator))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get(path + "/export").param("format", "odt").header("Authorization", coordinator))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Định dạng “odt” không được hỗ trợ; chọn docx, pdf hoặc xlsx."));
		mvc.perform(get("/api/v1/reports").param("campaignId", id(campaign)).param("period", "2026Q9")
			.header("Authorization", coordinator))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value("Kế hoạch không có kỳ báo cáo “2026Q9”."));
		mvc.perform(json(post("/api/v1/reports/consolidate"), reporter,
				"{\"campaignId\":%d,\"unitId\":%d,\"period\":\"2026Q1\"}".formatted(campaign, ducXuan)))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/reports/consolidate"), coordinator,
				"{\"campaignId\":%d,\"unitId\":%d,\"period\":\"2026Q1\"}".formatted(campaign, fixtures.unit("THANHUY"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.consolidated").value(true))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(json(post("/api/v1/reports"), reporter, "{\"campaignId\":%d,\"period\":\"2026Q1\"}"
			.formatted(campaign)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Thiếu trường bắt buộc “unitId”."));
		assertAudited(report, 4);
	}

	/**
	 * Five wards over four quarters owe 20 reports, listed by period then name in Vietnamese order (An, Ân, Dân,
	 * Đông, Ưng), paged by the database with the total on every page; completeness counts one period.
	 */
	@Test
	void pagesTheReportsOwedInVietnameseOrderWithTheirTotal() throws Exception {
		long admin = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		long city = fixtures.unit("THANHUY");
		Actor administrator = new Actor(admin, "admin", "admin", Role.ADMIN, city, city, true);
		String suffix = Fixtures.unique(" ");
		long[] wards = java.util.stream.Stream.of("Ưng", "Đông", "Ân", "Dân", "An")
			.mapToLong(name -> units.create(administrator, city, Fixtures.unique("PG"), "Phường " + name + suffix,
					vn.lantoa.org.UnitKind.PARTY_COMMITTEE).getId())
			.toArray();
		long ung = wards[0];
		long dong = wards[1];
		long aCircumflex = wards[2];
		long dan = wards[3];
		long an = wards[4];
		long campaign = campaign(wards);
		clock.set(LocalDateTime.of(2026, 7, 3, 9, 0));
		String coordinator = token("tuyengiao");
		Actor reporter = new Actor(9, "rep", "Báo cáo viên", Role.REPORTER, dong, dong, true);
		Report q2 = desk.open(reporter, campaign, dong, "2026Q2", false);
		desk.submit(reporter, q2.getId(), q2.getVersion(), null);

		mvc.perform(get("/api/v1/reports").param("campaignId", id(campaign)).param("unitId", id(city))
			.param("page", "2").param("size", "3").header("Authorization", coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(20))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(3))
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.items[*].period").value(contains("2026Q2", "2026Q2", "2026Q2")))
			.andExpect(jsonPath("$.items[*].unitId").value(contains((int) aCircumflex, (int) dan, (int) dong)))
			.andExpect(jsonPath("$.items[2].status").value("SUBMITTED"))
			.andExpect(jsonPath("$.items[2].onTime").value(true))
			.andExpect(jsonPath("$.items[2].id").value((int) q2.getId().longValue()))
			.andExpect(jsonPath("$.items[2].deadline").value("2026-07-10"))
			.andExpect(jsonPath("$.items[0].status").value("NOT_STARTED"));
		mvc.perform(get("/api/v1/reports").param("campaignId", id(campaign)).param("unitId", id(city))
			.param("page", "-1").param("size", "0").header("Authorization", coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(20))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.items[*].unitId").value(contains((int) an)))
			.andExpect(jsonPath("$.items[0].unitName").value("Phường An" + suffix))
			.andExpect(jsonPath("$.items[0].period").value("2026Q1"));
		mvc.perform(get("/api/v1/reports").param("campaignId", id(campaign)).param("unitId", id(city))
			.param("page", "7").param("size", "3").header("Authorization", coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(20))
			.andExpect(jsonPath("$.items", hasSize(0)));
		mvc.perform(get("/api/v1/reports").param("campaignId", id(campaign)).param("unitId", id(city))
			.param("size", "5000").header("Authorization", coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(1000))
			.andExpect(jsonPath("$.items", hasSize(20)))
			.andExpect(jsonPath("$.items[19].unitId").value((int) ung))
			.andExpect(jsonPath("$.items[19].period").value("2026Q4"));
		mvc.perform(get("/api/v1/reports").param("campaignId", id(campaign)).param("unitId", id(dong))
			.param("period", "2026Q2").header("Authorization", coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].status").value("SUBMITTED"));
		mvc.perform(get("/api/v1/reports").param("campaignId", id(campaign)).param("page", "hai")
			.header("Authorization", coordinator))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Yêu cầu không hợp lệ."));

		mvc.perform(get("/api/v1/campaigns/{id}/completeness", campaign).param("period", "2026Q2")
			.param("unitId", id(city)).header("Authorization", coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("2026Q2"))
			.andExpect(jsonPath("$.deadline").value("2026-07-10"))
			.andExpect(jsonPath("$.expected").value(5))
			.andExpect(jsonPath("$.submitted").value(1))
			.andExpect(jsonPath("$.onTime").value(1))
			.andExpect(jsonPath("$.returned").value(0))
			.andExpect(jsonPath("$.completeness").value(20.0))
			.andExpect(jsonPath("$.timeliness").value(20.0))
			.andExpect(jsonPath("$.units[*].unitId")
				.value(contains((int) an, (int) aCircumflex, (int) dan, (int) dong, (int) ung)));
		mvc.perform(get("/api/v1/campaigns/{id}/completeness", campaign).param("period", "2026Q5")
			.header("Authorization", coordinator))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value("Kế hoạch không có kỳ báo cáo “2026Q5”."));
	}

	private void assertAudited(long report, int atLeast) {
		int events = jdbc.sql("select count(*) from audit_event where entity = 'report' and entity_id = ?")
			.param(String.valueOf(report)).query(Integer.class).single();
		org.assertj.core.api.Assertions.assertThat(events).isGreaterThanOrEqualTo(atLeast);
	}

	private long campaign(long... units) {
		long admin = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		long city = fixtures.unit("THANHUY");
		Campaign c = planning.create(new Actor(admin, "admin", "admin", Role.ADMIN, city, city, true),
				new CampaignPlan(null, "Kế hoạch API " + Fixtures.unique("K"), LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), List.of("Mục đích"), List.of(),
						new ReportSchedule(ReportSchedule.Frequency.QUARTERLY,
								ReportSchedule.DeadlineRule.DAYS_AFTER_END, 10),
						List.of(new CampaignPlan.ThemePlan("Nội dung", "")),
						List.of(new CampaignPlan.ChannelPlan("Trên mạng", "", List.of(), List.of("news"))),
						List.of(new CampaignPlan.AssignmentPlan("Các phường", java.util.Arrays.stream(units).boxed()
							.toList(), List.of("Báo cáo"), LocalDate.of(2026, 12, 31)))));
		return c.getId();
	}

	private String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + TestDatabases.DEMO_PASSWORD + "\"}"))
			.andReturn().getResponse().getContentAsString();
		return "Bearer " + JsonPath.read(body, "$.token");
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token,
			String body) {
		return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String id(long id) {
		return String.valueOf(id);
	}
}
