package vn.lantoa.activity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.Fixtures;
import vn.lantoa.TestDatabases;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.shared.Actor;

/**
 * A fresh activity of Đồng Bằng Sông Cầu's commune (demo reporter "songcau") in a fresh campaign of the province,
 * and the requests the evidence tests make about it, as the demo accounts.
 */
final class EvidenceScenario {

	final long activity;

	private final MockMvc mvc;
	private final JdbcClient jdbc;

	EvidenceScenario(MockMvc mvc, JdbcClient jdbc, Fixtures fixtures, CampaignPlanning planning,
			CampaignDirectory campaigns, ActivityRecording recording) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		long unit = fixtures.unit("DB-SONGCAU");
		Actor admin = fixtures.actor("admin");
		var campaign = planning.create(admin, new CampaignPlan(null, "Kế hoạch minh chứng " + Fixtures.unique(""),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of("Mục đích"), List.of(),
				new ReportSchedule(ReportSchedule.Frequency.QUARTERLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 5),
				List.of(new CampaignPlan.ThemePlan("Nội dung", "")),
				List.of(new CampaignPlan.ChannelPlan("Hình thức", "", List.of(), List.of("news"))),
				List.of(new CampaignPlan.AssignmentPlan("Nhóm", List.of(unit), List.of("Nhiệm vụ"),
						LocalDate.of(2026, 12, 31)))));
		this.activity = recording.record(admin, new ActivityDetails(campaign.getId(), unit,
				List.of(campaigns.themes(campaign.getId()).get(0).id()), campaigns.channels(campaign.getId()).get(0).id(),
				LocalDate.of(2026, 3, 2), null, "Tuyên truyền thử", null, null, Map.of(), List.of())).getId();
	}

	/** Attaches the content through the API as the commune's reporter; the new evidence's id. */
	long attach(byte[] content) throws Exception {
		MvcResult created = mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity)
			.file(file("tep.pdf", content)).header("Authorization", bearer("songcau")))
			.andExpect(status().isCreated()).andReturn();
		return ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
	}

	long evidenceCount() {
		return jdbc.sql("select count(*) from evidence where activity_id = ?").param(activity).query(Long.class)
			.single();
	}

	MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestDatabases.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
	}

	String bearer(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, TestDatabases.DEMO_PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return "Bearer " + JsonPath.read(body, "$.token");
	}

	/** The multipart field, with a browser's claim that the type plays no part in. */
	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	/** A PDF no other test has uploaded, so that it is new to the file store. */
	static byte[] pdf() {
		return ("%PDF-1.4\n% " + Fixtures.unique("minh-chung") + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}
}
