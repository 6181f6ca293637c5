package vn.lantoa.recognition;

import java.util.List;

/** The exemplary model form of the pages. */
public class ModelForm {

	private Long campaignId;
	private Long unitId;
	private ExemplaryModel.Kind kind = ExemplaryModel.Kind.MODEL;
	private ExemplaryModel.Field field = ExemplaryModel.Field.PARTY_BUILDING;
	private String title = "";
	private String description = "";
	private String links = "";
	private Integer version;
	private boolean confirmNotDuplicate;

	static ModelForm of(ExemplaryModel m) {
		ModelForm form = new ModelForm();
		form.campaignId = m.getCampaignId();
		form.unitId = m.getUnitId();
		form.kind = m.getKind();
		form.field = m.getField();
		form.title = m.getTitle();
		form.description = m.getDescription() == null ? "" : m.getDescription();
		form.links = String.join("\n", m.linkList());
		form.version = m.getVersion();
		return form;
	}

	ModelDetails toDetails() {
		return new ModelDetails(campaignId, unitId == null ? 0 : unitId, kind, field, title, description,
				links == null ? List.of() : links.lines().toList());
	}

	public Long getCampaignId() { return campaignId; }
	public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
	public Long getUnitId() { return unitId; }
	public void setUnitId(Long unitId) { this.unitId = unitId; }
	public ExemplaryModel.Kind getKind() { return kind; }
	public void setKind(ExemplaryModel.Kind kind) { this.kind = kind; }
	public ExemplaryModel.Field getField() { return field; }
	public void setField(ExemplaryModel.Field field) { this.field = field; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getLinks() { return links; }
	public void setLinks(String links) { this.links = links; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
	public boolean isConfirmNotDuplicate() { return confirmNotDuplicate; }
	public void setConfirmNotDuplicate(boolean confirm) { this.confirmNotDuplicate = confirm; }
}
