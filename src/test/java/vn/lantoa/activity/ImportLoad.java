package vn.lantoa.activity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

import vn.lantoa.shared.Actor;

/** For the load benchmark: fills a campaign's real template with rows and imports it through the real import. */
public final class ImportLoad {

	private ImportLoad() {
	}

	/** Imports {@code rows} broadcasts of the unit in one file; the number recorded. */
	public static int importRows(ApplicationContext context, Actor actor, long campaignId, String unitCode, int rows,
			int offset) throws IOException {
		byte[] template = context.getBean(ActivitySheetTemplate.class).build(actor, campaignId);
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			Row keys = sheet.getRow(ActivitySheetTemplate.FIRST_ROW - 1);
			for (int i = 0; i < rows; i++) {
				Row row = sheet.createRow(ActivitySheetTemplate.FIRST_ROW + i);
				for (int c = 0; c < keys.getLastCellNum(); c++) {
					String key = keys.getCell(c) == null ? "" : keys.getCell(c).getStringCellValue();
					switch (key) {
						case "unit" -> row.createCell(c).setCellValue(unitCode);
						case "startsOn" -> row.createCell(c).setCellValue("%02d/05/2024".formatted(1 + i % 28));
						case "title" -> row.createCell(c).setCellValue("Phát thanh nhập từ Excel số " + (offset + i));
						case "themes" -> row.createCell(c).setCellValue("1");
						case "channel" -> row.createCell(c).setCellValue("2");
						case "m:broadcasts" -> row.createCell(c).setCellValue(1 + i % 9);
						default -> {
						}
					}
				}
			}
			workbook.write(out);
			filled = out.toByteArray();
		}
		return context.getBean(ActivitySheetImport.class).importFile(actor, campaignId, new MockMultipartFile("file",
				"hoat-dong.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled));
	}
}
