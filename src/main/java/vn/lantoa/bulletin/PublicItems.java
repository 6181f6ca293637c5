package vn.lantoa.bulletin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.recognition.ModelQueries;

/**
 * What anyone may see without signing in, and nothing else: published bulletin issues, recognised models an
 * editor showed publicly, and accepted articles an editor showed publicly on their own.
 */
@Service
public class PublicItems {

	static final int LIMIT = 50;

	/** One entry of the public page and the feed. */
	public record Item(Kind kind, long id, String title, String summary, String author, Instant published,
			Instant updated) {

		public enum Kind {
			ISSUE, MODEL, ARTICLE
		}

		/** The path of its public page. */
		public String path() {
			return switch (kind) {
				case ISSUE -> "/public/issues/" + id;
				case MODEL -> "/public/models/" + id;
				case ARTICLE -> "/public/articles/" + id;
			};
		}
	}

	private final BulletinQueries bulletin;
	private final ModelQueries models;

	PublicItems(BulletinQueries bulletin, ModelQueries models) {
		this.bulletin = bulletin;
		this.models = models;
	}

	@Transactional(readOnly = true)
	public List<Item> issues() {
		return bulletin.publishedIssues(LIMIT).stream()
			.map(i -> new Item(Item.Kind.ISSUE, i.id(), i.title() + " – số " + i.numberText(),
					i.articles() + " bài", i.ownerName(), i.publishedAt(), i.publishedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Item> models() {
		return models.published(LIMIT).stream()
			.map(m -> new Item(Item.Kind.MODEL, m.id(), m.title(), BulletinQueries.excerpt(m.description() == null
					? "" : org.springframework.web.util.HtmlUtils.htmlEscape(m.description())), m.unitName(),
					m.publishedAt(), m.updatedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Item> articles() {
		return bulletin.publicArticles(LIMIT).stream()
			.map(a -> new Item(Item.Kind.ARTICLE, a.id(), a.title(), a.excerpt(), a.author() + " – " + a.unitName(),
					a.publicAt(), a.updatedAt()))
			.toList();
	}

	/** Everything public, the latest first. */
	@Transactional(readOnly = true)
	public List<Item> all() {
		List<Item> all = new ArrayList<>(issues());
		all.addAll(models());
		all.addAll(articles());
		all.sort(Comparator.comparing(Item::published).reversed().thenComparing(Item::path));
		return all;
	}
}
