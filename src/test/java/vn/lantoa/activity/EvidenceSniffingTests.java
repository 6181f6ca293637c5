package vn.lantoa.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class EvidenceSniffingTests {

	@Test
	void recognisesEachAcceptedTypeByItsFirstBytes() throws IOException {
		assertThat(type(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).isEqualTo(EvidenceSniffing.JPEG);
		assertThat(type(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).isEqualTo(EvidenceSniffing.PNG);
		assertThat(type(ascii("GIF87a..."))).isEqualTo(EvidenceSniffing.GIF);
		assertThat(type(ascii("GIF89a..."))).isEqualTo(EvidenceSniffing.GIF);
		assertThat(type(ascii("RIFF\0\0\0\0WEBPVP8 "))).isEqualTo(EvidenceSniffing.WEBP);
		assertThat(type(ascii("RIFF\0\0\0\0WAVEfmt "))).isEqualTo(EvidenceSniffing.WAV);
		assertThat(type(ascii("%PDF-1.7\n"))).isEqualTo(EvidenceSniffing.PDF);
		assertThat(type(zip("[Content_Types].xml", "word/document.xml"))).isEqualTo(EvidenceSniffing.DOCX);
		assertThat(type(zip("[Content_Types].xml", "xl/workbook.xml"))).isEqualTo(EvidenceSniffing.XLSX);
		assertThat(type(ascii("ID3\u0004\0\0"))).isEqualTo(EvidenceSniffing.MP3);
		assertThat(type(bytes(0xFF, 0xFB, 0x90, 0x64))).isEqualTo(EvidenceSniffing.MP3);
		assertThat(type(bytes(0xFF, 0xF3, 0x48, 0xC4))).isEqualTo(EvidenceSniffing.MP3);
		assertThat(type(ascii("\0\0\0\u0020ftypM4A \0\0\0\0"))).isEqualTo(EvidenceSniffing.M4A);
		assertThat(type(ascii("\0\0\0\u0018ftypisom"))).isEqualTo(EvidenceSniffing.M4A);
		assertThat(type(ascii("\0\0\0\u0018ftypmp42"))).isEqualTo(EvidenceSniffing.M4A);
		assertThat(type(ascii("OggS\0\u0002"))).isEqualTo(EvidenceSniffing.OGG);
	}

	@Test
	void refusesWhatIsNoneOfThem() throws IOException {
		assertThat(EvidenceSniffing.type(ascii("MZ\u0090\0\u0003\0\0\0"))).isEmpty();
		assertThat(EvidenceSniffing.type(ascii("<!DOCTYPE html><script>alert(1)</script>"))).isEmpty();
		assertThat(EvidenceSniffing.type(zip("[Content_Types].xml", "ppt/presentation.xml"))).isEmpty();
		assertThat(EvidenceSniffing.type(ascii("PK\u0003\u0004 broken"))).isEmpty();
		assertThat(EvidenceSniffing.type(ascii("RIFF\0\0\0\0AVI LIST"))).isEmpty();
		assertThat(EvidenceSniffing.type(bytes(0xFF, 0xFF, 0xFF, 0xFF))).isEmpty();
		assertThat(EvidenceSniffing.type(new byte[0])).isEmpty();
	}

	@Test
	void cleansTheFilename() {
		assertThat(EvidenceSniffing.filename("../../etc/passwd")).isEqualTo("passwd");
		assertThat(EvidenceSniffing.filename("C:\\x\\ảnh đẹp.jpg")).isEqualTo("ảnh đẹp.jpg");
		assertThat(EvidenceSniffing.filename("  bi\u0000ên\tbản\u202Egnp.exe  ")).isEqualTo("biênbảngnp.exe");
		assertThat(EvidenceSniffing.filename("a/ ")).isEqualTo("tep-dinh-kem");
		assertThat(EvidenceSniffing.filename("..")).isEqualTo("tep-dinh-kem");
		assertThat(EvidenceSniffing.filename(null)).isEqualTo("tep-dinh-kem");
		assertThat(EvidenceSniffing.filename("x".repeat(300) + ".pdf")).hasSize(255).isEqualTo("x".repeat(255));
	}

	@Test
	void makesASmallJpegThumbnail() throws IOException {
		byte[] thumbnail = EvidenceThumbnails.of(png(1000, 500)).orElseThrow();
		BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(thumbnail));
		assertThat(type(thumbnail)).isEqualTo(EvidenceSniffing.JPEG);
		assertThat(image.getWidth()).isEqualTo(320);
		assertThat(image.getHeight()).isEqualTo(160);
	}

	@Test
	void refusesAnImageThatClaimsTooManyPixelsBeforeDecodingIt() throws IOException {
		byte[] png = png(10, 10);
		// IHDR width and height at bytes 16..23: claim 10000 x 5000 = 50 megapixels
		writeInt(png, 16, 10_000);
		writeInt(png, 20, 5_000);
		assertThatThrownBy(() -> EvidenceThumbnails.of(png)).isInstanceOfSatisfying(ActivityRefused.class, e -> {
			assertThat(e.status()).isEqualTo(400);
			assertThat(e.messageKey()).isEqualTo("evidence.error.imageTooLarge");
		});
	}

	static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xFF0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static String type(byte[] content) {
		return EvidenceSniffing.type(content).orElseThrow();
	}

	private static byte[] zip(String... names) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] bytes(int... values) {
		byte[] b = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			b[i] = (byte) values[i];
		}
		return b;
	}

	private static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static void writeInt(byte[] b, int at, int value) {
		b[at] = (byte) (value >>> 24);
		b[at + 1] = (byte) (value >>> 16);
		b[at + 2] = (byte) (value >>> 8);
		b[at + 3] = (byte) value;
	}
}
