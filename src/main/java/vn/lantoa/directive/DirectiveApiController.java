package vn.lantoa.directive;

import java.io.IOException;

import org.springframework.http.MediaType;
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

	private final DirectiveImport imports;

	DirectiveApiController(DirectiveImport imports) {
		this.imports = imports;
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
