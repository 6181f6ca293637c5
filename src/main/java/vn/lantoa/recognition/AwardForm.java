package vn.lantoa.recognition;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The press-award entry form of the pages. */
public class AwardForm {

	private Long unitId;
	private Integer awardYear;
	private String title = "";
	private String authors = "";
	private String outlet = "";
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;
	private String url = "";
	private Integer version;

	static AwardForm of(AwardEntry e) {
		AwardForm form = new AwardForm();
		form.unitId = e.getUnitId();
		form.awardYear = e.getAwardYear();
		form.title = e.getTitle();
		form.authors = e.getAuthors();
		form.outlet = e.getOutlet();
		form.publishedOn = e.getPublishedOn();
		form.url = e.getUrl() == null ? "" : e.getUrl();
		form.version = e.getVersion();
		return form;
	}

	AwardEntryDetails toDetails() {
		return new AwardEntryDetails(unitId == null ? 0 : unitId, awardYear == null ? 0 : awardYear, title, authors,
				outlet, publishedOn, url);
	}

	public Long getUnitId() { return unitId; }
	public void setUnitId(Long unitId) { this.unitId = unitId; }
	public Integer getAwardYear() { return awardYear; }
	public void setAwardYear(Integer awardYear) { this.awardYear = awardYear; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getAuthors() { return authors; }
	public void setAuthors(String authors) { this.authors = authors; }
	public String getOutlet() { return outlet; }
	public void setOutlet(String outlet) { this.outlet = outlet; }
	public LocalDate getPublishedOn() { return publishedOn; }
	public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
	public String getUrl() { return url; }
	public void setUrl(String url) { this.url = url; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}
