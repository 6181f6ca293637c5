package vn.lantoa.bulletin;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers with files: exports as attachments, photos inline (their type was sniffed, nosniff is on). */
final class Downloads {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private Downloads() {
	}

	static ResponseEntity<byte[]> attachment(BulletinExport.Rendered file, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.contentType(type).body(file.content());
	}

	static ResponseEntity<InputStreamResource> photo(ArticlePhotos.PhotoFile file, boolean isPublic) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(file.photo().filename(), StandardCharsets.UTF_8).build().toString())
			.cacheControl(isPublic ? CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic()
					: CacheControl.noCache().cachePrivate())
			.contentType(MediaType.parseMediaType(file.photo().contentType()))
			.body(new InputStreamResource((InputStream) file.content()));
	}
}
