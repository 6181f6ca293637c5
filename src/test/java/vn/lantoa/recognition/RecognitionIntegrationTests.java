package vn.lantoa.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.activity.Activity;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.StaleEdit;

/**
 * Models, contests and award entries through their services on the demo tree and campaign: the workflows, who may
 * do what, the likely-duplicate check, replications by another ward, a contest kept in step with its activity, and
 * the counts per unit that reports read.
 */
@LanToaTest
class RecognitionIntegrationTests {

	@Autowired
	Fixtures fixtures;
	@Autowired
	ModelRegistry models;
	@Autowired
	ModelReplications replications;
	@Autowired
	ContestOffice contests;
	@Autowired
	AwardNominations awards;
	@Autowired
	RecognitionCounts counts;
	@Autowired
	ModelQueries modelQueries;
	@Autowired
	ContestQueries contestQueries;
	@Autowired
	AwardQueries awardQueries;
	@Autowired
	ActivityRecording activities;
	@Autowired
	CampaignDirectory campaigns;
	@Autowired
	JdbcClient jdbc;

	Actor ducXuan() {
		return fixtures.actor("ducxuan");
	}

	Actor board() {
		return fixtures.actor("tuyengiao");
	}

	Campaign campaign(Actor actor) {
		return campaigns.visible(actor).stream().filter(c -> c.getTitle().startsWith("Đẩy mạnh tuyên truyền"))
			.findFirst().orElseThrow();
	}

	ModelDetails model(String title) {
		return new ModelDetails(campaign(ducXuan()).getId(), fixtures.unit("DB-DUCXUAN"), ExemplaryModel.Kind.MODEL,
				ExemplaryModel.Field.PARTY_BUILDING, title, "Mỗi tháng một chuyên đề, đảng viên trẻ chủ trì.",
				List.of("https://ducxuan.backan.gov.vn/sinh-hoat"));
	}

	@Test
	void wardProposesBoardRecognisesAnotherWardReplicates() {
		String token = Fixtures.unique("mh");
		ExemplaryModel proposed = models.propose(ducXuan(), model("Câu lạc bộ “Lý luận trẻ” của chi bộ khu phố "
				+ token), false);
		assertThat(proposed.getStatus()).isEqualTo(ExemplaryModel.Status.PROPOSED);

		// the same unit proposing it again, typed without diacritics, is held back
		assertThatThrownBy(() -> models.propose(ducXuan(), model("cau lac bo ly luan tre cua chi bo khu pho "
				+ token.toUpperCase()), false))
			.isInstanceOfSatisfying(LikelyDuplicate.class, e -> {
				assertThat(e.status()).isEqualTo(409);
				assertThat(e.matches()).extracting(LikelyDuplicate.Match::id).containsExactly(proposed.getId());
			});

		Actor songCau = fixtures.actor("songcau");
		assertThatThrownBy(() -> models.get(songCau, proposed.getId())).isInstanceOf(OutOfScope.class);
		assertThatThrownBy(() -> models.verify(ducXuan(), proposed.getId(), proposed.getVersion()))
			.isInstanceOf(OutOfScope.class);
		assertThatThrownBy(() -> models.recognise(board(), proposed.getId(), proposed.getVersion(), "125-QĐ/TU",
				LocalDate.of(2024, 6, 1))).isInstanceOf(RecognitionRefused.class).hasMessageContaining("notVerified");

		ExemplaryModel verified = models.verify(board(), proposed.getId(), proposed.getVersion());
		assertThatThrownBy(() -> models.verify(board(), proposed.getId(), proposed.getVersion()))
			.isInstanceOf(StaleEdit.class);
		ExemplaryModel recognised = models.recognise(board(), verified.getId(), verified.getVersion(), "125-QĐ/TU",
				LocalDate.of(2024, 6, 1));
		assertThat(recognised.getStatus()).isEqualTo(ExemplaryModel.Status.RECOGNISED);
		assertThat(recognised.getDecisionNumber()).isEqualTo("125-QĐ/TU");

		// now every ward sees it, and Sông Cầu links one of its own activities
		assertThat(models.get(songCau, proposed.getId()).getTitle()).endsWith(token);
		Activity activity = activityOf(songCau, "DB-SONGCAU", "Nhân rộng câu lạc bộ lý luận trẻ " + token);
		replications.link(songCau, proposed.getId(), activity.getId());
		assertThat(replications.of(proposed.getId())).extracting(ModelReplications.Replication::activityId)
			.containsExactly(activity.getId());
		assertThatThrownBy(() -> replications.link(songCau, proposed.getId(), activity.getId()))
			.hasMessageContaining("replication.error.already");
		Activity own = activityOf(ducXuan(), "DB-DUCXUAN", "Hoạt động của chính đơn vị " + token);
		assertThatThrownBy(() -> replications.link(ducXuan(), proposed.getId(), own.getId()))
			.hasMessageContaining("replication.error.sameUnit");

		var byUnit = counts.byUnit(campaign(ducXuan()).getId(), List.of(fixtures.unit("DB-DUCXUAN"),
				fixtures.unit("DB-SONGCAU")), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
		assertThat(byUnit.get(fixtures.unit("DB-SONGCAU")).replications()).isGreaterThanOrEqualTo(1);
		assertThat(byUnit.get(fixtures.unit("DB-DUCXUAN")).modelsRecognised()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select action from audit_event where entity = 'ExemplaryModel' and entity_id = ? "
				+ "order by id").param(String.valueOf(proposed.getId())).query(String.class).list())
			.containsExactly("PROPOSE", "VERIFY", "RECOGNISE");

		var found = modelQueries.find(songCau, new ModelQueries.Filter(null, null, null, null, null,
				"ly luan tre " + token.toLowerCase(), 0, 25));
		assertThat(found.items()).extracting(ModelQueries.Row::id).containsExactly(proposed.getId());
		assertThat(found.items().get(0).replications()).isEqualTo(1);
	}

