package vn.lantoa.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lantoa.campaign.ReportSchedule.DeadlineRule;
import vn.lantoa.campaign.ReportSchedule.Frequency;
import vn.lantoa.org.UnitKind;

/**
 * The review screen: the parsed structure as the coordinator corrects it, and the campaign's settings. A mutable
 * bean rather than a record because the screen binds growing lists of rows ({@code themes[3].title}); it is also
 * the draft kept as JSON with the directive between visits.
 */
public class ReviewForm {

	/** A content theme (II. Nội dung). */
	public static class ThemeRow {
		private String title = "";
		private String body = "";
		private boolean remove;

		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getBody() { return body; }
		public void setBody(String body) { this.body = body; }
		public boolean isRemove() { return remove; }
		public void setRemove(boolean remove) { this.remove = remove; }
	}

	/** A channel (III. Hình thức): its forms one per line, and the measures it counts. */
	public static class ChannelRow {
		private String title = "";
		private String body = "";
		private String forms = "";
		private List<String> measureCodes = new ArrayList<>();
		private boolean remove;

		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getBody() { return body; }
		public void setBody(String body) { this.body = body; }
		public String getForms() { return forms; }
		public void setForms(String forms) { this.forms = forms; }
		public List<String> getMeasureCodes() { return measureCodes; }
		public void setMeasureCodes(List<String> measureCodes) { this.measureCodes = measureCodes; }
		public boolean isRemove() { return remove; }
		public void setRemove(boolean remove) { this.remove = remove; }
	}

	/**
	 * A responsibility group (IV. Tổ chức thực hiện): its tasks one per line, handed to the chosen units and to
	 * every active unit of the chosen kinds in the coordinator's scope.
	 */
	public static class AssignmentRow {
		private String unitText = "";
		private String tasks = "";
		private List<Long> unitIds = new ArrayList<>();
		private List<UnitKind> kinds = new ArrayList<>();
		private boolean matched;
		private boolean remove;

		public String getUnitText() { return unitText; }
		public void setUnitText(String unitText) { this.unitText = unitText; }
		public String getTasks() { return tasks; }
		public void setTasks(String tasks) { this.tasks = tasks; }
		public List<Long> getUnitIds() { return unitIds; }
		public void setUnitIds(List<Long> unitIds) { this.unitIds = unitIds; }
		public List<UnitKind> getKinds() { return kinds; }
		public void setKinds(List<UnitKind> kinds) { this.kinds = kinds; }
		public boolean isMatched() { return matched; }
		public void setMatched(boolean matched) { this.matched = matched; }
		public boolean isRemove() { return remove; }
		public void setRemove(boolean remove) { this.remove = remove; }
	}

	private String type;
	private String number;
	private String issuer;
	private String place;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;
	private String title;
	private String campaignTitle;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;
	private Frequency frequency = Frequency.QUARTERLY;
	private DeadlineRule deadlineRule = DeadlineRule.DAY_OF_LAST_MONTH;
	private int deadlineDays = 15;
	/** 14 goes with the default rule "by the 15th of the last month" (data to the 14th, Decree 09/2019). */
	private int cutoffDay = 14;
	private String purposes = "";
	private String requirements = "";
	private List<ThemeRow> themes = new ArrayList<>();
	private List<ChannelRow> channels = new ArrayList<>();
	private List<AssignmentRow> assignments = new ArrayList<>();
	private List<String> warnings = new ArrayList<>();

	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getNumber() { return number; }
	public void setNumber(String number) { this.number = number; }
	public String getIssuer() { return issuer; }
	public void setIssuer(String issuer) { this.issuer = issuer; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public LocalDate getIssuedOn() { return issuedOn; }
	public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getCampaignTitle() { return campaignTitle; }
	public void setCampaignTitle(String campaignTitle) { this.campaignTitle = campaignTitle; }
	public LocalDate getStartsOn() { return startsOn; }
	public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
	public LocalDate getEndsOn() { return endsOn; }
	public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
	public LocalDate getDueOn() { return dueOn; }
	public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
	public Frequency getFrequency() { return frequency; }
	public void setFrequency(Frequency frequency) { this.frequency = frequency; }
	public DeadlineRule getDeadlineRule() { return deadlineRule; }
	public void setDeadlineRule(DeadlineRule deadlineRule) { this.deadlineRule = deadlineRule; }
	public int getDeadlineDays() { return deadlineDays; }
	public void setDeadlineDays(int deadlineDays) { this.deadlineDays = deadlineDays; }
	public int getCutoffDay() { return cutoffDay; }
	public void setCutoffDay(int cutoffDay) { this.cutoffDay = cutoffDay; }
	public String getPurposes() { return purposes; }
	public void setPurposes(String purposes) { this.purposes = purposes; }
	public String getRequirements() { return requirements; }
	public void setRequirements(String requirements) { this.requirements = requirements; }
	public List<ThemeRow> getThemes() { return themes; }
	public void setThemes(List<ThemeRow> themes) { this.themes = themes; }
	public List<ChannelRow> getChannels() { return channels; }
	public void setChannels(List<ChannelRow> channels) { this.channels = channels; }
	public List<AssignmentRow> getAssignments() { return assignments; }
	public void setAssignments(List<AssignmentRow> assignments) { this.assignments = assignments; }
	public List<String> getWarnings() { return warnings; }
	public void setWarnings(List<String> warnings) { this.warnings = warnings; }

	/** Drops the rows marked for removal. */
	void dropRemoved() {
		themes.removeIf(ThemeRow::isRemove);
		channels.removeIf(ChannelRow::isRemove);
		assignments.removeIf(AssignmentRow::isRemove);
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
	}
}
