package vn.lantoa.activity;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.shared.Actor;

/** Evidence files of an activity in the JSON API: the list, and an upload (multipart, field {@code file}). */
@RestController
@RequestMapping("/api/v1/activities/{id}/evidence")
class EvidenceApiController {

	private final EvidenceStore store;

	EvidenceApiController(EvidenceStore store) {
		this.store = store;
	}

	@Operation(summary = "An activity's evidence files")
	@GetMapping
	List<Evidence> list(Actor actor, @PathVariable long id) {
		return store.list(actor, id);
	}

	@Operation(summary = "Attach an evidence file (photo, PDF or Word) to an activity")
	@PostMapping
	ResponseEntity<Evidence> attach(Actor actor, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		// a missing part is an empty file (400 with the evidence message), not a binding failure
		Evidence evidence = file == null ? store.attach(actor, id, null, new byte[0])
				: store.attach(actor, id, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/activities/" + id + "/evidence/" + evidence.id())).body(evidence);
	}
}
