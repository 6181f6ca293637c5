package vn.lantoa.bulletin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.files.FileStore;
import vn.lantoa.files.Uploads;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;

/**
 * Photos of articles (JPEG or PNG, at most 10 MB and 40 megapixels, the size read from the header without decoding
 * the image), with a caption. Whoever may revise the article adds and removes them; they are shown wherever the
 * article is, the public page included.
 */
@Service
public class ArticlePhotos {

	static final long MAX_BYTES = 10L * 1024 * 1024;
	static final long MAX_PIXELS = 40_000_000L;

	/** A photo of an article. */
	public record Photo(long id, long articleId, String filename, String contentType, String caption, int width,
			int height) {
	}

	/** A photo's bytes to send. */
	public record PhotoFile(Photo photo, InputStream content) {
	}

	private final ArticleDesk desk;
	private final FileStore files;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	ArticlePhotos(ArticleDesk desk, FileStore files, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.desk = desk;
		this.files = files;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Submits an article with its first photo, all or nothing. */
	@Transactional
	public Article submitWith(Actor actor, ArticleDetails details, String filename, byte[] content, String caption) {
		Article article = desk.submit(actor, details);
		if (content != null) {
			add(actor, article.getId(), filename, content, caption);
		}
		return article;
	}

	@Transactional
	public Photo add(Actor actor, long articleId, String filename, byte[] content, String caption) {
		Article article = desk.get(actor, articleId);
		if (!desk.canRevise(actor, article)) {
			throw new OutOfScope();
		}
		if (content == null || content.length == 0) {
			throw new BulletinRefused(400, "upload.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new BulletinRefused(413, "upload.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String type = Uploads.type(content).filter(Uploads::isImage)
			.orElseThrow(() -> new BulletinRefused(415, "photo.error.type"));
		int[] size = size(content);
		if ((long) size[0] * size[1] > MAX_PIXELS) {
			throw new BulletinRefused(400, "photo.error.pixels");
		}
		String name = Uploads.filename(filename);
		String text = caption == null || caption.isBlank() ? null : caption.trim();
		if (text != null && text.length() > 500) {
			throw new BulletinRefused(400, "photo.error.caption");
		}
		String sha = files.put(content);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into article_photo (article_id, sha256, filename, content_type, caption, width, height,
				                           created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(articleId, sha, name, type, text, size[0], size[1], Timestamp.from(clock.instant()))
			.update(key, "id");
		Photo photo = new Photo(key.getKey().longValue(), articleId, name, type, text, size[0], size[1]);
		audit.record("ArticlePhoto", photo.id(), "CREATE", Map.of(), Map.of("articleId", articleId, "filename", name,
				"sha256", sha), article.getUnitId());
		return photo;
	}

	@Transactional
	public void remove(Actor actor, long articleId, long photoId) {
		Article article = desk.get(actor, articleId);
		if (!desk.canRevise(actor, article)) {
			throw new OutOfScope();
		}
		Photo photo = photo(articleId, photoId);
		jdbc.sql("delete from article_photo where id = ?").param(photoId).update();
		audit.record("ArticlePhoto", photoId, "DELETE", Map.of("articleId", articleId, "filename", photo.filename()),
				Map.of(), article.getUnitId());
	}

	@Transactional(readOnly = true)
	public List<Photo> of(long articleId) {
		return jdbc.sql("""
				select id, article_id, filename, content_type, caption, width, height from article_photo
				where article_id = ? order by id""").param(articleId).query(Photo.class).list();
	}

	@Transactional(readOnly = true)
	public PhotoFile open(Actor actor, long articleId, long photoId) {
		desk.get(actor, articleId);
		return file(articleId, photoId);
	}

	/** A photo of a public article (or of one in a published issue). */
	@Transactional(readOnly = true)
	public PhotoFile openPublic(long articleId, long photoId) {
		desk.getPublic(articleId);
		return file(articleId, photoId);
	}

	/** The stored bytes of a photo, for the exports. */
	byte[] bytes(Photo photo) {
		String sha = jdbc.sql("select sha256 from article_photo where id = ?").param(photo.id()).query(String.class)
			.single();
		try (InputStream in = files.open(sha).orElseThrow(() -> new NotFound("photo", photo.id()))) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private PhotoFile file(long articleId, long photoId) {
		Photo photo = photo(articleId, photoId);
		String sha = jdbc.sql("select sha256 from article_photo where id = ?").param(photoId).query(String.class)
			.single();
		return new PhotoFile(photo, files.open(sha).orElseThrow(() -> new NotFound("photo", photoId)));
	}

	private Photo photo(long articleId, long photoId) {
		return jdbc.sql("""
				select id, article_id, filename, content_type, caption, width, height from article_photo
				where id = ? and article_id = ?""").params(photoId, articleId).query(Photo.class).optional()
			.orElseThrow(() -> new NotFound("photo", photoId));
	}

	private static int[] size(byte[] content) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new BulletinRefused(415, "photo.error.type");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			} finally {
				reader.dispose();
			}
		} catch (IOException e) {
			throw new BulletinRefused(415, "photo.error.type");
		}
	}
}
