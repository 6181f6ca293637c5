package vn.lantoa.activity;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.Refusal;
import vn.lantoa.shared.RowErrors;

/** The activity template of a campaign and the upload of a filled-in one. */
@Controller
class ActivitySheetController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ActivitySheetTemplate template;
	private final ActivitySheetImport sheetImport;
	private final CampaignDirectory campaigns;

	ActivitySheetController(ActivitySheetTemplate template, ActivitySheetImport sheetImport,
			CampaignDirectory campaigns) {
		this.template = template;
		this.sheetImport = sheetImport;
		this.campaigns = campaigns;
	}

	@GetMapping("/campaigns/{id}/activities-template.xlsx")
	ResponseEntity<byte[]> template(Actor actor, @PathVariable long id) {
		return xlsx("mau-hoat-dong-" + id + ".xlsx", template.build(actor, id));
	}

	@GetMapping("/activities/import")
	String importForm(Actor actor, @RequestParam(required = false) Long campaignId, Model model) {
		ActivitySheetImport.requireImporter(actor);
		return form(actor, campaignId, model);
	}

	@PostMapping("/activities/import")
	String importFile(Actor actor, @RequestParam(required = false) Long campaignId,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes flash)
			throws java.io.IOException {
		ActivitySheetImport.requireImporter(actor);
		try {
			if (campaignId == null) {
				throw new Refusal(400, "activitySheet.error.campaign");
			}
			int count = sheetImport.importFile(actor, campaignId, file);
			flash.addFlashAttribute("success", "activitySheet.imported");
			flash.addFlashAttribute("successArgs", new Object[] { count });
			return "redirect:/activities";
		} catch (RowErrors e) {
			model.addAttribute("rowErrors", e.errors());
		} catch (Refusal e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			model.addAttribute("refusal", e);
		}
		return form(actor, campaignId, model);
	}

	private String form(Actor actor, Long campaignId, Model model) {
		model.addAttribute("campaigns", campaigns.visible(actor));
		model.addAttribute("campaignId", campaignId);
		return "activity/import";
	}

	static ResponseEntity<byte[]> xlsx(String filename, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.contentType(XLSX)
			.body(body);
	}
}
