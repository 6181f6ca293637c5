package vn.lantoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;

/** The admin page and the API of the working calendar, through the real filter chain. */
@LanToaTest
class CalendarIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	WorkingCalendar calendar;
	@Autowired
	JdbcClient jdbc;

	MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestDatabases.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
	}

	String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + TestDatabases.DEMO_PASSWORD + "\"}"))
			.andReturn().getResponse().getContentAsString();
		return "Bearer " + JsonPath.read(body, "$.token");
	}

	@Test
	void showsTheYearsStatutoryDaysInVietnamese() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2026").session(signIn("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày nghỉ, ngày làm bù năm 2026")))
			.andExpect(content().string(containsString("17/02/2026")))
			.andExpect(content().string(containsString("Tết Nguyên đán (mùng 1)")))
			.andExpect(content().string(containsString("Nghỉ bù Giỗ Tổ Hùng Vương")))
			.andExpect(content().string(containsString("href=\"/admin/calendar\"")));
	}

	@Test
	void anAdminAddsADayOffThatTheCalendarKnowsAtOnceAndRemovesIt() throws Exception {
		MockHttpSession admin = signIn("admin");
		LocalDate thursday = LocalDate.of(2140, 3, 10);
		assertThat(calendar.isWorkingDay(thursday)).isTrue();
		mvc.perform(post("/admin/calendar").with(csrf()).session(admin).param("day", "10/3/2140")
			.param("kind", "HOLIDAY").param("name", "  Nghỉ thêm theo quyết định của Chính phủ "))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/admin/calendar?year=2140"));
		assertThat(calendar.isWorkingDay(thursday)).isFalse();
		assertThat(calendar.holidays(2140)).filteredOn(h -> h.date().equals(thursday)).singleElement()
			.isEqualTo(new Holiday(thursday, Holiday.Kind.HOLIDAY, "Nghỉ thêm theo quyết định của Chính phủ", false));
		assertThat(jdbc.sql("select created_by from calendar_day where \"day\" = ?").param(thursday).query(String.class)
			.single()).isEqualTo("admin");
		assertThat(audits("CREATE")).isEqualTo(1);

		mvc.perform(post("/admin/calendar/2140-03-10/remove").with(csrf()).session(admin))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/admin/calendar?year=2140"));
		assertThat(calendar.isWorkingDay(thursday)).isTrue();
		assertThat(audits("DELETE")).isEqualTo(1);
	}

	@Test
	void aMakeUpSaturdayAndAWorkedBuiltInHoliday() throws Exception {
		MockHttpSession admin = signIn("admin");
		mvc.perform(post("/admin/calendar").with(csrf()).session(admin).param("day", "12/03/2140")
			.param("kind", "WORKING_DAY").param("name", "Làm bù cho ngày 10/03"))
			.andExpect(status().isFound());
		assertThat(calendar.isWorkingDay(LocalDate.of(2140, 3, 12))).isTrue();
		assertThat(calendar.nextWorkingDay(LocalDate.of(2140, 3, 12))).isEqualTo(LocalDate.of(2140, 3, 12));
		// 1 September is a built-in default; this year the government chose 3 September
		mvc.perform(post("/admin/calendar").with(csrf()).session(admin).param("day", "01/09/2139")
			.param("kind", "WORKING_DAY").param("name", "Năm nay nghỉ Quốc khánh 2/9 và 3/9"))
			.andExpect(status().isFound());
		assertThat(calendar.days(2139)).filteredOn(h -> h.date().equals(LocalDate.of(2139, 9, 1))).singleElement()
			.extracting(Holiday::kind, Holiday::builtIn).containsExactly(Holiday.Kind.WORKING_DAY, false);
	}

	@Test
	void refusesBadInputWithAClearMessageAndSavesNothing() throws Exception {
		MockHttpSession admin = signIn("admin");
		long before = count();
		mvc.perform(post("/admin/calendar").with(csrf()).session(admin).param("day", "31/02/2140")
			.param("kind", "HOLIDAY").param("name", "Ngày sai"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm")))
			.andExpect(content().string(containsString("value=\"31/02/2140\"")));
		mvc.perform(post("/admin/calendar").with(csrf()).session(admin).param("day", "07/03/2140")
			.param("kind", "HOLIDAY").param("name", "   "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Cần nhập tên ngày (tối đa 200 ký tự).")));
		mvc.perform(post("/admin/calendar").with(csrf()).session(admin).param("day", "07/03/2140")
			.param("kind", "SOMETIMES").param("name", "Ngày thử"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Hãy chọn loại ngày")));
		mvc.perform(post("/admin/calendar").with(csrf()).session(admin).param("day", "06/03/2140")
			.param("kind", "HOLIDAY").param("name", "Chủ nhật"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Ngày 06/03/2140 đã là ngày nghỉ.")));
		mvc.perform(post("/admin/calendar/2140-01-01/remove").with(csrf()).session(admin))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(
					"Ngày 01/01/2140 là ngày nghỉ theo luật định nên không xóa được; nếu năm nay vẫn làm việc vào ngày đó, hãy thêm ngày 01/01/2140 là “Ngày làm bù”.")));
		mvc.perform(post("/admin/calendar/2140-03-08/remove").with(csrf()).session(admin))
			.andExpect(status().isNotFound());
		assertThat(count()).isEqualTo(before);

		mvc.perform(post("/admin/calendar").with(csrf()).session(admin).param("day", "08/03/2140")
			.param("kind", "HOLIDAY").param("name", "Ngày thử"))
			.andExpect(status().isFound());
		mvc.perform(post("/admin/calendar").with(csrf()).session(admin).param("day", "08/03/2140")
			.param("kind", "WORKING_DAY").param("name", "Ngày thử lần hai"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Ngày 08/03/2140 đã được thêm")));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void onlyAdminsSeeThePageAndTheMenuLink() throws Exception {
		MockHttpSession coordinator = signIn("tuyengiao");
		mvc.perform(get("/admin/calendar").session(coordinator)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar").with(csrf()).session(coordinator).param("day", "09/03/2140")
			.param("kind", "HOLIDAY").param("name", "Không được")).andExpect(status().isForbidden());
		mvc.perform(get("/").session(coordinator))
			.andExpect(content().string(not(containsString("href=\"/admin/calendar\""))));
		assertThat(calendar.isWorkingDay(LocalDate.of(2140, 3, 9))).isTrue();
	}

	@Test
	void theApiListsTheYearInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/calendar").param("year", "2025").header("Authorization", token("ducxuan"))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[1].date").value("2025-01-28"))
			.andExpect(jsonPath("$[1].kind").value("HOLIDAY"))
			.andExpect(jsonPath("$[1].name").value("Tết (last day of the lunar year)"))
			.andExpect(jsonPath("$[1].builtIn").value(true))
			.andExpect(jsonPath("$[6].date").value("2025-04-07"))
			.andExpect(jsonPath("$[6].name").value("Hùng Kings' Commemoration (10th day of the 3rd lunar month)"));
		mvc.perform(get("/api/v1/calendar").param("year", "2025").header("Authorization", token("ducxuan")))
			.andExpect(jsonPath("$[6].name").value("Giỗ Tổ Hùng Vương (10/3 Âm lịch)"));
		mvc.perform(get("/api/v1/calendar").param("year", "3000").header("Authorization", token("ducxuan")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Năm phải trong khoảng 1900–2199."));
	}

	private long count() {
		return jdbc.sql("select count(*) from calendar_day").query(Long.class).single();
	}

	private long audits(String action) {
		return jdbc.sql("select count(*) from audit_event where entity = 'CalendarDay' and entity_id = '2140-03-10' and action = ?")
			.param(action).query(Long.class).single();
	}
}
