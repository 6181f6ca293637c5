package vn.lantoa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.lantoa.TestDatabases;
import vn.lantoa.shared.Role;

/**
 * Signs in for real (form login for pages, a bearer token for the API) and makes throwaway units, accounts and
 * tokens through the application's own endpoints, as the demo admin, with unique codes: the database is shared by
 * every test of the run, so no test changes the demo data.
 */
final class SecurityFixtures {

	static final String PASSWORD = "throwaway-Pass-1";

	record Unit(long id, String code, int version) {
	}

	private final MockMvc mvc;
	private final JdbcClient jdbc;
	private MockHttpSession adminSession;
	private String adminToken;

	SecurityFixtures(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** Signs in through the login form; fails unless the form sends the user to the home page. */
	MockHttpSession signIn(String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of %s", username).isEqualTo("/");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	String token(String username, String password, String scope) throws Exception {
		String body = "{\"username\":\"%s\",\"password\":\"%s\"%s}".formatted(username, password,
				scope == null ? "" : ",\"scope\":\"" + scope + "\"");
		MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as("token for %s", username).isEqualTo(200);
		return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.token");
	}

	/** A new token of the account and its id. */
	long tokenId(String username, String password) throws Exception {
		String token = token(username, password, null);
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		return jdbc.sql("select id from api_token where token_hash = ?").param(hash).query(Long.class).single();
	}

	MockHttpSession adminSession() throws Exception {
		if (adminSession == null) {
			adminSession = signIn("admin", TestDatabases.DEMO_PASSWORD);
		}
		return adminSession;
	}

	String adminToken() throws Exception {
		if (adminToken == null) {
			adminToken = token("admin", TestDatabases.DEMO_PASSWORD, null);
		}
		return adminToken;
	}

	long unitId(String code) {
		return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	int unitVersion(long id) {
		return jdbc.sql("select version from org_unit where id = ?").param(id).query(Integer.class).single();
	}

	int accountVersion(long id) {
		return jdbc.sql("select version from account where id = ?").param(id).query(Integer.class).single();
	}

	/** A new unit under the parent, made through the API by the demo admin. */
	Unit newUnit(long parentId) throws Exception {
		String code = unique("T-");
		MvcResult result = mvc.perform(post("/api/v1/units").header("Authorization", "Bearer " + adminToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":%d,\"code\":\"%s\",\"name\":\"Đơn vị thử %s\",\"kind\":\"OFFICE\"}"
				.formatted(parentId, code, code)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as("new unit").isEqualTo(201);
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id"))
			.longValue();
		return new Unit(id, code, unitVersion(id));
	}

	/** A new account with {@link #PASSWORD}, opened on the accounts page by the demo admin; its id. */
	long newAccount(String username, Role role, long unitId, long scopeUnitId) throws Exception {
		MvcResult result = mvc.perform(post("/accounts").session(adminSession()).with(csrf())
			.param("username", username).param("fullName", "Người thử " + username).param("email", "")
			.param("role", role.name()).param("unitId", String.valueOf(unitId))
			.param("scopeUnitId", String.valueOf(scopeUnitId)).param("password", PASSWORD)).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("new account %s", username).startsWith("/accounts/");
		return Long.parseLong(location.substring("/accounts/".length()));
	}

	long newAccount(Role role, long unitId) throws Exception {
		return newAccount(unique("t."), role, unitId, unitId);
	}
}
