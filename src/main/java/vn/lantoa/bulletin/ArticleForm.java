package vn.lantoa.bulletin;

/** The article form of the pages; {@code body} comes from the small editor (HTML) or the bare textarea. */
public class ArticleForm {

	private Long unitId;
	private String title = "";
	private String author = "";
	private String body = "";
	private Integer version;

	static ArticleForm of(Article a) {
		ArticleForm form = new ArticleForm();
		form.unitId = a.getUnitId();
		form.title = a.getTitle();
		form.author = a.getAuthor();
		form.body = a.getSafeBody();
		form.version = a.getVersion();
		return form;
	}

	ArticleDetails toDetails() {
		return new ArticleDetails(unitId == null ? 0 : unitId, title, author, body);
	}

	public Long getUnitId() { return unitId; }
	public void setUnitId(Long unitId) { this.unitId = unitId; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getAuthor() { return author; }
	public void setAuthor(String author) { this.author = author; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}
