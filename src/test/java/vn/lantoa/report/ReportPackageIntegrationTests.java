package vn.lantoa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.Fixtures;
import vn.lantoa.LanToaApplication;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;
import vn.lantoa.activity.ActivityDetails;
import vn.lantoa.activity.ActivityRecording;
import vn.lantoa.campaign.CampaignPlan;
import vn.lantoa.campaign.CampaignPlanning;
import vn.lantoa.campaign.ReportSchedule;
import vn.lantoa.org.UnitAdministration;
import vn.lantoa.org.UnitKind;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Role;

/**
 * A ward's report travels from the city's Lan Tỏa to the province's, a second application on its own database:
 * it arrives submitted with the same figures and narrative, a second import changes nothing, and a tampered
 * package or one from a unit the province does not know is refused with nothing saved.
 */
@LanToaTest
class ReportPackageIntegrationTests {

	static ConfigurableApplicationContext province;

	@Autowired
	ReportDesk desk;
	@Autowired
	ReportPackages packages;
	@Autowired
	CampaignPlanning planning;
	@Autowired
	ActivityRecording recording;
	@Autowired
	UnitAdministration units;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JsonMapper json;

	@BeforeAll
	static void startTheProvincesInstance() {
		province = new SpringApplicationBuilder(LanToaApplication.class)
			.run("--server.port=0", "--lantoa.demo=true", "--lantoa.demo-history=false",
					"--lantoa.demo-password=" + TestDatabases.DEMO_PASSWORD,
					"--lantoa.data-dir=target/province-" + UUID.randomUUID(),
					"--spring.datasource.url=jdbc:h2:mem:province-" + UUID.randomUUID()
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"--spring.datasource.username=sa", "--spring.datasource.password=", "--logging.level.root=warn");
	}

	@AfterAll
	static void stop() {
		if (province != null) {
			province.close();
		}
	}

