package vn.lantoa.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.shared.Actor;
import vn.lantoa.shared.VietnameseText;

/**
 * Lists of the bulletin: articles of the actor's subtree (by status, unit, words, placed or not), issues (drafts of
 * the subtree, published ones of anyone), and what the public page shows.
 */
@Service
public class BulletinQueries {

	public record ArticleRow(long id, String title, String author, long unitId, String unitName,
			Article.Status status, Long issueId, boolean isPublic, Instant createdAt) {
	}

	public record IssueRow(long id, String numberText, LocalDate issuedOn, String title, BulletinIssue.Status status,
			String ownerName, int articles, Instant publishedAt) {
	}

	/** An article the public page lists on its own. */
	public record PublicArticle(long id, String title, String author, String unitName, Instant publicAt,
			Instant updatedAt, String excerpt) {
	}

	public record ArticleFilter(Long unitId, Article.Status status, Boolean placed, String q, int page, int size) {

		public ArticleFilter {
			page = Math.max(0, page);
			size = size <= 0 ? 25 : Math.min(size, 200);
		}
	}

	private final JdbcClient jdbc;

	BulletinQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<ArticleRow> articles(Actor actor, ArticleFilter f) {
		List<Object> params = new ArrayList<>(List.of(f.unitId() == null ? actor.scopeUnitId() : f.unitId(),
				actor.scopeUnitId()));
		StringBuilder where = new StringBuilder(" where exists (select 1 from org_unit_tree t where t.ancestor_id = ?"
				+ " and t.unit_id = a.unit_id) and exists (select 1 from org_unit_tree v where v.ancestor_id = ?"
				+ " and v.unit_id = a.unit_id)");
		if (f.status() != null) {
			where.append(" and a.status = ?");
			params.add(f.status().name());
		}
		if (f.placed() != null) {
			where.append(f.placed() ? " and a.issue_id is not null" : " and a.issue_id is null");
		}
		String words = VietnameseText.fold(f.q());
		for (String word : words.isEmpty() ? new String[0] : words.split(" ")) {
			where.append(" and a.search_text like ? escape '\\'");
			params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return jdbc.sql("""
				select a.id, a.title, a.author, a.unit_id, u.name, a.status, a.issue_id, a.public_at, a.created_at
				from article a join org_unit u on u.id = a.unit_id""" + where
				+ " order by a.created_at desc, a.id desc limit " + f.size() + " offset " + (long) f.page() * f.size())
			.params(params)
			.query((rs, n) -> new ArticleRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), Article.Status.valueOf(rs.getString(6)), (Long) rs.getObject(7, Long.class),
					rs.getTimestamp(8) != null, rs.getTimestamp(9).toInstant()))
			.list();
	}

	/** Drafts of the actor's subtree and every published issue, the latest first. */
	@Transactional(readOnly = true)
	public List<IssueRow> issues(Actor actor) {
		return issueQuery(" where i.status = 'PUBLISHED' or exists (select 1 from org_unit_tree t where "
				+ "t.ancestor_id = ? and t.unit_id = i.owner_unit_id)", List.of(actor.scopeUnitId()), 200);
	}

	@Transactional(readOnly = true)
	public List<IssueRow> publishedIssues(int limit) {
		return issueQuery(" where i.status = 'PUBLISHED'", List.of(), limit);
	}

	@Transactional(readOnly = true)
	public List<PublicArticle> publicArticles(int limit) {
		return jdbc.sql("""
				select a.id, a.title, a.author, u.name, a.public_at, a.updated_at, a.body_html
				from article a join org_unit u on u.id = a.unit_id
				where a.public_at is not null and a.status = 'ACCEPTED'
				order by a.public_at desc, a.id desc limit ?""").param(limit)
			.query((rs, n) -> new PublicArticle(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), excerpt(rs.getString(7))))
			.list();
	}

	private List<IssueRow> issueQuery(String where, List<Object> params, int limit) {
		return jdbc.sql("""
				select i.id, i.number, i.issue_year, i.issued_on, i.title, i.status, u.name,
				       (select count(*) from article a where a.issue_id = i.id), i.published_at
				from bulletin_issue i join org_unit u on u.id = i.owner_unit_id""" + where
				+ " order by i.issued_on desc, i.id desc limit " + limit)
			.params(params)
			.query((rs, n) -> new IssueRow(rs.getLong(1), rs.getInt(2) + "/" + rs.getInt(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), BulletinIssue.Status.valueOf(rs.getString(6)),
					rs.getString(7), rs.getInt(8), rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
			.list();
	}

	static String excerpt(String html) {
		String text = RichText.plain(html).replace('\n', ' ');
		return text.length() <= 300 ? text : text.substring(0, text.lastIndexOf(' ', 300) > 0
				? text.lastIndexOf(' ', 300) : 300) + "…";
	}
}
