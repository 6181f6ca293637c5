package vn.lantoa.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded document or photo is, decided by its first bytes and never by its name or the browser's claim,
 * and a clean name to offer it under. Knows the kinds that models, contests, award entries and articles take:
 * JPEG and PNG photos, PDF and Word (DOCX) documents.
 */
public final class Uploads {

	public static final String JPEG = "image/jpeg";
	public static final String PNG = "image/png";
	public static final String PDF = "application/pdf";
	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final int MAX_NAME = 255;
	private static final int MAX_ZIP_ENTRIES = 2_000;

	private Uploads() {
	}

	/** The content type, if the bytes are a JPEG, PNG, PDF or DOCX file. */
	public static Optional<String> type(byte[] b) {
		if (b == null || b.length < 8) {
			return Optional.empty();
		}
		if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (Arrays.equals(b, 0, 8, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, 0, 8)) {
			return Optional.of(PNG);
		}
		if (new String(b, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
			return Optional.of(PDF);
		}
		if (b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4 && word(b)) {
			return Optional.of(DOCX);
		}
		return Optional.empty();
	}

	public static boolean isImage(String type) {
		return JPEG.equals(type) || PNG.equals(type);
	}

	/** The name without folders, control or direction characters, at most 255 characters; "tep" when none is left. */
	public static String filename(String original) {
		String name = original == null ? ""
				: original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder();
		Normalizer.normalize(name, Normalizer.Form.NFC).codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(kept::appendCodePoint);
		name = kept.toString().trim();
		if (name.length() > MAX_NAME) {
			name = name.substring(0, MAX_NAME).trim();
		}
		return name.isEmpty() || name.equals(".") || name.equals("..") ? "tep" : name;
	}

	private static boolean word(byte[] b) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
			ZipEntry entry;
			for (int n = 0; n < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; n++) {
				if (entry.getName().startsWith("word/")) {
					return true;
				}
			}
		} catch (IOException | IllegalArgumentException e) {
			return false;
		}
		return false;
	}
}
