package vn.lantoa.activity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded file is, decided by its first bytes and never by its name or the browser's claim, and the name it
 * may be offered under. Office files are zip archives told apart by their entries ({@code word/}, {@code xl/}); the
 * archive is read only up to a bounded number of entries and inflated bytes, so a zip bomb costs little.
 */
final class EvidenceSniffing {

	static final String JPEG = "image/jpeg";
	static final String PNG = "image/png";
	static final String GIF = "image/gif";
	static final String WEBP = "image/webp";
	static final String PDF = "application/pdf";
	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final String MP3 = "audio/mpeg";
	static final String M4A = "audio/mp4";
	static final String WAV = "audio/wav";
	static final String OGG = "audio/ogg";

	static final String DEFAULT_NAME = "tep-dinh-kem";
	static final int MAX_NAME = 255;

	private static final int MAX_ZIP_ENTRIES = 2_000;
	private static final long MAX_ZIP_INFLATED = 64L * 1024 * 1024;

	private EvidenceSniffing() {
	}

	/** The content type of a file we accept, or empty for anything else. */
	static Optional<String> type(byte[] b) {
		String type = null;
		if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
			type = JPEG;
		} else if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			type = PNG;
		} else if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
			type = GIF;
		} else if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
			type = WEBP;
		} else if (ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
			type = WAV;
		} else if (ascii(b, 0, "%PDF-")) {
			type = PDF;
		} else if (starts(b, 0, 'P', 'K', 3, 4)) {
			type = office(b);
		} else if (ascii(b, 0, "OggS")) {
			type = OGG;
		} else if (ascii(b, 4, "ftyp") && (ascii(b, 8, "M4A ") || ascii(b, 8, "isom") || ascii(b, 8, "mp42"))) {
			type = M4A;
		} else if (ascii(b, 0, "ID3") || mpegFrame(b)) {
			type = MP3;
		}
		return Optional.ofNullable(type);
	}

	/** Whether the type is an image we make a thumbnail of. */
	static boolean thumbnailed(String type) {
		return JPEG.equals(type) || PNG.equals(type) || GIF.equals(type);
	}

	/**
	 * The name without any folder (a browser on Windows may send {@code C:\...}), control and direction-changing
	 * characters, trimmed and at most {@value #MAX_NAME} characters; {@value #DEFAULT_NAME} when nothing is left.
	 */
	static String filename(String original) {
		if (original == null) {
			return DEFAULT_NAME;
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder();
		Normalizer.normalize(name, Normalizer.Form.NFC).codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(kept::appendCodePoint);
		name = kept.toString().trim();
		if (name.length() > MAX_NAME) {
			int end = Character.isHighSurrogate(name.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
			name = name.substring(0, end).trim();
		}
		return name.isEmpty() || name.equals(".") || name.equals("..") ? DEFAULT_NAME : name;
	}

	/** A Word or Excel file: a zip with a {@code word/} or {@code xl/} entry among its first entries. */
	private static String office(byte[] b) {
		long inflated = 0;
		byte[] buffer = new byte[8192];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
			ZipEntry entry;
			for (int n = 0; n < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; n++) {
				if (entry.getName().startsWith("word/")) {
					return DOCX;
				}
				if (entry.getName().startsWith("xl/")) {
					return XLSX;
				}
				for (int read; (read = zip.read(buffer)) > 0;) {
					inflated += read;
					if (inflated > MAX_ZIP_INFLATED) {
						return null;
					}
				}
			}
		} catch (IOException | IllegalArgumentException e) {
			return null;
		}
		return null;
	}

	/** An MPEG audio frame header: 11 sync bits, then a version, layer, bitrate and sample rate that exist. */
	private static boolean mpegFrame(byte[] b) {
		if (b.length < 3 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xE0) != 0xE0) {
			return false;
		}
		int version = (b[1] >> 3) & 3;
		int layer = (b[1] >> 1) & 3;
		int bitrate = (b[2] >> 4) & 0xF;
		int rate = (b[2] >> 2) & 3;
		return version != 1 && layer != 0 && bitrate != 0xF && rate != 3;
	}

	private static boolean starts(byte[] b, int at, int... expected) {
		if (b.length < at + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((b[at + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean ascii(byte[] b, int at, String expected) {
		byte[] e = expected.getBytes(StandardCharsets.US_ASCII);
		return b.length >= at + e.length && Arrays.equals(b, at, at + e.length, e, 0, e.length);
	}
}
