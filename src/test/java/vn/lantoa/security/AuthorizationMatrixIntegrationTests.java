package vn.lantoa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.activity.Activity;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.activity.EvidenceStore;
import vn.lantoa.campaign.AssignmentProgress;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.directive.DirectiveImport;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.jayway.jsonpath.JsonPath;

import vn.lantoa.LanToaTest;
import vn.lantoa.security.AccessRules.Rule;
import vn.lantoa.security.AccessRules.Sample;
import vn.lantoa.security.AccessRules.Who;
import vn.lantoa.shared.Role;

/**
 * Every endpoint, for every role and for anonymous callers, on the caller's own data and on another unit's: the
 * rule of the system is that an account works on the subtree of its scope unit and nothing else, and that only
 * admins manage units and accounts. The callers are throwaway accounts placed like the demo ones (the admin with
 * scope THANHUY, so that TINHUY and BTG-TINHUY lie outside it).
 */
@LanToaTest
class AuthorizationMatrixIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	CampaignPlanning planning;

	@Autowired
	AssignmentProgress progress;

	@Autowired
	DirectiveImport directives;

	@Autowired
	CampaignDirectory campaigns;

	@Autowired
	ActivityRecording recording;

	@Autowired
	EvidenceStore evidence;

	@Autowired
	vn.lantoa.report.ReportDesk reportDesk;

	@Autowired
	vn.lantoa.report.ReportPackages reportPackages;

	@Autowired
	org.springframework.context.ApplicationContext context;

	SecurityFixtures fixtures;
	ReportFixtures reports;
	WorkFixtures work;
	EvidenceFixtures activities;

	record Caller(Who who, String username, MockHttpSession session, String token, long scopeUnit, long otherUnit) {
	}

	@BeforeEach
	void setUp() {
		fixtures = new SecurityFixtures(mvc, jdbc);
		work = new WorkFixtures(planning, progress, directives, recording, jdbc);
		activities = new EvidenceFixtures(work, campaigns, recording, evidence, jdbc);
		reports = new ReportFixtures(work, reportDesk, reportPackages, jdbc);
	}

	@Test
	void everyEndpointHasExactlyOneRule() {
		List<String> rules = AccessRules.all().stream().map(Rule::endpoint).toList();
		assertThat(rules).doesNotHaveDuplicates();
		assertThat(Endpoints.of(mapping)).containsExactlyElementsOf(new TreeSet<>(rules));
	}

	@TestFactory
	List<DynamicTest> eachRoleIsAllowedOrRefusedAsTheRulesSay() throws Exception {
		String outsider = SecurityFixtures.unique("t.");
		fixtures.newAccount(outsider, Role.REPORTER, unit("BTG-TINHUY"), unit("BTG-TINHUY"));
		List<Caller> callers = List.of(caller(Who.ADMIN, Role.ADMIN, "THANHUY", "THANHUY", "BTG-TINHUY"),
				caller(Who.COORDINATOR, Role.COORDINATOR, "BTG-TU", "THANHUY", "BTG-TINHUY"),
				caller(Who.LEADER, Role.LEADER, "THANHUY", "THANHUY", "TINHUY"),
				caller(Who.REPORTER, Role.REPORTER, "DB-SONGCAU", "DB-SONGCAU", "DB-DUCXUAN"));
		List<Caller> all = new ArrayList<>(callers);
		all.add(new Caller(Who.ANONYMOUS, null, null, null, unit("DB-SONGCAU"), unit("DB-DUCXUAN")));
		String someone = callers.get(3).username();
		List<DynamicTest> tests = new ArrayList<>();
		for (Rule rule : AccessRules.all()) {
			for (Caller caller : all) {
				tests.add(DynamicTest.dynamicTest(name(rule, caller, "own"),
						() -> check(rule, caller, rule.own(), true, someone, outsider)));
				if (rule.other() != null) {
					tests.add(DynamicTest.dynamicTest(name(rule, caller, "another unit's"),
							() -> check(rule, caller, rule.other(), false, someone, outsider)));
				}
			}
		}
		return tests;
	}

	@Test
	void adminScopedToTheCityCommitteeSeesNothingAboveIt() throws Exception {
		String username = SecurityFixtures.unique("t.");
		fixtures.newAccount(username, Role.ADMIN, unit("THANHUY"), unit("THANHUY"));
		MockHttpSession session = fixtures.signIn(username, SecurityFixtures.PASSWORD);
		String token = fixtures.token(username, SecurityFixtures.PASSWORD, null);
		for (String code : List.of("TINHUY", "BTG-TINHUY")) {
			assertThat(status(get("/units/{id}", unit(code)).session(session))).as(code).isEqualTo(403);
			assertThat(status(get("/units/new").param("parentId", String.valueOf(unit(code))).session(session)))
				.as(code).isEqualTo(403);
			assertThat(status(get("/api/v1/units/{id}", unit(code)).header("Authorization", "Bearer " + token)))
				.as(code).isEqualTo(403);
		}
		assertThat(unitCodes(token)).contains("THANHUY", "DB-SONGCAU").doesNotContain("TINHUY", "BTG-TINHUY");
		assertThat(unitCodes(fixtures.adminToken())).contains("TINHUY", "BTG-TINHUY", "THANHUY");
	}

	@Test
	void reporterSeesOnlyTheirOwnUnitsSubtree() throws Exception {
		SecurityFixtures.Unit unit = fixtures.newUnit(unit("DB-SONGCAU"));
		String username = SecurityFixtures.unique("t.");
		fixtures.newAccount(username, Role.REPORTER, unit.id(), unit.id());
		assertThat(unitCodes(fixtures.token(username, SecurityFixtures.PASSWORD, null))).containsExactly(unit.code());
	}

	private void check(Rule rule, Caller caller, Sample sample, boolean own, String someone, String outsider)
			throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = sample.request(target(caller, own, someone, outsider));
		if (rule.api() && caller.token() != null) {
			request.header("Authorization", "Bearer " + caller.token());
		}
		if (!rule.api() && caller.session() != null) {
			request.session(caller.session());
		}
		if (!rule.api() && !List.of("GET", "*").contains(rule.method())) {
			request.with(csrf());
		}
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		String seen = name(rule, caller, own ? "own" : "another unit's") + ": " + status
				+ (location == null ? "" : " → " + location);
		boolean toLogin = location != null && location.matches("(http://localhost)?/login");
		if (rule.status() != 0) {
			assertThat(status).as(seen).isEqualTo(rule.status());
		} else if (own && rule.allowed().contains(caller.who())) {
			assertThat(status >= 200 && status < 400 && !toLogin).as("allowed, but " + seen).isTrue();
		} else if (caller.who() == Who.ANONYMOUS && rule.api()) {
			assertThat(status).as(seen).isEqualTo(401);
		} else if (caller.who() == Who.ANONYMOUS) {
			assertThat(status == 302 && toLogin).as("sent to sign in, but " + seen).isTrue();
		} else {
			assertThat(status).as("refused, but " + seen).isIn(403, 404);
		}
	}

	private AccessRules.Target target(Caller caller, boolean own, String someone, String outsider) {
		long unit = own ? caller.scopeUnit() : caller.otherUnit();
		String username = caller.username() == null ? someone : caller.username();
		return new AccessRules.Target() {
			public long unit() {
				return unit;
			}

			public long scopeUnit() {
				return caller.scopeUnit();
			}

			public SecurityFixtures.Unit freshUnit() throws Exception {
				return fixtures.newUnit(unit);
			}

			public long freshAccount() throws Exception {
				return fixtures.newAccount(Role.REPORTER, unit);
			}

			public int accountVersion(long accountId) {
				return fixtures.accountVersion(accountId);
			}

			public long freshToken() throws Exception {
				return fixtures.tokenId(own ? username : outsider, SecurityFixtures.PASSWORD);
			}

			public String username() {
				return username;
			}

			public WorkFixtures.Task task() {
				return work.task(unit);
			}

			public WorkFixtures.Task completedTask() {
				return work.completedTask(unit);
			}

			public long directive() {
				return work.directive(unit);
			}

			public Activity activity() {
				return work.activity(unit);
			}

			public long deletedActivity() {
				return work.deletedActivity(unit);
			}

			public EvidenceFixtures.Attached evidence() {
				return activities.evidence(unit);
			}

			public ReportFixtures.Opened report() {
				return reports.draft(unit);
			}

			public ReportFixtures.Opened submittedReportBelow() throws Exception {
				return reports.submitted(fixtures.newUnit(unit).id());
			}

			public ReportFixtures.Opened submittedReport() {
				return reports.submitted(unit);
			}

			private ReportFixtures.Packed packed;

			public ReportFixtures.Packed packageFromBelow() throws Exception {
				if (packed == null) {
					packed = reports.packed(fixtures.newUnit(unit).id());
				}
				return packed;
			}

			public java.time.LocalDate calendarDay() {
				return work.calendarDay(AccessRules.freeDay());
			}

			public RecognitionFixtures recognition() {
				return new RecognitionFixtures(context, work, fixtures, unit);
			}

			public NoticeAccessRules.Sent notice() throws Exception {
				long recipient = jdbc.sql("select unit_id from account where username = ?")
					.param(own ? username : outsider).query(Long.class).single();
				long province = jdbc.sql("select id from org_unit where code = 'TINHUY'").query(Long.class).single();
				long admin = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
				long id = context.getBean(vn.lantoa.notice.NoticeDesk.class).send(
						new vn.lantoa.shared.Actor(admin, "admin", "admin", Role.ADMIN, province, province, true),
						new vn.lantoa.notice.NoticeDraft(vn.lantoa.notice.Notice.Kind.GUIDANCE, "Thông báo thử", "Nội dung",
								null, java.util.List.of(recipient), java.util.List.of()),
						java.util.List.of(new vn.lantoa.notice.NoticeDesk.Upload("thu.pdf", NoticeAccessRules.PDF)));
				long file = jdbc.sql("select id from notice_file where notice_id = ?").param(id).query(Long.class)
					.single();
				return new NoticeAccessRules.Sent(id, file);
			}

			public NoticeAccessRules.Sent information() throws Exception {
				long from = fixtures.newUnit(unit).id();
				long id = context.getBean(vn.lantoa.notice.InformationDesk.class).send(
						new vn.lantoa.shared.Actor(0, "admin", "admin", Role.REPORTER, from, from, true), "Tình hình",
						"Nội dung", true,
						java.util.List.of(new vn.lantoa.notice.NoticeDesk.Upload("thu.pdf", NoticeAccessRules.PDF)));
				long file = jdbc.sql("select id from information_file where information_id = ?").param(id)
					.query(Long.class).single();
				return new NoticeAccessRules.Sent(id, file);
			}

			public long notification() {
				long account = jdbc.sql("select id from account where username = ?").param(own ? username : outsider)
					.query(Long.class).single();
				jdbc.sql("""
						insert into notification (account_id, kind, subject_id, due_on, stage, unit_id, title, link,
						    created_at, email_status)
						select id, 'ASSIGNMENT_DUE', ?, current_date, 'OVERDUE', unit_id, 'Thử', '/', current_timestamp, 'NONE'
						from account where id = ?""").params(System.nanoTime(), account).update();
				return jdbc.sql("select max(id) from notification where account_id = ?").param(account)
					.query(Long.class).single();
			}
		};
	}

	private Caller caller(Who who, Role role, String unitCode, String scopeCode, String otherCode) throws Exception {
		String username = SecurityFixtures.unique("t.");
		fixtures.newAccount(username, role, unit(unitCode), unit(scopeCode));
		return new Caller(who, username, fixtures.signIn(username, SecurityFixtures.PASSWORD),
				fixtures.token(username, SecurityFixtures.PASSWORD, null), unit(scopeCode), unit(otherCode));
	}

	private static String name(Rule rule, Caller caller, String side) {
		return "%s as %s on %s data".formatted(rule.endpoint(), caller.who(), side);
	}

	private long unit(String code) {
		return fixtures.unitId(code);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private List<String> unitCodes(String token) throws Exception {
		String body = mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andReturn()
			.getResponse().getContentAsString();
		List<String> codes = JsonPath.read(body, "$[*].code");
		return codes.stream().collect(Collectors.toList());
	}
}
