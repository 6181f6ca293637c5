package vn.lantoa.activity;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small JPEG previews of uploaded images. The dimensions are read from the header before any pixel is decoded, and
 * an image over {@value #MAX_PIXELS} pixels is refused: a few kilobytes of PNG can claim a size that would fill the
 * memory when decoded. Larger images are decoded subsampled, so the decoded raster stays near the preview size.
 */
final class EvidenceThumbnails {

	static final int MAX_SIDE = 320;
	static final long MAX_PIXELS = 40_000_000L;

	private static final Logger log = LoggerFactory.getLogger(EvidenceThumbnails.class);

	private EvidenceThumbnails() {
	}

	/**
	 * The preview of an image whose type was sniffed as JPEG, PNG or GIF; empty when its pixels cannot be decoded
	 * (the original is kept all the same). Refuses an image whose header cannot be read or that is too large.
	 */
	static Optional<byte[]> of(byte[] image) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
			if (readers == null || !readers.hasNext()) {
				throw new ActivityRefused(415, "evidence.error.type");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = dimension(reader, true);
				int height = dimension(reader, false);
				if (width <= 0 || height <= 0) {
					throw new ActivityRefused(415, "evidence.error.type");
				}
				if ((long) width * height > MAX_PIXELS) {
					throw new ActivityRefused(400, "evidence.error.imageTooLarge", MAX_PIXELS / 1_000_000);
				}
				return preview(reader, width, height);
			} finally {
				reader.dispose();
			}
		} catch (IOException e) {
			throw new ActivityRefused(415, "evidence.error.type");
		}
	}

	private static int dimension(ImageReader reader, boolean width) {
		try {
			return width ? reader.getWidth(0) : reader.getHeight(0);
		} catch (IOException | RuntimeException e) {
			throw new ActivityRefused(415, "evidence.error.type");
		}
	}

	private static Optional<byte[]> preview(ImageReader reader, int width, int height) {
		try {
			ImageReadParam param = reader.getDefaultReadParam();
			int step = Math.max(1, Math.max(width, height) / (2 * MAX_SIDE));
			param.setSourceSubsampling(step, step, 0, 0);
			BufferedImage decoded = reader.read(0, param);
			double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(decoded.getWidth(), decoded.getHeight()));
			int w = Math.max(1, (int) Math.round(decoded.getWidth() * scale));
			int h = Math.max(1, (int) Math.round(decoded.getHeight() * scale));
			BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = small.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, w, h);
				g.drawImage(decoded, 0, 0, w, h, null);
			} finally {
				g.dispose();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			return ImageIO.write(small, "jpg", out) ? Optional.of(out.toByteArray()) : Optional.empty();
		} catch (IOException | RuntimeException e) {
			// e.g. a CMYK JPEG, which ImageIO cannot decode: the file is fine, it just gets no preview
			log.info("no thumbnail for an uploaded image: {}", e.toString());
			return Optional.empty();
		}
	}
}
