package vn.lantoa.recognition;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The contest form of the pages. */
public class ContestForm {

	private Long campaignId;
	private Long organiserUnitId;
	private Long themeId;
	private Contest.Kind kind = Contest.Kind.QUIZ;
	private String title = "";
	private String description = "";
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;
	private Integer version;

	static ContestForm of(Contest c, long themeId) {
		ContestForm form = new ContestForm();
		form.campaignId = c.getCampaignId();
		form.organiserUnitId = c.getOrganiserUnitId();
		form.themeId = themeId;
		form.kind = c.getKind();
		form.title = c.getTitle();
		form.description = c.getDescription() == null ? "" : c.getDescription();
		form.startsOn = c.getStartsOn();
		form.endsOn = c.getEndsOn();
		form.version = c.getVersion();
		return form;
	}

	ContestDetails toDetails() {
		return new ContestDetails(campaignId == null ? 0 : campaignId, organiserUnitId == null ? 0 : organiserUnitId,
				themeId == null ? 0 : themeId, kind, title, description, startsOn, endsOn);
	}

	public Long getCampaignId() { return campaignId; }
	public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
	public Long getOrganiserUnitId() { return organiserUnitId; }
	public void setOrganiserUnitId(Long organiserUnitId) { this.organiserUnitId = organiserUnitId; }
	public Long getThemeId() { return themeId; }
	public void setThemeId(Long themeId) { this.themeId = themeId; }
	public Contest.Kind getKind() { return kind; }
	public void setKind(Contest.Kind kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public LocalDate getStartsOn() { return startsOn; }
	public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
	public LocalDate getEndsOn() { return endsOn; }
	public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}
