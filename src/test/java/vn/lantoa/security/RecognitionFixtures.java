package vn.lantoa.security;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lantoa.bulletin.Article;
import vn.lantoa.bulletin.ArticleDesk;
import vn.lantoa.bulletin.ArticleDetails;
import vn.lantoa.bulletin.ArticlePhotos;
import vn.lantoa.bulletin.BulletinIssue;
import vn.lantoa.bulletin.IssueDesk;
import vn.lantoa.bulletin.IssueDetails;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.recognition.AwardEntry;
import vn.lantoa.recognition.AwardEntryDetails;
import vn.lantoa.recognition.AwardNominations;
import vn.lantoa.recognition.Contest;
import vn.lantoa.recognition.ContestDetails;
import vn.lantoa.recognition.ContestOffice;
import vn.lantoa.recognition.ExemplaryModel;
import vn.lantoa.recognition.ModelDetails;
import vn.lantoa.recognition.ModelFiles;
import vn.lantoa.recognition.ModelRegistry;
import vn.lantoa.recognition.ModelReplications;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * Throwaway models, contests, award entries, articles and bulletin issues of one unit for the access checks, made
 * through the application's services by an admin whose scope is the province (see {@link WorkFixtures}).
 */
final class RecognitionFixtures {

	/** A contest campaign assigned to the unit: its id, theme and contest channel. */
	record ContestCampaign(long campaignId, long themeId) {
	}

	/** An article with one photo. */
	record Photo(long articleId, long photoId) {
	}

	/** A model and an activity linked to it as a replication. */
	record Replication(long modelId, long activityId) {
	}

	private final ApplicationContext context;
	private final WorkFixtures work;
	private final SecurityFixtures security;
	private final long unit;

	RecognitionFixtures(ApplicationContext context, WorkFixtures work, SecurityFixtures security, long unit) {
		this.context = context;
		this.work = work;
		this.security = security;
		this.unit = unit;
	}

	private <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	private Actor admin() {
		JdbcClient jdbc = bean(JdbcClient.class);
		long id = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		long province = jdbc.sql("select id from org_unit where code = 'TINHUY'").query(Long.class).single();
		return new Actor(id, "admin", "admin", Role.ADMIN, province, province, true);
	}

	ExemplaryModel proposedModel() {
		return proposedModel(unit);
	}

	private ExemplaryModel proposedModel(long of) {
		return bean(ModelRegistry.class).propose(admin(), new ModelDetails(null, of, ExemplaryModel.Kind.MODEL,
				ExemplaryModel.Field.PARTY_BUILDING, "Mô hình thử " + SecurityFixtures.unique(""), null, List.of()),
				false);
	}

	ExemplaryModel verifiedModel() {
		ExemplaryModel m = proposedModel();
		return bean(ModelRegistry.class).verify(admin(), m.getId(), m.getVersion());
	}

	ExemplaryModel recognisedModel() {
		return recognise(proposedModel());
	}

	private ExemplaryModel recognise(ExemplaryModel m) {
		ModelRegistry registry = bean(ModelRegistry.class);
		ExemplaryModel verified = registry.verify(admin(), m.getId(), m.getVersion());
		return registry.recognise(admin(), verified.getId(), verified.getVersion(), "1-QĐ/TU", LocalDate.of(2026, 1, 2));
	}

	/** A recognised model of a fresh unit below the unit, which the unit's activities may replicate. */
	ExemplaryModel modelBelow() throws Exception {
		return recognise(proposedModel(security.newUnit(unit).id()));
	}

	Replication replication() throws Exception {
		ExemplaryModel model = modelBelow();
		long activity = work.activity(unit).getId();
		bean(ModelReplications.class).link(admin(), model.getId(), activity);
		return new Replication(model.getId(), activity);
	}

	long[] modelFile() {
		ExemplaryModel m = proposedModel();
		return new long[] { m.getId(), bean(ModelFiles.class).attach(admin(), m.getId(), "ảnh.png",
				EvidenceFixtures.png()) };
	}

	/** A public model (recognised, shown on the public page). */
	ExemplaryModel publicModel() {
		ExemplaryModel m = recognisedModel();
		return bean(ModelRegistry.class).publish(admin(), m.getId(), m.getVersion(), true);
	}

