package vn.lantoa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.Fixtures.reporterOf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestClock;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.Campaigns;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.notification.DueItems.DueItem;
import vn.lantoa.notification.DueItems.Kind;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * The reports the reminders are told about: owed by the register's rule (assigned, existing by the period's end, not
 * closed before it) and not submitted (not started, draft or returned), listed by the database.
 */
@LanToaTest
class ReportDeadlinesIntegrationTests {

	@Autowired
	ReportDeadlines deadlines;
	@Autowired
	ReportRegister register;
	@Autowired
	ReportDesk desk;
	@Autowired
	Campaigns campaigns;
	@Autowired
	CampaignPeriods periods;
	@Autowired
	CampaignPlanning planning;
	@Autowired
	UnitAdministration units;
	@Autowired
	TestClock clock;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	/**
	 * P's 2032 campaign, quarterly, of units A to F: A never opens its Q1 report, B keeps a draft, C's is returned,
	 * D's submitted, E's approved; F closes in February; G is founded and assigned in May, so owes from Q2 on.
	 */
	@Test
	void listsTheReportsOwedAndNotSubmittedWhoseDeadlineFallsInTheWindow() {
		clock.set(LocalDateTime.of(2032, 1, 2, 8, 0));
		Actor admin = fixtures.adminOver(fixtures.unit("THANHUY"));
		long p = unit(admin, fixtures.unit("THANHUY"), "P", UnitKind.CITY_COMMITTEE);
		long a = unit(admin, p, "A", UnitKind.PARTY_COMMITTEE);
		long b = unit(admin, p, "B", UnitKind.PARTY_COMMITTEE);
		long c = unit(admin, p, "C", UnitKind.PARTY_COMMITTEE);
		long d = unit(admin, p, "D", UnitKind.PARTY_COMMITTEE);
		long e = unit(admin, p, "E", UnitKind.PARTY_COMMITTEE);
		long f = unit(admin, p, "F", UnitKind.PARTY_COMMITTEE);
		Campaign campaign = planning.create(fixtures.adminOver(p),
				new CampaignPlan(null, "Kế hoạch hạn nộp " + Fixtures.unique("K"),
				LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31), List.of("Mục đích"), List.of(),
				new ReportSchedule(ReportSchedule.Frequency.QUARTERLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 5),
				List.of(new CampaignPlan.ThemePlan("Nội dung", "")),
				List.of(new CampaignPlan.ChannelPlan("Trên mạng", "", List.of(), List.of("news"))),
				List.of(new CampaignPlan.AssignmentPlan("Các đơn vị", List.of(a, b, c, d, e, f), List.of("Báo cáo"),
						LocalDate.of(2032, 12, 31)))));

		clock.set(LocalDateTime.of(2032, 2, 10, 9, 0));
		units.deactivate(admin, f, units.get(admin, f).getVersion());

		clock.set(LocalDateTime.of(2032, 4, 2, 9, 0));
		Actor coordinator = new Actor(1, "coord.p", "Điều phối P", Role.COORDINATOR, p, p, true);
		desk.open(reporterOf(b), campaign.getId(), b, "2032Q1", false);
		Report rc = desk.open(reporterOf(c), campaign.getId(), c, "2032Q1", false);
		rc = desk.submit(reporterOf(c), rc.getId(), rc.getVersion(), null);
		desk.returnToUnit(coordinator, rc.getId(), rc.getVersion(), "Bổ sung số liệu.");
		Report rd = desk.open(reporterOf(d), campaign.getId(), d, "2032Q1", false);
		desk.submit(reporterOf(d), rd.getId(), rd.getVersion(), null);
		Report re = desk.open(reporterOf(e), campaign.getId(), e, "2032Q1", false);
		re = desk.submit(reporterOf(e), re.getId(), re.getVersion(), null);
		desk.approve(coordinator, re.getId(), re.getVersion());

		clock.set(LocalDateTime.of(2032, 5, 2, 9, 0));
		long g = unit(admin, p, "G", UnitKind.PARTY_COMMITTEE);
		planning.assign(fixtures.adminOver(p),
				campaign.getId(), new CampaignPlan.AssignmentPlan("Đơn vị mới", List.of(g),
				List.of("Báo cáo"), LocalDate.of(2032, 12, 31)));

		List<ReportPeriod> terms = periods.of(campaign);
		LocalDate q1 = terms.get(0).deadline();
		assertThat(ofCampaign(deadlines.openBetween(q1, q1), campaign)).containsExactly(
				due(campaign, 0, a, q1), due(campaign, 0, b, q1), due(campaign, 0, c, q1));
		LocalDate q2 = terms.get(1).deadline();
		assertThat(ofCampaign(deadlines.openBetween(q1.plusDays(1), q2), campaign)).containsExactly(
				due(campaign, 1, a, q2), due(campaign, 1, b, q2), due(campaign, 1, c, q2), due(campaign, 1, d, q2),
				due(campaign, 1, e, q2), due(campaign, 1, g, q2));
		assertThat(ofCampaign(deadlines.openBetween(q1.plusDays(1), q2.minusDays(1)), campaign)).isEmpty();
	}

	/** Every campaign of the database, every period: the same items as the register's list over each root's tree. */
	@Test
	void agreesWithTheRegisterOverEveryCampaign() {
		LocalDate from = LocalDate.of(2000, 1, 1);
		LocalDate to = LocalDate.of(2100, 12, 31);
		assertThat(deadlines.openBetween(from, to)).containsExactlyInAnyOrderElementsOf(byRegister(from, to))
			.isNotEmpty();
	}

	/** The reports owed and not submitted as the register lists them, over each root's tree. */
	private List<DueItem> byRegister(LocalDate from, LocalDate to) {
		List<Long> roots = jdbc.sql("select id from org_unit where parent_id is null").query(Long.class).list();
		List<DueItem> due = new ArrayList<>();
		for (Campaign campaign : campaigns.findAll()) {
			List<ReportPeriod> terms = periods.of(campaign).stream()
				.filter(t -> !t.deadline().isBefore(from) && !t.deadline().isAfter(to)).toList();
			for (long root : roots) {
				for (ReportRegister.Owed owed : register.owed(campaign, terms, root)) {
					if (!owed.status().submitted()) {
						int index = terms.stream().filter(t -> t.key().equals(owed.periodKey())).findFirst()
							.orElseThrow().index();
						due.add(due(campaign, index, owed.periodKey(), owed.unitId(), owed.deadline()));
					}
				}
			}
		}
		return due;
	}

	private static DueItem due(Campaign campaign, int index, long unit, LocalDate deadline) {
		return due(campaign, index, "2032Q" + (index + 1), unit, deadline);
	}

	private static DueItem due(Campaign campaign, int index, String period, long unit, LocalDate deadline) {
		return new DueItem(Kind.REPORT_DUE, campaign.getId() * 1000 + index, unit, deadline,
				"Báo cáo " + period + " – " + campaign.getTitle(),
				"/reports?campaignId=" + campaign.getId() + "&period=" + period + "&unitId=" + unit);
	}

	private static List<DueItem> ofCampaign(List<DueItem> items, Campaign campaign) {
		return items.stream().filter(i -> i.subjectId() / 1000 == campaign.getId()).toList();
	}

	private long unit(Actor admin, long parent, String name, UnitKind kind) {
		return units.create(admin, parent, Fixtures.unique("H" + name), "Đơn vị " + name + " " + Fixtures.unique(""),
				kind).getId();
	}
}
