package vn.lantoa.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.lantoa.Fixtures;
import vn.lantoa.LanToaTest;
import vn.lantoa.TestDatabases;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.CampaignDirectory.ChannelView;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Csv;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.RowErrors.RowError;

@LanToaTest
class ActivitySheetIntegrationTests {

	static final String DEMO_CAMPAIGN = "Đẩy mạnh tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị";

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	CampaignDirectory campaigns;
	@Autowired
	ActivityRecording recording;
	@Autowired
	ActivityQueries queries;

	Actor ducxuan;
	long campaignId;
	ChannelView channel;
	String measure;
	MockHttpSession session;

	@BeforeEach
	void setUp() throws Exception {
		ducxuan = fixtures.actor("ducxuan");
		campaignId = campaigns.visible(ducxuan).stream().filter(c -> c.getTitle().equals(DEMO_CAMPAIGN))
			.map(Campaign::getId).findFirst().orElseThrow();
		channel = campaigns.channels(campaignId).stream().filter(c -> !c.measureCodes().isEmpty()).findFirst()
			.orElseThrow();
		measure = channel.measureCodes().get(0);
		session = (MockHttpSession) mvc.perform(formLogin("/login").user("ducxuan")
			.password(TestDatabases.DEMO_PASSWORD)).andReturn().getRequest().getSession(false);
	}

