package vn.lantoa.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A press work a unit enters for the Golden Hammer and Sickle award (Giải Búa liềm vàng) of one year: prepared by
 * the unit, submitted, shortlisted by the jury, and awarded with its prize.
 */
@Table("award_entry")
public class AwardEntry {

	public enum Status {
		PREPARED, SUBMITTED, SHORTLISTED, AWARDED
	}

	public enum Prize {
		SPECIAL, A, B, C, CONSOLATION
	}

	@Id
	private Long id;
	private long unitId;
	private int awardYear;
	private String title;
	private String authors;
	private String outlet;
	private LocalDate publishedOn;
	private String url;
	private String fileSha256;
	private String fileName;
	private String fileContentType;
	private Status status;
	private Prize prize;
	private String searchText;
	private String createdBy;
	@Version
	private Integer version;
	private Instant createdAt;
	private Instant updatedAt;

	@PersistenceCreator
	AwardEntry(Long id, long unitId, int awardYear, String title, String authors, String outlet, LocalDate publishedOn,
			String url, String fileSha256, String fileName, String fileContentType, Status status, Prize prize,
			String searchText, String createdBy, Integer version, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.unitId = unitId;
		this.awardYear = awardYear;
		this.title = title;
		this.authors = authors;
		this.outlet = outlet;
		this.publishedOn = publishedOn;
		this.url = url;
		this.fileSha256 = fileSha256;
		this.fileName = fileName;
		this.fileContentType = fileContentType;
		this.status = status;
		this.prize = prize;
		this.searchText = searchText;
		this.createdBy = createdBy;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static AwardEntry prepare(AwardEntryDetails details, String by, Instant now) {
		AwardEntry entry = new AwardEntry(null, details.unitId(), 0, null, null, null, null, null, null, null, null,
				Status.PREPARED, null, null, by, null, now, now);
		entry.describe(details, now);
		return entry;
	}

	void describe(AwardEntryDetails d, Instant now) {
		if (status == Status.AWARDED) {
			throw new RecognitionRefused(409, "award.error.awarded");
		}
		this.unitId = d.unitId();
		this.awardYear = d.awardYear();
		this.title = d.title().trim();
		this.authors = d.authors().trim();
		this.outlet = d.outlet().trim();
		this.publishedOn = d.publishedOn();
		this.url = d.url() == null || d.url().isBlank() ? null : d.url().trim();
		this.searchText = Search.text(title, authors, outlet);
		this.updatedAt = now;
	}

	void attachFile(String sha256, String name, String contentType) {
		this.fileSha256 = sha256;
		this.fileName = name;
		this.fileContentType = contentType;
	}

	void submit(Instant now) {
		move(Status.PREPARED, Status.SUBMITTED, now);
	}

	void shortlist(Instant now) {
		move(Status.SUBMITTED, Status.SHORTLISTED, now);
	}

	void award(Prize prize, Instant now) {
		if (status != Status.SUBMITTED && status != Status.SHORTLISTED) {
			throw new RecognitionRefused(409, "award.error.status");
		}
		this.status = Status.AWARDED;
		this.prize = prize;
		this.updatedAt = now;
	}

	private void move(Status from, Status to, Instant now) {
		if (status != from) {
			throw new RecognitionRefused(409, "award.error.status");
		}
		this.status = to;
		this.updatedAt = now;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("unitId", unitId);
		fields.put("awardYear", awardYear);
		fields.put("title", title);
		fields.put("authors", authors);
		fields.put("outlet", outlet);
		fields.put("publishedOn", String.valueOf(publishedOn));
		fields.put("url", url);
		fields.put("file", fileName);
		fields.put("status", status.name());
		fields.put("prize", prize == null ? null : prize.name());
		return fields;
	}

	public Long getId() { return id; }
	public long getUnitId() { return unitId; }
	public int getAwardYear() { return awardYear; }
	public String getTitle() { return title; }
	public String getAuthors() { return authors; }
	public String getOutlet() { return outlet; }
	public LocalDate getPublishedOn() { return publishedOn; }
	public String getUrl() { return url; }
	public String getFileName() { return fileName; }
	String getFileSha256() { return fileSha256; }
	String getFileContentType() { return fileContentType; }
	public Status getStatus() { return status; }
	public Prize getPrize() { return prize; }
	public String getCreatedBy() { return createdBy; }
	public Integer getVersion() { return version; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
}
