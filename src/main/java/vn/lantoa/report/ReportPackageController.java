package vn.lantoa.report;

import java.io.IOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;

/** Report packages for the level above: downloaded from a report's page, received on the import page or the API. */
@Controller
class ReportPackageController {

	private final ReportPackages packages;
	private final CampaignDirectory campaigns;

	ReportPackageController(ReportPackages packages, CampaignDirectory campaigns) {
		this.packages = packages;
		this.campaigns = campaigns;
	}

	@GetMapping("/api/v1/reports/{id}/package")
	@Operation(summary = "Export a report as a package (JSON figures and narrative, DOCX, PDF and a SHA-256 manifest)")
	ResponseEntity<byte[]> downloadApi(Actor actor, @PathVariable long id) {
		return download(actor, id);
	}

	@GetMapping("/reports/{id}/package")
	ResponseEntity<byte[]> download(Actor actor, @PathVariable long id) {
		ReportPackages.Package p = packages.pack(actor, id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(p.filename()).build()
				.toString())
			.contentType(MediaType.parseMediaType("application/zip")).body(p.content());
	}

	@GetMapping("/reports/import")
	String form(Actor actor, Model model) {
		model.addAttribute("campaigns", campaigns.visible(actor));
		return "report/import";
	}

	@PostMapping("/reports/import")
	String receive(Actor actor, @RequestParam long campaignId, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes flash, HttpServletResponse response) throws IOException {
		try {
			Report report = packages.receive(actor, campaignId, bytes(file));
			flash.addFlashAttribute("success", "report.imported");
			return "redirect:/reports/" + report.getId();
		} catch (Refusal e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			response.setStatus(e.status());
			model.addAttribute("refusal", e);
			return form(actor, model);
		}
	}

	/** Receives a package: 201 with the report's id and status, the same answer when imported again. */
	@Operation(summary = "Import a report package from the level below (checked against its SHA-256 manifest; idempotent)")
	@PostMapping("/api/v1/reports/import")
	@ResponseBody
	ResponseEntity<ReceivedJson> receiveApi(Actor actor, @RequestParam long campaignId,
			@RequestParam(required = false) MultipartFile file) throws IOException {
		Report report = packages.receive(actor, campaignId, bytes(file));
		return ResponseEntity.status(HttpStatus.CREATED).body(new ReceivedJson(report.getId(), report.getUnitId(),
				report.getPeriodKey(), report.isConsolidated(), report.getStatus()));
	}

	record ReceivedJson(long id, long unitId, String period, boolean consolidated, ReportStatus status) {
	}

	private static byte[] bytes(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ReportRefused(400, "report.error.package");
		}
		return file.getBytes();
	}
}
