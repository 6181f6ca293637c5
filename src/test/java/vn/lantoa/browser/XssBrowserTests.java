package vn.lantoa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;
import vn.lantoa.activity.Activity;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.activity.EvidenceStore;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.notice.InformationDesk;
import vn.lantoa.notice.Notice;
import vn.lantoa.notice.NoticeDesk;
import vn.lantoa.notice.NoticeDraft;
import vn.lantoa.recognition.AwardEntryDetails;
import vn.lantoa.recognition.AwardNominations;
import vn.lantoa.recognition.Contest;
import vn.lantoa.recognition.ContestDetails;
import vn.lantoa.recognition.ContestOffice;
import vn.lantoa.recognition.ExemplaryModel;
import vn.lantoa.recognition.ModelDetails;
import vn.lantoa.recognition.ModelRegistry;
import vn.lantoa.report.Narrative;
import vn.lantoa.report.Report;
import vn.lantoa.report.ReportDesk;
import vn.lantoa.shared.Actor;

/**
 * Stored and reflected cross-site scripting, checked where it would happen: in the rendered pages in Chromium. Every
 * known payload (src/test/resources/xss/payloads.txt) is stored in the free-text fields of a campaign, its themes,
 * channels and tasks, activities (title, description, place), an evidence file's name, a report's narrative, an
 * exemplary model, a contest, a press-award entry, a notice and an information item with their files' names, and sent
 * in the search box; then the pages that show them are
 * opened. On none may a dialog open, a payload's script run, or any payload become markup (a script, an event
 * handler, a foreign image, a frame, a javascript: link): each must be shown as the text it is.
 */