	@Test
	void countsFollowTheirDefinitions() {
		Actor board = board();
		long unit = fixtures.unit("DB-NONGTHUONG");
		Actor reporter = new Actor(board.accountId(), board.username(), board.fullName(), board.role(),
				board.unitId(), board.scopeUnitId(), true);
		var before = counts.byUnit(null, List.of(unit), null, null).get(unit);
		var laterBefore = counts.byUnit(null, List.of(unit), LocalDate.of(2025, 3, 3), null).get(unit);
		var dayBefore = counts.byUnit(null, List.of(unit), LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 2)).get(unit);
		ExemplaryModel m = models.propose(reporter, new ModelDetails(null, unit, ExemplaryModel.Kind.INDIVIDUAL,
				ExemplaryModel.Field.MASS_MOBILISATION, "Bí thư chi bộ " + Fixtures.unique("x"), null, List.of()),
				false);
		m = models.verify(board, m.getId(), m.getVersion());
		models.recognise(board, m.getId(), m.getVersion(), "7-QĐ/ĐU", LocalDate.of(2025, 3, 2));
		AwardEntry entry = awards.prepare(board, new AwardEntryDetails(unit, 2025, "Phóng sự " + Fixtures.unique("p"),
				"Hà Văn A", "Báo Bắc Kạn", LocalDate.of(2025, 2, 3), "https://baobackan.vn/ps"), null);
		entry = awards.submit(board, entry.getId(), entry.getVersion());
		entry = awards.shortlist(board, entry.getId(), entry.getVersion());
		entry = awards.award(board, entry.getId(), entry.getVersion(), AwardEntry.Prize.B);
		assertThat(entry.getStatus()).isEqualTo(AwardEntry.Status.AWARDED);
		assertThat(awardQueries.find(board, new AwardQueries.Filter(unit, 2025, AwardEntry.Status.AWARDED,
				"phong su", 0, 25)).items()).extracting(AwardQueries.Row::id).contains(entry.getId());
		assertThatThrownBy(() -> awards.prepare(ducXuan(), new AwardEntryDetails(unit, 2025, "Bài", "A", "B",
				LocalDate.of(2025, 1, 1), null), null)).isInstanceOf(OutOfScope.class);