	ContestCampaign contestCampaign() {
		var campaign = bean(CampaignPlanning.class).create(admin(), new CampaignPlan(null,
				"Kế hoạch cuộc thi " + SecurityFixtures.unique(""), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				List.of("Mục đích"), List.of(), new ReportSchedule(ReportSchedule.Frequency.QUARTERLY,
						ReportSchedule.DeadlineRule.DAYS_AFTER_END, 5),
				List.of(new CampaignPlan.ThemePlan("Nội dung", "")),
				List.of(new CampaignPlan.ChannelPlan("Cuộc thi", "", List.of(), List.of("contests", "participants",
						"entries"))),
				List.of(new CampaignPlan.AssignmentPlan("Nhóm", List.of(unit), List.of("Tổ chức cuộc thi"),
						LocalDate.of(2026, 12, 31)))));
		long theme = bean(JdbcClient.class).sql("select id from campaign_theme where campaign_id = ?")
			.param(campaign.getId()).query(Long.class).single();
		return new ContestCampaign(campaign.getId(), theme);
	}

	Contest contest() {
		ContestCampaign c = contestCampaign();
		return bean(ContestOffice.class).announce(admin(), new ContestDetails(c.campaignId(), unit, c.themeId(),
				Contest.Kind.QUIZ, "Cuộc thi thử " + SecurityFixtures.unique(""), null, LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 31)), new ContestOffice.Upload("thể lệ.pdf", "%PDF-1.4\n%%EOF\n".getBytes()));
	}

	long themeOf(Contest contest) {
		return bean(JdbcClient.class).sql("select theme_id from activity_theme where activity_id = ?")
			.param(contest.getActivityId()).query(Long.class).single();
	}

	AwardEntry preparedEntry() {
		return bean(AwardNominations.class).prepare(admin(), new AwardEntryDetails(unit, 2026, "Tác phẩm thử "
				+ SecurityFixtures.unique(""), "Tác giả", "Báo Bắc Kạn", LocalDate.of(2026, 1, 5), null),
				new ContestOffice.Upload("bài.pdf", "%PDF-1.4\n%%EOF\n".getBytes()));
	}

	AwardEntry submittedEntry() {
		AwardEntry e = preparedEntry();
		return bean(AwardNominations.class).submit(admin(), e.getId(), e.getVersion());
	}

	Article submittedArticle() {
		return bean(ArticleDesk.class).submit(admin(), new ArticleDetails(unit, "Bài thử " + SecurityFixtures.unique(""),
				"Tác giả", "<p>Nội dung <b>thử</b></p>"));
	}

	Article acceptedArticle() {
		Article a = submittedArticle();
		return bean(ArticleDesk.class).accept(admin(), a.getId(), a.getVersion());
	}

	Photo articlePhoto() {
		Article a = submittedArticle();
		return new Photo(a.getId(), bean(ArticlePhotos.class).add(admin(), a.getId(), "ảnh.png", EvidenceFixtures.png(),
				"Chú thích").id());
	}

	/** An accepted article with a photo, shown publicly on its own. */
	Photo publicArticlePhoto() {
		Photo photo = articlePhoto();
		ArticleDesk desk = bean(ArticleDesk.class);
		Article a = desk.get(admin(), photo.articleId());
		a = desk.accept(admin(), a.getId(), a.getVersion());
		desk.showPublicly(admin(), a.getId(), a.getVersion(), true);
		return photo;
	}

	BulletinIssue draftIssue() {
		JdbcClient jdbc = bean(JdbcClient.class);
		int year = 2000 + (int) (Math.random() * 26);
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from bulletin_issue where owner_unit_id = ? "
				+ "and issue_year = ?").params(unit, year).query(Integer.class).single();
		return bean(IssueDesk.class).create(admin(), new IssueDetails(unit, number, LocalDate.of(year, 5, 1),
				"Bản tin thử"));
	}

	/** A draft issue with one accepted article in it. */
	BulletinIssue filledIssue() {
		BulletinIssue issue = draftIssue();
		return bean(IssueDesk.class).place(admin(), issue.getId(), issue.getVersion(), acceptedArticle().getId());
	}

	long articleIn(BulletinIssue issue) {
		return bean(IssueDesk.class).contents(issue.getId()).get(0).getId();
	}

	BulletinIssue publishedIssue() {
		BulletinIssue issue = filledIssue();
		return bean(IssueDesk.class).publish(admin(), issue.getId(), issue.getVersion());
	}
}
