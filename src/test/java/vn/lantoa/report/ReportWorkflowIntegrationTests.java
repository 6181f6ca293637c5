package vn.lantoa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lantoa.Fixtures.reporterOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestClock;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.org.OrgUnit;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.org.UnitKind;
import vn.lantoa.report.Figures.Kind;
import vn.lantoa.recognition.ExemplaryModel;
import vn.lantoa.recognition.ModelDetails;
import vn.lantoa.recognition.ModelRegistry;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.StaleEdit;

/**
 * One quarter of a small campaign told day by day with the clock: reports on time and late, a late activity,
 * a return and a late resubmission, approval, a unit founded and a unit closed mid-campaign, consolidation at two
 * levels. Every count is computed by hand in the comments.
 */
@LanToaTest
class ReportWorkflowIntegrationTests {

	@Autowired
	ReportDesk desk;
	@Autowired
	ReportRegister register;
	@Autowired
	ReportTally tally;
	@Autowired
	vn.lantoa.org.OrgTree tree;
	@Autowired
	CampaignPlanning planning;
	@Autowired
	ActivityRecording recording;
	@Autowired
	UnitAdministration units;
	@Autowired
	TestClock clock;
	@Autowired
	ModelRegistry models;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ReportChanges changes;
	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	long p;
	long a;
	long a1;
	long b;
	Campaign campaign;
	long theme1;
	long theme2;
	long ch1;
	long ch2;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	/** P with units A (and A1 below it) and B; a 2030 campaign of P, quarterly, due 8 days after each quarter. */
	void story() {
		clock.set(LocalDateTime.of(2030, 1, 2, 8, 0));
		Actor admin = fixtures.adminOver(fixtures.unit("THANHUY"));
		p = unit(admin, fixtures.unit("THANHUY"), "P", UnitKind.CITY_COMMITTEE);
		a = unit(admin, p, "A", UnitKind.PARTY_COMMITTEE);
		a1 = unit(admin, a, "A1", UnitKind.PARTY_CELL);
		b = unit(admin, p, "B", UnitKind.PARTY_COMMITTEE);
		campaign = planning.create(fixtures.adminOver(p),
				new CampaignPlan(null, "Kế hoạch báo cáo " + Fixtures.unique("K"),
				LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), List.of("Mục đích"), List.of(),
				new ReportSchedule(ReportSchedule.Frequency.QUARTERLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 8),
				List.of(new CampaignPlan.ThemePlan("Nội dung một", ""), new CampaignPlan.ThemePlan("Nội dung hai", "")),
				List.of(new CampaignPlan.ChannelPlan("Trên mạng", "", List.of(), List.of("news", "articles")),
						new CampaignPlan.ChannelPlan("Loa truyền thanh", "", List.of(), List.of("broadcasts"))),
				List.of(new CampaignPlan.AssignmentPlan("Các đơn vị", List.of(a, a1, b), List.of("Báo cáo"),
						LocalDate.of(2030, 12, 31)))));
		List<Long> themes = jdbc.sql("select id from campaign_theme where campaign_id = ? order by position")
			.param(campaign.getId()).query(Long.class).list();
		List<Long> channels = jdbc.sql("select id from campaign_channel where campaign_id = ? order by position")
			.param(campaign.getId()).query(Long.class).list();
		theme1 = themes.get(0);
		theme2 = themes.get(1);
		ch1 = channels.get(0);
		ch2 = channels.get(1);

		clock.set(LocalDateTime.of(2030, 3, 1, 9, 0));
		record(a, List.of(theme1), ch1, LocalDate.of(2030, 1, 15), Map.of("news", "5"));
		record(a, List.of(theme1, theme2), ch2, LocalDate.of(2030, 2, 3), Map.of("broadcasts", "3"));
		record(a1, List.of(theme1), ch1, LocalDate.of(2030, 2, 20), Map.of("news", "4"));
		record(b, List.of(theme2), ch1, LocalDate.of(2030, 3, 10), Map.of("news", "2"));
		record(p, List.of(theme1), ch2, LocalDate.of(2030, 3, 30), Map.of("broadcasts", "1"));
		record(a, List.of(theme1), ch1, LocalDate.of(2030, 4, 2), Map.of("news", "100")); // Q2, never in Q1

