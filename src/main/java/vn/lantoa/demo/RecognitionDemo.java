package vn.lantoa.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.activity.Activity;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.bulletin.Article;
import vn.lantoa.bulletin.ArticleDesk;
import vn.lantoa.bulletin.ArticleDetails;
import vn.lantoa.bulletin.ArticlePhotos;
import vn.lantoa.bulletin.BulletinIssue;
import vn.lantoa.bulletin.IssueDesk;
import vn.lantoa.bulletin.IssueDetails;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.recognition.AwardEntry;
import vn.lantoa.recognition.AwardEntryDetails;
import vn.lantoa.recognition.AwardNominations;
import vn.lantoa.recognition.Contest;
import vn.lantoa.recognition.ContestDetails;
import vn.lantoa.recognition.ContestOffice;
import vn.lantoa.recognition.ExemplaryModel;
import vn.lantoa.recognition.ModelDetails;
import vn.lantoa.recognition.ModelRegistry;
import vn.lantoa.recognition.ModelReplications;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.ReplayClock;

/**
 * The recognition part of the demo data, loaded right after {@link DemoData} into a demo database that has none:
 * two recognised models (one spread by another ward), two still under review, a finished contest, three press-award
 * entries and one published bulletin issue of two articles, so that a newcomer sees every page filled. Kept apart
 * from DemoData so that each part changes on its own.
 */
@Component
@Order(11)
class RecognitionDemo implements ApplicationRunner {

	private final DemoDirectory demo;
	private final CampaignDirectory campaigns;
	private final ActivityRecording activities;
	private final ModelRegistry models;
	private final ModelReplications replications;
	private final ContestOffice contests;
	private final AwardNominations awards;
	private final ArticleDesk articles;
	private final ArticlePhotos photos;
	private final IssueDesk issues;

	RecognitionDemo(DemoDirectory demo, CampaignDirectory campaigns, ActivityRecording activities,
			ModelRegistry models, ModelReplications replications, ContestOffice contests, AwardNominations awards,
			ArticleDesk articles, ArticlePhotos photos, IssueDesk issues) {
		this.demo = demo;
		this.campaigns = campaigns;
		this.activities = activities;
		this.models = models;
		this.replications = replications;
		this.contests = contests;
		this.awards = awards;
		this.articles = articles;
		this.photos = photos;
		this.issues = issues;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Actor board = demo.board().orElse(null);
		if (!demo.enabled() || board == null || demo.count("exemplary_model") > 0 || demo.count("bulletin_issue") > 0) {
			return;
		}
		Campaign campaign = demo.seedCampaign(board).orElse(null);
		if (campaign == null) {
			return;
		}
		// each part at a moment of the story, so that proposals come before decisions (see ReplayClock)
		at(LocalDate.of(2024, 11, 20), () -> models(board, campaign));
		at(LocalDate.of(2025, 2, 10), () -> contest(board, campaign));
		at(LocalDate.of(2025, 3, 20), () -> awardEntries(board));
		at(LocalDate.of(2025, 1, 15), () -> bulletin(board));
	}

