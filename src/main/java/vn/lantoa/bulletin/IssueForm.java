package vn.lantoa.bulletin;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The bulletin issue form of the pages. */
public class IssueForm {

	private Long ownerUnitId;
	private Integer number;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;
	private String title = "";
	private Integer version;

	IssueDetails toDetails() {
		return new IssueDetails(ownerUnitId == null ? 0 : ownerUnitId, number == null ? 0 : number, issuedOn, title);
	}

	public Long getOwnerUnitId() { return ownerUnitId; }
	public void setOwnerUnitId(Long ownerUnitId) { this.ownerUnitId = ownerUnitId; }
	public Integer getNumber() { return number; }
	public void setNumber(Integer number) { this.number = number; }
	public LocalDate getIssuedOn() { return issuedOn; }
	public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}
