package vn.lantoa.bulletin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A news item or article a unit submits for the bulletin. Editors accept it or return it with a comment (the unit
 * corrects and submits it again), place accepted ones into an issue, and may show an accepted article on the public
 * page on its own. Its body is stored already cleaned ({@link RichText}).
 */
@Table("article")
public class Article {

	public enum Status {
		SUBMITTED, RETURNED, ACCEPTED
	}

	@Id
	private Long id;
	private long unitId;
	private String title;
	private String author;
	private String bodyHtml;
	private String searchText;
	private Status status;
	private String reviewComment;
	private Long issueId;
	private Integer position;
	private Instant publicAt;
	private String submittedBy;
	@Version
	private Integer version;
	private Instant createdAt;
	private Instant updatedAt;

	@PersistenceCreator
	Article(Long id, long unitId, String title, String author, String bodyHtml, String searchText, Status status,
			String reviewComment, Long issueId, Integer position, Instant publicAt, String submittedBy,
			Integer version, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.unitId = unitId;
		this.title = title;
		this.author = author;
		this.bodyHtml = bodyHtml;
		this.searchText = searchText;
		this.status = status;
		this.reviewComment = reviewComment;
		this.issueId = issueId;
		this.position = position;
		this.publicAt = publicAt;
		this.submittedBy = submittedBy;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Article submit(ArticleDetails details, String cleanBody, String by, Instant now) {
		Article article = new Article(null, details.unitId(), null, null, null, null, Status.SUBMITTED, null, null,
				null, null, by, null, now, now);
		article.write(details, cleanBody, now);
		return article;
	}

	void write(ArticleDetails d, String cleanBody, Instant now) {
		this.unitId = d.unitId();
		this.title = d.title().trim();
		this.author = d.author().trim();
		this.bodyHtml = cleanBody;
		String text = vn.lantoa.shared.VietnameseText.fold(title + " " + author + " " + RichText.plain(cleanBody));
		this.searchText = text.length() > 6000 ? text.substring(0, 6000) : text;
		this.updatedAt = now;
	}

	/** The unit sends a returned article again. */
	void resubmit(Instant now) {
		if (status == Status.RETURNED) {
			this.status = Status.SUBMITTED;
		}
		this.updatedAt = now;
	}

	void accept(Instant now) {
		if (status != Status.SUBMITTED) {
			throw new BulletinRefused(409, "article.error.notSubmitted");
		}
		this.status = Status.ACCEPTED;
		this.reviewComment = null;
		this.updatedAt = now;
	}

	void returnWith(String comment, Instant now) {
		if (status == Status.RETURNED || issueId != null) {
			throw new BulletinRefused(409, "article.error.cannotReturn");
		}
		this.status = Status.RETURNED;
		this.reviewComment = comment.trim();
		this.publicAt = null;
		this.updatedAt = now;
	}

	void placeIn(long issue, int at, Instant now) {
		if (status != Status.ACCEPTED) {
			throw new BulletinRefused(409, "article.error.notAccepted");
		}
		if (issueId != null && issueId != issue) {
			throw new BulletinRefused(409, "article.error.inAnotherIssue");
		}
		this.issueId = issue;
		this.position = at;
		this.updatedAt = now;
	}

	void takeOut(Instant now) {
		this.issueId = null;
		this.position = null;
		this.updatedAt = now;
	}

	void showPublicly(boolean visible, Instant now) {
		if (visible && status != Status.ACCEPTED) {
			throw new BulletinRefused(409, "article.error.notAccepted");
		}
		this.publicAt = visible ? now : null;
		this.updatedAt = now;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("unitId", unitId);
		fields.put("title", title);
		fields.put("author", author);
		fields.put("body", bodyHtml);
		fields.put("status", status.name());
		fields.put("reviewComment", reviewComment);
		fields.put("issueId", issueId);
		fields.put("position", position);
		fields.put("public", publicAt != null);
		return fields;
	}

	/** The body for a page: cleaned again on the way out, whatever wrote the stored value. */
	public String getSafeBody() { return RichText.POLICY.sanitize(bodyHtml); }
	public boolean isPublic() { return publicAt != null; }
	public Long getId() { return id; }
	public long getUnitId() { return unitId; }
	public String getTitle() { return title; }
	public String getAuthor() { return author; }
	public String getBodyHtml() { return bodyHtml; }
	public Status getStatus() { return status; }
	public String getReviewComment() { return reviewComment; }
	public Long getIssueId() { return issueId; }
	public Integer getPosition() { return position; }
	public Instant getPublicAt() { return publicAt; }
	public String getSubmittedBy() { return submittedBy; }
	public Integer getVersion() { return version; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
}
