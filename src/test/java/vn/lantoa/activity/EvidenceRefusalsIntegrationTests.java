package vn.lantoa.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.lantoa.activity.EvidenceScenario.file;
import static vn.lantoa.activity.EvidenceScenario.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlanning;

/** Evidence files that are refused, and callers who are: nothing refused leaves a record. */
@LanToaTest
class EvidenceRefusalsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CampaignPlanning planning;

	@Autowired
	CampaignDirectory campaigns;

	@Autowired
	ActivityRecording recording;

	EvidenceScenario evidence;
	long activity;

	@BeforeEach
	void recordAnActivityOfSongCau() {
		evidence = new EvidenceScenario(mvc, jdbc, fixtures, planning, campaigns, recording);
		activity = evidence.activity;
	}

	@Test
	void refusesAnotherUnitsReporter() throws Exception {
		long id = evidence.attach(pdf());
		MockHttpSession other = evidence.signIn("ducxuan");
		mvc.perform(get("/activities/{id}/evidence/{e}", activity, id).session(other)).andExpect(status().isForbidden());
		mvc.perform(post("/activities/{id}/evidence/{e}/delete", activity, id).with(csrf()).session(other))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/activities/{id}/evidence", activity).header("Authorization", evidence.bearer("ducxuan")))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity).file(file("x.pdf", pdf()))
			.header("Authorization", evidence.bearer("ducxuan")))
			.andExpect(status().isForbidden());
		assertThat(evidence.evidenceCount()).isOne();
	}

	@Test
	void refusesATooLargeFileAndKeepsNoRecord() throws Exception {
		byte[] big = Arrays.copyOf(pdf(), (int) EvidenceStore.DEFAULT_MAX_BYTES + 1);
		mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity).file(file("big.pdf", big))
			.header("Authorization", evidence.bearer("songcau")))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.status").value(413));
		mvc.perform(multipart("/activities/{id}/evidence", activity).file(file("big.pdf", big)).with(csrf())
			.session(evidence.signIn("songcau")))
			.andExpect(redirectedUrl("/activities/" + activity))
			.andExpect(flash().attribute("failure", "evidence.error.tooLarge"));
		assertThat(evidence.evidenceCount()).isZero();
	}

	@Test
	void refusesAMissingOrEmptyFile() throws Exception {
		mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity).header("Authorization",
				evidence.bearer("songcau")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Hãy chọn một tệp để đính kèm."));
		mvc.perform(multipart("/activities/{id}/evidence", activity).file(file("", new byte[0])).with(csrf())
			.session(evidence.signIn("songcau")))
			.andExpect(redirectedUrl("/activities/" + activity))
			.andExpect(flash().attribute("failure", "evidence.error.empty"));
		assertThat(evidence.evidenceCount()).isZero();
	}

	@Test
	void leavesTheFilesOfADeletedActivityAsTheyWere() throws Exception {
		long id = evidence.attach(pdf());
		var admin = fixtures.actor("admin");
		recording.delete(admin, activity, recording.get(admin, activity).getVersion());
		mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity).file(file("x.pdf", pdf()))
			.header("Authorization", evidence.bearer("admin")))
			.andExpect(status().isConflict());
		mvc.perform(post("/activities/{id}/evidence/{e}/delete", activity, id).with(csrf())
			.session(evidence.signIn("admin")))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/activities/{id}/evidence", activity).header("Authorization",
				evidence.bearer("songcau")))
			.andExpect(status().isNotFound());
		assertThat(evidence.evidenceCount()).isOne();
	}

	@Test
	void refusesHtmlDisguisedAsAnImage() throws Exception {
		byte[] html = "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
			.getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity).file(file("ảnh.png", html))
			.header("Authorization", evidence.bearer("songcau")))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.message").value(
					"Chỉ nhận ảnh (JPEG, PNG, GIF, WEBP), PDF, DOCX, XLSX hoặc âm thanh (MP3, M4A, WAV, OGG)."));
		mvc.perform(multipart("/activities/{id}/evidence", activity).file(file("ảnh.png", html)).with(csrf())
			.session(evidence.signIn("songcau")))
			.andExpect(redirectedUrl("/activities/" + activity))
			.andExpect(flash().attribute("failure", "evidence.error.type"));
		assertThat(evidence.evidenceCount()).isZero();
	}

	@Test
	void leaderReadsButCannotUploadOrRemove() throws Exception {
		long id = evidence.attach(pdf());
		MockHttpSession leader = evidence.signIn("thuongtruc");
		mvc.perform(multipart("/activities/{id}/evidence", activity).file(file("x.pdf", pdf())).with(csrf())
			.session(leader))
			.andExpect(status().isForbidden());
		mvc.perform(post("/activities/{id}/evidence/{e}/delete", activity, id).with(csrf()).session(leader))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity).file(file("x.pdf", pdf()))
			.header("Authorization", evidence.bearer("thuongtruc")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/activities/{id}/evidence/{e}", activity, id).session(leader)).andExpect(status().isOk());
		assertThat(evidence.evidenceCount()).isOne();
	}
}
