package vn.lantoa.activity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletResponse;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.CsvFiles;

/** The filtered list of activities as a download: the same query parameters as the list page. */
@Controller
class ActivityExportController {

	/** The list's query parameters (dates as yyyy-MM-dd). */
	record ExportQuery(Long unitId, Long campaignId, Long themeId, Long channelId,
			@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to, String q,
			ActivityFilter.Sort sort, @DateTimeFormat(iso = ISO.DATE) LocalDate startsFrom,
			@DateTimeFormat(iso = ISO.DATE) LocalDate startsTo) {

		ActivityFilter toFilter() {
			return new ActivityFilter(unitId, campaignId, themeId, channelId, from, to, q, false, sort, 0,
					ActivityFilter.MAX_SIZE, startsFrom, startsTo);
		}
	}

	private final ActivityExport export;

	ActivityExportController(ActivityExport export) {
		this.export = export;
	}

	@GetMapping("/activities/export.csv")
	ResponseEntity<byte[]> csv(Actor actor, @ModelAttribute ExportQuery query, Locale locale) {
		ActivityExport.Table table = export.table(actor, query.toFilter());
		return CsvFiles.download("hoat-dong.csv", export.csv(table, locale));
	}

	@GetMapping("/activities/export.xlsx")
	void xlsx(Actor actor, @ModelAttribute ExportQuery query, Locale locale, HttpServletResponse response)
			throws IOException {
		ActivityExport.Table table = export.table(actor, query.toFilter());
		response.setContentType(ActivitySheetController.XLSX.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("hoat-dong.xlsx", StandardCharsets.UTF_8).build().toString());
		export.xlsx(table, locale, response.getOutputStream());
	}
}
