package vn.lantoa.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.lantoa.activity.EvidenceScenario.file;
import static vn.lantoa.activity.EvidenceScenario.pdf;
import static vn.lantoa.activity.EvidenceSniffingTests.png;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlanning;

/** Evidence files that are accepted: stored once, listed, downloaded safely, removed. */
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

	@Autowired
	ActivityQueries queries;

	@Value("${lantoa.data-dir}")
	String dataDir;

	EvidenceScenario evidence;
	long activity;

	@BeforeEach
	void recordAnActivityOfSongCau() {
		evidence = new EvidenceScenario(mvc, jdbc, fixtures, planning, campaigns, recording);
		activity = evidence.activity;
	}

	@Test
	void attachesAnImageWithAThumbnail() throws Exception {
		mvc.perform(multipart("/activities/{id}/evidence", activity).file(file("ảnh.png", png(640, 480)))
			.with(csrf()).session(evidence.signIn("songcau")))
			.andExpect(redirectedUrl("/activities/" + activity))
			.andExpect(flash().attribute("success", "evidence.added"));
		Map<String, Object> row = jdbc.sql("select * from evidence where activity_id = ?").param(activity).query()
			.singleRow();
		assertThat(row.get("content_type")).isEqualTo("image/png");
		assertThat(row.get("filename")).isEqualTo("ảnh.png");
		assertThat(row.get("uploaded_by")).isEqualTo("songcau");
		assertThat(row.get("thumbnail_sha256")).isNotNull();
		// the activity list counts the evidence of its page's rows
		long campaign = jdbc.sql("select campaign_id from activity where id = ?").param(activity).query(Long.class)
			.single();
		assertThat(queries.find(fixtures.actor("songcau"), new ActivityFilter(null, campaign, null, null, null, null,
				null, false, null, 0, 25)).rows()).extracting(ActivityQueries.Row::id, ActivityQueries.Row::evidenceCount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(activity, 1));
		byte[] thumbnail = mvc.perform(get("/activities/{id}/evidence/{e}/thumbnail", activity, row.get("id"))
			.session(evidence.signIn("thuongtruc")))
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
			.file(file("C:\\Tài liệu\\biên bản.jpg", pdf)).header("Authorization", evidence.bearer("songcau")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.filename").value("biên bản.jpg"))
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.sizeBytes").value(pdf.length))
			.andExpect(jsonPath("$.hasThumbnail").value(false))
			.andReturn();
		int id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		MvcResult download = mvc.perform(get("/activities/{id}/evidence/{e}", activity, id)
			.session(evidence.signIn("songcau")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "private"))
			.andReturn();
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''bi%C3%AAn%20b%E1%BA%A3n.jpg");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		mvc.perform(get("/activities/{id}/evidence/{e}/thumbnail", activity, id).session(evidence.signIn("songcau")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/activities/{id}/evidence", activity).header("Authorization", evidence.bearer("songcau")))
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
				.header("Authorization", evidence.bearer("songcau")))
				.andExpect(status().isCreated());
		}
		assertThat(storedFiles()).isEqualTo(before + 1);
		assertThat(evidence.evidenceCount()).isEqualTo(2);
	}

	@Test
	void removesAFileWithAnAuditRecord() throws Exception {
		long id = evidence.attach(pdf());
		mvc.perform(post("/activities/{id}/evidence/{e}/delete", activity, id).with(csrf())
			.session(evidence.signIn("songcau")))
			.andExpect(redirectedUrl("/activities/" + activity))
			.andExpect(flash().attribute("success", "evidence.removed"));
		assertThat(evidence.evidenceCount()).isZero();
		assertThat(jdbc.sql("select actor from audit_event where entity = 'Evidence' and entity_id = ? "
				+ "and action = 'DELETE'").param(String.valueOf(id)).query(String.class).single()).isEqualTo("songcau");
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
}
