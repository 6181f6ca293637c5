package vn.lantoa.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contest a unit organises within a campaign (a quiz, poster design, writing or artistic works), over a period,
 * with its rules file, the participants and entries of each taking part unit, and its prizes once the results are
 * out. It is recorded together with one activity of the campaign's contest channel ({@link #getActivityId()}),
 * whose measures follow the contest: one contest, the participants and entries of all units.
 */
@Table("contest")
public class Contest {

	public enum Kind {
		QUIZ, POSTER, WRITING, ARTS
	}

	public enum Status {
		OPEN, CLOSED
	}

	/** How many people and entries one unit brought. */
	@Table("contest_participation")
	public record Participation(long unitId, int participants, int entries) {
	}

	/** One prize awarded: its name, who won it, their unit (if one of the tree) and the winning work. */
	@Table("contest_prize")
	public record Prize(String prize, String winner, Long unitId, String work) {
	}

	@Id
	private Long id;
	private long organiserUnitId;
	private long campaignId;
	private Long activityId;
	private Kind kind;
	private String title;
	private String description;
	private LocalDate startsOn;
	private LocalDate endsOn;
	private String rulesSha256;
	private String rulesFilename;
	private String rulesContentType;
	private Status status;
	private String searchText;
	private String createdBy;
	@MappedCollection(idColumn = "contest_id")
	private Set<Participation> participations;
	@MappedCollection(idColumn = "contest_id", keyColumn = "position")
	private List<Prize> prizes;
	@Version
	private Integer version;
	private Instant createdAt;
	private Instant updatedAt;

	@PersistenceCreator
	Contest(Long id, long organiserUnitId, long campaignId, Long activityId, Kind kind, String title,
			String description, LocalDate startsOn, LocalDate endsOn, String rulesSha256, String rulesFilename,
			String rulesContentType, Status status, String searchText, String createdBy,
			Set<Participation> participations, List<Prize> prizes, Integer version, Instant createdAt,
			Instant updatedAt) {
		this.id = id;
		this.organiserUnitId = organiserUnitId;
		this.campaignId = campaignId;
		this.activityId = activityId;
		this.kind = kind;
		this.title = title;
		this.description = description;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.rulesSha256 = rulesSha256;
		this.rulesFilename = rulesFilename;
		this.rulesContentType = rulesContentType;
		this.status = status;
		this.searchText = searchText;
		this.createdBy = createdBy;
		this.participations = participations;
		this.prizes = prizes;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Contest announce(ContestDetails details, long activityId, String by, Instant now) {
		Contest contest = new Contest(null, details.organiserUnitId(), details.campaignId(), activityId, null, null,
				null, null, null, null, null, null, Status.OPEN, null, by, Set.of(), List.of(), null, now, now);
		contest.describe(details, now);
		return contest;
	}

	void describe(ContestDetails d, Instant now) {
		this.organiserUnitId = d.organiserUnitId();
		this.kind = d.kind();
		this.title = d.title().trim();
		this.description = d.description() == null || d.description().isBlank() ? null : d.description().trim();
		this.startsOn = d.startsOn();
		this.endsOn = d.endsOn();
		this.searchText = Search.text(title, description);
		this.updatedAt = now;
	}

	void attachRules(String sha256, String filename, String contentType) {
		this.rulesSha256 = sha256;
		this.rulesFilename = filename;
		this.rulesContentType = contentType;
	}

	void count(List<Participation> units, Instant now) {
		this.participations = Set.copyOf(units);
		this.updatedAt = now;
	}

	/** Announces the results: the prizes, and the contest is closed. */
	void announceResults(List<Prize> awarded, Instant now) {
		this.prizes = List.copyOf(awarded);
		this.status = Status.CLOSED;
		this.updatedAt = now;
	}

	public int totalParticipants() {
		return participations.stream().mapToInt(Participation::participants).sum();
	}

	public int totalEntries() {
		return participations.stream().mapToInt(Participation::entries).sum();
	}

	/** The participations by unit id, in unit id order. */
	public List<Participation> participationList() {
		return participations.stream().sorted(Comparator.comparingLong(Participation::unitId)).toList();
	}

	public List<Prize> prizeList() {
		return List.copyOf(prizes);
	}

	Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("organiserUnitId", organiserUnitId);
		fields.put("campaignId", campaignId);
		fields.put("activityId", activityId);
		fields.put("kind", String.valueOf(kind));
		fields.put("title", title);
		fields.put("description", description);
		fields.put("startsOn", String.valueOf(startsOn));
		fields.put("endsOn", String.valueOf(endsOn));
		fields.put("rules", rulesFilename);
		fields.put("status", status.name());
		fields.put("participations", participationList().stream()
			.map(p -> p.unitId() + ":" + p.participants() + "/" + p.entries()).collect(Collectors.joining(", ")));
		fields.put("prizes", prizes.stream().map(p -> p.prize() + ": " + p.winner()).collect(Collectors.joining(", ")));
		return fields;
	}

	public Long getId() { return id; }
	public long getOrganiserUnitId() { return organiserUnitId; }
	public long getCampaignId() { return campaignId; }
	public Long getActivityId() { return activityId; }
	public Kind getKind() { return kind; }
	public String getTitle() { return title; }
	public String getDescription() { return description; }
	public LocalDate getStartsOn() { return startsOn; }
	public LocalDate getEndsOn() { return endsOn; }
	public String getRulesFilename() { return rulesFilename; }
	String getRulesSha256() { return rulesSha256; }
	String getRulesContentType() { return rulesContentType; }
	public Status getStatus() { return status; }
	public String getCreatedBy() { return createdBy; }
	public Integer getVersion() { return version; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
}
