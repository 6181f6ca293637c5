package vn.lantoa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/** Every API failure answers the one JSON error shape, in Vietnamese unless the caller asks for English. */
@LanToaTest
class ApiErrorsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SecurityFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new SecurityFixtures(mvc, jdbc);
	}

	@Test
	void unauthenticated() throws Exception {
		assertError(get("/api/v1/units"), 401, "Unauthorized",
				"Cần đăng nhập (hoặc token API hợp lệ) để dùng chức năng này.");
	}

	@Test
	void unknownTokenIsUnauthenticated() throws Exception {
		assertError(get("/api/v1/units").header("Authorization", "Bearer lt_not-a-token"), 401, "Unauthorized",
				"Cần đăng nhập (hoặc token API hợp lệ) để dùng chức năng này.");
	}

	@Test
	void readTokenCannotWrite() throws Exception {
		String token = fixtures.token("admin", TestDatabases.DEMO_PASSWORD, "read");
		String code = SecurityFixtures.unique("T-");
		assertError(asJson(post("/api/v1/units"), token, newUnit(code, fixtures.unitId("DB-SONGCAU"))), 403,
				"Forbidden", "Bạn không có quyền xem hoặc thay đổi dữ liệu này.");
		assertThat(jdbc.sql("select count(*) from org_unit where code = ?").param(code).query(Long.class).single())
			.isZero();
	}

	@Test
	void unknownUnit() throws Exception {
		assertError(get("/api/v1/units/{id}", Long.MAX_VALUE).header("Authorization", bearer()), 404, "Not Found",
				"Không tìm thấy dữ liệu bạn yêu cầu.");
	}

	@Test
	void unitOutsideTheScope() throws Exception {
		String token = fixtures.token("songcau", TestDatabases.DEMO_PASSWORD, "read");
		assertError(get("/api/v1/units/{id}", fixtures.unitId("DB-DUCXUAN")).header("Authorization", "Bearer " + token),
				403, "Forbidden", "Bạn không có quyền xem hoặc thay đổi dữ liệu này.");
	}

	@Test
	void invalidBodyNamesTheFields() throws Exception {
		MockHttpServletResponse response = perform(asJson(post("/api/v1/units"), fixtures.adminToken(),
				"{\"parentId\":%d,\"code\":\" \",\"name\":\"Tên\"}".formatted(fixtures.unitId("DB-SONGCAU"))));
		assertThat(response.getStatus()).isEqualTo(400);
		String body = body(response);
		assertThat(body).startsWith("{\"status\":400,\"error\":\"Bad Request\","
				+ "\"message\":\"Dữ liệu nhập chưa hợp lệ.\",\"fieldErrors\":[");
		List<Map<String, String>> fields = JsonPath.read(body, "$.fieldErrors");
		assertThat(fields).containsExactlyInAnyOrder(Map.of("field", "code", "message", "Không được để trống."),
				Map.of("field", "kind", "message", "Cần chọn hoặc nhập giá trị."));
	}

	@Test
	void malformedJson() throws Exception {
		assertError(asJson(post("/api/v1/units"), fixtures.adminToken(), "{\"code\": "), 400, "Bad Request",
				"Yêu cầu không hợp lệ.");
	}

	@Test
	void duplicateUnitCode() throws Exception {
		MockHttpServletResponse response = perform(
				asJson(post("/api/v1/units"), fixtures.adminToken(), newUnit("DB-SONGCAU", fixtures.unitId("THANHUY"))));
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(body(response)).startsWith("{\"status\":409,\"error\":\"Conflict\",\"message\":\"Mã đơn vị ")
			.contains("DB-SONGCAU").endsWith(" đã được dùng cho đơn vị khác.\",\"fieldErrors\":[]}");
	}

	@Test
	void movingAUnitUnderItself() throws Exception {
		SecurityFixtures.Unit unit = fixtures.newUnit(fixtures.unitId("DB-SONGCAU"));
		SecurityFixtures.Unit child = fixtures.newUnit(unit.id());
		for (long parent : new long[] { unit.id(), child.id() }) {
			assertError(asJson(post("/api/v1/units/{id}/move", unit.id()), fixtures.adminToken(),
					"{\"parentId\":%d,\"version\":%d}".formatted(parent, unit.version())), 400, "Bad Request",
					"Không thể chuyển đơn vị vào chính nó hoặc vào đơn vị trực thuộc của nó.");
		}
	}

	@Test
	void englishWhenAsked() throws Exception {
		assertError(get("/api/v1/units").header("Accept-Language", "en-GB,en;q=0.9"), 401, "Unauthorized",
				"Sign in (or a valid API token) is needed for this.");
		assertError(get("/api/v1/units/{id}", Long.MAX_VALUE).header("Authorization", bearer())
			.header("Accept-Language", "en"), 404, "Not Found", "The record you asked for was not found.");
	}

	@Test
	void unknownApiPath() throws Exception {
		assertError(get("/api/v1/nope").header("Authorization", bearer()), 404, "Not Found",
				"Không tìm thấy trang hoặc dữ liệu bạn yêu cầu.");
	}

	private String bearer() throws Exception {
		return "Bearer " + fixtures.adminToken();
	}

	private static String newUnit(String code, long parentId) {
		return "{\"parentId\":%d,\"code\":\"%s\",\"name\":\"Đơn vị thử\",\"kind\":\"OFFICE\"}".formatted(parentId, code);
	}

	private static MockHttpServletRequestBuilder asJson(MockHttpServletRequestBuilder request, String token,
			String body) {
		return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private void assertError(MockHttpServletRequestBuilder request, int status, String error, String message)
			throws Exception {
		MockHttpServletResponse response = perform(request);
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(body(response)).isEqualTo("{\"status\":%d,\"error\":\"%s\",\"message\":\"%s\",\"fieldErrors\":[]}"
			.formatted(status, error, message));
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Exception").doesNotContain("at vn.lantoa");
		return body;
	}
}
