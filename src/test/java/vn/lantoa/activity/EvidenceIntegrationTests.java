package vn.lantoa.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.shared.Actor;

@LanToaTest
class EvidenceIntegrationTests {

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

	@Value("${lantoa.data-dir}")
	String dataDir;

	long activity;

	@BeforeEach
	void recordAnActivityOfSongCau() {
		activity = activity("DB-SONGCAU");
	}

	@Test
	void attachesAnImageWithAThumbnail() throws Exception {
		mvc.perform(multipart("/activities/{id}/evidence", activity).file(file("ảnh.png", png(640, 480)))
			.with(csrf()).session(signIn("songcau")))
			.andExpect(redirectedUrl("/activities/" + activity))
			.andExpect(flash().attribute("success", "evidence.added"));
		Map<String, Object> row = jdbc.sql("select * from evidence where activity_id = ?").param(activity).query()
			.singleRow();
		assertThat(row.get("content_type")).isEqualTo("image/png");
		assertThat(row.get("filename")).isEqualTo("ảnh.png");
		assertThat(row.get("uploaded_by")).isEqualTo("songcau");
		assertThat(row.get("thumbnail_sha256")).isNotNull();
		byte[] thumbnail = mvc.perform(get("/activities/{id}/evidence/{e}/thumbnail", activity, row.get("id"))
			.session(signIn("thuongtruc")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andReturn().getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail));
		assertThat(image.getWidth()).isEqualTo(320);
		assertThat(image.getHeight()).isEqualTo(240);
		assertThat(jdbc.sql("select count(*) from audit_event where entity = 'Evidence' and entity_id = ? "
				+ "and action = 'CREATE'").param(String.valueOf(row.get("id"))).query(Long.class).single()).isOne();
	}

