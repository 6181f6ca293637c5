package vn.lantoa.directive.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns an uploaded .txt or .docx file into plain text, one paragraph per line.
 * <p>
 * A .txt file must be UTF-8 (a byte order mark is dropped). A .docx file is first walked entry by
 * entry to refuse zip bombs before POI sees it: the total extracted size is capped at
 * {@link #MAX_EXTRACTED_BYTES} and a high compression ratio is refused. POI's own
 * {@link ZipSecureFile} guard is tightened as a second line of defence.
 */
public final class DocumentText {

	/** Upper bound on the bytes a .docx may expand to. */
	static final long MAX_EXTRACTED_BYTES = 64L * 1024 * 1024;

	/** Expansion beyond this many times the compressed size is taken for a zip bomb. */
	private static final long MAX_EXPANSION = 200;

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	static {
		ZipSecureFile.setMinInflateRatio(1.0 / MAX_EXPANSION);
		ZipSecureFile.setMaxEntrySize(MAX_EXTRACTED_BYTES);
	}

	private DocumentText() {
	}

	/**
	 * Reads the file by its name: ".docx" (or any zip) as Word, anything else as UTF-8 text.
	 * @throws UnreadableDocument when the file is empty, too large, binary, not UTF-8 or a broken .docx
	 */
	public static String fromBytes(byte[] data, String filename, long maxBytes) throws UnreadableDocument {
		if (data == null || data.length == 0) {
			throw new UnreadableDocument("directive.error.empty", "no bytes");
		}
		if (data.length > maxBytes) {
			throw new UnreadableDocument("directive.error.tooLarge", data.length + " bytes");
		}
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		if (name.endsWith(".docx") || startsWith(data, ZIP_MAGIC)) {
			return fromDocx(new ByteArrayInputStream(data), maxBytes);
		}
		return nonBlank(utf8(data));
	}

	/**
	 * Reads a .docx: body paragraphs in order, table cells row by row, nested tables included.
	 * @throws UnreadableDocument when the stream is not a .docx, is too large or expands too much
	 */
	public static String fromDocx(InputStream in, long maxBytes) throws UnreadableDocument {
		byte[] data = readAtMost(in, maxBytes);
		if (data.length == 0) {
			throw new UnreadableDocument("directive.error.empty", "no bytes");
		}
		refuseZipBomb(data);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(data))) {
			StringBuilder text = new StringBuilder();
			appendElements(document.getBodyElements(), text);
			return nonBlank(text.toString());
		}
		catch (UnreadableDocument e) {
			throw e;
		}
		catch (Exception | LinkageError e) {
			throw new UnreadableDocument("directive.error.badDocx", String.valueOf(e.getMessage()), e);
		}
	}

	private static void appendElements(Iterable<IBodyElement> elements, StringBuilder text) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				text.append(paragraph.getText()).append('\n');
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						appendElements(cell.getBodyElements(), text);
					}
				}
			}
		}
	}

	private static void refuseZipBomb(byte[] data) {
		long extracted = 0;
		boolean anyEntry = false;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				anyEntry = true;
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					extracted += n;
					boolean bomb = extracted > 1024 * 1024 && extracted > data.length * MAX_EXPANSION;
					if (extracted > MAX_EXTRACTED_BYTES || bomb) {
						throw new UnreadableDocument("directive.error.tooLarge", "expands beyond " + extracted + " bytes");
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			throw new UnreadableDocument("directive.error.badDocx", String.valueOf(e.getMessage()), e);
		}
		if (!anyEntry) {
			throw new UnreadableDocument("directive.error.badDocx", "not a zip archive");
		}
	}

	private static String utf8(byte[] data) {
		int start = startsWith(data, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }) ? 3 : 0;
		for (int i = start; i < data.length; i++) {
			if (data[i] == 0) {
				throw new UnreadableDocument("directive.error.binary", "NUL byte at " + i);
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(data, start, data.length - start))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new UnreadableDocument("directive.error.notUtf8", String.valueOf(e.getMessage()), e);
		}
		refuseControlCharacters(text);
		return text;
	}

	/** Valid UTF-8 full of control characters is a binary file that happens to decode. */
	private static void refuseControlCharacters(String text) {
		int controls = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				controls++;
			}
		}
		if (controls > 8 && controls * 100L > text.length()) {
			throw new UnreadableDocument("directive.error.binary", controls + " control characters");
		}
	}

	private static byte[] readAtMost(InputStream in, long maxBytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		try {
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				out.write(buffer, 0, n);
				if (out.size() > maxBytes) {
					throw new UnreadableDocument("directive.error.tooLarge", "more than " + maxBytes + " bytes");
				}
			}
		}
		catch (IOException e) {
			throw new UnreadableDocument("directive.error.badDocx", String.valueOf(e.getMessage()), e);
		}
		return out.toByteArray();
	}

	private static String nonBlank(String text) {
		if (text.isBlank()) {
			throw new UnreadableDocument("directive.error.empty", "no text");
		}
		return text;
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
