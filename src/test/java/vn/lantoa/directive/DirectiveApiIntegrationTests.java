package vn.lantoa.directive;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/** POST /api/v1/directives/parse with the seed and with bad input, through the real filter chain. */
@LanToaTest
class DirectiveApiIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;

	static byte[] seed() throws IOException {
		try (InputStream in = DirectiveApiIntegrationTests.class
			.getResourceAsStream("/seed/huong-dan-tuyen-truyen-xay-dung-dang.txt")) {
			return in.readAllBytes();
		}
	}

	String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + TestDatabases.DEMO_PASSWORD + "\"}"))
			.andReturn().getResponse().getContentAsString();
		return "Bearer " + JsonPath.read(body, "$.token");
	}

	@Test
	void parsesTheSeedGuidance() throws Exception {
		mvc.perform(post("/api/v1/directives/parse").header("Authorization", token("tuyengiao"))
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).content(seed()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("HD"))
			.andExpect(jsonPath("$.issuer").value("Thành ủy Bắc Kạn"))
			.andExpect(jsonPath("$.date").value(nullValue()))
			.andExpect(jsonPath("$.purposes", hasSize(2)))
			.andExpect(jsonPath("$.requirements", hasSize(1)))
			.andExpect(jsonPath("$.contentThemes", hasSize(4)))
			.andExpect(jsonPath("$.channels", hasSize(4)))
			.andExpect(jsonPath("$.assignments", hasSize(5)))
			.andExpect(jsonPath("$.assignments[1].unitText").value("Ủy ban nhân dân thành phố"))
			.andExpect(jsonPath("$.assignments[1].unitId").value((int) fixtures.unit("UBND-TP")))
			.andExpect(jsonPath("$.assignments[3].unitId").value((int) fixtures.unit("BTC-TU")))
			.andExpect(jsonPath("$.assignments[4].unitId").value((int) fixtures.unit("BTG-TU")))
			.andExpect(jsonPath("$.assignments[0].unitId").value(nullValue()))
			.andExpect(jsonPath("$.citedDocuments", hasSize(17)))
			.andExpect(jsonPath("$.citedDocuments[0].number").value("39-HD/BTGTU"))
			.andExpect(jsonPath("$.citedDocuments[0].date").value("2023-06-26"))
			.andExpect(jsonPath("$.recipients", hasSize(5)))
			.andExpect(jsonPath("$.signature.onBehalf").value("T/M BAN THƯỜNG VỤ"))
			.andExpect(jsonPath("$.signature.title").value("BÍ THƯ"))
			.andExpect(jsonPath("$.signature.name").value("Cù Ngọc Cường"));
	}

	@Test
	void parsesAnUploadedFileLikeText() throws Exception {
		mvc.perform(multipart("/api/v1/directives/parse")
			.file(new MockMultipartFile("file", "huong-dan.txt", "text/plain", seed()))
			.header("Authorization", token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.channels[*].title", hasSize(4)))
			.andExpect(jsonPath("$.signature.name").value("Cù Ngọc Cường"));
	}

	@Test
	void refusesUnreadableDocumentsWithAClearMessage() throws Exception {
		String token = token("tuyengiao");
		mvc.perform(post("/api/v1/directives/parse").header("Authorization", token).contentType(MediaType.TEXT_PLAIN)
			.content(new byte[0]))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Văn bản trống: hãy chọn tệp hoặc dán nội dung."));
		mvc.perform(post("/api/v1/directives/parse").header("Authorization", token).contentType(MediaType.TEXT_PLAIN)
			.content(new byte[] { 0, 1, 2, 3, (byte) 0xff, 0, 0, 7 }))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Tệp không phải là văn bản đọc được (.txt hoặc .docx)."));
		mvc.perform(multipart("/api/v1/directives/parse").file(new MockMultipartFile("file", "ke-hoach.docx",
				"application/octet-stream", "không phải zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.header("Authorization", token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Tệp .docx bị hỏng hoặc không phải tệp Word."));
		mvc.perform(post("/api/v1/directives/parse").header("Authorization", token).contentType(MediaType.TEXT_PLAIN)
			.content(new byte[6 * 1024 * 1024]))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.message").value("Tệp quá lớn (tối đa 5 MB)."));
	}

	@Test
	void reportersCannotParse() throws Exception {
		mvc.perform(post("/api/v1/directives/parse").header("Authorization", token("ducxuan"))
			.contentType(MediaType.TEXT_PLAIN).content(seed()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDemoCampaignIsTheSeedPlannedQuarterly() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/campaigns")
			.header("Authorization", token("ducxuan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.title == 'Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị')].startsOn")
				.value(contains("2023-07-01")))
			.andExpect(jsonPath("$[?(@.title == 'Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị')].cutoffDay")
				.value(contains(14)))
			.andExpect(jsonPath("$[?(@.title == 'Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị')].periods[0].key")
				.value(contains("2023Q3")))
			.andExpect(jsonPath("$[?(@.title == 'Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị')].periods[0].windowStart")
				.value(contains("2023-07-01")))
			.andExpect(jsonPath("$[?(@.title == 'Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị')].periods[0].windowEnd")
				.value(contains("2023-09-14")))
			.andExpect(jsonPath("$[?(@.title == 'Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị')].periods[0].deadline")
				.value(contains("2023-09-15")))
			// 15/06/2024 was a Saturday
			.andExpect(jsonPath("$[?(@.title == 'Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị')].periods[3].deadline")
				.value(contains("2024-06-17")));
	}

	@Test
	void listsTheSubtreesDirectivesAndShowsOneWithItsCitationsAndCampaign() throws Exception {
		String board = token("tuyengiao");
		String list = mvc.perform(get("/api/v1/directives").header("Authorization", board)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		// the demo's seed guidance was the first imported
		Number seed = JsonPath.<java.util.List<Number>>read(list, "$[*].id").stream()
			.min(java.util.Comparator.comparingLong(Number::longValue)).orElseThrow();
		mvc.perform(get("/api/v1/directives/{id}", seed.longValue()).header("Authorization", board))
			.andExpect(status().isOk()).andExpect(jsonPath("$.issuer").value("Thành ủy Bắc Kạn"))
			.andExpect(jsonPath("$.citations", hasSize(17))).andExpect(jsonPath("$.campaignIds", hasSize(1)))
			.andExpect(jsonPath("$.originalText").isString());
		// a ward sees no directive of the city's board
		mvc.perform(get("/api/v1/directives/{id}", seed.longValue()).header("Authorization", token("ducxuan")))
			.andExpect(status().isForbidden());
	}
}
