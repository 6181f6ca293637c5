package vn.lantoa.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

@LanToaTest
class ApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	vn.lantoa.TestClock clock;

	String token(String username, String extra) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + TestDatabases.DEMO_PASSWORD + "\"" + extra
					+ "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.token").value(startsWith("lt_")))
			.andExpect(jsonPath("$.expiresAt").isString()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	@Test
	void meNamesTheCallerAndTheirUnitAndScope() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token("tuyengiao", "")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("tuyengiao"))
			.andExpect(jsonPath("$.role").value("COORDINATOR"))
			.andExpect(jsonPath("$.unit.name").value("Ban Tuyên giáo Thành ủy"))
			.andExpect(jsonPath("$.scope.code").value("THANHUY"));
	}

	@Test
	void unitsAreThoseOfTheCallersSubtree() throws Exception {
		mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token("songcau", "")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItems("DB-SONGCAU")))
			.andExpect(jsonPath("$[*].code", not(hasItems("DB-DUCXUAN"))))
			.andExpect(jsonPath("$[*].code", not(hasItems("THANHUY"))))
			.andExpect(jsonPath("$[0].kind").value("PARTY_COMMITTEE"))
			.andExpect(jsonPath("$[0].parentId").isNumber());
		mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token("ubnd", "")))
			.andExpect(jsonPath("$[0].code").value("UBND-TP"))
			.andExpect(jsonPath("$[*].code", hasItems("CTTDT-TP", "TTVHTTTT")))
			.andExpect(jsonPath("$[*].code", not(hasItems("MTTQ-TP"))));
		mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token("tinhuy", "")))
			.andExpect(jsonPath("$[*].code", hasItems("TINHUY", "BTG-TINHUY", "THANHUY", "DB-DUCXUAN")));
	}

	@Test
	void aRevokedTokenNoLongerWorks() throws Exception {
		String token = token("mttq", ",\"name\":\"Phần mềm thống kê\"");
		String list = mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<Number> ids = JsonPath.read(list, "$[?(@.name == 'Phần mềm thống kê')].id");
		Number id = ids.get(0);
		mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.message").value("Cần đăng nhập (hoặc token API hợp lệ) để dùng chức năng này."));
	}

	@Test
	void aReadTokenReadsButCannotWrite() throws Exception {
		String token = token("admin", ",\"scope\":\"read\",\"expiresInDays\":7");
		mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/units").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"X\",\"name\":\"X\",\"kind\":\"PARTY_CELL\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.message").value("Bạn không có quyền xem hoặc thay đổi dữ liệu này."));
	}

	@Test
	void anExpiredTokenIsRefusedWithTheErrorShape() throws Exception {
		String token = token("ducxuan", ",\"scope\":\"read\",\"expiresInDays\":2");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		try {
			clock.set(java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).plusHours(1));
			mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.status").value(401))
				.andExpect(jsonPath("$.fieldErrors", hasSize(0)));
		} finally {
			clock.reset();
		}
	}

	@Test
	void aReadTokenCannotDeleteNorChooseMoreThanAYear() throws Exception {
		String token = token("mttq", ",\"scope\":\"read\",\"name\":\"read-only\"");
		String list = mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andExpect(jsonPath("$[?(@.name == 'read-only')].scope", hasItems("READ")))
			.andReturn().getResponse().getContentAsString();
		java.util.List<Number> ids = JsonPath.read(list, "$[?(@.name == 'read-only')].id");
		Number id = ids.get(0);
		mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"mttq\",\"password\":\"" + TestDatabases.DEMO_PASSWORD
					+ "\",\"expiresInDays\":400}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
	}

	@Test
	void refusesAWrongPasswordAndABadScopeWithTheErrorShape() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"ubnd\",\"password\":\"wrong-password\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("Unauthorized"))
			.andExpect(jsonPath("$.message").value("Tên đăng nhập hoặc mật khẩu không đúng."))
			.andExpect(jsonPath("$.fieldErrors", hasSize(0)));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content("{\"username\":\"ubnd\",\"password\":\"x\",\"scope\":\"admin\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("A token's scope is \"read\" or \"read-write\"."));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fieldErrors[*].field", hasItems("username", "password")));
	}

	@Test
	void aTokensLastUseIsWrittenToTheMinuteNotOnEveryCall() throws Exception {
		java.time.LocalDateTime eight = java.time.LocalDateTime.of(2031, 3, 2, 8, 0);
		try {
			clock.set(eight);
			String token = token("songcau", ",\"name\":\"Đồng bộ số liệu\"");
			mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
			assertThat(lastUse(token)).isEqualTo(vietnam(eight));
			clock.set(eight.plusSeconds(40));
			mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
			assertThat(lastUse(token)).isEqualTo(vietnam(eight));
			clock.set(eight.plusSeconds(90));
			mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
			assertThat(lastUse(token)).isEqualTo(vietnam(eight.plusSeconds(90)));
		} finally {
			clock.reset();
		}
	}

	private java.time.Instant lastUse(String token) throws Exception {
		String list = mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<String> used = JsonPath.read(list, "$[?(@.name == 'Đồng bộ số liệu')].lastUsedAt");
		return java.time.Instant.parse(used.get(0));
	}

	private static java.time.Instant vietnam(java.time.LocalDateTime time) {
		return time.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
	}
}
