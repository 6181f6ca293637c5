package vn.lantoa.bulletin;

import java.time.Clock;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;
import vn.lantoa.shared.StaleEdit;

/**
 * Articles from units to the bulletin's editors. A unit's reporters (or coordinators and admins above it) submit
 * articles and correct them until accepted; editors (coordinators and admins above the unit) correct, accept or
 * return them and show accepted ones on the public page. An article in a published issue is frozen.
 */
@Service
public class ArticleDesk {

	static final String ENTITY = "Article";

	private final Articles articles;
	private final OrgTree tree;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	ArticleDesk(Articles articles, OrgTree tree, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.articles = articles;
		this.tree = tree;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean canSubmit(Actor actor, long unitId) {
		return !actor.is(Role.LEADER) && actor.writeAccess() && tree.canSee(actor, unitId);
	}

	/** Editors of the bulletin for this unit: coordinators and admins whose subtree holds it. */
	public boolean canEdit(Actor actor, long unitId) {
		return (actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN)) && actor.writeAccess()
				&& tree.canSee(actor, unitId);
	}

	/** Whether the actor may change the article's text now. */
	public boolean canRevise(Actor actor, Article article) {
		if (inPublishedIssue(article)) {
			return false;
		}
		return canEdit(actor, article.getUnitId()) && article.getStatus() != Article.Status.RETURNED
				|| canSubmit(actor, article.getUnitId()) && article.getStatus() != Article.Status.ACCEPTED;
	}

	@Transactional
	public Article submit(Actor actor, ArticleDetails details) {
		if (!canSubmit(actor, details.unitId())) {
			throw new OutOfScope();
		}
		Article article = articles.save(Article.submit(details, checked(details), actor.username(), clock.instant()));
		audit.record(ENTITY, article.getId(), "SUBMIT", Map.of(), article.snapshot(), article.getUnitId());
		return article;
	}

	@Transactional
	public Article revise(Actor actor, long id, int version, ArticleDetails details) {
		Article article = current(actor, id, version);
		if (!canRevise(actor, article) || !tree.canSee(actor, details.unitId())) {
			throw new OutOfScope();
		}
		String body = checked(details);
		Map<String, Object> before = article.snapshot();
		article.write(details, body, clock.instant());
		article.resubmit(clock.instant());
		return saved(article, before, "UPDATE");
	}

	@Transactional
	public Article accept(Actor actor, long id, int version) {
		Article article = edited(actor, id, version);
		Map<String, Object> before = article.snapshot();
		article.accept(clock.instant());
		return saved(article, before, "ACCEPT");
	}

	@Transactional
	public Article returnWith(Actor actor, long id, int version, String comment) {
		Article article = edited(actor, id, version);
		if (comment == null || comment.isBlank() || comment.length() > 2000) {
			throw new BulletinRefused(400, "article.error.comment");
		}
		Map<String, Object> before = article.snapshot();
		article.returnWith(comment, clock.instant());
		return saved(article, before, "RETURN");
	}

	/** Shows the accepted article on the public page on its own, or takes it off. */
	@Transactional
	public Article showPublicly(Actor actor, long id, int version, boolean visible) {
		Article article = edited(actor, id, version);
		Map<String, Object> before = article.snapshot();
		article.showPublicly(visible, clock.instant());
		return saved(article, before, visible ? "PUBLISH" : "UNPUBLISH");
	}

	/** The article, if its unit is in the actor's subtree. */
	@Transactional(readOnly = true)
	public Article get(Actor actor, long id) {
		Article article = articles.findById(id).orElseThrow(() -> new NotFound("article", id));
		tree.requireVisible(actor, article.getUnitId());
		return article;
	}

	/** The article, if an editor showed it publicly or it is in a published issue; not found otherwise. */
	@Transactional(readOnly = true)
	public Article getPublic(long id) {
		return articles.findById(id).filter(a -> a.getStatus() == Article.Status.ACCEPTED
				&& (a.isPublic() || inPublishedIssue(a))).orElseThrow(() -> new NotFound("article", id));
	}

	boolean inPublishedIssue(Article article) {
		return article.getIssueId() != null && jdbc.sql("select status from bulletin_issue where id = ?")
			.param(article.getIssueId()).query(String.class).single().equals(BulletinIssue.Status.PUBLISHED.name());
	}

	private Article edited(Actor actor, long id, int version) {
		Article article = current(actor, id, version);
		if (!canEdit(actor, article.getUnitId())) {
			throw new OutOfScope();
		}
		if (inPublishedIssue(article)) {
			throw new BulletinRefused(409, "article.error.published");
		}
		return article;
	}

	private Article current(Actor actor, long id, int version) {
		Article article = get(actor, id);
		if (article.getVersion() != version) {
			throw new StaleEdit();
		}
		return article;
	}

	private Article saved(Article article, Map<String, Object> before, String action) {
		Article saved = articles.save(article);
		audit.record(ENTITY, saved.getId(), action, before, saved.snapshot(), saved.getUnitId());
		return saved;
	}

	private static String checked(ArticleDetails d) {
		if (d.title() == null || d.title().isBlank() || d.title().trim().length() > 500) {
			throw new BulletinRefused(400, "article.error.title");
		}
		if (d.author() == null || d.author().isBlank() || d.author().trim().length() > 300) {
			throw new BulletinRefused(400, "article.error.author");
		}
		if (d.body() != null && d.body().length() > 100_000) {
			throw new BulletinRefused(400, "article.error.tooLong");
		}
		String body = RichText.clean(d.body());
		if (RichText.plain(body).isBlank()) {
			throw new BulletinRefused(400, "article.error.body");
		}
		return body;
	}
}
