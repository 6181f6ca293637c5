package vn.lantoa.notice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

@LanToaTest
class NoticeIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n%huong dan\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Fixtures fixtures;

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

	@Test
	void aNoticeReachesItsUnitsWhoReadAndReplyWhileTheSenderSeesWhoHasNot() throws Exception {
		String title = "Định hướng tuyên truyền " + Fixtures.unique("");
		MockHttpSession coordinator = signIn("tuyengiao");
		String location = mvc.perform(multipart("/notices").file(new MockMultipartFile("file", "huong-dan.pdf",
				"application/pdf", PDF)).with(csrf()).session(coordinator).param("kind", "GUIDANCE")
			.param("title", title).param("body", "Tuyên truyền kỷ niệm ngày thành lập Đảng.")
			.param("replyBy", "2099-12-31").param("unitId", String.valueOf(fixtures.unit("DB-DUCXUAN")))
			.param("unitId", String.valueOf(fixtures.unit("DB-SONGCAU"))))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		// every active user of the two units is notified once, in the app
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select account_id || ' ' || title || ' ' || link from notification
				where kind = 'NOTICE' and subject_id = ? and stage = 'SENT' order by account_id""").param(id)
			.query(String.class).list()).isNotEmpty().isEqualTo(jdbc.sql(
					"select id from account where unit_id in (?, ?) and active = true order by id")
				.params(fixtures.unit("DB-DUCXUAN"), fixtures.unit("DB-SONGCAU")).query(Long.class).list().stream()
				.map(account -> account + " " + title + " /notices/" + id).toList());

		MockHttpSession ducxuan = signIn("ducxuan");
		mvc.perform(get("/").session(ducxuan)).andExpect(content().string(containsString(title)));
		mvc.perform(get("/notices").session(ducxuan)).andExpect(content().string(containsString(title)));
		mvc.perform(get("/notices/" + id).session(ducxuan)).andExpect(status().isOk())
			.andExpect(content().string(containsString("huong-dan.pdf")));
		long file = jdbc.sql("select id from notice_file where notice_id = ?").param(id).query(Long.class).single();
		mvc.perform(get("/notices/" + id + "/files/" + file).session(ducxuan)).andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		mvc.perform(multipart("/notices/" + id + "/replies").file(new MockMultipartFile("file", "ket-qua.pdf",
				"application/pdf", PDF)).with(csrf()).session(ducxuan).param("body", "Đã triển khai tới các chi bộ."))
			.andExpect(status().is3xxRedirection());

		// the sender's side, through the API: Đức Xuân read and replied, Sông Cầu has done neither
		mvc.perform(get("/api/v1/notices/" + id).header("Authorization", token("tuyengiao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notice.title").value(title))
			.andExpect(jsonPath("$.notice.replyBy").value("2099-12-31"))
			.andExpect(jsonPath("$.receipts[?(@.unitName == 'Đảng bộ phường Đức Xuân')].readBy", hasItem("ducxuan")))
			.andExpect(jsonPath("$.receipts[?(@.unitName == 'Đảng bộ phường Đức Xuân')].replies", hasItem(1)))
			.andExpect(jsonPath("$.receipts[?(@.unitName == 'Đảng bộ phường Sông Cầu')].replies", hasItem(0)))
			.andExpect(jsonPath("$.receipts[?(@.unitName == 'Đảng bộ phường Sông Cầu')].readAt", hasItem((Object) null)))
			.andExpect(jsonPath("$.replies[0].body").value("Đã triển khai tới các chi bộ."))
			.andExpect(jsonPath("$.replies[0].files[0].filename").value("ket-qua.pdf"));
		mvc.perform(get("/notices/" + id).session(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa trả lời")));

		// another unit neither sees it nor replies to it
		mvc.perform(get("/api/v1/notices/" + id).header("Authorization", token("mttq"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/notices/" + id + "/replies").header("Authorization", token("mttq"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/notices").header("Authorization", token("songcau"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.received[*].title", hasItem(title)));
		mvc.perform(get("/api/v1/notices").header("Authorization", token("mttq")))
			.andExpect(jsonPath("$.received[*].title", not(hasItem(title))));
	}

	@Test
	void aNoticeToUnitKindsReachesEveryUnitOfThatKindInScopeAndANoticeToNobodyIsRefused() throws Exception {
		String body = mvc.perform(post("/api/v1/notices").header("Authorization", token("tuyengiao"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"URGING\",\"title\":\"Đôn đốc nộp báo cáo\",\"body\":\"Nộp đúng hạn\",\"unitKinds\":[\"FATHERLAND_FRONT\"]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		org.assertj.core.api.Assertions.assertThat(jdbc.sql(
				"select count(*) from notice_recipient where notice_id = ? and unit_id = ?")
			.params(id, fixtures.unit("MTTQ-TP")).query(Integer.class).single()).isEqualTo(1);
		mvc.perform(get("/api/v1/notices/" + id).header("Authorization", token("mttq"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.recipient").value(true));

		mvc.perform(post("/api/v1/notices").header("Authorization", token("tuyengiao")).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"GUIDANCE\",\"title\":\"Không ai nhận\",\"body\":\"x\",\"unitIds\":[]}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.message").value(
					"The notice has no recipient: choose at least one unit, or a kind of unit that has units in your scope."));
		mvc.perform(post("/api/v1/notices").header("Authorization", token("tuyengiao"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"GUIDANCE\",\"title\":\"Ngoài phạm vi\",\"body\":\"x\",\"unitIds\":[%d]}"
				.formatted(fixtures.unit("BTG-TINHUY"))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/notices").header("Authorization", token("ducxuan"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"GUIDANCE\",\"title\":\"x\",\"body\":\"x\",\"unitIds\":[%d]}"
				.formatted(fixtures.unit("DB-DUCXUAN"))))
			.andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from notice where title in ('Không ai nhận', 'Ngoài phạm vi')")
			.query(Integer.class).single()).isZero();
	}
}
