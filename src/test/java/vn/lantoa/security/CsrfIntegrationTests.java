package vn.lantoa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.lantoa.LanToaTest;

/** Pages refuse every state-changing request without the CSRF token; the API needs none, and no session either. */
@LanToaTest
class CsrfIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	SecurityFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new SecurityFixtures(mvc, jdbc);
	}

	@Test
	void everyStateChangingPageRefusesARequestWithoutTheToken() throws Exception {
		MockHttpSession admin = fixtures.adminSession();
		List<String> changing = Endpoints.of(mapping).stream().filter(e -> !e.startsWith("GET "))
			.filter(e -> !e.contains(" /api/")).toList();
		assertThat(changing).contains("POST /units", "POST /accounts/{id}/unlock", "POST /profile/password");
		long unit = fixtures.unitId("DB-SONGCAU");
		for (String endpoint : changing) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{\\w+}", String.valueOf(unit));
			int status = mvc.perform(request(HttpMethod.valueOf(method.equals("*") ? "POST" : method), path)
				.session(admin).param("version", "0").param("parentId", String.valueOf(unit))).andReturn()
				.getResponse().getStatus();
			assertThat(status).as(endpoint).isEqualTo(403);
		}
	}

	@Test
	void refusedRequestChangesNothing() throws Exception {
		String code = SecurityFixtures.unique("T-");
		int status = mvc.perform(post("/units").session(fixtures.adminSession()).param("code", code)
			.param("name", "Không được tạo").param("kind", "OFFICE")
			.param("parentId", String.valueOf(fixtures.unitId("DB-SONGCAU")))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from org_unit where code = ?").param(code).query(Long.class).single())
			.isZero();
	}

	@Test
	void signInAndSignOutNeedTheTokenToo() throws Exception {
		assertThat(mvc.perform(post("/login").param("username", "admin").param("password", "demo-Pass-2026"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/logout").session(fixtures.adminSession())).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void apiWritesWithABearerTokenAndNoCsrfToken() throws Exception {
		String code = SecurityFixtures.unique("T-");
		int status = mvc.perform(post("/api/v1/units").header("Authorization", "Bearer " + fixtures.adminToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":%d,\"code\":\"%s\",\"name\":\"Qua API\",\"kind\":\"OFFICE\"}"
				.formatted(fixtures.unitId("DB-SONGCAU"), code)))
			.andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(201);
	}

	@Test
	void sessionCookieAloneDoesNotSignInToTheApi() throws Exception {
		MockHttpSession admin = fixtures.adminSession();
		assertThat(mvc.perform(get("/profile").session(admin)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/api/v1/me").session(admin)).andReturn().getResponse().getStatus())
			.isEqualTo(401);
		assertThat(mvc.perform(post("/api/v1/units").session(admin).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}
}
