package vn.lantoa.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.files.FileStore;

/**
 * The disk of the file store fills up during an evidence upload: the answer is 507 with a clear message, no evidence
 * row is recorded and no half-written file stays behind. The full disk is a {@link FileStore} whose write to disk
 * fails with the operating system's own words ("No space left on device", what {@code Files.write} throws on
 * ENOSPC) after a set number of writes: a real full tmpfs needs a mount (root and a privileged container), and a
 * read-only folder does not stop root, whom the tests run as; the rest of the store (temporary file, clean-up,
 * failure mapping) is the real code.
 */
@LanToaTest
@Import(DiskFullIntegrationTests.FullDiskConfig.class)
class DiskFullIntegrationTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class FullDiskConfig {

		@Bean
		@Primary
		FullDisk fullDisk(@Value("${lantoa.data-dir}") String dataDir) {
			return new FullDisk(dataDir);
		}
	}

	/** Writes {@link #room} more files, then finds the disk full. */
	static class FullDisk extends FileStore {

		final AtomicInteger room = new AtomicInteger(Integer.MAX_VALUE);

		FullDisk(String dataDir) {
			super(dataDir);
		}

		@Override
		protected void write(Path temp, byte[] content) throws IOException {
			if (room.getAndDecrement() <= 0) {
				Files.write(temp, new byte[] { 1, 2, 3 });
				throw new IOException("No space left on device");
			}
			super.write(temp, content);
		}
	}

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
	FullDisk disk;
	@Value("${lantoa.data-dir}")
	String dataDir;

	EvidenceScenario evidence;

	@BeforeEach
	void recordAnActivity() {
		evidence = new EvidenceScenario(mvc, jdbc, fixtures, planning, campaigns, recording);
	}

	@AfterEach
	void freeTheDisk() {
		disk.room.set(Integer.MAX_VALUE);
	}

	@Test
	void apiUploadOnAFullDiskAnswers507AndSavesNothing() throws Exception {
		List<String> before = storedFiles();
		disk.room.set(0);
		mvc.perform(multipart("/api/v1/activities/{id}/evidence", evidence.activity)
			.file(EvidenceScenario.file("bien-ban.pdf", EvidenceScenario.pdf()))
			.header("Authorization", evidence.bearer("songcau")).header("Accept-Language", "vi"))
			.andExpect(status().is(507))
			.andExpect(jsonPath("$.status").value(507))
			.andExpect(jsonPath("$.message").value("Ổ đĩa lưu tệp đã đầy nên tệp chưa được lưu và không có gì thay "
					+ "đổi. Vui lòng báo quản trị hệ thống giải phóng dung lượng rồi thử lại."))
			.andExpect(jsonPath("$.fieldErrors").isEmpty());
		assertThat(evidence.evidenceCount()).isZero();
		assertThat(storedFiles()).isEqualTo(before);

		disk.room.set(Integer.MAX_VALUE);
		evidence.attach(EvidenceScenario.pdf());
		assertThat(evidence.evidenceCount()).isOne();
	}

	@Test
	void photoWhoseThumbnailMeetsTheFullDiskIsNotRecordedEither() throws Exception {
		List<String> before = storedFiles();
		// the photo itself is written, its thumbnail is not: the upload as a whole is refused (a size of its own
		// makes both new to the store, which keeps files between runs)
		disk.room.set(1);
		mvc.perform(multipart("/activities/{id}/evidence", evidence.activity)
			.file(EvidenceScenario.file("ảnh.png", EvidenceSniffingTests.png(400 + (int) (System.nanoTime() % 2000), 300)))
			.with(csrf())
			.session(evidence.signIn("songcau")).header("Accept-Language", "vi"))
			.andExpect(status().is(507))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ổ đĩa lưu tệp đã đầy")));
		assertThat(evidence.evidenceCount()).isZero();
		assertThat(storedFiles().stream().filter(f -> f.endsWith(".part")).toList()).isEmpty();
		assertThat(storedFiles().size()).isLessThanOrEqualTo(before.size() + 1);
	}

	/** Every file under the store, temporary ones included. */
	private List<String> storedFiles() throws IOException {
		Path root = Path.of(dataDir, "files");
		if (!Files.exists(root)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
		}
	}
}
