package vn.lantoa.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import vn.lantoa.Fixtures;
import vn.lantoa.LanToaApplication;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestClock;
import vn.lantoa.TestDatabases;
import vn.lantoa.account.AccountAdministration;
import vn.lantoa.account.AccountDetails;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.notification.DueItems.Kind;
import vn.lantoa.org.OrgUnit;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * Reminders with a real SMTP server (GreenMail on the port application-test.yml names) and a second application
 * instance on the same database: each reminder reaches each address once, however many nodes run the job.
 */
@LanToaTest
class ReminderIntegrationTests {

	private static final ServerSetup SMTP = new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
	private static ConfigurableApplicationContext second;

	@Autowired
	Reminders reminders;
	@Autowired
	TestClock clock;
	@Autowired
	UnitAdministration units;
	@Autowired
	AccountAdministration accounts;
	@Autowired
	CampaignPlanning planning;
	@Autowired
	CampaignDirectory directory;
	@Autowired
	EmailChoices choices;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;

	GreenMail mail;

	/**
	 * The second node starts once this class's own context has cleaned and migrated the shared database (an instance
	 * method runs after it), with its settings as arguments: builder properties are defaults that the application's
	 * own settings override.
	 */
	@BeforeEach
	void startSecondInstance() {
		if (second == null) {
			second = new SpringApplicationBuilder(LanToaApplication.class, TestClock.Config.class)
				.profiles("test", System.getProperty("lantoa.test.db", "postgres"))
				.run("--server.port=0", "--spring.modulith.events.republish-outstanding-events-on-restart=false",
						"--lantoa.demo=false");
		}
	}

	@AfterAll
	static void stopSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@AfterEach
	void tearDown() {
		clock.reset();
		second.getBean(TestClock.class).reset();
		if (mail != null) {
			mail.stop();
		}
	}

	record Story(long unitId, String wantsAll, String noAssignmentMail, Campaign campaign) {
	}

