package vn.lantoa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.lantoa.LanToaTest;
import vn.lantoa.shared.Role;

/**
 * What an admin changes on an account takes effect on the pages at once, not at the user's next sign-in: the
 * API reloads the account on every request, the pages keep the principal of the sign-in in the session.
 */
@LanToaTest

class SessionRevocationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SecurityFixtures fixtures;
	String username;
	long accountId;
	MockHttpSession session;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new SecurityFixtures(mvc, jdbc);
		username = SecurityFixtures.unique("t.");
		accountId = fixtures.newAccount(username, Role.COORDINATOR, fixtures.unitId("BTG-TU"),
				fixtures.unitId("THANHUY"));
		session = fixtures.signIn(username, SecurityFixtures.PASSWORD);
		assertThat(status("/units/{id}", fixtures.unitId("DB-DUCXUAN"))).isEqualTo(200);
	}

	@Test
	void narrowedScopeAppliesToTheOpenSession() throws Exception {
		long btgTu = fixtures.unitId("BTG-TU");
		assertThat(mvc.perform(post("/accounts/{id}", accountId).session(fixtures.adminSession()).with(csrf())
			.param("username", username).param("fullName", "Thu hẹp").param("role", "COORDINATOR")
			.param("unitId", String.valueOf(btgTu)).param("scopeUnitId", String.valueOf(btgTu))
			.param("version", String.valueOf(fixtures.accountVersion(accountId)))).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/accounts/" + accountId);
		assertThat(status("/units/{id}", fixtures.unitId("DB-DUCXUAN"))).isEqualTo(403);
	}

	@Test
	void deactivationEndsTheOpenSession() throws Exception {
		assertThat(mvc.perform(post("/accounts/{id}/deactivate", accountId).session(fixtures.adminSession())
			.with(csrf()).param("version", String.valueOf(fixtures.accountVersion(accountId)))).andReturn()
			.getResponse().getRedirectedUrl()).isEqualTo("/accounts/" + accountId);
		assertThat(mvc.perform(get("/units").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=disabled");
	}

	private int status(String path, long id) throws Exception {
		return mvc.perform(get(path, id).session(session)).andReturn().getResponse().getStatus();
	}
}
