package vn.lantoa.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit's report for one period of a campaign (or, when consolidated, the report of a unit and its subtree):
 * the narrative in the standard outline, and where it stands in review. Its figures are kept beside it.
 */
@Table("report")
public class Report {

	/** The five parts of the standard outline, in order. */
	public enum Section {
		LEADERSHIP, RESULTS, ASSESSMENT, DIRECTIONS, PROPOSALS
	}

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Id
	private Long id;
	private long campaignId;
	private long unitId;
	private String periodKey;
	private boolean consolidated;
	private ReportStatus status;
	private String number;
	private String leadership;
	private String results;
	private String assessment;
	private String directions;
	private String proposals;
	private String recipients;
	private String signerAuthority;
	private String signerPosition;
	private String signerName;
	private LocalDate deadline;
	private Instant firstSubmittedAt;
	private Boolean onTime;
	private Instant submittedAt;
	private Instant decidedAt;
	private String decidedBy;
	private String createdBy;
	@Version
	private Integer version;
	private Instant createdAt;
	private Instant updatedAt;

	@PersistenceCreator
	Report(Long id, long campaignId, long unitId, String periodKey, boolean consolidated, ReportStatus status,
			String number, String leadership, String results, String assessment, String directions, String proposals,
			String recipients, String signerAuthority, String signerPosition, String signerName, LocalDate deadline,
			Instant firstSubmittedAt, Boolean onTime, Instant submittedAt, Instant decidedAt, String decidedBy,
			String createdBy, Integer version, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.campaignId = campaignId;
		this.unitId = unitId;
		this.periodKey = periodKey;
		this.consolidated = consolidated;
		this.status = status;
		this.number = number;
		this.leadership = leadership;
		this.results = results;
		this.assessment = assessment;
		this.directions = directions;
		this.proposals = proposals;
		this.recipients = recipients;
		this.signerAuthority = signerAuthority;
		this.signerPosition = signerPosition;
		this.signerName = signerName;
		this.deadline = deadline;
		this.firstSubmittedAt = firstSubmittedAt;
		this.onTime = onTime;
		this.submittedAt = submittedAt;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.createdBy = createdBy;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Report open(long campaignId, long unitId, String periodKey, boolean consolidated, LocalDate deadline,
			Narrative narrative, String by, Instant now) {
		Report report = new Report(null, campaignId, unitId, periodKey, consolidated, ReportStatus.DRAFT, null, null,
				null, null, null, null, null, null, null, null, deadline, null, null, null, null, null, by, null, now,
				now);
		report.write(narrative, now);
		return report;
	}

	void write(Narrative n, Instant now) {
		this.number = blankToNull(n.number());
		this.leadership = blankToNull(n.leadership());
		this.results = blankToNull(n.results());
		this.assessment = blankToNull(n.assessment());
		this.directions = blankToNull(n.directions());
		this.proposals = blankToNull(n.proposals());
		this.recipients = blankToNull(n.recipients());
		this.signerAuthority = blankToNull(n.signerAuthority());
		this.signerPosition = blankToNull(n.signerPosition());
		this.signerName = blankToNull(n.signerName());
		this.updatedAt = now;
	}

	/**
	 * Submits it. The first submission decides timeliness for good: a report late once stays late after it is
	 * returned and submitted again.
	 */
	void submit(LocalDate periodDeadline, Instant now) {
		if (firstSubmittedAt == null) {
			firstSubmittedAt = now;
			deadline = periodDeadline;
			onTime = !LocalDate.ofInstant(now, ZONE).isAfter(periodDeadline);
		}
		submittedAt = now;
		status = ReportStatus.SUBMITTED;
		decidedAt = null;
		decidedBy = null;
		updatedAt = now;
	}

	/** Takes the state of a report submitted in its unit's own instance, timeliness judged by its first submission. */
	void receive(Instant firstSubmitted, LocalDate periodDeadline, Instant now) {
		if (firstSubmittedAt == null) {
			firstSubmittedAt = firstSubmitted;
			deadline = periodDeadline;
			onTime = !LocalDate.ofInstant(firstSubmitted, ZONE).isAfter(periodDeadline);
		}
		submittedAt = now;
		status = ReportStatus.SUBMITTED;
		decidedAt = null;
		decidedBy = null;
		updatedAt = now;
	}

	void decide(ReportStatus outcome, String by, Instant now) {
		status = outcome;
		decidedAt = now;
		decidedBy = by;
		updatedAt = now;
	}

	public Narrative narrative() {
		return new Narrative(number, leadership, results, assessment, directions, proposals, recipients,
				signerAuthority, signerPosition, signerName);
	}

	public String section(Section section) {
		return switch (section) {
			case LEADERSHIP -> leadership;
			case RESULTS -> results;
			case ASSESSMENT -> assessment;
			case DIRECTIONS -> directions;
			case PROPOSALS -> proposals;
		};
	}

	public List<String> recipientList() {
		return recipients == null ? List.of() : recipients.lines().map(String::strip).filter(s -> !s.isEmpty())
			.toList();
	}

	Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("campaignId", campaignId);
		fields.put("unitId", unitId);
		fields.put("period", periodKey);
		fields.put("consolidated", consolidated);
		fields.put("status", status.name());
		fields.put("number", number);
		for (Section s : Section.values()) {
			fields.put(s.name().toLowerCase(java.util.Locale.ROOT), section(s));
		}
		fields.put("onTime", onTime);
		return fields;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return id;
	}

	public long getCampaignId() {
		return campaignId;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getPeriodKey() {
		return periodKey;
	}

	public boolean isConsolidated() {
		return consolidated;
	}

	public ReportStatus getStatus() {
		return status;
	}

	public String getNumber() {
		return number;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public Instant getFirstSubmittedAt() {
		return firstSubmittedAt;
	}

	public Boolean getOnTime() {
		return onTime;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Integer getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