	private static void at(LocalDate day, Runnable part) {
		ReplayClock.at(day.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), () -> {
			part.run();
			return null;
		});
	}

	private void models(Actor board, Campaign campaign) {
		ExemplaryModel chiBo = recognised(board, propose("ducxuan", campaign, "DB-DUCXUAN", ExemplaryModel.Kind.MODEL,
				ExemplaryModel.Field.PARTY_BUILDING, "Sinh hoạt chi bộ “Mỗi tháng một chuyên đề”",
				"Mỗi tháng chi bộ chọn một chuyên đề gắn với nhiệm vụ của tổ dân phố; đảng viên trẻ chuẩn bị và chủ "
						+ "trì phần thảo luận. Tỷ lệ đảng viên dự sinh hoạt tăng từ 85% lên 98%."),
				"125-QĐ/TU", LocalDate.of(2024, 6, 20), true);
		recognised(board, propose("songcau", campaign, "DB-SONGCAU", ExemplaryModel.Kind.PRACTICE,
				ExemplaryModel.Field.MASS_MOBILISATION, "Tổ loa phát thanh “Tiếng nói khu dân cư”",
				"Mỗi tổ dân phố có một cụm loa do tổ trưởng quản lý; mỗi sáng thứ Hai phát bản tin 15 phút về chủ "
						+ "trương của Đảng, chính sách của Nhà nước và gương người tốt, việc tốt của phường."),
				"131-QĐ/TU", LocalDate.of(2024, 11, 15), true);
		ExemplaryModel individual = propose("mttq", campaign, "MTTQ-TP", ExemplaryModel.Kind.INDIVIDUAL,
				ExemplaryModel.Field.HO_CHI_MINH, "Bà Hà Thị Mai – tuyên truyền viên cơ sở tiêu biểu",
				"Hơn 10 năm làm tuyên truyền viên ở tổ 7, vận động các hộ gia đình tham gia xây dựng khu dân cư văn hóa.");
		models.verify(board, individual.getId(), individual.getVersion());
		propose("ubnd", campaign, "UBND-TP", ExemplaryModel.Kind.PRACTICE, ExemplaryModel.Field.DIGITAL,
				"Bản tin pháp luật trên Cổng thông tin điện tử thành phố",
				"Chuyên mục hỏi – đáp pháp luật hằng tuần, trả lời câu hỏi của người dân trong 3 ngày làm việc.");

		Actor songCau = demo.actor("songcau");
		Activity spread = activities.record(songCau, new ActivityDetails(campaign.getId(), demo.unit("DB-SONGCAU"),
				List.of(campaigns.themes(campaign.getId()).get(2).id()), campaigns.channels(campaign.getId()).get(1).id(),
				LocalDate.of(2024, 8, 5), null, "Sinh hoạt chuyên đề theo mô hình của phường Đức Xuân", 
				"Ba chi bộ khu dân cư áp dụng cách sinh hoạt “Mỗi tháng một chuyên đề”.", "Nhà văn hóa tổ 3", Map.of(),
				List.of()));
		replications.link(songCau, chiBo.getId(), spread.getId());
	}

	private void contest(Actor board, Campaign campaign) {
		Contest contest = contests.announce(board, new ContestDetails(campaign.getId(), demo.unit("BTG-TU"),
				campaigns.themes(campaign.getId()).get(0).id(), Contest.Kind.QUIZ,
				"Thi trắc nghiệm “Tìm hiểu 95 năm Ngày thành lập Đảng Cộng sản Việt Nam”",
				"Thi trực tuyến trên Cổng thông tin điện tử thành phố, 4 tuần, mỗi tuần 20 câu hỏi.",
				LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 3)), null);
		contest = contests.count(board, contest.getId(), contest.getVersion(), List.of(
				new Contest.Participation(demo.unit("DB-DUCXUAN"), 320, 310),
				new Contest.Participation(demo.unit("DB-SONGCAU"), 280, 265),
				new Contest.Participation(demo.unit("MTTQ-TP"), 150, 150)));
		contests.announceResults(board, contest.getId(), contest.getVersion(), List.of(
				new Contest.Prize("Giải Nhất", "Lương Văn Hùng", demo.unit("DB-DUCXUAN"), null),
				new Contest.Prize("Giải Nhì", "Nông Thị Thảo", demo.unit("DB-SONGCAU"), null),
				new Contest.Prize("Giải tập thể", "Đảng bộ phường Đức Xuân", demo.unit("DB-DUCXUAN"), null)));
	}

	private void awardEntries(Actor board) {
		AwardEntry awarded = awards.prepare(board, new AwardEntryDetails(demo.unit("CTTDT-TP"), 2024,
				"Loạt bài “Giữ lửa chi bộ vùng cao”", "Hoàng Minh Đức, Lý Thị Hoa", "Cổng thông tin điện tử thành phố",
				LocalDate.of(2024, 5, 19), "https://backankcity.gov.vn/giu-lua-chi-bo"), null);
		awarded = awards.submit(board, awarded.getId(), awarded.getVersion());
		awarded = awards.shortlist(board, awarded.getId(), awarded.getVersion());
		awards.award(board, awarded.getId(), awarded.getVersion(), AwardEntry.Prize.B);
		AwardEntry submitted = awards.prepare(board, new AwardEntryDetails(demo.unit("TTVHTTTT"), 2024,
				"Phóng sự “Người đảng viên ở tổ dân phố”", "Ma Văn Tuấn", "Trung tâm Văn hóa Thể thao và Truyền thông",
				LocalDate.of(2024, 8, 2), null), null);
		awards.submit(board, submitted.getId(), submitted.getVersion());
		awards.prepare(board, new AwardEntryDetails(demo.unit("TTVHTTTT"), 2025, "Ký sự “Đảng viên trẻ làm kinh tế giỏi”",
				"Ma Văn Tuấn, Triệu Thu Trang", "Trung tâm Văn hóa Thể thao và Truyền thông", LocalDate.of(2025, 3, 10),
				null), null);
	}

	private void bulletin(Actor board) {
		Article first = articles.submit(demo.actor("ducxuan"), new ArticleDetails(demo.unit("DB-DUCXUAN"),
				"Đức Xuân: sinh hoạt chi bộ mỗi tháng một chuyên đề", "Lương Thị Thu Hà",
				"<p>Năm 2024, <strong>100% chi bộ</strong> của Đảng bộ phường Đức Xuân sinh hoạt chuyên đề hằng tháng."
						+ "</p><p>Các chuyên đề bám sát nhiệm vụ của tổ dân phố:</p><ul><li>giữ gìn trật tự, vệ sinh"
						+ " đô thị;</li><li>học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;</li>"
						+ "<li>chuyển đổi số trong sinh hoạt chi bộ.</li></ul>"));
		Article second = photos.submitWith(demo.actor("songcau"), new ArticleDetails(demo.unit("DB-SONGCAU"),
				"Sông Cầu: “Tiếng nói khu dân cư” mỗi sáng thứ Hai", "Nông Văn Đức",
				"Mỗi sáng thứ Hai, 14 cụm loa của phường phát bản tin 15 phút.\n\n"
						+ "Nội dung do tổ tuyên truyền viên cơ sở biên soạn, có mục “Người tốt, việc tốt”."),
				"loa-phat-thanh.png", picture(), "Tổ trưởng tổ dân phố 5 kiểm tra cụm loa");
		first = articles.accept(board, first.getId(), first.getVersion());
		second = articles.accept(board, second.getId(), second.getVersion());
		BulletinIssue issue = issues.create(board, new IssueDetails(demo.unit("THANHUY"), 1, LocalDate.of(2025, 1, 15),
				"Bản tin Công tác xây dựng Đảng – Chào mừng 95 năm Ngày thành lập Đảng"));
		issue = issues.place(board, issue.getId(), issue.getVersion(), first.getId());
		issue = issues.place(board, issue.getId(), issue.getVersion(), second.getId());
		issues.publish(board, issue.getId(), issue.getVersion());
	}

	private ExemplaryModel propose(String username, Campaign campaign, String unitCode, ExemplaryModel.Kind kind,
			ExemplaryModel.Field field, String title, String description) {
		return models.propose(demo.actor(username), new ModelDetails(campaign.getId(), demo.unit(unitCode), kind, field, title,
				description, List.of()), true);
	}

	private ExemplaryModel recognised(Actor board, ExemplaryModel model, String decision, LocalDate date,
			boolean shown) {
		ExemplaryModel verified = models.verify(board, model.getId(), model.getVersion());
		ExemplaryModel recognised = models.recognise(board, verified.getId(), verified.getVersion(), decision, date);
		return shown ? models.publish(board, recognised.getId(), recognised.getVersion(), true) : recognised;
	}



	/** A loudspeaker drawn in a few shapes, as the demo article's photo. */
	private static byte[] picture() {
		var image = new java.awt.image.BufferedImage(640, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new java.awt.Color(0xDCE8F2));
		g.fillRect(0, 0, 640, 400);
		g.setColor(new java.awt.Color(0x5A6B7B));
		g.fillRect(310, 150, 20, 250);
		g.setColor(new java.awt.Color(0x2F3E4C));
		g.fillPolygon(new int[] { 250, 330, 330, 250 }, new int[] { 90, 120, 160, 190 }, 4);
		g.fillPolygon(new int[] { 390, 320, 320, 390 }, new int[] { 90, 120, 160, 190 }, 4);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			javax.imageio.ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