		// A1's practice, recognised on 5 March: a model of A1 in Q1, and of A's and P's subtrees
		clock.set(LocalDateTime.of(2030, 3, 6, 9, 0));
		ExemplaryModel model = models.propose(reporterOf(a1), new ModelDetails(campaign.getId(), a1,
				ExemplaryModel.Kind.PRACTICE, ExemplaryModel.Field.PARTY_BUILDING, "Mô hình " + Fixtures.unique("M"),
				"Sinh hoạt chi bộ mỗi tháng một chuyên đề.", List.of()), true);
		model = models.verify(fixtures.adminOver(p), model.getId(), model.getVersion());
		models.recognise(fixtures.adminOver(p),
				model.getId(), model.getVersion(), "12-QĐ/ĐU", LocalDate.of(2030, 3, 5));
	}

	@Test
	void quarterFromFirstDraftToConsolidationAtTwoLevels() {
		story();
		Actor coordinator = new Actor(1, "coord.p", "Điều phối P", Role.COORDINATOR, p, p, true);

		// 5 April: A and A1 submit on time (deadline 8 April)
		clock.set(LocalDateTime.of(2030, 4, 5, 10, 0));
		Report ra = desk.open(reporterOf(a), campaign.getId(), a, "2030Q1", false);
		ReportView draft = desk.view(reporterOf(a), ra.getId());
		assertThat(draft.figures().activities()).isEqualTo(2);
		assertThat(draft.figures().activities(ch2)).isEqualTo(1);
		assertThat(draft.figures().get(Kind.ACTIVITIES, theme2, ch2, "")).isEqualByComparingTo("1");
		assertThat(draft.figures().measure(ch1, "news")).isEqualByComparingTo("5");
		assertThat(draft.figures().get(Kind.MEASURE, theme1, ch2, "broadcasts")).isEqualByComparingTo("3");
		assertThat(draft.previous()).isNull();
		ra = desk.save(reporterOf(a), ra.getId(), ra.getVersion(), narrative("Đã quán triệt đến 100% chi bộ."));
		ra = desk.submit(reporterOf(a), ra.getId(), ra.getVersion(), null);
		assertThat(ra.getOnTime()).isTrue();
		assertThat(draft.figures().models()).isZero();
		Report ra1 = desk.open(reporterOf(a1), campaign.getId(), a1, "2030Q1", false);
		assertThat(desk.view(reporterOf(a1), ra1.getId()).figures().models()).isOne();
		ra1 = desk.submit(reporterOf(a1), ra1.getId(), ra1.getVersion(), narrative("Chi bộ sinh hoạt chuyên đề."));

		Report submitted = ra;
		assertThatThrownBy(() -> desk.submit(reporterOf(a), submitted.getId(), submitted.getVersion(), null))
			.isInstanceOf(Refusal.class).extracting("messageKey").isEqualTo("report.error.notEditable");
		assertThatThrownBy(() -> desk.save(reporterOf(a), submitted.getId(), submitted.getVersion(), narrative("x")))
			.isInstanceOf(Refusal.class).extracting("status").isEqualTo(409);
		assertThatThrownBy(() -> desk.approve(reporterOf(a), submitted.getId(), submitted.getVersion()))
			.isInstanceOf(OutOfScope.class);
		Actor elsewhere = new Actor(2, "coord.x", "Điều phối khác", Role.COORDINATOR, fixtures.unit("DB-DUCXUAN"),
				fixtures.unit("DB-DUCXUAN"), true);
		assertThatThrownBy(() -> desk.approve(elsewhere, submitted.getId(), submitted.getVersion()))
			.isInstanceOf(OutOfScope.class);
		assertThatThrownBy(() -> desk.open(reporterOf(a), campaign.getId(), a, "2030Q5", false))
			.isInstanceOf(Refusal.class).extracting("status").isEqualTo(404);
		assertThatThrownBy(() -> desk.open(reporterOf(p), campaign.getId(), p, "2030Q1", false))
			.isInstanceOf(Refusal.class).extracting("messageKey").isEqualTo("report.error.notOwed");

		// 9 April: B submits late; A records a late activity for Q1, which shows as a difference
		clock.set(LocalDateTime.of(2030, 4, 9, 9, 0));
		Report rb = desk.open(reporterOf(b), campaign.getId(), b, "2030Q1", false);
		rb = desk.submit(reporterOf(b), rb.getId(), rb.getVersion(), narrative("Tuyên truyền trên trang mạng."));
		assertThat(rb.getOnTime()).isFalse();
		record(a, List.of(theme1), ch1, LocalDate.of(2030, 3, 28), Map.of("news", "7"));
		ReportView frozen = desk.view(coordinator, ra.getId());
		assertThat(frozen.figures().activities()).isEqualTo(2);
		assertThat(frozen.figures().measure(ch1, "news")).isEqualByComparingTo("5");
		assertThat(frozen.sinceSubmission().activities()).isEqualTo(1);
		assertThat(frozen.sinceSubmission().measure(ch1, "news")).isEqualByComparingTo("7");

		// the Board returns B's report; two coordinators deciding the same version: the second is refused
		Report returned = desk.returnToUnit(coordinator, rb.getId(), rb.getVersion(), "Bổ sung số liệu tháng 3.");
		Report stale = rb;
		assertThatThrownBy(() -> desk.approve(coordinator, stale.getId(), stale.getVersion()))
			.isInstanceOf(StaleEdit.class);
		assertThat(returned.getStatus()).isEqualTo(ReportStatus.RETURNED);
		ReportRegister.Completeness q1 = register.completeness(coordinator, campaign.getId(), "2030Q1", p);
		// expected A, A1, B; submitted A, A1 (B returned); on time A, A1
		assertThat(q1.expected()).isEqualTo(3);
		assertThat(q1.submitted()).isEqualTo(2);
		assertThat(q1.onTime()).isEqualTo(2);
		assertThat(q1.returned()).isEqualTo(1);
		assertThat(q1.completeness()).isEqualByComparingTo("66.7");
		tallyAgrees(coordinator, p);

		// 10 April: B resubmits; the first submission was late, so it stays late
		clock.set(LocalDateTime.of(2030, 4, 10, 8, 0));
		rb = desk.submit(reporterOf(b), rb.getId(), returned.getVersion(), narrative("Đã bổ sung số liệu."));
		assertThat(rb.getOnTime()).isFalse();
		assertThat(desk.view(reporterOf(b), rb.getId()).history()).extracting(ReportView.Event::action)
			.containsExactly("OPEN", "SUBMIT", "RETURN", "SUBMIT");
		desk.approve(coordinator, ra.getId(), ra.getVersion());
		desk.approve(coordinator, ra1.getId(), ra1.getVersion());
		desk.approve(coordinator, rb.getId(), rb.getVersion());
		q1 = register.completeness(coordinator, campaign.getId(), "2030Q1", p);
		assertThat(q1.submitted()).isEqualTo(3);
		assertThat(q1.onTime()).isEqualTo(2);
		assertThat(q1.completeness()).isEqualByComparingTo("100.0");
		assertThat(q1.timeliness()).isEqualByComparingTo("66.7");
		tallyAgrees(coordinator, p);
		tallyAgrees(coordinator, a);

		// P consolidates: its own activity (broadcasts 1) + A (2 activities, news 5, broadcasts 3) + A1 (news 4)
		// + B (news 2); A's late activity is not in A's approved figures
		assertThat(register.consolidated(campaign.getId(), p, "2030Q1")).isEmpty();
		Report cp = desk.open(coordinator, campaign.getId(), p, "2030Q1", true);
		// the register page links to it, in its period only
		assertThat(register.consolidated(campaign.getId(), p, "2030Q1"))
			.contains(new ReportRegister.ReportLink(cp.getId(), cp.getStatus()));
		assertThat(register.consolidated(campaign.getId(), p, "2030Q2")).isEmpty();
		ReportView consolidated = desk.view(coordinator, cp.getId());
		assertThat(consolidated.figures().activities()).isEqualTo(5);
		assertThat(consolidated.figures().measure(0, "news")).isEqualByComparingTo("11");
		assertThat(consolidated.figures().measure(ch2, "broadcasts")).isEqualByComparingTo("4");
		assertThat(consolidated.figures().models()).isOne();
		assertThat(consolidated.consolidation().missing()).isEmpty();
		assertThat(consolidated.consolidation().units()).hasSize(3);
		assertThat(cp.narrative().leadership()).contains("Đã quán triệt đến 100% chi bộ.")
			.contains("Đã bổ sung số liệu.");

		// A consolidates its own subtree (3 activities now, news 12, broadcasts 3; + A1's news 4), P approves it;
		// P's consolidation now counts A's subtree through A's consolidated report: 1 + 4 + 1 activities
		Actor coordinatorA = new Actor(3, "coord.a", "Điều phối A", Role.COORDINATOR, a, a, true);
		Report ca = desk.open(coordinatorA, campaign.getId(), a, "2030Q1", true);
		ca = desk.submit(coordinatorA, ca.getId(), ca.getVersion(), null);
		assertThatThrownBy(() -> desk.approve(coordinatorA, cp.getId(), cp.getVersion()))
			.isInstanceOf(OutOfScope.class);
		desk.approve(coordinator, ca.getId(), ca.getVersion());
		ReportView twoLevels = desk.view(coordinator, cp.getId());
		assertThat(twoLevels.figures().activities()).isEqualTo(6);
		assertThat(twoLevels.figures().measure(ch1, "news")).isEqualByComparingTo("18");

		// what the reports below give is kept on the node while the counters stand still: a change behind the node's
		// back goes unseen until the report counter of the subtree moves (the desk bumps it in the writing
		// transaction, on whichever node), or the register's counter does
		String caTotal = """
				update report_figure set amount = amount + ? where report_id = ? and kind = 'ACTIVITIES'
				  and theme_id = 0 and channel_id = 0""";
		jdbc.sql(caTotal).params(100, ca.getId()).update();
		assertThat(desk.view(coordinator, cp.getId()).figures().activities()).isEqualTo(6);
		transactions.executeWithoutResult(t -> changes.bump(a));
		assertThat(desk.view(coordinator, cp.getId()).figures().activities()).isEqualTo(106);
		jdbc.sql(caTotal).params(-100, ca.getId()).update();
		assertThat(desk.view(coordinator, cp.getId()).figures().activities()).isEqualTo(106);
		jdbc.sql("update change_counter set changes = changes + 1 where name = 'register'").update();
		assertThat(desk.view(coordinator, cp.getId()).figures().activities()).isEqualTo(6);

		// a node keeps the tally per unit below while the counters in the database stand still. Reports changed
		// behind this node's back (by hand here) show once the report counter of their subtree moves, which the desk
		// bumps in the writing transaction on whichever node: then that subtree alone is counted again; a change of
		// the register's counter (assignments, units) has everything counted again
		List<ReportTally.Row> kept = tally.rows(coordinator, campaign.getId(), p, "2030Q1");
		jdbc.sql("update report set status = 'RETURNED' where id in (?, ?)").params(ra1.getId(), rb.getId())
			.update();
		assertThat(tally.rows(coordinator, campaign.getId(), p, "2030Q1")).isEqualTo(kept);
		transactions.executeWithoutResult(t -> changes.bump(a1));
		assertThat(returnedPerRow(coordinator)).containsEntry(a, 1).containsEntry(b, 0);
		jdbc.sql("update change_counter set changes = changes + 1 where name = 'register'").update();
		assertThat(returnedPerRow(coordinator)).containsEntry(a, 1).containsEntry(b, 1);
		tallyAgrees(coordinator, p);
	}

	@Test
	void unitsFoundedOrClosedMidCampaignOweOnlyThePeriodsTheyLived() {
		story();
		Actor coordinator = new Actor(1, "coord.p", "Điều phối P", Role.COORDINATOR, p, p, true);
		clock.set(LocalDateTime.of(2030, 4, 5, 10, 0));
		Report rb = desk.open(reporterOf(b), campaign.getId(), b, "2030Q1", false);
		desk.submit(reporterOf(b), rb.getId(), rb.getVersion(), null);

		// 2 May: C is founded and assigned; B is closed
		clock.set(LocalDateTime.of(2030, 5, 2, 9, 0));
		long c = unit(fixtures.adminOver(fixtures.unit("THANHUY")), p, "C", UnitKind.PARTY_COMMITTEE);
		planning.assign(fixtures.adminOver(p),
				campaign.getId(), new CampaignPlan.AssignmentPlan("Đơn vị mới", List.of(c),
				List.of("Báo cáo"), LocalDate.of(2030, 12, 31)));
		OrgUnit closing = units.get(fixtures.adminOver(fixtures.unit("THANHUY")), b);
		units.deactivate(fixtures.adminOver(fixtures.unit("THANHUY")), b, closing.getVersion());

		ReportRegister.Completeness q1 = register.completeness(coordinator, campaign.getId(), "2030Q1", p);
		assertThat(q1.units()).extracting(ReportRegister.Owed::unitId).containsExactlyInAnyOrder(a, a1, b);
		assertThat(q1.submitted()).isEqualTo(1);
		ReportRegister.Completeness q2 = register.completeness(coordinator, campaign.getId(), "2030Q2", p);
		assertThat(q2.units()).extracting(ReportRegister.Owed::unitId).containsExactlyInAnyOrder(a, a1, c);
		assertThat(q2.expected()).isEqualTo(3);
		for (ReportRegister.Completeness period : register.completenessOverTime(coordinator, campaign.getId(), p)) {
			assertThat(period.submitted()).isLessThanOrEqualTo(period.expected());
		}
		tallyAgrees(coordinator, p);
		assertThatThrownBy(() -> desk.open(reporterOf(c), campaign.getId(), c, "2030Q1", false))
			.isInstanceOf(Refusal.class).extracting("messageKey").isEqualTo("report.error.notOwed");
	}

	/**
	 * The database's tally agrees with the register's list: the same totals every period, and per row (the unit
	 * itself, each unit directly below with its subtree) the same number of owed reports, with the row's own report.
	 */
	private Map<Long, Integer> returnedPerRow(Actor actor) {
		return tally.rows(actor, campaign.getId(), p, "2030Q1").stream()
			.collect(java.util.stream.Collectors.toMap(ReportTally.Row::unitId, ReportTally.Row::returned));
	}

	private void tallyAgrees(Actor actor, long top) {
		List<ReportTally.Row> rows = tally.rows(actor, campaign.getId(), top);
		List<ReportRegister.Completeness> listed = register.completenessOverTime(actor, campaign.getId(), top);
		assertThat(ReportTally.totals(tally.periods(actor, campaign.getId()), rows))
			.extracting(c -> c.periodKey() + " " + c.expected() + "/" + c.submitted() + "/" + c.onTime() + "/"
					+ c.returned() + " " + c.completeness() + " " + c.timeliness())
			.containsExactlyElementsOf(listed.stream().map(c -> c.periodKey() + " " + c.expected() + "/"
					+ c.submitted() + "/" + c.onTime() + "/" + c.returned() + " " + c.completeness() + " "
					+ c.timeliness()).toList());
		for (ReportRegister.Completeness period : listed) {
			Map<Long, Long> perRow = new java.util.HashMap<>();
			Map<Long, ReportRegister.Owed> own = new java.util.HashMap<>();
			for (ReportRegister.Owed o : period.units()) {
				List<vn.lantoa.org.UnitView> path = tree.pathTo(o.unitId());
				int at = path.stream().map(vn.lantoa.org.UnitView::id).toList().indexOf(top);
				long row = o.unitId() == top ? top : path.get(at + 1).id();
				perRow.merge(row, 1L, Long::sum);
				if (row == o.unitId()) {
					own.put(row, o);
				}
			}
			List<ReportTally.Row> counted = rows.stream().filter(r -> r.periodKey().equals(period.periodKey()))
				.toList();
			assertThat(counted.stream().collect(java.util.stream.Collectors.toMap(ReportTally.Row::unitId,
					r -> (long) r.expected()))).as(period.periodKey()).isEqualTo(perRow);
			for (ReportTally.Row r : counted) {
				ReportRegister.Owed o = own.get(r.unitId());
				assertThat(r.own() == null ? null : List.of(r.own().status(), String.valueOf(r.own().reportId()),
						String.valueOf(r.own().onTime()), String.valueOf(r.own().firstSubmittedAt())))
					.isEqualTo(o == null ? null : List.of(o.status(), String.valueOf(o.reportId()),
							String.valueOf(o.onTime()), String.valueOf(o.firstSubmittedAt())));
				assertThat(r.submitted() + r.returned() + r.open()).isEqualTo(r.expected());
			}
		}
	}

	private long unit(Actor admin, long parent, String name, UnitKind kind) {
		return units.create(admin, parent, Fixtures.unique("R" + name), "Đơn vị " + name + " " + Fixtures.unique(""),
				kind).getId();
	}

	private void record(long unit, List<Long> themes, long channel, LocalDate day, Map<String, String> measures) {
		Map<String, BigDecimal> values = new java.util.HashMap<>();
		measures.forEach((k, v) -> values.put(k, new BigDecimal(v)));
		recording.record(fixtures.adminOver(p), new ActivityDetails(campaign.getId(), unit, themes, channel, day, null,
				"Hoạt động " + Fixtures.unique(""), null, null, values, List.of()));
	}



	private static Narrative narrative(String leadership) {
		return new Narrative("12-BC/ĐU", leadership, "Kết quả", "Ưu điểm", "Phương hướng", "Kiến nghị",
				"- Ban Tuyên giáo Thành ủy;\n- Lưu.", "T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn A");
	}
}
