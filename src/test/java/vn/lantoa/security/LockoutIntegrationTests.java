package vn.lantoa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.lantoa.LanToaTest;
import vn.lantoa.shared.Role;

/** Five wrong passwords in a row lock an account, for the form and the token endpoint, until an admin unlocks it. */
@LanToaTest
class LockoutIntegrationTests {

	static final String LOCKED = "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.";
	static final String BAD = "Tên đăng nhập hoặc mật khẩu không đúng.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SecurityFixtures fixtures;
	String username;
	long accountId;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new SecurityFixtures(mvc, jdbc);
		username = SecurityFixtures.unique("t.");
		accountId = fixtures.newAccount(username, Role.REPORTER, fixtures.unitId("DB-SONGCAU"),
				fixtures.unitId("DB-SONGCAU"));
	}

	@Test
	void fourWrongPasswordsThenTheRightOneSignsInAndStartsCountingAgain() throws Exception {
		failTimes(4);
		assertThat(signIn(SecurityFixtures.PASSWORD)).isEqualTo("/");
		failTimes(4);
		assertThat(signIn(SecurityFixtures.PASSWORD)).isEqualTo("/");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountForTheFormAndTheApi() throws Exception {
		failTimes(5);
		assertThat(signIn(SecurityFixtures.PASSWORD)).isEqualTo("/login?error=locked");
		assertThat(mvc.perform(get("/login").param("error", "locked")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains(LOCKED);
		MockHttpServletResponse token = tokenRequest(SecurityFixtures.PASSWORD);
		assertThat(token.getStatus()).isEqualTo(401);
		assertThat(token.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(
				"{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"" + LOCKED + "\",\"fieldErrors\":[]}");
	}

	@Test
	void adminUnlockLetsTheAccountInAgain() throws Exception {
		failTimes(5);
		assertThat(signIn(SecurityFixtures.PASSWORD)).isEqualTo("/login?error=locked");
		assertThat(mvc.perform(post("/accounts/{id}/unlock", accountId).session(fixtures.adminSession()).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/accounts/" + accountId);
		assertThat(signIn(SecurityFixtures.PASSWORD)).isEqualTo("/");
		assertThat(tokenRequest(SecurityFixtures.PASSWORD).getStatus()).isEqualTo(200);
	}

	@Test
	void wrongPasswordsOnTheTokenEndpointCountToo() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(tokenRequest("wrong-password").getStatus()).isEqualTo(401);
		}
		assertThat(signIn(SecurityFixtures.PASSWORD)).isEqualTo("/login?error=locked");
	}

	@Test
	void unknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
		String nobody = SecurityFixtures.unique("nobody.");
		assertThat(signIn(nobody, SecurityFixtures.PASSWORD)).isEqualTo("/login?error=bad");
		assertThat(signIn("wrong-password")).isEqualTo("/login?error=bad");
		String unknown = tokenRequest(nobody, SecurityFixtures.PASSWORD).getContentAsString(StandardCharsets.UTF_8);
		String wrong = tokenRequest("wrong-password").getContentAsString(StandardCharsets.UTF_8);
		assertThat(unknown).isEqualTo(wrong)
			.isEqualTo("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"" + BAD + "\",\"fieldErrors\":[]}");
		assertThat(mvc.perform(get("/login").param("error", "bad")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains(BAD);
	}

	private void failTimes(int times) throws Exception {
		for (int i = 0; i < times; i++) {
			assertThat(signIn("wrong-password")).isEqualTo("/login?error=bad");
		}
	}

	private String signIn(String password) throws Exception {
		return signIn(username, password);
	}

	private String signIn(String user, String password) throws Exception {
		return mvc.perform(formLogin("/login").user(user).password(password)).andReturn().getResponse()
			.getRedirectedUrl();
	}

	private MockHttpServletResponse tokenRequest(String password) throws Exception {
		return tokenRequest(username, password);
	}

	private MockHttpServletResponse tokenRequest(String user, String password) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(user, password))).andReturn().getResponse();
	}
}