@LanToaTest
class XssBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	CampaignPlanning planning;
	@Autowired
	ActivityRecording activities;
	@Autowired
	EvidenceStore evidence;
	@Autowired
	ReportDesk desk;
	@Autowired
	ModelRegistry models;
	@Autowired
	ContestOffice contests;
	@Autowired
	AwardNominations awards;
	@Autowired
	NoticeDesk notices;
	@Autowired
	InformationDesk information;

	@Test
	void noStoredOrReflectedPayloadBecomesMarkup() {
		List<String> payloads = payloads();
		String all = String.join("\n", payloads);
		List<String> groups = groups(payloads, 400);
		Actor admin = fixtures.actor("admin");
		long ward = fixtures.unit("DB-HUYENTUNG");

		Campaign campaign = planning.create(admin, new CampaignPlan(null, "Thử XSS " + Fixtures.unique("") + " "
				+ groups.get(0), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), payloads.subList(0, 5),
				payloads.subList(5, 10),
				new ReportSchedule(ReportSchedule.Frequency.QUARTERLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 10),
				List.of(new CampaignPlan.ThemePlan(groups.get(1), all)),
				List.of(new CampaignPlan.ChannelPlan(groups.get(2), all, payloads.subList(10, 15), List.of("news")),
						new CampaignPlan.ChannelPlan("Thi tìm hiểu " + payloads.get(0), all, List.of(),
								List.of("contests", "participants"))),
				List.of(new CampaignPlan.AssignmentPlan(groups.get(3), List.of(ward), payloads.subList(15, 20),
						LocalDate.of(2026, 12, 31)))));
		long theme = jdbc.sql("select id from campaign_theme where campaign_id = ?").param(campaign.getId())
			.query(Long.class).single();
		long channel = jdbc.sql("select min(id) from campaign_channel where campaign_id = ?").param(campaign.getId())
			.query(Long.class).single();

		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("campaign", "/campaigns/" + campaign.getId());
		int day = 1;
		for (String group : groups) {
			Activity activity = activities.record(admin, new ActivityDetails(campaign.getId(), ward, List.of(theme),
					channel, LocalDate.of(2026, 2, day++), null, group, all, group.substring(0,
							Math.min(group.length(), 300)), Map.of("news", BigDecimal.ONE), List.of()));
			pages.put("activity " + day, "/activities/" + activity.getId());
			if (day == 2) {
				evidence.attach(admin, activity.getId(), "<img src=x onerror=\"window.__xss=1;alert(1)\">.png",
						RecognitionBrowserTests.png());
				pages.put("activity edit", "/activities/" + activity.getId() + "/edit");
			}
		}
		pages.put("activity list", "/activities?campaignId=" + campaign.getId());
		for (String reflected : List.of(payloads.get(0), payloads.get(3), "\"><svg onload=alert(1)>")) {
			pages.put("search " + reflected, "/activities?q=" + URLEncoder.encode(reflected, StandardCharsets.UTF_8));
		}

		Report report = desk.open(admin, campaign.getId(), ward, "2026Q1", false);
		desk.save(admin, report.getId(), report.getVersion(), new Narrative("<b>1</b>-BC", all, all, all, all, all,
				String.join("\n", payloads.subList(0, 10)), payloads.get(1), payloads.get(2), payloads.get(3)));
		pages.put("report", "/reports/" + report.getId());
		pages.put("reports", "/reports?campaignId=" + campaign.getId() + "&period=2026Q1");

		ExemplaryModel model = models.propose(admin, new ModelDetails(campaign.getId(), ward,
				ExemplaryModel.Kind.PRACTICE, ExemplaryModel.Field.OTHER, groups.get(0), all, List.of()), true);
		pages.put("model", "/models/" + model.getId());
		pages.put("models", "/models");
		Contest contest = contests.announce(admin, new ContestDetails(campaign.getId(), ward, theme,
				Contest.Kind.WRITING, groups.get(1), all, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), null);
		pages.put("contest", "/contests/" + contest.getId());
		long entry = awards.prepare(admin, new AwardEntryDetails(ward, 2026, groups.get(2), payloads.get(4),
				payloads.get(5), LocalDate.of(2026, 3, 1), null), null).getId();
		pages.put("award entry", "/award-entries/" + entry);

		String evil = "<img src=x onerror=\"window.__xss=1;alert(1)\">.png";
		long notice = notices.send(admin, new NoticeDraft(Notice.Kind.GUIDANCE, payloads.get(0) + " " + payloads.get(3),
				all, null, List.of(ward), List.of()), List.of(new NoticeDesk.Upload(evil, RecognitionBrowserTests.png())));
		pages.put("notice", "/notices/" + notice);
		pages.put("notices", "/notices");
		long item = information.send(fixtures.actor("ducxuan"), payloads.get(1) + " " + payloads.get(4), all, true,
				List.of(new NoticeDesk.Upload(evil, RecognitionBrowserTests.png())));
		pages.put("information", "/information/" + item);
		pages.put("informations", "/information");

		Page page = browser.open("http://localhost:" + port);
		LayoutParts.signIn(page, "tuyengiao", TestDatabases.DEMO_PASSWORD);
		assertThat(LayoutParts.heading(page)).hasText(Pattern.compile("^Xin chào, "));
		List<String> dialogs = new ArrayList<>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		for (Map.Entry<String, String> target : pages.entrySet()) {
			page.navigate(target.getValue());
			page.waitForLoadState();
			Map<?, ?> found = (Map<?, ?>) page.evaluate("""
					() => ({ xss: window.__xss === 1,
					         scripts: document.querySelectorAll('main script:not([src])').length,
					         foreign: [...document.querySelectorAll('main img, main iframe, main object, main embed, '
					           + 'main svg, main video, main audio, main base, main form[action^="javascript"], '
					           + 'main a[href^="javascript"], main meta')]
					           .filter(e => !(e.tagName === 'IMG' && (e.getAttribute('src') || '').startsWith('/'))).length,
					         handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes]
					           .some(a => a.name.startsWith('on'))).length,
					         text: document.querySelector('main').innerText })""");
			assertThat(found.get("xss")).as(target.getKey()).isEqualTo(false);
			assertThat(((Number) found.get("scripts")).intValue()).as(target.getKey()).isZero();
			assertThat(((Number) found.get("foreign")).intValue()).as(target.getKey()).isZero();
			assertThat(((Number) found.get("handlers")).intValue()).as(target.getKey()).isZero();
			if (!target.getKey().endsWith("s") && !target.getKey().startsWith("search")) {
				// shown as the text it is
				assertThat((String) found.get("text")).as(target.getKey()).contains("<");
			}
		}
		browser.screenshot(page, "xss-last-page");
		assertThat(dialogs).isEmpty();
		assertThat(pages).hasSizeGreaterThan(15);
	}

	/** The payloads, joined into groups no longer than the given length. */
	private static List<String> groups(List<String> payloads, int length) {
		List<String> groups = new ArrayList<>();
		StringBuilder group = new StringBuilder();
		for (String p : payloads) {
			if (group.length() > 0 && group.length() + p.length() + 1 > length) {
				groups.add(group.toString());
				group.setLength(0);
			}
			group.append(group.length() == 0 ? "" : " ").append(p);
		}
		groups.add(group.toString());
		return groups;
	}

	private static List<String> payloads() {
		try (InputStream in = XssBrowserTests.class.getResourceAsStream("/xss/payloads.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
