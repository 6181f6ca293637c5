package vn.lantoa.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.lantoa.shared.VietnameseText;

/**
 * A communication activity of a unit in a campaign: one channel, one or more themes, a date or date range, the
 * channel's measures and links. Deleting keeps it (marked deleted, restorable by a coordinator) and takes it out of
 * every list and figure.
 */
@Table("activity")
public class Activity {

	@Table("activity_theme")
	record ThemeRef(long themeId) {
	}

	@Table("activity_measure")
	record MeasureValue(String measureCode, BigDecimal amount) {
	}

	@Table("activity_link")
	record Link(String url) {
	}

	@Id
	private Long id;
	private long campaignId;
	private long unitId;
	private long channelId;
	private LocalDate startsOn;
	private LocalDate endsOn;
	private String title;
	private String description;
	private String place;
	private String searchText;
	private String recordedBy;
	private Instant deletedAt;
	private String deletedBy;
	@MappedCollection(idColumn = "activity_id")
	private Set<ThemeRef> themes;
	@MappedCollection(idColumn = "activity_id")
	private Set<MeasureValue> measures;
	@MappedCollection(idColumn = "activity_id", keyColumn = "position")
	private List<Link> links;
	@Version
	private Integer version;
	private Instant createdAt;
	private Instant updatedAt;

	@PersistenceCreator
	Activity(Long id, long campaignId, long unitId, long channelId, LocalDate startsOn, LocalDate endsOn, String title,
			String description, String place, String searchText, String recordedBy, Instant deletedAt,
			String deletedBy, Set<ThemeRef> themes, Set<MeasureValue> measures, List<Link> links, Integer version,
			Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.campaignId = campaignId;
		this.unitId = unitId;
		this.channelId = channelId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.title = title;
		this.description = description;
		this.place = place;
		this.searchText = searchText;
		this.recordedBy = recordedBy;
		this.deletedAt = deletedAt;
		this.deletedBy = deletedBy;
		this.themes = themes;
		this.measures = measures;
		this.links = links;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Activity record(ActivityDetails details, String by, Instant now) {
		Activity activity = new Activity(null, details.campaignId(), details.unitId(), 0, null, null, null, null, null,
				null, by, null, null, Set.of(), Set.of(), List.of(), null, now, now);
		activity.describe(details, now);
		return activity;
	}

	/** Sets what the activity was; the caller has checked the details against the campaign. */
	void describe(ActivityDetails d, Instant now) {
		requireLive();
		this.unitId = d.unitId();
		this.channelId = d.channelId();
		this.startsOn = d.startsOn();
		this.endsOn = d.endsOn() == null ? d.startsOn() : d.endsOn();
		this.title = d.title().trim();
		this.description = blankToNull(d.description());
		this.place = blankToNull(d.place());
		this.themes = d.themeIds().stream().map(ThemeRef::new).collect(Collectors.toSet());
		this.measures = d.measures().entrySet().stream().filter(e -> e.getValue() != null)
			.map(e -> new MeasureValue(e.getKey(), e.getValue())).collect(Collectors.toSet());
		this.links = d.links().stream().map(String::trim).filter(l -> !l.isEmpty()).map(Link::new).toList();
		String text = VietnameseText.fold(String.join(" ", title, nullToEmpty(description), nullToEmpty(place)));
		this.searchText = text.length() > 6000 ? text.substring(0, 6000) : text;
		this.updatedAt = now;
	}

	/** Takes the key and first version of the row that {@link ActivityInsert} wrote. */
	void inserted(long id) {
		this.id = id;
		this.version = 0;
	}

	void delete(String by, Instant now) {
		requireLive();
		this.deletedAt = now;
		this.deletedBy = by;
		this.updatedAt = now;
	}

	void restore(Instant now) {
		if (deletedAt == null) {
			throw new ActivityRefused(409, "activity.error.notDeleted");
		}
		this.deletedAt = null;
		this.deletedBy = null;
		this.updatedAt = now;
	}

	private void requireLive() {
		if (deletedAt != null) {
			throw new ActivityRefused(409, "activity.error.deleted");
		}
	}

	/** What the activity adds to its campaign's figures while it is live. */
	ActivityFigures figures() {
		Map<String, BigDecimal> amounts = new TreeMap<>();
		measures.forEach(m -> amounts.put(m.measureCode(), m.amount()));
		return new ActivityFigures(campaignId, unitId, channelId, startsOn, themeIds(), amounts);
	}

	/** The fields an audit record and a conflict message show. */
	Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("unitId", unitId);
		fields.put("channelId", channelId);
		fields.put("themeIds", themeIds().toString());
		fields.put("startsOn", String.valueOf(startsOn));
		fields.put("endsOn", String.valueOf(endsOn));
		fields.put("title", title);
		fields.put("description", description);
		fields.put("place", place);
		fields.put("measures", measureMap().toString());
		fields.put("links", linkList().toString());
		fields.put("deleted", deletedAt != null);
		return fields;
	}

	public List<Long> themeIds() {
		return themes.stream().map(ThemeRef::themeId).sorted().toList();
	}

	/** The measures by code, in code order. */
	public Map<String, BigDecimal> measureMap() {
		Map<String, BigDecimal> map = new TreeMap<>();
		measures.forEach(m -> map.put(m.measureCode(), plain(m.amount())));
		return map;
	}

	/** The amount without trailing zeros and without an exponent: 180.00 is 180, 2.50 is 2.5. */
	static BigDecimal plain(BigDecimal amount) {
		BigDecimal stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	public List<String> linkList() {
		return links.stream().map(Link::url).toList();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	public Long getId() { return id; }
	public long getCampaignId() { return campaignId; }
	public long getUnitId() { return unitId; }
	public long getChannelId() { return channelId; }
	public LocalDate getStartsOn() { return startsOn; }
	public LocalDate getEndsOn() { return endsOn; }
	public String getTitle() { return title; }
	public String getDescription() { return description; }
	public String getPlace() { return place; }
	public String getRecordedBy() { return recordedBy; }
	String getSearchText() { return searchText; }
	public Instant getDeletedAt() { return deletedAt; }
	public boolean isDeleted() { return deletedAt != null; }
	public Integer getVersion() { return version; }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
}