		var after = counts.byUnit(null, List.of(unit), null, null).get(unit);
		assertThat(after.modelsProposed()).isEqualTo(before.modelsProposed() + 1);
		assertThat(after.modelsRecognised()).isEqualTo(before.modelsRecognised() + 1);
		assertThat(after.awardEntries()).isEqualTo(before.awardEntries() + 1);
		assertThat(after.awardsWon()).isEqualTo(before.awardsWon() + 1);
		// recognised on 02/03/2025: counted on that day, not in a period starting the day after
		assertThat(counts.byUnit(null, List.of(unit), LocalDate.of(2025, 3, 3), null).get(unit).modelsRecognised())
			.isEqualTo(laterBefore.modelsRecognised());
		assertThat(counts.byUnit(null, List.of(unit), LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 2)).get(unit)
			.modelsRecognised()).isEqualTo(dayBefore.modelsRecognised() + 1);
		assertThat(counts.forSubtree(null, fixtures.unit("THANHUY"), null, null).modelsRecognised())
			.isGreaterThanOrEqualTo(after.modelsRecognised());
	}

	@Test
	void contestIsRecordedAsAnActivityOfTheContestChannelAndFollowsItsCounts() {
		Actor ducXuan = ducXuan();
		Campaign campaign = campaign(ducXuan);
		long theme = campaigns.themes(campaign.getId()).get(0).id();
		String title = "Thi tìm hiểu lịch sử Đảng bộ phường " + Fixtures.unique("ct");
		Contest contest = contests.announce(ducXuan, new ContestDetails(campaign.getId(), fixtures.unit("DB-DUCXUAN"),
				theme, Contest.Kind.QUIZ, title, "Thi trắc nghiệm trực tuyến", LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 4, 30)), new ContestOffice.Upload("thể lệ.pdf", "%PDF-1.4\n%thể lệ\n".getBytes()));
		Activity activity = activities.get(ducXuan, contest.getActivityId());
		assertThat(activity.getChannelId()).isEqualTo(contests.contestChannel(campaign.getId()).id());
		assertThat(activity.getTitle()).isEqualTo(title);
		assertThat(activity.measureMap()).containsEntry("contests", BigDecimal.ONE)
			.containsEntry("participants", BigDecimal.ZERO);

		contest = contests.count(ducXuan, contest.getId(), contest.getVersion(), List.of(
				new Contest.Participation(fixtures.unit("DB-DUCXUAN"), 140, 120)));
		assertThat(activities.get(ducXuan, contest.getActivityId()).measureMap())
			.containsEntry("participants", BigDecimal.valueOf(140)).containsEntry("entries", BigDecimal.valueOf(120));
		Contest counted = contest;
		assertThatThrownBy(() -> contests.count(ducXuan, counted.getId(), counted.getVersion(), List.of(
				new Contest.Participation(fixtures.unit("DB-SONGCAU"), 1, 1)))).isInstanceOf(OutOfScope.class);
		contest = contests.announceResults(ducXuan, contest.getId(), contest.getVersion(), List.of(
				new Contest.Prize("Giải Nhất", "Chi bộ tổ 5", fixtures.unit("DB-DUCXUAN"), null)));
		assertThat(contest.getStatus()).isEqualTo(Contest.Status.CLOSED);
		assertThat(contests.rules(ducXuan, contest.getId()).filename()).isEqualTo("thể lệ.pdf");
		var listed = contestQueries.find(ducXuan, new ContestQueries.Filter(null, campaign.getId(), Contest.Kind.QUIZ,
				null, "thi tim hieu lich su dang bo", 0, 25));
		assertThat(listed.items()).extracting(ContestQueries.Row::title).contains(title);
		assertThat(listed.items()).filteredOn(r -> r.title().equals(title)).singleElement()
			.satisfies(r -> assertThat(r.participants()).isEqualTo(140));

		var figures = counts.byUnit(campaign.getId(), List.of(fixtures.unit("DB-DUCXUAN")), LocalDate.of(2024, 4, 1),
				LocalDate.of(2024, 4, 1)).get(fixtures.unit("DB-DUCXUAN"));
		assertThat(figures.contestsOrganised()).isGreaterThanOrEqualTo(1);
		assertThat(figures.contestParticipants()).isGreaterThanOrEqualTo(140);
		assertThatThrownBy(() -> contests.get(fixtures.actor("songcau"), counted.getId()))
			.isInstanceOf(OutOfScope.class);
	}

	private Activity activityOf(Actor actor, String unitCode, String title) {
		Campaign campaign = campaign(actor);
		var channel = campaigns.channels(campaign.getId()).get(1);
		return activities.record(actor, new ActivityDetails(campaign.getId(), fixtures.unit(unitCode),
				List.of(campaigns.themes(campaign.getId()).get(2).id()), channel.id(), LocalDate.of(2024, 7, 10), null,
				title, null, null, Map.of(), List.of()));
	}
}
