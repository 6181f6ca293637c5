package vn.lantoa.shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** CSV files going in (uploads, refused when empty, too large or not UTF-8) and out (downloads). */
public final class CsvFiles {

	public static final long MAX_BYTES = 5L * 1024 * 1024;

	private CsvFiles() {
	}

	/** The upload as text, if it is UTF-8 (Excel's "CSV UTF-8") and not empty or too large. */
	public static String text(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new Refusal(400, "import.error.empty");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new Refusal(413, "error.tooLarge");
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
		} catch (CharacterCodingException e) {
			throw new Refusal(400, "import.error.encoding");
		}
	}

	/** A download of the text as a UTF-8 CSV attachment with the given (Vietnamese-safe) file name. */
	public static ResponseEntity<byte[]> download(String filename, String text) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(text.getBytes(StandardCharsets.UTF_8));
	}
}
