package vn.lantoa.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.lantoa.calendar.WorkingCalendar;
import vn.lantoa.campaign.ReportSchedule.DeadlineRule;
import vn.lantoa.campaign.ReportSchedule.Frequency;
import vn.lantoa.campaign.ReportSchedule.Period;

/**
 * A communication campaign of a unit (usually a Party committee) over a period, with its report schedule. Its
 * themes and channels are numbered rows of their own ({@link CampaignDirectory}), so that activities can refer to
 * them by a stable id. It is never changed once planned and has no setters: {@link CampaignDirectory} shares its
 * instances between page views.
 */
@Table("campaign")
public class Campaign {

	public enum Status {
		ACTIVE, CLOSED
	}

	@Id
	private Long id;
	private Long directiveId;
	private long ownerUnitId;
	private String title;
	private LocalDate startsOn;
	private LocalDate endsOn;
	private String purposes;
	private String requirements;
	private Frequency reportFrequency;
	private DeadlineRule deadlineRule;
	private int deadlineDays;
	private int cutoffDay;
	private Status status;
	@Version
	private Integer version;
	private Instant createdAt;

	@PersistenceCreator
	Campaign(Long id, Long directiveId, long ownerUnitId, String title, LocalDate startsOn, LocalDate endsOn,
			String purposes, String requirements, Frequency reportFrequency, DeadlineRule deadlineRule,
			int deadlineDays, int cutoffDay, Status status, Integer version, Instant createdAt) {
		this.id = id;
		this.directiveId = directiveId;
		this.ownerUnitId = ownerUnitId;
		this.title = title;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.purposes = purposes;
		this.requirements = requirements;
		this.reportFrequency = reportFrequency;
		this.deadlineRule = deadlineRule;
		this.deadlineDays = deadlineDays;
		this.cutoffDay = cutoffDay;
		this.status = status;
		this.version = version;
		this.createdAt = createdAt;
	}

	static Campaign plan(CampaignPlan plan, long ownerUnitId, Instant now) {
		ReportSchedule s = plan.schedule();
		return new Campaign(null, plan.directiveId(), ownerUnitId, plan.title().trim(), plan.startsOn(), plan.endsOn(),
				String.join("\n", plan.purposes()), String.join("\n", plan.requirements()), s.frequency(), s.rule(),
				s.ruleDays(), s.cutoffDay(), Status.ACTIVE, null, now);
	}

	public ReportSchedule schedule() {
		return new ReportSchedule(reportFrequency, deadlineRule, deadlineDays, cutoffDay);
	}

	/**
	 * The reporting periods of the campaign with their data windows and deadlines (moved to working days). Other
	 * modules get them from {@link CampaignDirectory#periods(Campaign)}.
	 */
	public List<Period> periods(WorkingCalendar calendar) {
		return schedule().periods(startsOn, endsOn, calendar);
	}

	public List<String> purposeList() {
		return lines(purposes);
	}

	public List<String> requirementList() {
		return lines(requirements);
	}

	static List<String> lines(String text) {
		return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
	}

	public Long getId() {
		return id;
	}

	public Long getDirectiveId() {
		return directiveId;
	}

	public long getOwnerUnitId() {
		return ownerUnitId;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public Frequency getReportFrequency() {
		return reportFrequency;
	}

	public DeadlineRule getDeadlineRule() {
		return deadlineRule;
	}

	public int getDeadlineDays() {
		return deadlineDays;
	}

	/** The day each month's data close (0: periods are calendar periods); see {@link ReportSchedule}. */
	public int getCutoffDay() {
		return cutoffDay;
	}

	public Status getStatus() {
		return status;
	}

	public Integer getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
