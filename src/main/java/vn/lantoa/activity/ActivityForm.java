package vn.lantoa.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The activity form of the pages. A bean rather than a record because it binds a map of measure inputs
 * ({@code measures[views]}) and a list of themes; the API takes {@link ActivityJson} instead.
 */
public class ActivityForm {

	private Long campaignId;
	private Long unitId;
	private List<Long> themeIds = new ArrayList<>();
	private Long channelId;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;
	private String title = "";
	private String description = "";
	private String place = "";
	private Map<String, BigDecimal> measures = new LinkedHashMap<>();
	private String links = "";
	private Integer version;

	static ActivityForm of(Activity a) {
		ActivityForm form = new ActivityForm();
		form.campaignId = a.getCampaignId();
		form.unitId = a.getUnitId();
		form.themeIds = new ArrayList<>(a.themeIds());
		form.channelId = a.getChannelId();
		form.startsOn = a.getStartsOn();
		form.endsOn = a.getEndsOn();
		form.title = a.getTitle();
		form.description = a.getDescription() == null ? "" : a.getDescription();
		form.place = a.getPlace() == null ? "" : a.getPlace();
		form.measures = new LinkedHashMap<>(a.measureMap());
		form.links = String.join("\n", a.linkList());
		form.version = a.getVersion();
		return form;
	}

	ActivityDetails toDetails() {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		measures.forEach((code, amount) -> {
			if (amount != null) {
				values.put(code, amount);
			}
		});
		return new ActivityDetails(campaignId == null ? 0 : campaignId, unitId == null ? 0 : unitId, themeIds,
				channelId == null ? 0 : channelId, startsOn, endsOn, title, description, place, values,
				links == null ? List.of() : links.lines().map(String::trim).filter(l -> !l.isEmpty()).toList());
	}

	public Long getCampaignId() { return campaignId; }
	public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
	public Long getUnitId() { return unitId; }
	public void setUnitId(Long unitId) { this.unitId = unitId; }
	public List<Long> getThemeIds() { return themeIds; }
	public void setThemeIds(List<Long> themeIds) { this.themeIds = themeIds == null ? new ArrayList<>() : themeIds; }
	public Long getChannelId() { return channelId; }
	public void setChannelId(Long channelId) { this.channelId = channelId; }
	public LocalDate getStartsOn() { return startsOn; }
	public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
	public LocalDate getEndsOn() { return endsOn; }
	public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public Map<String, BigDecimal> getMeasures() { return measures; }
	public void setMeasures(Map<String, BigDecimal> measures) { this.measures = measures; }
	public String getLinks() { return links; }
	public void setLinks(String links) { this.links = links; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}
