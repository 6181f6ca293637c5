package vn.lantoa.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Who may call which endpoint: one rule per handler method of the application. Each rule has a sample request
 * on the caller's own data and, where the endpoint takes a unit, account or token, one on another unit's data,
 * which every signed-in role must be refused. A new endpoint fails {@link AuthorizationMatrixIntegrationTests}
 * until it has a rule here.
 */
final class AccessRules {

	enum Who {
		ADMIN, COORDINATOR, REPORTER, LEADER, ANONYMOUS
	}

	/** The data a sample request works on: the caller's own side, or another unit's. */
	interface Target {

		/** A demo unit: the caller's scope unit, or one outside the caller's scope. */
		long unit();

		/** The caller's scope unit, on either side. */
		long scopeUnit();

		/** A throwaway unit under {@link #unit()}. */
		SecurityFixtures.Unit freshUnit() throws Exception;

		/** A throwaway account in {@link #unit()}. */
		long freshAccount() throws Exception;

		int accountVersion(long accountId);

		/** A new token of the caller, or of another account. */
		long freshToken() throws Exception;

		/** The caller's credentials (a throwaway reporter's for anonymous callers). */
		String username();

		/** A fresh campaign's assignment to {@link #unit()}. */
		WorkFixtures.Task task();

		/** The same, already completed. */
		WorkFixtures.Task completedTask();

		/** A draft directive owned by {@link #unit()}. */
		long directive();

		/** A fresh activity of {@link #unit()}. */
		vn.lantoa.activity.Activity activity();

		/** A deleted activity of {@link #unit()}. */
		long deletedActivity();
		/** A fresh activity of {@link #unit()} with an image attached. */
		EvidenceFixtures.Attached evidence();

		/** A draft report of {@link #unit()} in a fresh campaign. */
		ReportFixtures.Opened report();

		/** A submitted report of a fresh unit below {@link #unit()}, for the reviewers above it. */
		ReportFixtures.Opened submittedReportBelow() throws Exception;

		/** A submitted report of {@link #unit()}. */
		ReportFixtures.Opened submittedReport();

		/** The package of a report of a fresh unit below {@link #unit()}, and a campaign of its to import it into. */
		ReportFixtures.Packed packageFromBelow() throws Exception;

		/** A day off freshly added by an admin (the calendar is the same for every unit). */
		java.time.LocalDate calendarDay();
		/** Models, contests, award entries, articles and bulletin issues of {@link #unit()}. */
		RecognitionFixtures recognition();

		/** A fresh notification of the caller, or of another account. */
		long notification();

		/** A fresh notice with a file, sent to the caller's own unit, or to another account's unit. */
		NoticeAccessRules.Sent notice() throws Exception;

		/** A fresh information item with a file, from a fresh unit below {@link #unit()}. */
		NoticeAccessRules.Sent information() throws Exception;
	}

	@FunctionalInterface
	interface Sample {
		AbstractMockHttpServletRequestBuilder<?> request(Target target) throws Exception;
	}

	/**
	 * @param allowed who may call it on their own data; everyone else is refused, and everyone on another's data
	 * @param other the sample on another unit's data, null when the endpoint takes none
	 * @param status the exact status everyone gets, instead of allowed or refused (0 when not so)
	 */
	record Rule(String method, String pattern, Set<Who> allowed, Sample own, Sample other, int status) {

		String endpoint() {
			return method + " " + pattern;
		}

		boolean api() {
			return pattern.startsWith("/api/");
		}
	}

	static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
	static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
	static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
	static final Set<Who> PLANNERS = EnumSet.of(Who.ADMIN, Who.COORDINATOR);
	static final Set<Who> DOERS = EnumSet.of(Who.ADMIN, Who.COORDINATOR, Who.REPORTER);

	private static final String UNIT_CSV = "code,name,kind,parent_code,active\n";
	private static final String ACCOUNT_CSV = "username,full_name,email,role,unit_code,scope_unit_code,active\n";

