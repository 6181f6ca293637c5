package vn.lantoa.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.campaign.Assignment;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignDirectory.AssignmentView;
import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;

/** From the seed document to a campaign whose assignments reach the units, as the coordinator reviewed it. */
@LanToaTest
class DirectiveImportIntegrationTests {

	@Autowired
	DirectiveImport imports;
	@Autowired
	CampaignDirectory campaigns;
	@Autowired
	Fixtures fixtures;

	@Test
	void draftsTheReviewFromTheSeedWithUnitsAndKindsMatched() throws Exception {
		Actor board = fixtures.actor("tuyengiao");
		Directive directive = imports.importDocument(board, "huong-dan.txt", DirectiveApiIntegrationTests.seed());
		ReviewForm form = imports.draft(board, directive.getId());
		assertThat(directive.getStatus()).isEqualTo(Directive.Status.DRAFT);
		assertThat(directive.getCitations()).hasSize(17);
		assertThat(directive.getOriginalFilename()).isEqualTo("huong-dan.txt");
		assertThat(form.getThemes()).hasSize(4);
		assertThat(form.getChannels()).hasSize(4);
		assertThat(form.getChannels().get(1).getMeasureCodes()).contains("broadcasts", "broadcast_minutes");
		assertThat(form.getChannels().get(2).getMeasureCodes()).contains("slogans", "banners", "panels", "posters");
		assertThat(form.getAssignments()).extracting(ReviewForm.AssignmentRow::getUnitText).containsExactly(
				"Các chi, đảng bộ trực thuộc", "Ủy ban nhân dân thành phố", "MTTQ và các đoàn thể thành phố",
				"Ban Tổ chức Thành ủy", "Ban Tuyên giáo Thành ủy");
		assertThat(form.getAssignments().get(0).getKinds()).containsExactly(UnitKind.PARTY_CELL,
				UnitKind.PARTY_COMMITTEE);
		assertThat(form.getAssignments().get(2).getKinds()).containsExactly(UnitKind.FATHERLAND_FRONT,
				UnitKind.MASS_ORGANISATION);
		assertThat(form.getAssignments().get(1).getUnitIds()).containsExactly(fixtures.unit("UBND-TP"));
	}

	@Test
	void plansTheCampaignAsCorrectedAndHandsTasksToEveryUnitOfTheGroups() throws Exception {
		Actor board = fixtures.actor("tuyengiao");
		Directive directive = imports.importDocument(board, null, DirectiveApiIntegrationTests.seed());
		ReviewForm form = imports.draft(board, directive.getId());
		String title = "Kế hoạch " + Fixtures.unique("KH");
		form.setCampaignTitle(title);
		form.setStartsOn(LocalDate.of(2026, 1, 1));
		form.setEndsOn(LocalDate.of(2026, 12, 31));
		form.setDueOn(LocalDate.of(2026, 12, 31));
		form.getThemes().get(0).setTitle("Quan điểm, chủ trương về xây dựng Đảng");
		form.getChannels().get(3).setRemove(true);
		form.getAssignments().get(1).setTasks(form.getAssignments().get(1).getTasks() + "\nBáo cáo kết quả hằng quý");

		Campaign campaign = imports.plan(board, directive.getId(), form);

		assertThat(campaign.getTitle()).isEqualTo(title);
		assertThat(campaign.getCutoffDay()).isEqualTo(14);
		// quarterly by the 15th, data to the 14th; 15/03/2026 is a Sunday
		assertThat(campaigns.periods(campaign)).extracting(p -> p.key(), p -> p.windowStart(), p -> p.windowEnd(),
				p -> p.deadline())
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("2026Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 14),
							LocalDate.of(2026, 3, 16)),
					org.assertj.core.groups.Tuple.tuple("2026Q2", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 14),
							LocalDate.of(2026, 6, 15)),
					org.assertj.core.groups.Tuple.tuple("2026Q3", LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 14),
							LocalDate.of(2026, 9, 15)),
					org.assertj.core.groups.Tuple.tuple("2026Q4", LocalDate.of(2026, 9, 15), LocalDate.of(2026, 12, 31),
							LocalDate.of(2026, 12, 15)));
		assertThat(campaigns.themes(campaign.getId()).get(0).title()).isEqualTo("Quan điểm, chủ trương về xây dựng Đảng");
		assertThat(campaigns.channels(campaign.getId())).hasSize(3);
		List<AssignmentView> all = campaigns.assignments(board, campaign.getId());
		assertThat(all).extracting(AssignmentView::unitName).contains("Đảng bộ phường Đức Xuân",
				"Chi bộ Trung tâm Y tế thành phố", "Ủy ban nhân dân thành phố", "Ủy ban MTTQ Việt Nam thành phố",
				"Hội Nông dân", "Ban Tổ chức Thành ủy", "Ban Tuyên giáo Thành ủy");
		AssignmentView ubnd = all.stream().filter(a -> a.unitName().equals("Ủy ban nhân dân thành phố")).findFirst()
			.orElseThrow();
		assertThat(ubnd.tasks()).last().isEqualTo("Báo cáo kết quả hằng quý");
		assertThat(ubnd.status()).isEqualTo(Assignment.Status.IN_PROGRESS);

		List<AssignmentView> ducxuan = campaigns.assignments(fixtures.actor("ducxuan"), campaign.getId());
		assertThat(ducxuan).extracting(AssignmentView::unitName).containsExactly("Đảng bộ phường Đức Xuân");
		assertThat(campaigns.visible(fixtures.actor("ducxuan"))).extracting(Campaign::getId).contains(campaign.getId());
		assertThatThrownBy(() -> imports.plan(board, directive.getId(), form)).isInstanceOf(Refusal.class);
	}

	@Test
	void refusesAGroupWithoutUnits() throws Exception {
		Actor board = fixtures.actor("tuyengiao");
		Directive directive = imports.importDocument(board, null, DirectiveApiIntegrationTests.seed());
		ReviewForm form = imports.draft(board, directive.getId());
		form.getAssignments().get(0).getKinds().clear();
		assertThatThrownBy(() -> imports.plan(board, directive.getId(), form)).isInstanceOfSatisfying(Refusal.class,
				e -> assertThat(e.messageKey()).isEqualTo("campaign.error.unassigned"));
		assertThat(imports.get(board, directive.getId()).getStatus()).isEqualTo(Directive.Status.DRAFT);
	}
}