	@Test
	void downloadsTheExactBytesAsAnAttachmentOfTheSniffedType() throws Exception {
		byte[] pdf = pdf();
		MvcResult created = mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity)
			.file(file("C:\\Tài liệu\\biên bản.jpg", pdf)).header("Authorization", bearer("songcau")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.filename").value("biên bản.jpg"))
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.sizeBytes").value(pdf.length))
			.andExpect(jsonPath("$.hasThumbnail").value(false))
			.andReturn();
		int id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		MvcResult download = mvc.perform(get("/activities/{id}/evidence/{e}", activity, id)
			.session(signIn("songcau")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "private"))
			.andReturn();
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''bi%C3%AAn%20b%E1%BA%A3n.jpg");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		mvc.perform(get("/activities/{id}/evidence/{e}/thumbnail", activity, id).session(signIn("songcau")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/activities/{id}/evidence", activity).header("Authorization", bearer("songcau")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void keepsTheSameFileOnceOnDisk() throws Exception {
		byte[] pdf = pdf();
		long before = storedFiles();
		for (int i = 0; i < 2; i++) {
			mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity).file(file("a" + i + ".pdf", pdf))
				.header("Authorization", bearer("songcau")))
				.andExpect(status().isCreated());
		}
		assertThat(storedFiles()).isEqualTo(before + 1);
		assertThat(evidenceCount()).isEqualTo(2);
	}

	@Test
	void refusesAnotherUnitsReporter() throws Exception {
		long id = attach(pdf());
		MockHttpSession other = signIn("ducxuan");
		mvc.perform(get("/activities/{id}/evidence/{e}", activity, id).session(other)).andExpect(status().isForbidden());
		mvc.perform(post("/activities/{id}/evidence/{e}/delete", activity, id).with(csrf()).session(other))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/activities/{id}/evidence", activity).header("Authorization", bearer("ducxuan")))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity).file(file("x.pdf", pdf()))
			.header("Authorization", bearer("ducxuan")))
			.andExpect(status().isForbidden());
		assertThat(evidenceCount()).isOne();
	}

	@Test
	void refusesATooLargeFileAndKeepsNoRecord() throws Exception {
		byte[] big = Arrays.copyOf(pdf(), (int) EvidenceStore.DEFAULT_MAX_BYTES + 1);
		mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity).file(file("big.pdf", big))
			.header("Authorization", bearer("songcau")))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.status").value(413));
		mvc.perform(multipart("/activities/{id}/evidence", activity).file(file("big.pdf", big)).with(csrf())
			.session(signIn("songcau")))
			.andExpect(redirectedUrl("/activities/" + activity))
			.andExpect(flash().attribute("failure", "evidence.error.tooLarge"));
		assertThat(evidenceCount()).isZero();
	}

	@Test
	void refusesHtmlDisguisedAsAnImage() throws Exception {
		byte[] html = "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
			.getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity).file(file("ảnh.png", html))
			.header("Authorization", bearer("songcau")))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.message").value(
					"Chỉ nhận ảnh (JPEG, PNG, GIF, WEBP), PDF, DOCX, XLSX hoặc âm thanh (MP3, M4A, WAV, OGG)."));
		mvc.perform(multipart("/activities/{id}/evidence", activity).file(file("ảnh.png", html)).with(csrf())
			.session(signIn("songcau")))
			.andExpect(redirectedUrl("/activities/" + activity))
			.andExpect(flash().attribute("failure", "evidence.error.type"));
		assertThat(evidenceCount()).isZero();
	}

	@Test
	void leaderReadsButCannotUploadOrRemove() throws Exception {
		long id = attach(pdf());
		MockHttpSession leader = signIn("thuongtruc");
		mvc.perform(multipart("/activities/{id}/evidence", activity).file(file("x.pdf", pdf())).with(csrf())
			.session(leader))
			.andExpect(status().isForbidden());
		mvc.perform(post("/activities/{id}/evidence/{e}/delete", activity, id).with(csrf()).session(leader))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity).file(file("x.pdf", pdf()))
			.header("Authorization", bearer("thuongtruc")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/activities/{id}/evidence/{e}", activity, id).session(leader)).andExpect(status().isOk());
		assertThat(evidenceCount()).isOne();
	}

	@Test
	void removesAFileWithAnAuditRecord() throws Exception {
		long id = attach(pdf());
		mvc.perform(post("/activities/{id}/evidence/{e}/delete", activity, id).with(csrf()).session(signIn("songcau")))
			.andExpect(redirectedUrl("/activities/" + activity))
			.andExpect(flash().attribute("success", "evidence.removed"));
		assertThat(evidenceCount()).isZero();
		assertThat(jdbc.sql("select actor from audit_event where entity = 'Evidence' and entity_id = ? "
				+ "and action = 'DELETE'").param(String.valueOf(id)).query(String.class).single()).isEqualTo("songcau");
	}

	private long activity(String unitCode) {
		long unit = fixtures.unit(unitCode);
		Actor admin = fixtures.actor("admin");
		var campaign = planning.create(admin, new CampaignPlan(null, "Kế hoạch minh chứng " + Fixtures.unique(""),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of("Mục đích"), List.of(),
				new ReportSchedule(ReportSchedule.Frequency.QUARTERLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 5),
				List.of(new CampaignPlan.ThemePlan("Nội dung", "")),
				List.of(new CampaignPlan.ChannelPlan("Hình thức", "", List.of(), List.of("news"))),
				List.of(new CampaignPlan.AssignmentPlan("Nhóm", List.of(unit), List.of("Nhiệm vụ"),
						LocalDate.of(2026, 12, 31)))));
		return recording.record(admin, new ActivityDetails(campaign.getId(), unit,
				List.of(campaigns.themes(campaign.getId()).get(0).id()), campaigns.channels(campaign.getId()).get(0).id(),
				LocalDate.of(2026, 3, 2), null, "Tuyên truyền thử", null, null, Map.of(), List.of())).getId();
	}

	private long attach(byte[] content) throws Exception {
		MvcResult created = mvc.perform(multipart("/api/v1/activities/{id}/evidence", activity)
			.file(file("tep.pdf", content)).header("Authorization", bearer("songcau")))
			.andExpect(status().isCreated()).andReturn();
		return ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long evidenceCount() {
		return jdbc.sql("select count(*) from evidence where activity_id = ?").param(activity).query(Long.class)
			.single();
	}

	private long storedFiles() throws IOException {
		Path root = Path.of(dataDir, "files");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestDatabases.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
	}

	private String bearer(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, TestDatabases.DEMO_PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return "Bearer " + JsonPath.read(body, "$.token");
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	/** A PDF no other test has uploaded, so that it is new to the file store. */
	private static byte[] pdf() {
		return ("%PDF-1.4\n% " + Fixtures.unique("minh-chung") + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] png(int width, int height) throws IOException {
		return EvidenceSniffingTests.png(width, height);
	}
}
