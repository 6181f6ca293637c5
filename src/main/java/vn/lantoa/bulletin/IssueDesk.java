package vn.lantoa.bulletin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.org.OrgTree;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.NotFound;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.StaleEdit;

/**
 * Assembles bulletin issues: editors (coordinators and admins above the publishing unit) create an issue, place
 * accepted articles of their subtree into it, order and take them out, publish it and withdraw it. Every change of
 * the contents carries the issue's version, so two editors cannot overwrite each other's arrangement. A draft is
 * visible in the publishing unit's subtree; a published issue to everyone signed in, and on the public page.
 */
@Service
public class IssueDesk {

	static final String ENTITY = "BulletinIssue";

	private final BulletinIssues issues;
	private final Articles articles;
	private final ArticleDesk desk;
	private final OrgTree tree;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	IssueDesk(BulletinIssues issues, Articles articles, ArticleDesk desk, OrgTree tree, AuditTrail audit,
			JdbcClient jdbc, Clock clock) {
		this.issues = issues;
		this.articles = articles;
		this.desk = desk;
		this.tree = tree;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean canEdit(Actor actor, long ownerUnitId) {
		return desk.canEdit(actor, ownerUnitId);
	}

	@Transactional
	public BulletinIssue create(Actor actor, IssueDetails details) {
		check(actor, details, null);
		BulletinIssue issue = issues.save(BulletinIssue.plan(details, actor.username(), clock.instant()));
		audit.record(ENTITY, issue.getId(), "CREATE", Map.of(), issue.snapshot(), issue.getOwnerUnitId());
		return issue;
	}

	@Transactional
	public BulletinIssue update(Actor actor, long id, int version, IssueDetails details) {
		BulletinIssue issue = edited(actor, id, version);
		check(actor, details, id);
		Map<String, Object> before = issue.snapshot();
		issue.describe(details, clock.instant());
		return saved(issue, before, "UPDATE");
	}

	/** Places an accepted article last in the issue. */
	@Transactional
	public BulletinIssue place(Actor actor, long id, int version, long articleId) {
		BulletinIssue issue = edited(actor, id, version);
		Article article = desk.get(actor, articleId);
		if (!tree.contains(issue.getOwnerUnitId(), article.getUnitId())) {
			throw new BulletinRefused(400, "issue.error.articleOutside");
		}
		int last = contents(id).stream().mapToInt(a -> a.getPosition() == null ? 0 : a.getPosition()).max().orElse(0);
		article.placeIn(id, last + 1, clock.instant());
		articles.save(article);
		return changed(issue, "PLACE", article);
	}

	@Transactional
	public BulletinIssue remove(Actor actor, long id, int version, long articleId) {
		BulletinIssue issue = edited(actor, id, version);
		Article article = inIssue(id, articleId);
		article.takeOut(clock.instant());
		articles.save(article);
		renumber(contents(id));
		return changed(issue, "REMOVE", article);
	}

	/** Moves an article one place up (towards the front) or down. */
	@Transactional
	public BulletinIssue move(Actor actor, long id, int version, long articleId, boolean up) {
		BulletinIssue issue = edited(actor, id, version);
		List<Article> order = new ArrayList<>(contents(id));
		Article article = inIssue(id, articleId);
		int at = indexOf(order, articleId);
		int to = up ? at - 1 : at + 1;
		if (to >= 0 && to < order.size()) {
			order.add(to, order.remove(at));
			renumber(order);
		}
		return changed(issue, up ? "MOVE_UP" : "MOVE_DOWN", article);
	}

	@Transactional
	public BulletinIssue publish(Actor actor, long id, int version) {
		BulletinIssue issue = edited(actor, id, version);
		if (contents(id).isEmpty()) {
			throw new BulletinRefused(409, "issue.error.empty");
		}
		Map<String, Object> before = issue.snapshot();
		issue.publish(clock.instant());
		return saved(issue, before, "PUBLISH");
	}

	@Transactional
	public BulletinIssue withdraw(Actor actor, long id, int version) {
		BulletinIssue issue = current(actor, id, version);
		if (!canEdit(actor, issue.getOwnerUnitId())) {
			throw new OutOfScope();
		}
		Map<String, Object> before = issue.snapshot();
		issue.withdraw(clock.instant());
		return saved(issue, before, "WITHDRAW");
	}

	@Transactional(readOnly = true)
	public BulletinIssue get(Actor actor, long id) {
		BulletinIssue issue = issues.findById(id).orElseThrow(() -> new NotFound("issue", id));
		if (!issue.isPublished()) {
			tree.requireVisible(actor, issue.getOwnerUnitId());
		}
		return issue;
	}

	@Transactional(readOnly = true)
	public BulletinIssue getPublic(long id) {
		return issues.findById(id).filter(BulletinIssue::isPublished).orElseThrow(() -> new NotFound("issue", id));
	}

	/** The issue's articles in order. */
	@Transactional(readOnly = true)
	public List<Article> contents(long id) {
		return articles.findByIssue(id);
	}

	private Article inIssue(long issueId, long articleId) {
		Article article = articles.findById(articleId).orElseThrow(() -> new NotFound("article", articleId));
		if (article.getIssueId() == null || article.getIssueId() != issueId) {
			throw new NotFound("article", articleId);
		}
		return article;
	}

	private static int indexOf(List<Article> order, long articleId) {
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).getId() == articleId) {
				return i;
			}
		}
		throw new NotFound("article", articleId);
	}

	private void renumber(List<Article> order) {
		for (int i = 0; i < order.size(); i++) {
			jdbc.sql("update article set position = ? where id = ?").params(i + 1, order.get(i).getId()).update();
		}
	}

	private BulletinIssue changed(BulletinIssue issue, String action, Article article) {
		Map<String, Object> before = issue.snapshot();
		issue.touch(clock.instant());
		BulletinIssue saved = issues.save(issue);
		audit.record(ENTITY, saved.getId(), action, before, Map.of("articleId", article.getId(), "articles",
				contents(saved.getId()).stream().map(Article::getId).toList().toString()), saved.getOwnerUnitId());
		return saved;
	}

	private BulletinIssue edited(Actor actor, long id, int version) {
		BulletinIssue issue = current(actor, id, version);
		if (!canEdit(actor, issue.getOwnerUnitId())) {
			throw new OutOfScope();
		}
		issue.requireDraft();
		return issue;
	}

	private BulletinIssue current(Actor actor, long id, int version) {
		BulletinIssue issue = get(actor, id);
		if (issue.getVersion() != version) {
			throw new StaleEdit();
		}
		return issue;
	}

	private BulletinIssue saved(BulletinIssue issue, Map<String, Object> before, String action) {
		BulletinIssue saved = issues.save(issue);
		audit.record(ENTITY, saved.getId(), action, before, saved.snapshot(), saved.getOwnerUnitId());
		return saved;
	}

	private void check(Actor actor, IssueDetails d, Long id) {
		if (!canEdit(actor, d.ownerUnitId())) {
			throw new OutOfScope();
		}
		if (d.number() < 1 || d.number() > 9999 || d.issuedOn() == null) {
			throw new BulletinRefused(400, "issue.error.number");
		}
		if (d.title() == null || d.title().isBlank() || d.title().trim().length() > 500) {
			throw new BulletinRefused(400, "issue.error.title");
		}
		boolean taken = jdbc.sql("""
				select count(*) from bulletin_issue where owner_unit_id = ? and issue_year = ? and number = ?
				and id <> ?""").params(d.ownerUnitId(), d.issuedOn().getYear(), d.number(), id == null ? -1L : id)
			.query(Long.class).single() > 0;
		if (taken) {
			throw new BulletinRefused(409, "issue.error.numberTaken", d.number() + "/" + d.issuedOn().getYear());
		}
	}
}
