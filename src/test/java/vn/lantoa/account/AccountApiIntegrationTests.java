package vn.lantoa.account;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/**
 * Accounts through the API, as an admin's script would manage them: open, read, change with its version, reset the
 * password (the new one signs in), deactivate (its token stops working); refusals in the one error shape.
 */
@LanToaTest
class AccountApiIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;

	@Test
	void anAdminManagesAnAccountOfTheSubtreeFromOpeningToDeactivation() throws Exception {
		String admin = token("admin", TestDatabases.DEMO_PASSWORD);
		long ward = fixtures.unit("DB-XUATHOA");
		String username = Fixtures.unique("api.").toLowerCase();
		String created = mvc.perform(as(admin, post("/api/v1/accounts")).content("""
				{"username":"%s","fullName":"Hà Thị Thu","email":"thu@example.vn","role":"REPORTER","unitId":%d,
				 "password":"first-Pass-2026"}""".formatted(username, ward)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.scopeUnitId").value(ward))
			.andExpect(jsonPath("$.active").value(true)).andExpect(jsonPath("$.password").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		int version = JsonPath.read(created, "$.version");

		mvc.perform(as(admin, get("/api/v1/accounts"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", hasItem(username)));
		mvc.perform(as(admin, put("/api/v1/accounts/{id}", id)).content("""
				{"username":"%s","fullName":"Hà Thị Thu Trang","role":"REPORTER","unitId":%d,"version":%d}"""
			.formatted(username, ward, version)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.fullName").value("Hà Thị Thu Trang"));
		// the same stale version again: refused, nothing overwritten
		mvc.perform(as(admin, put("/api/v1/accounts/{id}", id)).content("""
				{"username":"%s","fullName":"Tên cũ","role":"REPORTER","unitId":%d,"version":%d}"""
			.formatted(username, ward, version)))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.message").isString());
		mvc.perform(as(admin, get("/api/v1/accounts/{id}", id))).andExpect(jsonPath("$.fullName")
			.value("Hà Thị Thu Trang"));

		mvc.perform(as(admin, post("/api/v1/accounts/{id}/password", id)).content("{\"password\":\"short\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(as(admin, post("/api/v1/accounts/{id}/password", id)).content("{\"password\":\"second-Pass-2026\"}"))
			.andExpect(status().isNoContent());
		String own = token(username, "second-Pass-2026");
		mvc.perform(as(own, get("/api/v1/me"))).andExpect(status().isOk());
		// a reporter is no admin
		mvc.perform(as(own, get("/api/v1/accounts"))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.message").isString());

		String current = mvc.perform(as(admin, get("/api/v1/accounts/{id}", id))).andReturn().getResponse()
			.getContentAsString();
		mvc.perform(as(admin, post("/api/v1/accounts/{id}/deactivate", id))
			.content("{\"version\":%d}".formatted((int) JsonPath.read(current, "$.version"))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
		mvc.perform(as(own, get("/api/v1/me"))).andExpect(status().isUnauthorized());
	}

	@Test
	void accountsOutsideTheSubtreeAndBadBodiesAreRefused() throws Exception {
		String cityAdmin = cityAdmin();
		long province = fixtures.unit("BTG-TINHUY");
		mvc.perform(as(cityAdmin, post("/api/v1/accounts")).content("""
				{"username":"%s","fullName":"Ngoài phạm vi","role":"REPORTER","unitId":%d,"password":"first-Pass-2026"}"""
			.formatted(Fixtures.unique("out.").toLowerCase(), province)))
			.andExpect(status().isForbidden());
		mvc.perform(as(cityAdmin, get("/api/v1/accounts"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", not(hasItem("tinhuy"))));
		mvc.perform(as(cityAdmin, post("/api/v1/accounts")).content("{\"username\":\"bad name!\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fieldErrors[*].field", hasItem("username")));
	}

	/** An admin whose scope is the city: the province's accounts are outside it. */
	private String cityAdmin() throws Exception {
		String admin = token("admin", TestDatabases.DEMO_PASSWORD);
		String username = Fixtures.unique("cityadmin.").toLowerCase();
		mvc.perform(as(admin, post("/api/v1/accounts")).content("""
				{"username":"%s","fullName":"Quản trị thành phố","role":"ADMIN","unitId":%d,"password":"city-Pass-2026"}"""
			.formatted(username, fixtures.unit("THANHUY")))).andExpect(status().isCreated());
		return token(username, "city-Pass-2026");
	}

	private String token(String username, String password) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
	}
}
