package vn.lantoa.recognition;

import java.io.InputStream;

/** A file to send: its name, content type and bytes (the caller closes them). */
public record StoredFile(String filename, String contentType, InputStream content) {
}
