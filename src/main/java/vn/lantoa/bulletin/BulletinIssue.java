package vn.lantoa.bulletin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An issue of the bulletin ("Bản tin Công tác xây dựng Đảng số 3/2024"): its number within the year, date and title,
 * and the accepted articles placed in it in order. Editors assemble a draft and publish it, which puts it on the
 * public page and in the feed and freezes its contents; withdrawing it makes it a draft again.
 */
@Table("bulletin_issue")
public class BulletinIssue {

	public enum Status {
		DRAFT, PUBLISHED
	}

	@Id
	private Long id;
	private long ownerUnitId;
	private int issueYear;
	private int number;
	private java.time.LocalDate issuedOn;
	private String title;
	private Status status;
	private Instant publishedAt;
	private String createdBy;
	@Version
	private Integer version;
	private Instant createdAt;
	private Instant updatedAt;

	@PersistenceCreator
	BulletinIssue(Long id, long ownerUnitId, int issueYear, int number, java.time.LocalDate issuedOn, String title,
			Status status, Instant publishedAt, String createdBy, Integer version, Instant createdAt,
			Instant updatedAt) {
		this.id = id;
		this.ownerUnitId = ownerUnitId;
		this.issueYear = issueYear;
		this.number = number;
		this.issuedOn = issuedOn;
		this.title = title;
		this.status = status;
		this.publishedAt = publishedAt;
		this.createdBy = createdBy;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static BulletinIssue plan(IssueDetails details, String by, Instant now) {
		BulletinIssue issue = new BulletinIssue(null, details.ownerUnitId(), 0, 0, null, null, Status.DRAFT, null, by,
				null, now, now);
		issue.describe(details, now);
		return issue;
	}

	void describe(IssueDetails d, Instant now) {
		requireDraft();
		this.ownerUnitId = d.ownerUnitId();
		this.number = d.number();
		this.issuedOn = d.issuedOn();
		this.issueYear = d.issuedOn().getYear();
		this.title = d.title().trim();
		this.updatedAt = now;
	}

	/** Marks a change of the contents, so that two editors arranging the same issue cannot overwrite each other. */
	void touch(Instant now) {
		requireDraft();
		this.updatedAt = now;
	}

	void publish(Instant now) {
		requireDraft();
		this.status = Status.PUBLISHED;
		this.publishedAt = now;
		this.updatedAt = now;
	}

	void withdraw(Instant now) {
		if (status != Status.PUBLISHED) {
			throw new BulletinRefused(409, "issue.error.notPublished");
		}
		this.status = Status.DRAFT;
		this.publishedAt = null;
		this.updatedAt = now;
	}

	void requireDraft() {
		if (status != Status.DRAFT) {
			throw new BulletinRefused(409, "issue.error.published");
		}
	}

	/** "3/2024": the number within the year, as the bulletin prints it. */
	public String numberText() {
		return number + "/" + issueYear;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("ownerUnitId", ownerUnitId);
		fields.put("number", numberText());
		fields.put("issuedOn", String.valueOf(issuedOn));
		fields.put("title", title);
		fields.put("status", status.name());
		return fields;
	}

	public boolean isPublished() { return status == Status.PUBLISHED; }
	public Long getId() { return id; }
	public long getOwnerUnitId() { return ownerUnitId; }
	public int getIssueYear() { return issueYear; }
	public int getNumber() { return number; }
	public java.time.LocalDate getIssuedOn() { return issuedOn; }
	public String getTitle() { return title; }
	public Status getStatus() { return status; }
	public Instant getPublishedAt() { return publishedAt; }
	public String getCreatedBy() { return createdBy; }
	public Integer getVersion() { return version; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
}
