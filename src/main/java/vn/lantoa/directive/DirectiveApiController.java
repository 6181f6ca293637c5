package vn.lantoa.directive;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import vn.lantoa.directive.parse.ParsedGuidance;
import vn.lantoa.shared.Actor;

/** Parsing of guidance documents for API clients: plain UTF-8 text or a multipart .txt/.docx file. */
@RestController
@RequestMapping("/api/v1/directives")
class DirectiveApiController {

	/** A guidance document as imported: its header, citations, text and the campaigns planned from it. */
	record DirectiveJson(long id, long ownerUnitId, String type, String number, String issuer, String place,
			LocalDate issuedOn, String title, Directive.Status status, List<Directive.Citation> citations,
			List<Long> campaignIds, String originalText, Instant createdAt) {
	}

	private final DirectiveImport imports;
	private final DirectiveList list;

	DirectiveApiController(DirectiveImport imports, DirectiveList list) {
		this.imports = imports;
		this.list = list;
	}

	@GetMapping
	@Operation(summary = "The guidance documents of the caller's subtree, newest first")
	List<DirectiveList.Row> list(Actor actor) {
		return list.visible(actor);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One guidance document with its citations, text and campaigns")
	DirectiveJson get(Actor actor, @PathVariable long id) {
		Directive d = imports.get(actor, id);
		return new DirectiveJson(d.getId(), d.getOwnerUnitId(), d.getType(), d.getNumber(), d.getIssuer(),
				d.getPlace(), d.getIssuedOn(), d.getTitle(), d.getStatus(), d.getCitations(), list.campaignsOf(id),
				d.getOriginalText(), d.getCreatedAt());
	}

	@Operation(summary = "Parse a guidance document given as plain text")
	@PostMapping(path = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
	ParsedGuidance parseText(Actor actor, @RequestBody(required = false) byte[] body) {
		return imports.parse(actor, imports.text("document.txt", body == null ? new byte[0] : body));
	}

	@Operation(summary = "Parse a guidance document uploaded as .txt or .docx")
	@PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ParsedGuidance parseFile(Actor actor, @RequestParam("file") MultipartFile file) throws IOException {
		return imports.parse(actor, imports.text(file.getOriginalFilename(), file.getBytes()));
	}
}
