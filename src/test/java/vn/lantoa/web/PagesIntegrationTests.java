package vn.lantoa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.Cookie;
import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/** The pages through the real filter chain: sign-in, forms that re-render with errors, imports, errors. */
@LanToaTest
class PagesIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;

	MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestDatabases.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
	}

	@Test
	void homeShowsTheUserUnitAndScopeInVietnamese() throws Exception {
		mvc.perform(get("/").session(signIn("tuyengiao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xin chào, Nguyễn Thị Hồng Nhung")))
			.andExpect(content().string(containsString("Ban Tuyên giáo Thành ủy")))
			.andExpect(content().string(containsString("Điều phối (Ban Tuyên giáo)")));
	}

	@Test
	void aNewBulletinIssueIsTitledInVietnameseWhateverTheLanguageOfThePages() throws Exception {
		String page = mvc.perform(get("/bulletin/issues/new").session(signIn("tuyengiao"))
			.cookie(new Cookie("lang", "en"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page))
			.contains("name=\"title\" value=\"Bản tin Công tác xây dựng Đảng\"");
	}

	@Test
	void englishIsChosenWithTheLanguageCookie() throws Exception {
		mvc.perform(get("/units").session(signIn("songcau")).cookie(new Cookie("lang", "en")))
			.andExpect(content().string(containsString("Organisation tree")))
			.andExpect(content().string(containsString("Party committee (Đảng bộ)")));
		mvc.perform(post("/language").param("lang", "en").param("back", "//evil.example").with(csrf())
			.session(signIn("songcau"))).andExpect(redirectedUrl("/"))
			.andExpect(header().string("Set-Cookie", containsString("lang=en")));
	}

	@Test
	void unitSearchIgnoresDiacriticsAndCase() throws Exception {
		mvc.perform(get("/units").param("q", "DUC XUAN").session(signIn("tuyengiao")))
			.andExpect(content().string(containsString("Đảng bộ phường Đức Xuân")))
			.andExpect(content().string(not(containsString("Đảng bộ phường Sông Cầu"))));
	}

	@Test
	void theUnitFormShowsItsErrorsAndKeepsTheInput() throws Exception {
		mvc.perform(post("/units").with(csrf()).session(signIn("admin")).param("parentId",
				String.valueOf(fixtures.unit("THANHUY"))).param("code", "DB-DUCXUAN").param("name", "Bản sao có dấu")
			.param("kind", "PARTY_COMMITTEE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã đơn vị “DB-DUCXUAN” đã được dùng cho đơn vị khác.")))
			.andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
				.contains("name=\"name\" value=\"Bản sao có dấu\""));
		mvc.perform(post("/units").with(csrf()).session(signIn("admin"))
			.param("parentId", String.valueOf(fixtures.unit("THANHUY"))).param("code", "").param("name", "x".repeat(256))
			.param("kind", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không được để trống.")))
			.andExpect(content().string(containsString("Độ dài phải từ 0 đến 255 ký tự.")))
			.andExpect(content().string(containsString("Cần chọn hoặc nhập giá trị.")));
	}

	@Test
	void aBadCsvShowsEveryRowErrorInVietnamese() throws Exception {
		byte[] csv = ("code,name,kind,parent_code,active\n" + Fixtures.unique("P") + ",Tên,PARTY_CELL,KHONG-CO,true\n")
			.getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/units/import").file(new MockMultipartFile("file", "don-vi.csv", "text/csv", csv))
			.with(csrf()).session(signIn("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa nhập dòng nào vì có 1 lỗi:")))
			.andExpect(content().string(containsString("Không có đơn vị mã “KHONG-CO” trong phạm vi của bạn.")));
		byte[] latin1 = "code,name\nA,Café".getBytes(StandardCharsets.ISO_8859_1);
		mvc.perform(multipart("/units/import").file(new MockMultipartFile("file", "x.csv", "text/csv", latin1))
			.with(csrf()).session(signIn("admin")))
			.andExpect(content().string(containsString("Tệp không phải văn bản mã UTF-8.")));
	}

	@Test
	void theUnitCsvDownloadsAsAnAttachment() throws Exception {
		mvc.perform(get("/units/export.csv").session(signIn("ducxuan")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(("\uFEFFcode,name,kind,parent_code,active\r\n"
					+ "DB-DUCXUAN,Đảng bộ phường Đức Xuân,PARTY_COMMITTEE,THANHUY,true\r\n")
				.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void errorsArePagesWithoutStackTraces() throws Exception {
		mvc.perform(get("/units/999999").session(signIn("admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy dữ liệu bạn yêu cầu.")))
			.andExpect(content().string(not(containsString("Exception"))));
		mvc.perform(get("/units/" + fixtures.unit("DB-DUCXUAN")).session(signIn("songcau")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Bạn không có quyền xem hoặc thay đổi dữ liệu này.")));
		mvc.perform(get("/units/abc").session(signIn("songcau"))).andExpect(status().isBadRequest());
	}

	@Test
	void auditIsBrowsableByAdminsWithFilters() throws Exception {
		mvc.perform(get("/audit").param("entity", "OrgUnit").param("action", "CREATE").session(signIn("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đơn vị #")))
			.andExpect(content().string(containsString("Ban Tuyên giáo Thành ủy")));
		mvc.perform(get("/audit").session(signIn("thuongtruc"))).andExpect(status().isForbidden());
	}

	@Test
	void healthIsUpWithTheDatabase() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}
}
