package vn.lantoa.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.lantoa.shared.VietnameseText;

/**
 * An exemplary model, good practice, collective or individual that a unit proposes. The Board verifies it, then
 * recognises it with the number and date of its decision (or rejects it with a reason); a recognised model may be
 * shown on the public page, and other units spread it by linking their own activities ({@link ModelReplications}).
 */
@Table("exemplary_model")
public class ExemplaryModel {

	public enum Kind {
		MODEL, PRACTICE, COLLECTIVE, INDIVIDUAL
	}

	public enum Field {
		PARTY_BUILDING, HO_CHI_MINH, MASS_MOBILISATION, ECONOMY, CULTURE_SOCIETY, DEFENCE_SECURITY, DIGITAL, OTHER
	}

	public enum Status {
		PROPOSED, VERIFIED, RECOGNISED, REJECTED
	}

	@Table("exemplary_model_link")
	record Link(String url) {
	}

	@Id
	private Long id;
	private long unitId;
	private Long campaignId;
	private Kind kind;
	private Field field;
	private String title;
	private String description;
	private String titleKey;
	private String searchText;
	private Status status;
	private String proposedBy;
	private LocalDate proposedOn;
	private String verifiedBy;
	private LocalDate verifiedOn;
	private String decisionNumber;
	private LocalDate decisionDate;
	private String recognisedBy;
	private String rejectionReason;
	private Instant publishedAt;
	@MappedCollection(idColumn = "model_id", keyColumn = "position")
	private List<Link> links;
	@Version
	private Integer version;
	private Instant createdAt;
	private Instant updatedAt;

	@PersistenceCreator
	ExemplaryModel(Long id, long unitId, Long campaignId, Kind kind, Field field, String title, String description,
			String titleKey, String searchText, Status status, String proposedBy, LocalDate proposedOn,
			String verifiedBy, LocalDate verifiedOn, String decisionNumber, LocalDate decisionDate,
			String recognisedBy, String rejectionReason, Instant publishedAt, List<Link> links, Integer version,
			Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.unitId = unitId;
		this.campaignId = campaignId;
		this.kind = kind;
		this.field = field;
		this.title = title;
		this.description = description;
		this.titleKey = titleKey;
		this.searchText = searchText;
		this.status = status;
		this.proposedBy = proposedBy;
		this.proposedOn = proposedOn;
		this.verifiedBy = verifiedBy;
		this.verifiedOn = verifiedOn;
		this.decisionNumber = decisionNumber;
		this.decisionDate = decisionDate;
		this.recognisedBy = recognisedBy;
		this.rejectionReason = rejectionReason;
		this.publishedAt = publishedAt;
		this.links = links;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static ExemplaryModel propose(ModelDetails details, String by, LocalDate today, Instant now) {
		ExemplaryModel model = new ExemplaryModel(null, details.unitId(), null, null, null, null, null, null, null,
				Status.PROPOSED, by, today, null, null, null, null, null, null, null, List.of(), null, now, now);
		model.describe(details, now);
		return model;
	}

	/** The title as duplicates are compared: folded, letters and digits only. */
	static String titleKey(String title) {
		return VietnameseText.fold(title).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

	void describe(ModelDetails d, Instant now) {
		if (status == Status.RECOGNISED || status == Status.REJECTED) {
			throw new RecognitionRefused(409, "model.error.closed");
		}
		this.unitId = d.unitId();
		this.campaignId = d.campaignId();
		this.kind = d.kind();
		this.field = d.field();
		this.title = d.title().trim();
		this.description = d.description() == null || d.description().isBlank() ? null : d.description().trim();
		this.titleKey = titleKey(title);
		String text = VietnameseText.fold(title + " " + (description == null ? "" : description));
		this.searchText = text.length() > 6000 ? text.substring(0, 6000) : text;
		this.links = d.links().stream().map(Link::new).toList();
		this.updatedAt = now;
	}

	void verify(String by, LocalDate today, Instant now) {
		require(Status.PROPOSED, "model.error.notProposed");
		this.status = Status.VERIFIED;
		this.verifiedBy = by;
		this.verifiedOn = today;
		this.updatedAt = now;
	}

	void recognise(String by, String number, LocalDate date, Instant now) {
		require(Status.VERIFIED, "model.error.notVerified");
		this.status = Status.RECOGNISED;
		this.recognisedBy = by;
		this.decisionNumber = number.trim();
		this.decisionDate = date;
		this.updatedAt = now;
	}

	void reject(String reason, Instant now) {
		if (status != Status.PROPOSED && status != Status.VERIFIED) {
			throw new RecognitionRefused(409, "model.error.closed");
		}
		this.status = Status.REJECTED;
		this.rejectionReason = reason.trim();
		this.updatedAt = now;
	}

	void publish(Instant now) {
		require(Status.RECOGNISED, "model.error.notRecognised");
		this.publishedAt = now;
		this.updatedAt = now;
	}

	void unpublish(Instant now) {
		this.publishedAt = null;
		this.updatedAt = now;
	}

	private void require(Status expected, String key) {
		if (status != expected) {
			throw new RecognitionRefused(409, key);
		}
	}

	Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("unitId", unitId);
		fields.put("campaignId", campaignId);
		fields.put("kind", String.valueOf(kind));
		fields.put("field", String.valueOf(field));
		fields.put("title", title);
		fields.put("description", description);
		fields.put("links", linkList().toString());
		fields.put("status", status.name());
		fields.put("decisionNumber", decisionNumber);
		fields.put("decisionDate", String.valueOf(decisionDate));
		fields.put("rejectionReason", rejectionReason);
		fields.put("public", publishedAt != null);
		return fields;
	}

	public List<String> linkList() {
		return links.stream().map(Link::url).toList();
	}

	public boolean isPublic() { return publishedAt != null; }
	public Long getId() { return id; }
	public long getUnitId() { return unitId; }
	public Long getCampaignId() { return campaignId; }
	public Kind getKind() { return kind; }
	public Field getField() { return field; }
	public String getTitle() { return title; }
	public String getDescription() { return description; }
	public Status getStatus() { return status; }
	public String getProposedBy() { return proposedBy; }
	public LocalDate getProposedOn() { return proposedOn; }
	public String getVerifiedBy() { return verifiedBy; }
	public LocalDate getVerifiedOn() { return verifiedOn; }
	public String getDecisionNumber() { return decisionNumber; }
	public LocalDate getDecisionDate() { return decisionDate; }
	public String getRecognisedBy() { return recognisedBy; }
	public String getRejectionReason() { return rejectionReason; }
	public Instant getPublishedAt() { return publishedAt; }
	public Integer getVersion() { return version; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
}