	@Test
	void templateHasDropdownsFromAHiddenListSheet() throws Exception {
		try (XSSFWorkbook workbook = template()) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Hoạt động");
			assertThat(workbook.getSheetName(1)).isEqualTo("Danh mục");
			assertThat(workbook.isSheetHidden(1)).isTrue();
			Sheet sheet = workbook.getSheetAt(0);
			List<String> headers = texts(sheet.getRow(0));
			assertThat(headers.subList(0, 8)).containsExactly("Đơn vị", "Ngày bắt đầu", "Ngày kết thúc",
					"Tên hoạt động", "Mô tả", "Địa điểm", "Nội dung", "Hình thức");
			assertThat(headers.get(headers.size() - 1)).isEqualTo("Liên kết");
			List<String> keys = texts(sheet.getRow(1));
			assertThat(sheet.getRow(1).getZeroHeight()).isTrue();
			assertThat(keys).contains("m:" + measure);
			int measureColumns = (int) keys.stream().filter(k -> k.startsWith("m:")).count();
			// unit, theme and channel lists, two dates, one number check per measure
			assertThat(sheet.getDataValidations()).hasSize(5 + measureColumns);
			DataValidation themes = sheet.getDataValidations().stream()
				.filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 6).findFirst().orElseThrow();
			assertThat(themes.getValidationConstraint().getFormula1()).isEqualTo("'Danh mục'!$B$1:$B$4");
			assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("DB-DUCXUAN");
			assertThat(workbook.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).startsWith("1. ");
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
		}
	}

	@Test
	void importsTheFilledTemplate() throws Exception {
		String first = Fixtures.unique("Nhập Excel"), second = Fixtures.unique("Nhập Excel");
		try (XSSFWorkbook workbook = template()) {
			Sheet sheet = workbook.getSheetAt(0);
			fill(sheet, 2, Map.of("unit", "DB-DUCXUAN", "startsOn", LocalDate.of(2024, 3, 15), "title", first,
					"themes", choice(workbook, 1, 0), "channel", "" + channel.position() + ". " + channel.title(),
					"m:" + measure, 12.0, "links", "https://example.vn/a\nhttps://example.vn/b"));
			fill(sheet, 4, Map.of("unit", "DB-DUCXUAN", "startsOn", "01/04/2024", "endsOn", "03/04/2024",
					"title", second, "place", "Nhà văn hóa tổ 5", "themes", "1.; 2.", "channel",
					String.valueOf(channel.position()), "m:" + measure, "7"));
			MvcResult result = upload(bytes(workbook));
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/activities");
		}
		ActivityQueries.Row one = only(first);
		assertThat(one.unitName()).isEqualTo("Đảng bộ phường Đức Xuân");
		assertThat(one.startsOn()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(one.endsOn()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(one.measures()).isEqualTo(Map.of(measure, new BigDecimal("12")));
		assertThat(recording.get(ducxuan, one.id()).linkList()).containsExactly("https://example.vn/a",
				"https://example.vn/b");
		ActivityQueries.Row two = only(second);
		assertThat(two.unitName()).isEqualTo("Đảng bộ phường Đức Xuân");
		assertThat(two.endsOn()).isEqualTo(LocalDate.of(2024, 4, 3));
		assertThat(two.themes()).hasSize(2);
		assertThat(two.place()).isEqualTo("Nhà văn hóa tổ 5");
		assertThat(two.measures()).isEqualTo(Map.of(measure, new BigDecimal("7")));
	}

	@Test
	void listsEveryWrongRowAndImportsNothing() throws Exception {
		String good = Fixtures.unique("Dòng tốt");
		try (XSSFWorkbook workbook = template()) {
			Sheet sheet = workbook.getSheetAt(0);
			String theme = choice(workbook, 1, 0), channelChoice = choice(workbook, 2, channel.position() - 1);
			fill(sheet, 2, row(good, LocalDate.of(2024, 5, 1), theme, channelChoice, 3.0));
			fill(sheet, 4, row(Fixtures.unique("Sai"), LocalDate.of(2024, 5, 1), "99. Nội dung không có", channelChoice,
					3.0));
			fill(sheet, 5, row(Fixtures.unique("Sai"), LocalDate.of(2024, 5, 1), theme, channelChoice, -4.0));
			fill(sheet, 6, row(Fixtures.unique("Sai"), LocalDate.of(2026, 3, 1), theme, channelChoice, 1.0));
			Map<String, Object> otherUnit = new java.util.HashMap<>(row(Fixtures.unique("Sai"), LocalDate.of(2024, 5, 2),
					theme, channelChoice, 1.0));
			otherUnit.put("unit", "DB-SONGCAU");
			fill(sheet, 7, otherUnit);
			MvcResult result = upload(bytes(workbook));
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			@SuppressWarnings("unchecked")
			List<RowError> errors = (List<RowError>) result.getModelAndView().getModel().get("rowErrors");
			assertThat(errors).extracting(RowError::line, RowError::messageKey).containsExactly(
					org.assertj.core.groups.Tuple.tuple(5, "activitySheet.error.theme"),
					org.assertj.core.groups.Tuple.tuple(6, "activity.error.amount"),
					org.assertj.core.groups.Tuple.tuple(7, "activity.error.outsideCampaign"),
					org.assertj.core.groups.Tuple.tuple(8, "activitySheet.error.unitOutOfScope"));
			assertThat(result.getResponse().getContentAsString()).contains("Dòng 5", "Dòng 6", "Dòng 7", "Dòng 8",
					"Bạn không được ghi hoạt động cho đơn vị “DB-SONGCAU”.")
				.doesNotContain("Dòng 3");
		}
		assertThat(find(good)).isEmpty();
	}

	@Test
	void refusesAFileThatIsNotAWorkbook() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
		}
		for (byte[] bytes : List.of("tên,ngày\nA,1\n".getBytes(StandardCharsets.UTF_8), zip.toByteArray())) {
			MvcResult result = upload(bytes);
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(((Refusal) result.getModelAndView().getModel().get("refusal")).messageKey())
				.isEqualTo("activitySheet.error.notXlsx");
			assertThat(result.getResponse().getContentAsString())
				.contains("Tệp không phải bảng tính Excel .xlsx hợp lệ.");
		}
	}

	@Test
	void exportsExactlyTheFilteredActivities() throws Exception {
		String marker = Fixtures.unique("xuất");
		long unit = fixtures.unit("DB-DUCXUAN");
		long theme = campaigns.themes(campaignId).get(0).id();
		for (String title : List.of("Hội nghị " + marker, "Pa nô " + marker, "Khác " + Fixtures.unique("xuất"))) {
			recording.record(ducxuan, new ActivityDetails(campaignId, unit, List.of(theme), channel.id(),
					LocalDate.of(2025, 2, 1), null, title, null, "Phường Đức Xuân", Map.of(measure, BigDecimal.TEN),
					List.of()));
		}
		String csv = mvc.perform(get("/activities/export.csv").param("campaignId", String.valueOf(campaignId))
			.param("q", marker).param("from", "2025-01-01").param("to", "2025-12-31").session(session)).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> lines = Csv.parse(csv);
		assertThat(lines.get(0).get(6)).isEqualTo("Tên hoạt động");
		assertThat(lines.subList(1, lines.size())).extracting(l -> l.get(6))
			.containsExactlyInAnyOrder("Hội nghị " + marker, "Pa nô " + marker);
		assertThat(lines.get(1).get(lines.get(0).size() - 1)).isEqualTo("0");
		MvcResult xlsx = mvc.perform(get("/activities/export.xlsx").param("campaignId", String.valueOf(campaignId))
			.param("q", marker).session(session)).andReturn();
		assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("hoat-dong.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse()
			.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> titles = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				titles.add(sheet.getRow(r).getCell(6).getStringCellValue());
				assertThat(sheet.getRow(r).getCell(0).getLocalDateTimeCellValue().toLocalDate())
					.isEqualTo(LocalDate.of(2025, 2, 1));
			}
			assertThat(titles).containsExactlyInAnyOrder("Hội nghị " + marker, "Pa nô " + marker);
		}
	}

	private Map<String, Object> row(String title, LocalDate date, String theme, String channel, double amount) {
		return Map.of("unit", "DB-DUCXUAN", "startsOn", date, "title", title, "themes", theme, "channel", channel,
				"m:" + measure, amount);
	}

	private XSSFWorkbook template() throws Exception {
		MvcResult result = mvc.perform(get("/campaigns/{id}/activities-template.xlsx", campaignId).session(session))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	private MvcResult upload(byte[] bytes) throws Exception {
		return mvc.perform(multipart("/activities/import").file(new MockMultipartFile("file", "hoat-dong.xlsx",
				ActivitySheetController.XLSX.toString(), bytes)).param("campaignId", String.valueOf(campaignId))
			.session(session).with(csrf())).andReturn();
	}

	/** Writes the values into the row, each in the column whose hidden key it is given under. */
	private static void fill(Sheet sheet, int rowIndex, Map<String, Object> values) {
		List<String> keys = texts(sheet.getRow(1));
		Row row = sheet.createRow(rowIndex);
		values.forEach((key, value) -> {
			var cell = row.createCell(keys.indexOf(key));
			if (value instanceof LocalDate date) {
				cell.setCellValue(date);
				cell.setCellStyle(sheet.getColumnStyle(keys.indexOf(key)));
			} else if (value instanceof Double number) {
				cell.setCellValue(number);
			} else {
				cell.setCellValue(value.toString());
			}
		});
	}

	private static String choice(XSSFWorkbook workbook, int column, int index) {
		return workbook.getSheetAt(1).getRow(index).getCell(column).getStringCellValue();
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(c -> texts.add(c.getStringCellValue()));
		return texts;
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private List<ActivityQueries.Row> find(String title) {
		return queries.find(ducxuan, new ActivityFilter(null, campaignId, null, null, null, null, title, false, null,
				0, 10)).rows().stream().filter(r -> r.title().equals(title)).toList();
	}

	private ActivityQueries.Row only(String title) {
		List<ActivityQueries.Row> rows = find(title);
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}
}
