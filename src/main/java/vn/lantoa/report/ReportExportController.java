package vn.lantoa.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lantoa.shared.Actor;

/** A report downloaded from its page as DOCX, PDF or XLSX. */
@Controller
class ReportExportController {

	private final ReportExport export;

	ReportExportController(ReportExport export) {
		this.export = export;
	}

	@GetMapping("/reports/{id}/export")
	ResponseEntity<byte[]> export(Actor actor, @PathVariable long id, @RequestParam String format) {
		return download(export.export(actor, id, format));
	}

	static ResponseEntity<byte[]> download(ReportExport.File file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename()).build().toString())
			.contentType(MediaType.parseMediaType(file.mediaType())).body(file.content());
	}
}