	@Test
	void aWardsReportReachesTheProvinceIdenticalOnceAndTamperingIsRefused() throws IOException {
		long ward = fixtures.unit("DB-XUATHOA");
		long cityCampaign = campaign(planning, admin(jdbc, "THANHUY"), ward);
		record(cityCampaign, ward);
		Actor reporter = new Actor(1, "rep.xuathoa", "Báo cáo viên", Role.REPORTER, ward, ward, true);
		Report report = desk.open(reporter, cityCampaign, ward, "2026Q1", false);
		report = desk.save(reporter, report.getId(), report.getVersion(), new Narrative("07-BC/ĐU",
				"Đảng ủy phường Xuất Hóa quán triệt đầy đủ.", "Phát 12 buổi loa; đăng 5 tin.", "Ưu điểm: kịp thời.",
				"Tiếp tục tuyên truyền.", "Không.", "- Ban Tuyên giáo Thành ủy;\n- Lưu.", "T/M ĐẢNG ỦY", "BÍ THƯ",
				"Nguyễn Thị Hoa"));
		report = desk.submit(reporter, report.getId(), report.getVersion(), null);
		byte[] zip = packages.pack(admin(jdbc, "THANHUY"), report.getId()).content();

		JdbcClient provinceDb = province.getBean(JdbcClient.class);
		Actor provinceAdmin = admin(provinceDb, "TINHUY");
		long provinceCampaign = campaign(province.getBean(CampaignPlanning.class), provinceAdmin,
				provinceDb.sql("select id from org_unit where code = 'DB-XUATHOA'").query(Long.class).single());
		ReportPackages receiver = province.getBean(ReportPackages.class);
		Report received = receiver.receive(provinceAdmin, provinceCampaign, zip);
		assertThat(received.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(received.getPeriodKey()).isEqualTo("2026Q1");
		assertThat(receiver.receive(provinceAdmin, provinceCampaign, zip).getId()).isEqualTo(received.getId());
		assertThat(provinceDb.sql("select count(*) from report").query(Integer.class).single()).isEqualTo(1);

		JsonNode sent = payload(zip);
		JsonNode back = payload(receiver.pack(provinceAdmin, received.getId()).content());
		for (String field : List.of("unitCode", "period", "consolidated", "number", "sections", "recipients",
				"signerAuthority", "signerPosition", "signerName", "submittedAt", "onTime", "figures")) {
			assertThat(back.get(field)).as(field).isEqualTo(sent.get(field));
		}
		assertThat(sent.get("figures").size()).isGreaterThan(4);

		Map<String, byte[]> files = unzip(zip);
		String tamperedJson = new String(files.get("report.json"), StandardCharsets.UTF_8).replace("\"12\"", "\"13\"")
			.replace("Xuất Hóa quán triệt", "Xuất Hóa không quán triệt");
		files.put("report.json", tamperedJson.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> receiver.receive(provinceAdmin, provinceCampaign, zip(files)))
			.isInstanceOf(ReportRefused.class).extracting("messageKey").isEqualTo("report.error.packageChecksum");
		assertThatThrownBy(() -> receiver.receive(provinceAdmin, provinceCampaign, "không phải zip".getBytes(
				StandardCharsets.UTF_8))).isInstanceOf(ReportRefused.class).extracting("messageKey")
			.isEqualTo("report.error.package");

		// a unit the province does not know
		long newWard = units.create(admin(jdbc, "THANHUY"), fixtures.unit("THANHUY"), Fixtures.unique("PX"),
				"Đảng bộ phường mới " + Fixtures.unique(""), UnitKind.PARTY_COMMITTEE).getId();
		long other = campaign(planning, admin(jdbc, "THANHUY"), newWard);
		Actor newReporter = new Actor(1, "rep.new", "Báo cáo viên", Role.REPORTER, newWard, newWard, true);
		Report fresh = desk.open(newReporter, other, newWard, "2026Q1", false);
		fresh = desk.submit(newReporter, fresh.getId(), fresh.getVersion(), null);
		byte[] unknown = packages.pack(admin(jdbc, "THANHUY"), fresh.getId()).content();
		assertThatThrownBy(() -> receiver.receive(provinceAdmin, provinceCampaign, unknown))
			.isInstanceOf(ReportRefused.class).extracting("messageKey").isEqualTo("report.error.packageUnit");
		assertThat(provinceDb.sql("select count(*) from report").query(Integer.class).single()).isEqualTo(1);
	}

	private void record(long campaign, long ward) {
		List<Long> themes = jdbc.sql("select id from campaign_theme where campaign_id = ? order by position")
			.param(campaign).query(Long.class).list();
		List<Long> channels = jdbc.sql("select id from campaign_channel where campaign_id = ? order by position")
			.param(campaign).query(Long.class).list();
		recording.record(admin(jdbc, "THANHUY"), new ActivityDetails(campaign, ward, themes, channels.get(1),
				LocalDate.of(2026, 2, 10), null, "Phát thanh về Đại hội", null, null,
				Map.of("broadcasts", new BigDecimal("12")), List.of()));
		recording.record(admin(jdbc, "THANHUY"), new ActivityDetails(campaign, ward, List.of(themes.get(1)),
				channels.get(0), LocalDate.of(2026, 3, 2), null, "Tin trên trang phường", null, null,
				Map.of("news", new BigDecimal("5")), List.of()));
	}

	private static long campaign(CampaignPlanning planning, Actor planner, long unit) {
		return planning.create(planner, new CampaignPlan(null, "Kế hoạch trao đổi " + Fixtures.unique("K"),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of("Mục đích"), List.of(),
				new ReportSchedule(ReportSchedule.Frequency.QUARTERLY, ReportSchedule.DeadlineRule.DAYS_AFTER_END, 10),
				List.of(new CampaignPlan.ThemePlan("Nội dung một", ""), new CampaignPlan.ThemePlan("Nội dung hai", "")),
				List.of(new CampaignPlan.ChannelPlan("Trên mạng", "", List.of(), List.of("news")),
						new CampaignPlan.ChannelPlan("Loa truyền thanh", "", List.of(), List.of("broadcasts"))),
				List.of(new CampaignPlan.AssignmentPlan("Phường", List.of(unit), List.of("Báo cáo"),
						LocalDate.of(2026, 12, 31))))).getId();
	}

	private static Actor admin(JdbcClient db, String scopeCode) {
		long id = db.sql("select id from account where username = 'admin'").query(Long.class).single();
		long scope = db.sql("select id from org_unit where code = ?").param(scopeCode).query(Long.class).single();
		return new Actor(id, "admin", "admin", Role.ADMIN, scope, scope, true);
	}

	private JsonNode payload(byte[] zip) throws IOException {
		return json.readTree(unzip(zip).get("report.json"));
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				files.put(e.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> f : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(f.getKey()));
				zip.write(f.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
