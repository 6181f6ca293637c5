package vn.lantoa.activity;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.lantoa.activity.ActivityQueries.Page;
import vn.lantoa.campaign.MeasureCatalogue;
import vn.lantoa.campaign.MeasureCatalogue.Measure;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Csv;

/**
 * A filtered list of activities as a spreadsheet (streamed with POI's SXSSF, dates as date cells) or as CSV: the
 * dates, unit, campaign, themes, channel, title, place, one column for each measure some exported activity has,
 * and the number of evidence files. At most {@link #MAX_ROWS} rows.
 */
@Service
class ActivityExport {

	static final int MAX_ROWS = ActivityFilter.MAX_ROWS;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final List<String> FIXED = List.of("startsOn", "endsOn", "unit", "campaign", "themes", "channel",
			"title", "place");

	/** The rows and the measures they have, in the catalogue's order. */
	record Table(List<ActivityQueries.Row> rows, List<Measure> measures) {
	}

	private final ActivityQueries queries;
	private final MeasureCatalogue catalogue;
	private final MessageSource messages;

	ActivityExport(ActivityQueries queries, MeasureCatalogue catalogue, MessageSource messages) {
		this.queries = queries;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/** Rows read per query: large enough to keep the count queries few, small enough for the id lists. */
	private static final int CHUNK = 2_000;

	/** The activities of the filter, chunk after chunk. */
	Table table(Actor actor, ActivityFilter filter) {
		List<ActivityQueries.Row> rows = new ArrayList<>();
		ActivityFilter all = filter.allRows(CHUNK);
		Page page;
		int number = 0;
		do {
			page = queries.find(actor, all.page(number++));
			rows.addAll(page.rows());
		} while (page.hasNext() && rows.size() < MAX_ROWS);
		List<ActivityQueries.Row> kept = rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
		Set<String> codes = new TreeSet<>();
		kept.forEach(r -> codes.addAll(r.measures().keySet()));
		return new Table(kept, catalogue.all().stream().filter(m -> codes.contains(m.code())).toList());
	}

	List<String> header(Table table, Locale locale) {
		List<String> header = new ArrayList<>();
		FIXED.forEach(key -> header.add(messages.getMessage("activitySheet." + key, null, locale)));
		table.measures().forEach(m -> header.add(m.name(locale) + " (" + m.unit(locale) + ")"));
		header.add(messages.getMessage("activitySheet.evidence", null, locale));
		return header;
	}

	String csv(Table table, Locale locale) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(header(table, locale));
		for (ActivityQueries.Row r : table.rows()) {
			List<String> line = new ArrayList<>(List.of(r.startsOn().format(DAY), r.endsOn().format(DAY),
					r.unitName(), r.campaignTitle(), String.join("; ", r.themes()), r.channelTitle(), r.title(),
					r.place() == null ? "" : r.place()));
			table.measures().forEach(m -> {
				BigDecimal amount = r.measures().get(m.code());
				line.add(amount == null ? "" : amount.toPlainString());
			});
			line.add(String.valueOf(r.evidenceCount()));
			lines.add(line);
		}
		return Csv.write(lines);
	}

	void xlsx(Table table, Locale locale, OutputStream out) throws IOException {
		// closing disposes of the temporary files SXSSF streams the rows through
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(messages.getMessage(ActivitySheetColumns.SHEET, null, locale));
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			List<String> header = header(table, locale);
			Row top = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				top.createCell(i).setCellValue(header.get(i));
				top.getCell(i).setCellStyle(headerStyle);
				sheet.setColumnWidth(i, 256 * (i == 6 || i == 4 ? 40 : i < 2 ? 12 : 22));
			}
			sheet.createFreezePane(0, 1);
			int n = 1;
			for (ActivityQueries.Row r : table.rows()) {
				Row row = sheet.createRow(n++);
				date(row.createCell(0), r.startsOn(), dateStyle);
				date(row.createCell(1), r.endsOn(), dateStyle);
				List<String> texts = List.of(r.unitName(), r.campaignTitle(), String.join("; ", r.themes()),
						r.channelTitle(), r.title(), r.place() == null ? "" : r.place());
				for (int i = 0; i < texts.size(); i++) {
					row.createCell(2 + i).setCellValue(texts.get(i));
				}
				int column = 2 + texts.size();
				for (Measure m : table.measures()) {
					BigDecimal amount = r.measures().get(m.code());
					Cell cell = row.createCell(column++);
					if (amount != null) {
						cell.setCellValue(amount.doubleValue());
					}
				}
				row.createCell(column).setCellValue(r.evidenceCount());
			}
			workbook.write(out);
		}
	}

	private static void date(Cell cell, java.time.LocalDate date, CellStyle style) {
		cell.setCellValue(date);
		cell.setCellStyle(style);
	}
}