	/** A fresh unit with two users (one wants no assignment e-mails) and a campaign that gives it a task due on a day. */
	Story story(LocalDate taskDue) {
		OrgUnit unit = units.createUnchecked(fixtures.unit("THANHUY"), Fixtures.unique("NHAC"), "Chi bộ nhắc việc",
				UnitKind.PARTY_CELL);
		String first = Fixtures.unique("a").toLowerCase() + "@lantoa.test";
		String other = Fixtures.unique("b").toLowerCase() + "@lantoa.test";
		accounts.openUnchecked(new AccountDetails(Fixtures.unique("u"), "Người nhận", first, Role.REPORTER,
				unit.getId(), unit.getId()), TestDatabases.DEMO_PASSWORD);
		var quiet = accounts.openUnchecked(new AccountDetails(Fixtures.unique("u"), "Người không nhận thư", other,
				Role.REPORTER, unit.getId(), unit.getId()), TestDatabases.DEMO_PASSWORD);
		choices.choose(new Actor(quiet.getId(), quiet.getUsername(), "", Role.REPORTER, unit.getId(), unit.getId(), true),
				EnumSet.of(Kind.REPORT_DUE, Kind.NOTICE));
		Actor planner = fixtures.actor("admin");
		Campaign campaign = planning.create(planner, new CampaignPlan(null, "Kế hoạch nhắc việc " + Fixtures.unique(""),
				LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), List.of("Mục đích"), List.of(),
				new ReportSchedule(ReportSchedule.Frequency.QUARTERLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 5),
				List.of(new CampaignPlan.ThemePlan("Nội dung", "")),
				List.of(new CampaignPlan.ChannelPlan("Hình thức", "", List.of(), List.of("news"))),
				List.of(new CampaignPlan.AssignmentPlan("Tuyên truyền nhắc việc", List.of(unit.getId()),
						List.of("Nhiệm vụ"), taskDue))));
		return new Story(unit.getId(), first, other, campaign);
	}

	void at(LocalDate day) {
		clock.set(day.atTime(9, 0));
		second.getBean(TestClock.class).set(day.atTime(9, 0));
	}

	/** Both instances run the job at the same moment. */
	void runOnBothNodes() {
		Reminders other = second.getBean(Reminders.class);
		CompletableFuture<Integer> there = CompletableFuture.supplyAsync(other::run);
		int here = reminders.run();
		int away = there.join();
		if (here == -1 || away == -1) {
			// one node found the other holding the lock: run the claims without it too, the unique key must hold
			assertThat(other.remind() + reminders.remind()).isZero();
		}
	}

	List<String> subjectsTo(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).equals(address)).map(m -> {
			try {
				return m.getSubject();
			} catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static String to(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		} catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	int inApp(String address, String kind) {
		return jdbc.sql("""
				select count(*) from notification n join account a on a.id = n.account_id
				where a.email = ? and n.kind = ?""").params(address, kind).query(Integer.class).single();
	}

	@Test
	void eachReminderReachesEachAddressOnceWithTwoNodes() {
		mail = new GreenMail(SMTP);
		mail.start();
		Story story = story(LocalDate.of(2031, 6, 20));

		at(LocalDate.of(2031, 6, 16));
		runOnBothNodes();
		runOnBothNodes();
		assertThat(subjectsTo(story.wantsAll())).containsExactly(
				"[Lan Tỏa] Sắp đến hạn ngày 20/06/2031: Nhiệm vụ: Tuyên truyền nhắc việc – " + story.campaign().getTitle());
		assertThat(subjectsTo(story.noAssignmentMail())).isEmpty();
		assertThat(inApp(story.noAssignmentMail(), "ASSIGNMENT_DUE")).isEqualTo(1);

		at(LocalDate.of(2031, 6, 19));
		runOnBothNodes();
		at(LocalDate.of(2031, 6, 21));
		runOnBothNodes();
		runOnBothNodes();
		assertThat(subjectsTo(story.wantsAll())).hasSize(3);
		assertThat(subjectsTo(story.wantsAll()).get(2)).startsWith("[Lan Tỏa] Đã quá hạn ngày 20/06/2031: Nhiệm vụ");
		assertThat(inApp(story.wantsAll(), "ASSIGNMENT_DUE")).isEqualTo(3);

		// the second quarter's report: due some days after 30/06, reminded 5 days and 1 day before, to both users
		LocalDate deadline = directory.periods(story.campaign()).get(1).deadline();
		at(deadline.minusDays(4));
		runOnBothNodes();
		at(deadline.minusDays(1));
		runOnBothNodes();
		assertThat(subjectsTo(story.noAssignmentMail())).hasSize(2)
			.allMatch(s -> s.contains("Báo cáo 2031Q2 – " + story.campaign().getTitle()));
		assertThat(jdbc.sql("select distinct subject_id from notification where kind = 'REPORT_DUE' and unit_id = ?")
			.param(story.unitId()).query(Long.class).list()).containsExactly(story.campaign().getId() * 1000 + 1);
	}

	@Test
	void aUserOpenedLaterTheSameDayIsRemindedAtTheNextRunAndInactiveUsersNever() {
		Story story = story(LocalDate.of(2031, 11, 20));
		at(LocalDate.of(2031, 11, 16));
		reminders.remind();
		assertThat(inApp(story.wantsAll(), "ASSIGNMENT_DUE")).isEqualTo(1);
		assertThat(inApp(story.noAssignmentMail(), "ASSIGNMENT_DUE")).isEqualTo(1);

		String later = Fixtures.unique("c").toLowerCase() + "@lantoa.test";
		String gone = Fixtures.unique("d").toLowerCase() + "@lantoa.test";
		accounts.openUnchecked(new AccountDetails(Fixtures.unique("u"), "Người đến sau", later, Role.REPORTER,
				story.unitId(), story.unitId()), TestDatabases.DEMO_PASSWORD);
		var leaving = accounts.openUnchecked(new AccountDetails(Fixtures.unique("u"), "Người đã nghỉ", gone,
				Role.REPORTER, story.unitId(), story.unitId()), TestDatabases.DEMO_PASSWORD);
		accounts.deactivate(fixtures.actor("admin"), leaving.getId(), leaving.getVersion());
		reminders.remind();
		reminders.remind();
		assertThat(inApp(later, "ASSIGNMENT_DUE")).isEqualTo(1);
		assertThat(inApp(gone, "ASSIGNMENT_DUE")).isZero();
		String reminder = "BEFORE_5 2031-11-20 Nhiệm vụ: Tuyên truyền nhắc việc – " + story.campaign().getTitle()
				+ " /campaigns/" + story.campaign().getId();
		assertThat(jdbc.sql("""
				select n.stage || ' ' || n.due_on || ' ' || n.title || ' ' || n.link || ' ' || n.email_status || ' '
				       || coalesce(n.email_to, '-')
				from notification n where n.unit_id = ? and n.kind = 'ASSIGNMENT_DUE' order by n.id""")
			.param(story.unitId()).query(String.class).list()).containsExactly(
					reminder + " PENDING " + story.wantsAll(), reminder + " NONE -", reminder + " PENDING " + later);
	}

	@Test
	void anSmtpServerThatIsDownGetsTheMailLaterOnceAndAdminsSeeTheFailure() throws Exception {
		Story story = story(LocalDate.of(2031, 9, 10));
		at(LocalDate.of(2031, 9, 9));
		reminders.run();
		assertThat(jdbc.sql("""
				select n.email_status || '/' || n.email_attempts from notification n join account a on a.id = n.account_id
				where a.email = ?""").param(story.wantsAll()).query(String.class).single()).isEqualTo("PENDING/1");
		MockHttpSession admin = (MockHttpSession) mvc
			.perform(formLogin("/login").user("admin").password(TestDatabases.DEMO_PASSWORD)).andReturn().getRequest()
			.getSession();
		mvc.perform(get("/admin/notifications").session(admin)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(story.wantsAll())));

		mail = new GreenMail(SMTP);
		mail.start();
		reminders.run();
		assertThat(subjectsTo(story.wantsAll())).as("not before its back-off has passed").isEmpty();
		clock.set(LocalDateTime.of(2031, 9, 9, 9, 2));
		reminders.run();
		reminders.run();
		assertThat(subjectsTo(story.wantsAll())).hasSize(1);
		assertThat(jdbc.sql("""
				select n.email_status from notification n join account a on a.id = n.account_id where a.email = ?""")
			.param(story.wantsAll()).query(String.class).single()).isEqualTo("SENT");
		mvc.perform(get("/admin/notifications").session(admin)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(story.wantsAll()))));
	}
}
