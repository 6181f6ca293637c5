package vn.lantoa.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A guidance or plan document as imported: its header, the documents it cites, its original text, and the
 * reviewed structure (a draft until the coordinator plans the campaign from it).
 */
@Table("directive")
public class Directive {

	public enum Status {
		DRAFT, PLANNED
	}

	/** A document the directive cites (kind, canonical number, date and issuer where given). */
	@Table("directive_citation")
	public record Citation(String kind, String number, LocalDate issuedOn, String issuer) {
	}

	@Id
	private Long id;
	private long ownerUnitId;
	@org.springframework.data.relational.core.mapping.Column("doc_type")
	private String type;
	private String number;
	private String issuer;
	private String place;
	private LocalDate issuedOn;
	private String title;
	private String originalText;
	private String originalFilename;
	private String originalSha256;
	private String structure;
	private Status status;
	private String createdBy;
	@MappedCollection(idColumn = "directive_id", keyColumn = "position")
	private List<Citation> citations;
	@Version
	private Integer version;
	private Instant createdAt;

	@PersistenceCreator
	Directive(Long id, long ownerUnitId, String type, String number, String issuer, String place, LocalDate issuedOn,
			String title, String originalText, String originalFilename, String originalSha256, String structure,
			Status status, String createdBy, List<Citation> citations, Integer version, Instant createdAt) {
		this.id = id;
		this.ownerUnitId = ownerUnitId;
		this.type = type;
		this.number = number;
		this.issuer = issuer;
		this.place = place;
		this.issuedOn = issuedOn;
		this.title = title;
		this.originalText = originalText;
		this.originalFilename = originalFilename;
		this.originalSha256 = originalSha256;
		this.structure = structure;
		this.status = status;
		this.createdBy = createdBy;
		this.citations = citations;
		this.version = version;
		this.createdAt = createdAt;
	}

	static Directive imported(long ownerUnitId, String createdBy, String originalText, String filename, String sha256,
			List<Citation> citations, Instant now) {
		return new Directive(null, ownerUnitId, null, null, null, null, null, null, originalText, filename, sha256,
				null, Status.DRAFT, createdBy, List.copyOf(citations), null, now);
	}

	/** Keeps the coordinator's corrections of the header and of the structure, while still a draft. */
	void review(ReviewForm form, String structureJson) {
		if (status != Status.DRAFT) {
			throw new DirectiveRefused("directive.error.alreadyPlanned");
		}
		this.type = blankToNull(form.getType());
		this.number = blankToNull(form.getNumber());
		this.issuer = blankToNull(form.getIssuer());
		this.place = blankToNull(form.getPlace());
		this.issuedOn = form.getIssuedOn();
		this.title = blankToNull(form.getTitle());
		this.structure = structureJson;
	}

	void planned() {
		if (status != Status.DRAFT) {
			throw new DirectiveRefused("directive.error.alreadyPlanned");
		}
		this.status = Status.PLANNED;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public Long getId() {
		return id;
	}

	public long getOwnerUnitId() {
		return ownerUnitId;
	}

	public String getType() {
		return type;
	}

	public String getNumber() {
		return number;
	}

	public String getIssuer() {
		return issuer;
	}

	public String getPlace() {
		return place;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public String getTitle() {
		return title;
	}

	public String getOriginalText() {
		return originalText;
	}

	public String getOriginalFilename() {
		return originalFilename;
	}

	String getStructure() {
		return structure;
	}

	public Status getStatus() {
		return status;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public List<Citation> getCitations() {
		return citations;
	}

	public Integer getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
