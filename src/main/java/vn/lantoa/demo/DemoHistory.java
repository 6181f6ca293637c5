package vn.lantoa.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.lantoa.activity.Activity;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.activity.EvidenceStore;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignDirectory.ChannelView;
import vn.lantoa.campaign.CampaignDirectory.ThemeView;
import vn.lantoa.campaign.ReportSchedule.Period;
import vn.lantoa.report.Narrative;
import vn.lantoa.report.Report;
import vn.lantoa.report.ReportDesk;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.ReplayClock;

/**
 * The demo campaign's past, loaded after {@link DemoData} and {@link RecognitionDemo} into a demo database that has
 * no reports yet: about three hundred activities of the assigned units over every quarter (a few units busy, two
 * nearly idle, some cells of themes × channels left empty), a generated photo as evidence of every fourth one, the
 * units' reports of every quarter but the last (most on time, some late, a few missing, one returned and one
 * returned then approved), and the city's consolidated report of each of those quarters. Everything goes through
 * the ordinary services at the moment of the story ({@link ReplayClock}), so deadlines, timeliness, history and
 * audit read as they would have happened. The same seed gives the same history.
 */
@Component
@Order(12)
class DemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Units that record almost nothing and skip reports: the bottom of the dashboards' ranking. */
	private static final List<String> IDLE = List.of("DB-NONGTHUONG", "CB-TTYT");
	/** Units that record the most. */
	private static final List<String> BUSY = List.of("DB-DUCXUAN", "DB-SONGCAU", "TTVHTTTT", "CTTDT-TP", "MTTQ-TP");

	private static final String STILL_RETURNED = "DB-XUATHOA";
	private static final String REVISED = "MTTQ-TP";

	private final DemoDirectory demo;
	private final CampaignDirectory campaigns;
	private final ActivityRecording activities;
	private final EvidenceStore evidence;
	private final ReportDesk desk;
	private final boolean enabled;

	DemoHistory(DemoDirectory demo, CampaignDirectory campaigns, ActivityRecording activities, EvidenceStore evidence,
			ReportDesk desk, @Value("${lantoa.demo-history:true}") boolean history) {
		this.demo = demo;
		this.campaigns = campaigns;
		this.activities = activities;
		this.evidence = evidence;
		this.desk = desk;
		this.enabled = history && demo.enabled();
	}

	@Override
	public void run(ApplicationArguments args) {
		Actor board = demo.board().orElse(null);
		if (!enabled || board == null || demo.count("report") > 0) {
			return;
		}
		Campaign campaign = demo.seedCampaign(board).orElse(null);
		if (campaign == null) {
			return;
		}
		long started = System.nanoTime();
		Story story = new Story(board, campaign);
		int recorded = story.activities();
		int reports = story.reports();
		log.info("Demo history: {} activities and {} reports in {} ms", recorded, reports,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** One telling of the history, from a fixed seed. */
	private final class Story {

		private final Random random = new Random(2023);
		private final Actor board;
		private final Campaign campaign;
		private final List<ThemeView> themes;
		private final List<ChannelView> channels;
		private final List<Period> periods;
		private final Map<Long, String> units = new LinkedHashMap<>();
		private final Map<Long, String> codes = new LinkedHashMap<>();
		private final Map<Long, Actor> reporters = new LinkedHashMap<>();

		Story(Actor board, Campaign campaign) {
			this.board = board;
			this.campaign = campaign;
			this.themes = campaigns.themes(campaign.getId());
			this.channels = campaigns.channels(campaign.getId());
			this.periods = campaigns.periods(campaign);
			campaigns.assignments(board, campaign.getId()).forEach(a -> units.putIfAbsent(a.unitId(), a.unitName()));
			units.keySet().forEach(id -> codes.put(id, demo.code(id)));
			for (String username : List.of("ducxuan", "songcau", "ubnd", "mttq")) {
				Actor reporter = demo.actor(username);
				reporters.put(reporter.unitId(), reporter);
			}
		}

		/** The activities of every quarter, each recorded a few days after it happened. */
		int activities() {
			int count = 0;
			for (Period period : periods) {
				for (Map.Entry<Long, String> unit : units.entrySet()) {
					String code = codes.get(unit.getKey());
					int planned = IDLE.contains(code) ? random.nextInt(2) : BUSY.contains(code) ? 3 + random.nextInt(3)
							: random.nextInt(3);
					for (int i = 0; i < planned; i++) {
						activity(unit.getKey(), unit.getValue(), period, count++);
					}
				}
			}
			return count;
		}

		private void activity(long unitId, String unitName, Period period, int serial) {
			LocalDate last = period.windowEnd().isAfter(campaign.getEndsOn()) ? campaign.getEndsOn() : period.windowEnd();
			long span = last.toEpochDay() - period.windowStart().toEpochDay();
			LocalDate day = period.windowStart().plusDays(random.nextLong(span + 1));
			// themes 0-1 are everybody's; the later ones only on some channels, which leaves cells empty
			ChannelView channel = channels.get(skewed(channels.size()));
			List<Long> chosen = new ArrayList<>();
			chosen.add(themes.get(random.nextInt(Math.min(2, themes.size()))).id());
			int other = random.nextInt(themes.size());
			if ((other + channel.position()) % 3 != 0 && !chosen.contains(themes.get(other).id())) {
				chosen.add(themes.get(other).id());
			}
			Map<String, BigDecimal> measures = new LinkedHashMap<>();
			for (String code : channel.measureCodes()) {
				if (measures.isEmpty() || random.nextInt(5) < 2) {
					measures.put(code, BigDecimal.valueOf(measure(code)));
				}
			}
			List<String> titles = TITLES.get(Math.min(TITLES.size() - 1, channel.position() - 1));
			String title = titles.get(random.nextInt(titles.size())) + " – " + shortName(unitName);
			String description = "Thực hiện Hướng dẫn của Ban Tuyên giáo Thành ủy; " + channel.title().toLowerCase()
					+ ", ngày " + day.format(DAY) + ".";
			Actor author = writer(unitId);
			Instant recordedAt = moment(day.plusDays(1 + random.nextInt(4)), 9 + random.nextInt(8));
			replay(recordedAt, () -> {
				Activity activity = activities.record(author, new ActivityDetails(campaign.getId(), unitId, chosen,
						channel.id(), day, null, title, description, PLACES.get(random.nextInt(PLACES.size())),
						measures, List.of()));
				if (serial % 4 == 0) {
					evidence.attach(author, activity.getId(), "anh-" + day + "-" + serial + ".png",
							photo(title, day, serial));
				}
				return activity;
			});
		}

		/** Units' reports of every quarter but the last, then the city's consolidated report of each. */
		int reports() {
			int count = 0;
			Actor admin = demo.actor("admin");
			long city = demo.unit("THANHUY");
			for (Period period : periods.subList(0, periods.size() - 1)) {
				for (long unitId : units.keySet()) {
					String code = codes.get(unitId);
					boolean missing = IDLE.contains(code) ? random.nextInt(3) > 0 : random.nextInt(14) == 0;
					if (missing && !returned(code, period)) {
						continue;
					}
					int lateBy = random.nextInt(8) == 0 ? 1 + random.nextInt(9) : -random.nextInt(2);
					unitReport(unitId, period, lateBy);
					count++;
				}
				Instant drafted = moment(period.deadline().plusDays(12), 8);
				Report consolidated = replay(drafted, () -> desk.open(board, campaign.getId(), city, period.key(), true));
				Report submitted = replay(drafted.plusSeconds(3 * 3600), () -> desk.submit(board, consolidated.getId(),
						consolidated.getVersion(), cityNarrative(consolidated.narrative())));
				if (period != periods.get(periods.size() - 2)) {
					replay(drafted.plusSeconds(3 * 86_400), () -> desk.approve(admin, submitted.getId(),
							submitted.getVersion()));
				}
				count++;
			}
			return count;
		}

		private void unitReport(long unitId, Period period, int lateBy) {
			Actor author = writer(unitId);
			String code = codes.get(unitId);
			Instant sent = moment(period.deadline().plusDays(lateBy), 10 + random.nextInt(6));
			Report draft = replay(sent.minusSeconds(2 * 86_400),
					() -> desk.open(author, campaign.getId(), unitId, period.key(), false));
			Report report = replay(sent, () -> desk.submit(author, draft.getId(), draft.getVersion(),
					narrative(units.get(unitId), period)));
			Instant reviewed = sent.plusSeconds((1 + random.nextInt(3)) * 86_400L);
			if (returned(code, period) && code.equals(STILL_RETURNED)) {
				replay(reviewed, () -> desk.returnToUnit(board, report.getId(), report.getVersion(),
						"Đề nghị bổ sung số liệu buổi sinh hoạt chuyên đề và hình ảnh minh họa."));
				return;
			}
			if (returned(code, period)) {
				Report returned = replay(reviewed, () -> desk.returnToUnit(board, report.getId(), report.getVersion(),
						"Phần đánh giá chưa nêu hạn chế và nguyên nhân; đề nghị bổ sung."));
				Report again = replay(reviewed.plusSeconds(2 * 86_400), () -> desk.submit(author, returned.getId(),
						returned.getVersion(), narrative(units.get(unitId), period)));
				replay(reviewed.plusSeconds(3 * 86_400), () -> desk.approve(board, again.getId(), again.getVersion()));
				return;
			}
			replay(reviewed, () -> desk.approve(board, report.getId(), report.getVersion()));
		}

		/** Xuất Hóa's report of the last reported quarter stays returned; MTTQ's of a year before was revised. */
		private boolean returned(String code, Period period) {
			return code.equals(STILL_RETURNED) && period == periods.get(periods.size() - 2)
					|| code.equals(REVISED) && period == periods.get(periods.size() - 6);
		}

		private Narrative narrative(String unitName, Period period) {
			String term = "quý " + period.number() + " năm " + period.year();
			return new Narrative(random.nextInt(90) + 10 + "-BC/ĐU",
					"Cấp ủy " + unitName + " quán triệt Hướng dẫn của Ban Tuyên giáo Thành ủy, ban hành kế hoạch "
							+ "tuyên truyền " + term + ", phân công cấp ủy viên phụ trách từng chi bộ.",
					"Các chi bộ tổ chức sinh hoạt chuyên đề, treo băng rôn, khẩu hiệu; tuyên truyền trên hệ thống "
							+ "loa và trang thông tin điện tử; số liệu chi tiết tại phụ lục.",
					"Ưu điểm: nội dung bám sát chủ đề năm. Hạn chế: hình thức tuyên truyền trên mạng xã hội còn ít. "
							+ "Nguyên nhân: đội ngũ cộng tác viên còn mỏng.",
					"Tiếp tục tuyên truyền kỷ niệm các ngày lễ lớn; nhân rộng mô hình dân vận khéo.",
					"Đề nghị Ban Tuyên giáo Thành ủy tổ chức tập huấn kỹ năng tuyên truyền trên mạng xã hội.",
					"Ban Tuyên giáo Thành ủy;\nLưu.", "T/M ĐẢNG ỦY", "BÍ THƯ", SIGNERS.get(random.nextInt(SIGNERS.size())));
		}

		private Narrative cityNarrative(Narrative prefilled) {
			return new Narrative(random.nextInt(200) + 100 + "-BC/TU", prefilled.leadership(), prefilled.results(),
					prefilled.assessment(), prefilled.directions(), prefilled.proposals(),
					"Ban Tuyên giáo Tỉnh ủy;\nThường trực Thành ủy;\nLưu Văn phòng Thành ủy.", "T/M THÀNH ỦY",
					"PHÓ BÍ THƯ THƯỜNG TRỰC", "Hoàng Văn Minh");
		}

		private Actor writer(long unitId) {
			return reporters.getOrDefault(unitId, board);
		}

		/** The first channels carry more activities than the last: weights size, size - 1, …, 1. */
		private int skewed(int size) {
			int ticket = random.nextInt(size * (size + 1) / 2);
			for (int i = 0; i < size; i++) {
				ticket -= size - i;
				if (ticket < 0) {
					return i;
				}
			}
			return size - 1;
		}

		private double measure(String code) {
			return switch (code) {
				case "study_share" -> 70 + random.nextInt(31);
				case "broadcasts_per_day" -> 1 + random.nextInt(3);
				case "broadcast_minutes", "panel_length" -> 15 + random.nextInt(100);
				case "views" -> 200 + random.nextInt(4800);
				case "participants", "attendances" -> 20 + random.nextInt(280);
				case "bulletin_copies", "leaflets" -> 50 + random.nextInt(450);
				case "banner_area" -> 5 + random.nextInt(55);
				default -> 1 + random.nextInt(12);
			};
		}

	}

	private static <T> T replay(Instant at, Supplier<T> work) {
		return ReplayClock.at(at, work);
	}

	private static Instant moment(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(VIETNAM).toInstant();
	}

	private static String shortName(String unitName) {
		return unitName.replaceFirst("^(Đảng bộ|Chi bộ|Ủy ban) ", "");
	}



	/** A photo-like picture: sky, hills, a banner with the activity's date, so that each evidence looks different. */
	static byte[] photo(String caption, LocalDate day, int serial) {
		BufferedImage image = new BufferedImage(800, 520, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		Random shapes = new Random(serial);
		g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0x9CC7E8), 0, 300, new Color(0xE6F1F8)));
		g.fillRect(0, 0, 800, 520);
		g.setColor(new Color(0x5F8D4E));
		for (int i = 0; i < 4; i++) {
			int x = shapes.nextInt(800);
			g.fillOval(x - 260, 260 + shapes.nextInt(80), 520, 360);
		}
		g.setColor(new Color(0xC62828));
		g.fillRect(90, 120, 620, 110);
		g.setColor(new Color(0xFFEB3B));
		g.setFont(new Font(Font.SERIF, Font.BOLD, 30));
		String line = caption.length() > 40 ? caption.substring(0, 40) + "…" : caption;
		g.drawString(line, 110, 170);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
		g.drawString(day.format(DAY), 110, 210);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Titles by the channel's kind: web, loudspeakers and meetings, visual propaganda, printed matter. */
	private static final List<List<String>> TITLES = List.of(
			List.of("Đăng tin bài về xây dựng Đảng trên trang thông tin điện tử", "Đăng video tuyên truyền kỷ niệm ngày "
					+ "thành lập Đảng", "Chuyên mục “Học tập và làm theo Bác” trên cổng thông tin",
					"Nêu gương người tốt, việc tốt trên trang thông tin"),
			List.of("Bản tin phát thanh khu dân cư", "Tuyên truyền lưu động tại tổ dân phố",
					"Hội nghị báo cáo viên định kỳ", "Sinh hoạt chuyên đề về xây dựng Đảng",
					"Phổ biến nghị quyết mới cho đảng viên"),
			List.of("Treo băng rôn, khẩu hiệu chào mừng đại hội", "Triển lãm ảnh về truyền thống Đảng bộ",
					"Dựng pa nô cổ động tại trung tâm phường"),
			List.of("Cấp phát tài liệu hỏi – đáp về Điều lệ Đảng", "Thi tìm hiểu lịch sử Đảng bộ",
					"Phát hành bản tin sinh hoạt chi bộ"));

	private static final List<String> PLACES = List.of("Nhà văn hóa tổ 1", "Hội trường Đảng ủy", "Nhà văn hóa tổ 5",
			"Trụ sở Ủy ban", "Trường Tiểu học", "Chợ phường", "Khu dân cư số 3");

	private static final List<String> SIGNERS = List.of("Lương Văn Hùng", "Nông Thị Thảo", "Hoàng Thị Mai",
			"Triệu Văn Bình", "Ma Thị Hằng");
}
