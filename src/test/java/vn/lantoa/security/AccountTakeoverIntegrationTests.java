package vn.lantoa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.lantoa.LanToaTest;
import vn.lantoa.shared.Role;

/**
 * An admin manages the accounts inside their scope only: an account that sits in the admin's subtree but works on
 * a wider scope (as the demo admin: unit THANHUY, scope TINHUY) is not theirs, or a city admin could take over the
 * province admin by resetting its password.
 */
@LanToaTest
class AccountTakeoverIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SecurityFixtures fixtures;
	MockHttpSession cityAdmin;
	String victim;
	long victimId;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new SecurityFixtures(mvc, jdbc);
		String admin = SecurityFixtures.unique("t.");
		fixtures.newAccount(admin, Role.ADMIN, fixtures.unitId("THANHUY"), fixtures.unitId("THANHUY"));
		cityAdmin = fixtures.signIn(admin, SecurityFixtures.PASSWORD);
		victim = SecurityFixtures.unique("t.");
		victimId = fixtures.newAccount(victim, Role.ADMIN, fixtures.unitId("THANHUY"), fixtures.unitId("TINHUY"));
	}

	@Test
	void cityAdminCannotResetThePasswordOfAnAccountWithAWiderScope() throws Exception {
		assertThat(status(post("/accounts/{id}/password", victimId).param("password", "taken-Over-1"))).isEqualTo(403);
		fixtures.signIn(victim, SecurityFixtures.PASSWORD);
	}

	@Test
	void cityAdminCannotSeeOrChangeAnAccountWithAWiderScope() throws Exception {
		int version = fixtures.accountVersion(victimId);
		assertThat(status(get("/accounts/{id}", victimId))).isEqualTo(403);
		assertThat(status(post("/accounts/{id}/deactivate", victimId).param("version", String.valueOf(version))))
			.isEqualTo(403);
		assertThat(status(post("/accounts/{id}/unlock", victimId))).isEqualTo(403);
		assertThat(status(post("/accounts/{id}", victimId).param("username", victim).param("fullName", "Hạ quyền")
			.param("role", "REPORTER").param("unitId", String.valueOf(fixtures.unitId("THANHUY")))
			.param("scopeUnitId", String.valueOf(fixtures.unitId("THANHUY"))).param("version", String.valueOf(version))))
			.isEqualTo(403);
		assertThat(fixtures.accountVersion(victimId)).isEqualTo(version);
	}

	@Test
	void cityAdminDoesNotListAccountsWithAWiderScope() throws Exception {
		String list = mvc.perform(get("/accounts").session(cityAdmin)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("songcau").doesNotContain(victim);
		String csv = mvc.perform(get("/accounts/export.csv").session(cityAdmin)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("songcau").doesNotContain(victim);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.session(cityAdmin).with(csrf())).andReturn().getResponse().getStatus();
	}
}
