package vn.lantoa.recognition;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file as a download: attachment (never shown inline), its sniffed type, nosniff from the headers. */
final class FileAnswers {

	private FileAnswers() {
	}

	static ResponseEntity<InputStreamResource> download(StoredFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(new InputStreamResource(file.content()));
	}

	static byte[] bytes(org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
		return file == null || file.isEmpty() ? null : file.getBytes();
	}
}
