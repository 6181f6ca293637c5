package vn.lantoa.notice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

@LanToaTest
class InformationIntegrationTests {

	@Autowired
	MockMvc mvc;

	MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestDatabases.DEMO_PASSWORD))
			.andReturn().getRequest().getSession();
	}

	String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + TestDatabases.DEMO_PASSWORD + "\"}"))
			.andReturn().getResponse().getContentAsString();
		return "Bearer " + JsonPath.read(body, "$.token");
	}

	long idOf(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void aUnitInformsTheBoardWhichAnswersOnceOrTurnsItIntoANotice() throws Exception {
		String subject = "Tình hình tuyên truyền " + Fixtures.unique("");
		MockHttpSession ducxuan = signIn("ducxuan");
		long id = idOf(mvc.perform(multipart("/information").file(new MockMultipartFile("file", "so-lieu.pdf",
				"application/pdf", NoticeIntegrationTests.PDF)).with(csrf()).session(ducxuan).param("subject", subject)
			.param("content", "Đã tổ chức 5 buổi sinh hoạt chuyên đề.").param("needsGuidance", "true"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());

		String board = token("tuyengiao");
		mvc.perform(get("/api/v1/information").header("Authorization", board))
			.andExpect(jsonPath("$[*].subject", hasItem(subject)));
		mvc.perform(get("/api/v1/information/" + id).header("Authorization", board)).andExpect(status().isOk())
			.andExpect(jsonPath("$.needsGuidance").value(true)).andExpect(jsonPath("$.status").value("NEW"))
			.andExpect(jsonPath("$.unitName").value("Đảng bộ phường Đức Xuân"))
			.andExpect(jsonPath("$.files[0].filename").value("so-lieu.pdf"));
		mvc.perform(get("/api/v1/information/" + id).header("Authorization", token("mttq")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/information/" + id + "/answer").header("Authorization", token("ducxuan"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"tự trả lời\"}"))
			.andExpect(status().isForbidden());

		mvc.perform(post("/api/v1/information/" + id + "/answer").header("Authorization", board)
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"Tiếp tục bám sát hướng dẫn 39-HD/BTGTU.\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/information/" + id).session(ducxuan)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Tiếp tục bám sát hướng dẫn 39-HD/BTGTU.")))
			.andExpect(content().string(containsString("Đã trả lời")));
		mvc.perform(post("/api/v1/information/" + id + "/answer").header("Authorization", board)
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"lần hai\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.status").value(409));

		// a second item becomes a notice to the unit and to every Fatherland Front of the scope
		long other = ((Number) JsonPath.read(mvc.perform(post("/api/v1/information").header("Authorization", token("ducxuan"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\":\"Đề nghị hướng dẫn " + subject + "\",\"content\":\"Xin ý kiến\",\"needsGuidance\":true}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
		long notice = idOf(mvc.perform(post("/information/" + other + "/notice").with(csrf()).session(signIn("tuyengiao"))
			.param("kind", "GUIDANCE").param("title", "Hướng dẫn " + subject).param("body", "Thực hiện như sau")
			.param("unitKind", "FATHERLAND_FRONT"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
		mvc.perform(get("/api/v1/notices").header("Authorization", token("ducxuan")))
			.andExpect(jsonPath("$.received[*].id", hasItem((int) notice)));
		mvc.perform(get("/api/v1/notices").header("Authorization", token("mttq")))
			.andExpect(jsonPath("$.received[*].title", hasItem("Hướng dẫn " + subject)));
		mvc.perform(get("/api/v1/information/" + other).header("Authorization", board))
			.andExpect(jsonPath("$.status").value("TURNED_INTO_NOTICE")).andExpect(jsonPath("$.noticeId").value(notice));
	}
}