	private AccessRules() {
	}

	static List<Rule> all() {
		List<Rule> rules = new java.util.ArrayList<>(List.of(
				// a direct request to the error page, by anyone, is a "not found" page
				fixed("*", "/error", 404, t -> get("/error")),
				rule("GET", "/", SIGNED_IN, t -> get("/")),
				rule("GET", "/login", EVERYONE, t -> get("/login")),
				rule("POST", "/language", EVERYONE, t -> post("/language").param("lang", "en").param("back", "/units")),
				rule("GET", "/profile", SIGNED_IN, t -> get("/profile")),
				rule("POST", "/profile/password", SIGNED_IN, t -> post("/profile/password")
					.param("current", SecurityFixtures.PASSWORD).param("password", SecurityFixtures.PASSWORD)
					.param("confirm", SecurityFixtures.PASSWORD)),
				rule("POST", "/profile/emails", SIGNED_IN, t -> post("/profile/emails").param("kind", "NOTICE")),
				rule("GET", "/notifications", SIGNED_IN, t -> get("/notifications")),
				rule("POST", "/notifications/read-all", SIGNED_IN, t -> post("/notifications/read-all")),
				scoped("POST", "/notifications/{id}/read", SIGNED_IN,
						t -> post("/notifications/{id}/read", t.notification())),
				rule("GET", "/admin/notifications", ADMIN, t -> get("/admin/notifications")),
				rule("POST", "/profile/tokens", SIGNED_IN, t -> post("/profile/tokens").param("name", "thử")),
				scoped("POST", "/profile/tokens/{id}/revoke", SIGNED_IN,
						t -> post("/profile/tokens/{id}/revoke", t.freshToken())),

				rule("GET", "/units", SIGNED_IN, t -> get("/units")),
				scoped("GET", "/units/{id}", SIGNED_IN, t -> get("/units/{id}", t.unit())),
				scoped("GET", "/units/new", ADMIN, t -> get("/units/new").param("parentId", id(t.unit()))),
				scoped("POST", "/units", ADMIN, t -> unitForm(post("/units"), SecurityFixtures.unique("T-"), t.unit())),
				scoped("POST", "/units/{id}", ADMIN, t -> {
					SecurityFixtures.Unit u = t.freshUnit();
					return unitForm(post("/units/{id}", u.id()), u.code(), t.unit()).param("version", id(u.version()));
				}),
				scoped("POST", "/units/{id}/move", ADMIN, t -> {
					SecurityFixtures.Unit u = t.freshUnit();
					return post("/units/{id}/move", u.id()).param("parentId", id(t.scopeUnit()))
						.param("version", id(u.version()));
				}),
				scoped("POST", "/units/{id}/deactivate", ADMIN, t -> versioned("/units/{id}/deactivate", t.freshUnit())),
				scoped("POST", "/units/{id}/activate", ADMIN, t -> versioned("/units/{id}/activate", t.freshUnit())),
				rule("GET", "/units/export.csv", SIGNED_IN, t -> get("/units/export.csv")),
				rule("GET", "/units/import", ADMIN, t -> get("/units/import")),
				rule("POST", "/units/import", ADMIN, t -> upload("/units/import", UNIT_CSV)),

				rule("GET", "/accounts", ADMIN, t -> get("/accounts")),
				rule("GET", "/accounts/new", ADMIN, t -> get("/accounts/new")),
				scoped("POST", "/accounts", ADMIN, t -> accountForm(post("/accounts"), SecurityFixtures.unique("t."),
						t.unit()).param("password", SecurityFixtures.PASSWORD)),
				scoped("GET", "/accounts/{id}", ADMIN, t -> get("/accounts/{id}", t.freshAccount())),
				scoped("POST", "/accounts/{id}", ADMIN, t -> {
					long id = t.freshAccount();
					return accountForm(post("/accounts/{id}", id), SecurityFixtures.unique("t."), t.unit())
						.param("version", id(t.accountVersion(id)));
				}),
				scoped("POST", "/accounts/{id}/password", ADMIN, t -> post("/accounts/{id}/password", t.freshAccount())
					.param("password", "another-Pass-2")),
				scoped("POST", "/accounts/{id}/deactivate", ADMIN, t -> {
					long id = t.freshAccount();
					return post("/accounts/{id}/deactivate", id).param("version", id(t.accountVersion(id)));
				}),
				scoped("POST", "/accounts/{id}/activate", ADMIN, t -> {
					long id = t.freshAccount();
					return post("/accounts/{id}/activate", id).param("version", id(t.accountVersion(id)));
				}),
				scoped("POST", "/accounts/{id}/unlock", ADMIN, t -> post("/accounts/{id}/unlock", t.freshAccount())),
				rule("GET", "/accounts/export.csv", ADMIN, t -> get("/accounts/export.csv")),
				rule("GET", "/accounts/import", ADMIN, t -> get("/accounts/import")),
				rule("POST", "/accounts/import", ADMIN, t -> upload("/accounts/import", ACCOUNT_CSV)),

				rule("GET", "/audit", ADMIN, t -> get("/audit")),

				rule("GET", "/admin/calendar", ADMIN, t -> get("/admin/calendar").param("year", "2026")),
				rule("POST", "/admin/calendar", ADMIN, t -> post("/admin/calendar")
					.param("day", freeDay().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
					.param("kind", "HOLIDAY").param("name", "Ngày nghỉ thử")),
				rule("POST", "/admin/calendar/{day}/remove", ADMIN,
						t -> post("/admin/calendar/{day}/remove", t.calendarDay().toString())),
				rule("GET", "/api/v1/calendar", SIGNED_IN, t -> get("/api/v1/calendar").param("year", "2026")),

				rule("POST", "/api/v1/auth/token", EVERYONE, t -> json(post("/api/v1/auth/token"),
						"{\"username\":\"%s\",\"password\":\"%s\"}".formatted(t.username(), SecurityFixtures.PASSWORD))),
				rule("GET", "/api/v1/me", SIGNED_IN, t -> get("/api/v1/me")),
				rule("GET", "/api/v1/me/tokens", SIGNED_IN, t -> get("/api/v1/me/tokens")),
				scoped("DELETE", "/api/v1/me/tokens/{id}", SIGNED_IN, t -> delete("/api/v1/me/tokens/{id}", t.freshToken())),

				rule("GET", "/api/v1/units", SIGNED_IN, t -> get("/api/v1/units")),
				scoped("GET", "/api/v1/units/{id}", SIGNED_IN, t -> get("/api/v1/units/{id}", t.unit())),
				scoped("POST", "/api/v1/units", ADMIN, t -> json(post("/api/v1/units"),
						"{\"parentId\":%d,\"code\":\"%s\",\"name\":\"Đơn vị thử\",\"kind\":\"OFFICE\"}"
							.formatted(t.unit(), SecurityFixtures.unique("T-")))),
				scoped("PUT", "/api/v1/units/{id}", ADMIN, t -> {
					SecurityFixtures.Unit u = t.freshUnit();
					return json(put("/api/v1/units/{id}", u.id()),
							"{\"code\":\"%s\",\"name\":\"Đổi tên\",\"kind\":\"OFFICE\",\"version\":%d}".formatted(u.code(),
									u.version()));
				}),
				scoped("POST", "/api/v1/units/{id}/move", ADMIN, t -> {
					SecurityFixtures.Unit u = t.freshUnit();
					return json(post("/api/v1/units/{id}/move", u.id()),
							"{\"parentId\":%d,\"version\":%d}".formatted(t.scopeUnit(), u.version()));
				}),
				scoped("POST", "/api/v1/units/{id}/deactivate", ADMIN, t -> versionJson("deactivate", t.freshUnit())),
				scoped("POST", "/api/v1/units/{id}/activate", ADMIN, t -> versionJson("activate", t.freshUnit())),

				rule("GET", "/api/v1/accounts", ADMIN, t -> get("/api/v1/accounts")),
				scoped("GET", "/api/v1/accounts/{id}", ADMIN, t -> get("/api/v1/accounts/{id}", t.freshAccount())),
				scoped("POST", "/api/v1/accounts", ADMIN, t -> json(post("/api/v1/accounts"), accountJson(
						SecurityFixtures.unique("t."), t.unit(), "\"password\":\"" + SecurityFixtures.PASSWORD + "\""))),
				scoped("PUT", "/api/v1/accounts/{id}", ADMIN, t -> {
					long id = t.freshAccount();
					return json(put("/api/v1/accounts/{id}", id), accountJson(SecurityFixtures.unique("t."), t.unit(),
							"\"version\":" + t.accountVersion(id)));
				}),
				scoped("POST", "/api/v1/accounts/{id}/password", ADMIN, t -> json(post("/api/v1/accounts/{id}/password",
						t.freshAccount()), "{\"password\":\"another-Pass-2\"}")),
				scoped("POST", "/api/v1/accounts/{id}/deactivate", ADMIN, t -> {
					long id = t.freshAccount();
					return json(post("/api/v1/accounts/{id}/deactivate", id), "{\"version\":%d}".formatted(
							t.accountVersion(id)));
				}),
				scoped("POST", "/api/v1/accounts/{id}/activate", ADMIN, t -> {
					long id = t.freshAccount();
					return json(post("/api/v1/accounts/{id}/activate", id), "{\"version\":%d}".formatted(
							t.accountVersion(id)));
				}),
				scoped("POST", "/api/v1/accounts/{id}/unlock", ADMIN, t -> post("/api/v1/accounts/{id}/unlock",
						t.freshAccount())),

				rule("GET", "/api/v1/directives", SIGNED_IN, t -> get("/api/v1/directives")),
				scoped("GET", "/api/v1/directives/{id}", SIGNED_IN, t -> get("/api/v1/directives/{id}", t.directive())),
				rule("GET", "/directives", SIGNED_IN, t -> get("/directives")),
				rule("GET", "/directives/import", PLANNERS, t -> get("/directives/import")),
				rule("POST", "/directives/import", PLANNERS, t -> post("/directives/import")
					.param("text", "KẾ HOẠCH\nthử\n\nI. NỘI DUNG\n1. Nội dung thử\n")),
				scoped("GET", "/directives/{id}", SIGNED_IN, t -> get("/directives/{id}", t.directive())),
				scoped("GET", "/directives/{id}/review", PLANNERS, t -> get("/directives/{id}/review", t.directive())),
				scoped("POST", "/directives/{id}/review", PLANNERS, t -> post("/directives/{id}/review", t.directive())
					.param("action", "save").param("campaignTitle", "Kế hoạch thử")),
				rule("POST", "/api/v1/directives/parse", PLANNERS, t -> post("/api/v1/directives/parse")
					.contentType(MediaType.TEXT_PLAIN).content("KẾ HOẠCH\nthử\n".getBytes(StandardCharsets.UTF_8))),

				rule("GET", "/campaigns", SIGNED_IN, t -> get("/campaigns")),
				scoped("GET", "/campaigns/{id}", SIGNED_IN, t -> get("/campaigns/{id}", t.task().campaignId())),
				scoped("POST", "/assignments/{id}/complete", DOERS, t -> {
					WorkFixtures.Task task = t.task();
					return post("/assignments/{id}/complete", task.assignmentId()).param("version", id(task.version()));
				}),
				scoped("POST", "/assignments/{id}/reopen", DOERS, t -> {
					WorkFixtures.Task task = t.completedTask();
					return post("/assignments/{id}/reopen", task.assignmentId()).param("version", id(task.version()));
				}),
				rule("GET", "/measures", SIGNED_IN, t -> get("/measures")),
				rule("POST", "/measures", ADMIN, t -> post("/measures").param("code", "m_" + SecurityFixtures.unique("")
					.substring(0, 8)).param("nameVi", "Chỉ tiêu thử").param("nameEn", "Test").param("unitVi", "lần")
					.param("unitEn", "times")),
				rule("GET", "/api/v1/campaigns", SIGNED_IN, t -> get("/api/v1/campaigns")),
				scoped("GET", "/api/v1/campaigns/{id}", SIGNED_IN, t -> get("/api/v1/campaigns/{id}",
						t.task().campaignId())),
				scoped("GET", "/api/v1/campaigns/{id}/assignments", SIGNED_IN,
						t -> get("/api/v1/campaigns/{id}/assignments", t.task().campaignId())),

				rule("GET", "/reports", SIGNED_IN, t -> get("/reports")),
				scoped("POST", "/reports/open", DOERS, t -> post("/reports/open")
					.param("campaignId", id(t.task().campaignId())).param("unitId", id(t.unit()))
					.param("period", ReportFixtures.PERIOD)),
				scoped("GET", "/reports/{id}", SIGNED_IN, t -> get("/reports/{id}", t.report().id())),
				scoped("POST", "/reports/{id}", DOERS, t -> {
					ReportFixtures.Opened r = t.report();
					return post("/reports/{id}", r.id()).param("version", id(r.version()))
						.param("leadership", "Đã quán triệt").param("action", "save");
				}),
				scoped("POST", "/reports/{id}/return", PLANNERS, t -> {
					ReportFixtures.Opened r = t.submittedReportBelow();
					return post("/reports/{id}/return", r.id()).param("version", id(r.version()))
						.param("comment", "Bổ sung");
				}),
				scoped("POST", "/reports/{id}/approve", PLANNERS, t -> {
					ReportFixtures.Opened r = t.submittedReportBelow();
					return post("/reports/{id}/approve", r.id()).param("version", id(r.version()));
				}),
				scoped("GET", "/reports/{id}/export", SIGNED_IN, t -> get("/reports/{id}/export", t.report().id())
					.param("format", "xlsx")),
				scoped("GET", "/api/v1/reports", SIGNED_IN, t -> get("/api/v1/reports")
					.param("campaignId", id(t.task().campaignId()))),
				scoped("POST", "/api/v1/reports", DOERS, t -> json(post("/api/v1/reports"),
						"{\"campaignId\":%d,\"unitId\":%d,\"period\":\"%s\"}".formatted(t.task().campaignId(), t.unit(),
								ReportFixtures.PERIOD))),
				scoped("POST", "/api/v1/reports/consolidate", PLANNERS, t -> json(post("/api/v1/reports/consolidate"),
						"{\"campaignId\":%d,\"unitId\":%d,\"period\":\"%s\"}".formatted(t.task().campaignId(), t.unit(),
								ReportFixtures.PERIOD))),
				scoped("GET", "/api/v1/reports/{id}", SIGNED_IN, t -> get("/api/v1/reports/{id}", t.report().id())),
				scoped("PUT", "/api/v1/reports/{id}", DOERS, t -> {
					ReportFixtures.Opened r = t.report();
					return json(put("/api/v1/reports/{id}", r.id()),
							"{\"version\":%d,\"leadership\":\"Đã quán triệt\"}".formatted(r.version()));
				}),
				scoped("POST", "/api/v1/reports/{id}/submit", DOERS, t -> {
					ReportFixtures.Opened r = t.report();
					return json(post("/api/v1/reports/{id}/submit", r.id()), "{\"version\":%d}".formatted(r.version()));
				}),
				scoped("POST", "/api/v1/reports/{id}/return", PLANNERS, t -> {
					ReportFixtures.Opened r = t.submittedReportBelow();
					return json(post("/api/v1/reports/{id}/return", r.id()),
							"{\"version\":%d,\"comment\":\"Bổ sung\"}".formatted(r.version()));
				}),
				scoped("POST", "/api/v1/reports/{id}/approve", PLANNERS, t -> {
					ReportFixtures.Opened r = t.submittedReportBelow();
					return json(post("/api/v1/reports/{id}/approve", r.id()), "{\"version\":%d}".formatted(r.version()));
				}),
				scoped("GET", "/api/v1/reports/{id}/export", SIGNED_IN, t -> get("/api/v1/reports/{id}/export",
						t.report().id()).param("format", "docx")),
				scoped("GET", "/reports/{id}/package", SIGNED_IN, t -> get("/reports/{id}/package",
						t.submittedReport().id())),
				scoped("GET", "/api/v1/reports/{id}/package", SIGNED_IN, t -> get("/api/v1/reports/{id}/package",
						t.submittedReport().id())),
				rule("GET", "/reports/import", SIGNED_IN, t -> get("/reports/import")),
				// a package from a unit below the caller's scope, into a campaign the caller sees
				scoped("POST", "/reports/import", PLANNERS, t -> multipart("/reports/import")
					.file(new MockMultipartFile("file", "goi.zip", "application/zip", t.packageFromBelow().content()))
					.param("campaignId", id(t.packageFromBelow().campaignId()))),
				scoped("POST", "/api/v1/reports/import", PLANNERS, t -> multipart("/api/v1/reports/import")
					.file(new MockMultipartFile("file", "goi.zip", "application/zip", t.packageFromBelow().content()))
					.param("campaignId", id(t.packageFromBelow().campaignId()))),
				scoped("GET", "/api/v1/campaigns/{id}/completeness", SIGNED_IN,
						t -> get("/api/v1/campaigns/{id}/completeness", t.task().campaignId()).param("period", "2026Q1")),
				scoped("GET", "/campaigns/{id}/dashboard", SIGNED_IN,
						t -> get("/campaigns/{id}/dashboard", t.task().campaignId()).param("period", "2026Q1")),
				scoped("GET", "/campaigns/{id}/dashboard.xlsx", SIGNED_IN,
						t -> get("/campaigns/{id}/dashboard.xlsx", t.task().campaignId())),
				scoped("GET", "/api/v1/campaigns/{id}/dashboard", SIGNED_IN,
						t -> get("/api/v1/campaigns/{id}/dashboard", t.task().campaignId()).param("unitId",
								id(t.unit()))),

				rule("GET", "/activities", SIGNED_IN, t -> get("/activities")),
				rule("GET", "/activities/new", DOERS, t -> get("/activities/new")),
				scoped("POST", "/activities", DOERS, t -> {
					WorkFixtures.Task task = t.task();
					return post("/activities").param("campaignId", id(task.campaignId())).param("unitId", id(t.unit()))
						.param("themeIds", id(task.themeId())).param("channelId", id(task.channelId()))
						.param("startsOn", "2026-02-03").param("title", "Hoạt động thử").param("measures[news]", "3");
				}),
				scoped("GET", "/activities/{id}", SIGNED_IN, t -> get("/activities/{id}", t.activity().getId())),
				scoped("GET", "/activities/{id}/edit", DOERS, t -> get("/activities/{id}/edit", t.activity().getId())),
				scoped("POST", "/activities/{id}", DOERS, t -> {
					vn.lantoa.activity.Activity a = t.activity();
					return post("/activities/{id}", a.getId()).param("campaignId", id(a.getCampaignId()))
						.param("unitId", id(a.getUnitId())).param("themeIds", id(a.themeIds().get(0)))
						.param("channelId", id(a.getChannelId())).param("startsOn", "2026-02-04")
						.param("title", "Đổi tên").param("version", id(a.getVersion()));
				}),
				scoped("POST", "/activities/{id}/delete", DOERS, t -> {
					vn.lantoa.activity.Activity a = t.activity();
					return post("/activities/{id}/delete", a.getId()).param("version", id(a.getVersion()));
				}),
				scoped("POST", "/activities/{id}/restore", PLANNERS, t -> post("/activities/{id}/restore",
						t.deletedActivity())),
				scoped("GET", "/activities/measure-fields", SIGNED_IN, t -> {
					WorkFixtures.Task task = t.task();
					return get("/activities/measure-fields").param("campaignId", id(task.campaignId()))
						.param("channelId", id(task.channelId()));
				}),
				rule("GET", "/api/v1/activities", SIGNED_IN, t -> get("/api/v1/activities")),
				scoped("GET", "/api/v1/activities/{id}", SIGNED_IN, t -> get("/api/v1/activities/{id}",
						t.activity().getId())),
				scoped("POST", "/api/v1/activities", DOERS, t -> {
					WorkFixtures.Task task = t.task();
					return json(post("/api/v1/activities"), """
							{"campaignId":%d,"unitId":%d,"themeIds":[%d],"channelId":%d,"startDate":"2026-02-03",
							 "title":"Hoạt động API","measures":{"news":2}}""".formatted(task.campaignId(), t.unit(),
							task.themeId(), task.channelId()));
				}),
				scoped("PUT", "/api/v1/activities/{id}", DOERS, t -> {
					vn.lantoa.activity.Activity a = t.activity();
					return json(put("/api/v1/activities/{id}", a.getId()), """
							{"version":%d,"campaignId":%d,"unitId":%d,"themeIds":[%d],"channelId":%d,
							 "startDate":"2026-02-05","title":"Đổi tên API"}""".formatted(a.getVersion(),
							a.getCampaignId(), a.getUnitId(), a.themeIds().get(0), a.getChannelId()));
				}),
				scoped("DELETE", "/api/v1/activities/{id}", DOERS, t -> {
					vn.lantoa.activity.Activity a = t.activity();
					return delete("/api/v1/activities/{id}", a.getId()).param("version", id(a.getVersion()));
				}),

				scoped("GET", "/campaigns/{id}/activities-template.xlsx", SIGNED_IN,
						t -> get("/campaigns/{id}/activities-template.xlsx", t.task().campaignId())),
				rule("GET", "/activities/import", DOERS, t -> get("/activities/import")),
				// rows for another unit's code are row errors of the page; another unit's campaign is refused
				scoped("POST", "/activities/import", DOERS, t -> multipart("/activities/import")
					.file(new MockMultipartFile("file", "hoat-dong.xlsx", XLSX, headerOnlySheet()))
					.param("campaignId", id(t.task().campaignId()))),
				scoped("GET", "/activities/export.xlsx", SIGNED_IN,
						t -> get("/activities/export.xlsx").param("unitId", id(t.unit()))),
				scoped("GET", "/activities/export.csv", SIGNED_IN,
						t -> get("/activities/export.csv").param("unitId", id(t.unit()))),

				scoped("POST", "/activities/{id}/evidence", DOERS,
						t -> evidence(multipart("/activities/{id}/evidence", t.activity().getId()))),
				scoped("GET", "/activities/{id}/evidence/{evidenceId}", SIGNED_IN, t -> {
					EvidenceFixtures.Attached e = t.evidence();
					return get("/activities/{id}/evidence/{evidenceId}", e.activityId(), e.evidenceId());
				}),
				scoped("GET", "/activities/{id}/evidence/{evidenceId}/thumbnail", SIGNED_IN, t -> {
					EvidenceFixtures.Attached e = t.evidence();
					return get("/activities/{id}/evidence/{evidenceId}/thumbnail", e.activityId(), e.evidenceId());
				}),
				scoped("POST", "/activities/{id}/evidence/{evidenceId}/delete", DOERS, t -> {
					EvidenceFixtures.Attached e = t.evidence();
					return post("/activities/{id}/evidence/{evidenceId}/delete", e.activityId(), e.evidenceId());
				}),
				scoped("POST", "/api/v1/activities/{id}/evidence", DOERS,
						t -> evidence(multipart("/api/v1/activities/{id}/evidence", t.activity().getId()))),
				scoped("GET", "/api/v1/activities/{id}/evidence", SIGNED_IN,
						t -> get("/api/v1/activities/{id}/evidence", t.activity().getId()))));
		rules.addAll(RecognitionAccessRules.rules());
		rules.addAll(NoticeAccessRules.rules());
		return rules;
	}

	/** An endpoint that takes no unit, account or token: only the caller's own side. */
	private static Rule rule(String method, String pattern, Set<Who> allowed, Sample sample) {
		return new Rule(method, pattern, allowed, sample, null, 0);
	}

	/** An endpoint that works on a unit, account or token: the same request on own and on another unit's data. */
	private static Rule scoped(String method, String pattern, Set<Who> allowed, Sample sample) {
		return new Rule(method, pattern, allowed, sample, sample, 0);
	}

	/** An endpoint that answers everyone with the same status. */
	private static Rule fixed(String method, String pattern, int status, Sample sample) {
		return new Rule(method, pattern, EVERYONE, sample, null, status);
	}

	private static final java.util.concurrent.atomic.AtomicInteger DAYS = new java.util.concurrent.atomic.AtomicInteger();

	/** A working day of 2150 or later that no sample has used yet. */
	static java.time.LocalDate freeDay() {
		vn.lantoa.calendar.WorkingCalendar statutory = vn.lantoa.calendar.WorkingCalendar.of(List.of());
		java.time.LocalDate day;
		do {
			day = java.time.LocalDate.of(2150, 1, 1).plusDays(DAYS.getAndIncrement());
		} while (!statutory.isWorkingDay(day));
		return day;
	}

	private static String id(long value) {
		return String.valueOf(value);
	}

	private static MockHttpServletRequestBuilder unitForm(MockHttpServletRequestBuilder request, String code,
			long parentId) {
		return request.param("code", code).param("name", "Đơn vị thử " + code).param("kind", "OFFICE")
			.param("parentId", id(parentId));
	}

	private static MockHttpServletRequestBuilder accountForm(MockHttpServletRequestBuilder request, String username,
			long unitId) {
		return request.param("username", username).param("fullName", "Người thử").param("email", "")
			.param("role", "REPORTER").param("unitId", id(unitId)).param("scopeUnitId", id(unitId));
	}

	private static String accountJson(String username, long unitId, String extra) {
		return "{\"username\":\"%s\",\"fullName\":\"Người thử\",\"role\":\"REPORTER\",\"unitId\":%d,\"scopeUnitId\":%d,%s}"
			.formatted(username, unitId, unitId, extra);
	}

	private static MockHttpServletRequestBuilder versioned(String path, SecurityFixtures.Unit unit) {
		return post(path, unit.id()).param("version", id(unit.version()));
	}

	private static MockHttpServletRequestBuilder versionJson(String action, SecurityFixtures.Unit unit) {
		return json(post("/api/v1/units/{id}/" + action, unit.id()), "{\"version\":%d}".formatted(unit.version()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** An activity sheet with the header and no activity. */
	private static byte[] headerOnlySheet() throws java.io.IOException {
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			workbook.createSheet("Hoạt động").createRow(0).createCell(0).setCellValue("Tên hoạt động");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static AbstractMockHttpServletRequestBuilder<?> evidence(
			MockMultipartHttpServletRequestBuilder request) {
		return request.file(new MockMultipartFile("file", "ảnh.png", "image/png", EvidenceFixtures.png()));
	}

	private static AbstractMockHttpServletRequestBuilder<?> upload(String path, String csv) {
		return multipart(path).file(new MockMultipartFile("file", "data.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8)));
	}
}
