package vn.lantoa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.org.UnitKind;
import vn.lantoa.report.ReportRegister.Owed;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * The database's pages and counts of the reports owed ({@link OwedReports}) against the register's list in Java: the
 * same reports, in the same order (period, Vietnamese name, id), the same totals and rates, page by page.
 */
@LanToaTest
class OwedReportsIntegrationTests {

	@Autowired
	OwedReports owed;
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
	 * P's quarterly 2036 campaign over two groups and units with names that test the order (diacritics, case, equal
	 * names): drafts, reports on time and late, returned and approved; a unit closed in February owes nothing, one
	 * that reported in March and closed before the quarter's end still counts for it, one closed in August owes up to
	 * Q2; a unit founded in May and an old unit assigned in May owe from Q2; a unit moved in May from X to Y and a
	 * report of the moved unit's child.
	 */
	@Test
	void agreesWithTheRegisterOnUnitsFoundedClosedMovedAndEveryStatus() {
		clock.set(LocalDateTime.of(2036, 1, 2, 8, 0));
		Actor admin = fixtures.adminOver(fixtures.unit("THANHUY"));
		long p = unit(admin, fixtures.unit("THANHUY"), "Thành phố P " + Fixtures.unique(""));
		long x = unit(admin, p, "Đảng bộ khối X");
		long y = unit(admin, p, "Đảng bộ khối Y");
		long na1 = unit(admin, x, "Chi bộ thôn Nà");
		long na2 = unit(admin, y, "Chi bộ thôn Nà");
		long na3 = unit(admin, x, "chi bộ thôn na");
		long uy = unit(admin, x, "Ủy ban phường Ưng");
		long uyOld = unit(admin, y, "Uỷ ban xã An");
		long ap = unit(admin, y, "Ấp Bình");
		long an = unit(admin, x, "Ăn Chài");
		long dong = unit(admin, y, "Đông Hỷ");
		long dan = unit(admin, y, "Dân vận");
		long moving = unit(admin, x, "Đảng bộ cơ sở Mới chuyển");
		long movingChild = unit(admin, moving, "Chi bộ Bản Lườn");
		long closedEarly = unit(admin, x, "Bản đóng sớm");
		long closedAfterReport = unit(admin, y, "Bản đã báo cáo");
		long closedLater = unit(admin, y, "Bản đóng tháng 8");
		long assignedLater = unit(admin, x, "Hội Cựu chiến binh");
		List<Long> planned = List.of(p, x, y, na1, na2, na3, uy, uyOld, ap, an, dong, dan, moving, movingChild,
				closedEarly, closedAfterReport, closedLater);
		Campaign campaign = quarterly(p, 2036, planned);
		long id = campaign.getId();
		Actor coordinator = new Actor(1, "coord.p", "Điều phối P", Role.COORDINATOR, p, p, true);

		clock.set(LocalDateTime.of(2036, 2, 10, 9, 0));
		units.deactivate(admin, closedEarly, units.get(admin, closedEarly).getVersion());
		clock.set(LocalDateTime.of(2036, 3, 20, 9, 0));
		submit(closedAfterReport, id, "2036Q1");
		clock.set(LocalDateTime.of(2036, 3, 28, 9, 0));
		units.deactivate(admin, closedAfterReport, units.get(admin, closedAfterReport).getVersion());

		clock.set(LocalDateTime.of(2036, 4, 2, 9, 0));
		desk.open(reporterOf(na1), id, na1, "2036Q1", false);
		submit(na2, id, "2036Q1");
		Report returned = submit(na3, id, "2036Q1");
		desk.returnToUnit(coordinator, returned.getId(), returned.getVersion(), "Bổ sung số liệu.");
		Report approved = submit(uy, id, "2036Q1");
		desk.approve(coordinator, approved.getId(), approved.getVersion());
		submit(movingChild, id, "2036Q1");
		submit(p, id, "2036Q1");
		clock.set(LocalDateTime.of(2036, 4, 20, 9, 0));
		submit(ap, id, "2036Q1");
		Report lateApproved = submit(an, id, "2036Q1");
		desk.approve(coordinator, lateApproved.getId(), lateApproved.getVersion());

		clock.set(LocalDateTime.of(2036, 5, 2, 9, 0));
		long founded = unit(admin, y, "Chi bộ Mới thành lập");
		planning.assign(fixtures.adminOver(p),
				id, new CampaignPlan.AssignmentPlan("Đơn vị mới", List.of(founded, assignedLater),
				List.of("Báo cáo"), LocalDate.of(2036, 12, 31)));
		units.move(admin, moving, units.get(admin, moving).getVersion(), y);

		clock.set(LocalDateTime.of(2036, 7, 3, 9, 0));
		submit(founded, id, "2036Q2");
		submit(assignedLater, id, "2036Q2");
		submit(na1, id, "2036Q2");
		Report q2Approved = submit(moving, id, "2036Q2");
		desk.approve(coordinator, q2Approved.getId(), q2Approved.getVersion());
		desk.open(reporterOf(dan), id, dan, "2036Q2", false);
		clock.set(LocalDateTime.of(2036, 7, 30, 9, 0));
		submit(dong, id, "2036Q2");
		clock.set(LocalDateTime.of(2036, 8, 5, 9, 0));
		units.deactivate(admin, closedLater, units.get(admin, closedLater).getVersion());

		List<Owed> q1 = register.owed(campaign, List.of(periods.find(campaign, "2036Q1")), p);
		assertThat(q1).extracting(Owed::unitId).contains(closedAfterReport).doesNotContain(closedEarly, founded,
				assignedLater);
		assertThat(q1).extracting(Owed::status).contains(ReportStatus.NOT_STARTED, ReportStatus.DRAFT,
				ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.APPROVED);
		assertThat(q1).extracting(Owed::onTime).contains(true, false, null);
		for (long top : List.of(p, x, y, moving, na1, closedEarly)) {
			agrees(campaign, top, 3);
		}
		assertThat(owed.completeness(campaign, periods.find(campaign, "2036Q1"), p))
			.extracting(ReportRegister.Completeness::expected, ReportRegister.Completeness::submitted,
					ReportRegister.Completeness::onTime, ReportRegister.Completeness::returned)
			.containsExactly(16, 7, 5, 1);
	}

	/**
	 * The register keeps each subtree's assigned units while the register's counter stands: after each kind of change
	 * that moves who owes (an assignment, a new name, a closed unit, a unit moved out), it agrees with the database
	 * at once.
	 */
	@Test
	void followsEveryChangeOfItsUnitsAtOnce() {
		clock.set(LocalDateTime.of(2037, 1, 2, 8, 0));
		Actor admin = fixtures.adminOver(fixtures.unit("THANHUY"));
		long p = unit(admin, fixtures.unit("THANHUY"), "Thành phố Q " + Fixtures.unique(""));
		long an = unit(admin, p, "An Bình");
		long binh = unit(admin, p, "Bình Minh");
		long chau = unit(admin, p, "Châu Long");
		long dong = unit(admin, p, "Đông Xá");
		Campaign campaign = quarterly(p, 2037, List.of(an, binh, chau));
		ReportPeriod q1 = periods.find(campaign, "2037Q1");
		assertThat(register.owed(campaign, List.of(q1), p)).extracting(Owed::unitId).containsExactly(an, binh, chau);

		clock.set(LocalDateTime.of(2037, 2, 2, 9, 0));
		planning.assign(fixtures.adminOver(p), campaign.getId(), new CampaignPlan.AssignmentPlan("Đơn vị thêm",
				List.of(dong), List.of("Báo cáo"), LocalDate.of(2037, 12, 31)));
		assertThat(register.owed(campaign, List.of(q1), p)).extracting(Owed::unitId)
			.containsExactly(an, binh, chau, dong);
		agrees(campaign, p, 0);

		units.describe(admin, an, units.get(admin, an).getVersion(), units.get(admin, an).getCode(), "Yên Thịnh",
				UnitKind.PARTY_COMMITTEE);
		assertThat(register.owed(campaign, List.of(q1), p)).extracting(Owed::unitId, Owed::unitName)
			.endsWith(tuple(an, "Yên Thịnh"));
		agrees(campaign, p, 0);

		units.deactivate(admin, binh, units.get(admin, binh).getVersion());
		assertThat(register.owed(campaign, List.of(q1), p)).extracting(Owed::unitId).doesNotContain(binh);
		agrees(campaign, p, 0);

		units.move(admin, chau, units.get(admin, chau).getVersion(), fixtures.unit("THANHUY"));
		assertThat(register.owed(campaign, List.of(q1), p)).extracting(Owed::unitId).containsExactly(dong, an);
		agrees(campaign, p, 0);
	}

	/** Every campaign in the database (the demo's and the other tests'), over each root's tree. */
	@Test
	void agreesWithTheRegisterOverEveryCampaign() {
		List<Long> roots = jdbc.sql("select id from org_unit where parent_id is null").query(Long.class).list();
		int compared = 0;
		for (Campaign campaign : campaigns.findAll()) {
			for (long root : roots) {
				compared += agrees(campaign, root, 0);
			}
		}
		assertThat(compared).isPositive();
	}

	/**
	 * The database and the register agree on every period and all periods at once over the subtree of {@code top},
	 * whole and in pages ({@code size} a page, or a quarter of the list when 0). Returns how many reports it compared.
	 */
	private int agrees(Campaign campaign, long top, int size) {
		List<ReportPeriod> all = periods.of(campaign);
		List<List<ReportPeriod>> choices = new ArrayList<>();
		choices.add(all);
		all.forEach(t -> choices.add(List.of(t)));
		int compared = 0;
		for (List<ReportPeriod> terms : choices) {
			List<Owed> expected = register.owed(campaign, terms, top);
			String what = campaign.getId() + " " + top + " " + terms.stream().map(ReportPeriod::key).toList();
			OwedReports.Page whole = owed.page(campaign, terms, top, 0, Integer.MAX_VALUE);
			assertThat(whole.items()).as(what).isEqualTo(expected);
			assertThat(whole.total()).as(what).isEqualTo(expected.size());
			int pageSize = size > 0 ? size : expected.size() / 4 + 1;
			List<Owed> paged = new ArrayList<>();
			for (int offset = 0; offset < expected.size(); offset += pageSize) {
				OwedReports.Page page = owed.page(campaign, terms, top, offset, pageSize);
				assertThat(page.total()).as(what).isEqualTo(expected.size());
				assertThat(page.items()).as(what).hasSize(Math.min(pageSize, expected.size() - offset));
				paged.addAll(page.items());
			}
			assertThat(paged).as(what).isEqualTo(expected);
			assertThat(owed.page(campaign, terms, top, expected.size(), pageSize).items()).as(what).isEmpty();
			compared += expected.size();
		}
		for (ReportPeriod term : all) {
			assertThat(owed.completeness(campaign, term, top)).as(campaign.getId() + " " + top + " " + term.key())
				.isEqualTo(ReportRegister.completeness(term, register.owed(campaign, List.of(term), top)));
		}
		return compared;
	}

	/** A quarterly campaign of the year planned by {@code top}'s administrator, with work for the units. */
	private Campaign quarterly(long top, int year, List<Long> units) {
		return planning.create(fixtures.adminOver(top), new CampaignPlan(null, "Kế hoạch " + Fixtures.unique("K"),
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), List.of("Mục đích"), List.of(),
				new ReportSchedule(ReportSchedule.Frequency.QUARTERLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 5),
				List.of(new CampaignPlan.ThemePlan("Nội dung", "")),
				List.of(new CampaignPlan.ChannelPlan("Trên mạng", "", List.of(), List.of("news"))),
				List.of(new CampaignPlan.AssignmentPlan("Các đơn vị", units, List.of("Báo cáo"),
						LocalDate.of(year, 12, 31)))));
	}

	private Report submit(long unit, long campaign, String period) {
		Report report = desk.open(reporterOf(unit), campaign, unit, period, false);
		return desk.submit(reporterOf(unit), report.getId(), report.getVersion(), null);
	}

	private long unit(Actor admin, long parent, String name) {
		return units.create(admin, parent, Fixtures.unique("OW"), name, UnitKind.PARTY_COMMITTEE).getId();
	}
}
