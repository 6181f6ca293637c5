package vn.lantoa.activity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lantoa.shared.Actor;

/**
 * Evidence files on the activity page: upload and removal go back to the activity with a message, a file is always
 * downloaded as an attachment of its sniffed type (never shown inline, so an uploaded file cannot run as a page of
 * this site), a thumbnail is shown inline. A file that breaks a rule is a message on the page; an activity the
 * caller may not see or edit is refused outright.
 */
@Controller
@RequestMapping("/activities/{id}/evidence")
class EvidenceController {

	private final EvidenceStore store;

	EvidenceController(EvidenceStore store) {
		this.store = store;
	}

	@PostMapping
	String attach(Actor actor, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes flash) throws IOException {
		try {
			byte[] content = file == null ? new byte[0] : file.getBytes();
			store.attach(actor, id, file == null ? null : file.getOriginalFilename(), content);
			flash.addFlashAttribute("success", "evidence.added");
		} catch (ActivityRefused refused) {
			flash.addFlashAttribute("failure", refused.messageKey());
			flash.addFlashAttribute("failureArgs", refused.arguments());
		}
		return back(id);
	}

	@GetMapping("/{evidenceId}")
	ResponseEntity<InputStreamResource> download(Actor actor, @PathVariable long id, @PathVariable long evidenceId) {
		EvidenceStore.Download file = store.open(actor, id, evidenceId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.evidence().filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.empty().cachePrivate())
			.contentType(MediaType.parseMediaType(file.evidence().contentType()))
			.contentLength(file.evidence().sizeBytes())
			.body(new InputStreamResource(file.content()));
	}

	@GetMapping("/{evidenceId}/thumbnail")
	ResponseEntity<InputStreamResource> thumbnail(Actor actor, @PathVariable long id, @PathVariable long evidenceId) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.empty().cachePrivate())
			.contentType(MediaType.IMAGE_JPEG)
			.body(new InputStreamResource(store.thumbnail(actor, id, evidenceId)));
	}

	@PostMapping("/{evidenceId}/delete")
	String remove(Actor actor, @PathVariable long id, @PathVariable long evidenceId, RedirectAttributes flash) {
		store.remove(actor, id, evidenceId);
		flash.addFlashAttribute("success", "evidence.removed");
		return back(id);
	}

	private static String back(long activityId) {
		return "redirect:/activities/" + activityId;
	}
}
