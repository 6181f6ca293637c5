package vn.lantoa.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The tasks a campaign hands to one unit, with a due date. Its status follows government task tracking: completed
 * on time, completed late, in progress within the deadline, overdue.
 */
@Table("assignment")
public class Assignment {

	public enum Status {
		COMPLETED_ON_TIME, COMPLETED_LATE, IN_PROGRESS, OVERDUE
	}

	@Id
	private Long id;
	private long campaignId;
	private long unitId;
	private String groupTitle;
	private String tasks;
	private LocalDate dueOn;
	private LocalDate completedOn;
	@Version
	private Integer version;
	private Instant createdAt;

	@PersistenceCreator
	Assignment(Long id, long campaignId, long unitId, String groupTitle, String tasks, LocalDate dueOn,
			LocalDate completedOn, Integer version, Instant createdAt) {
		this.id = id;
		this.campaignId = campaignId;
		this.unitId = unitId;
		this.groupTitle = groupTitle;
		this.tasks = tasks;
		this.dueOn = dueOn;
		this.completedOn = completedOn;
		this.version = version;
		this.createdAt = createdAt;
	}

	static Assignment hand(long campaignId, long unitId, String groupTitle, List<String> tasks, LocalDate dueOn,
			Instant now) {
		return new Assignment(null, campaignId, unitId, groupTitle, String.join("\n", tasks), dueOn, null, null, now);
	}

	/** The status on a given day: a task not completed by the end of its due day is overdue. */
	public Status statusOn(LocalDate today) {
		if (completedOn != null) {
			return completedOn.isAfter(dueOn) ? Status.COMPLETED_LATE : Status.COMPLETED_ON_TIME;
		}
		return today.isAfter(dueOn) ? Status.OVERDUE : Status.IN_PROGRESS;
	}

	void complete(LocalDate on) {
		if (completedOn != null) {
			throw new AssignmentRefused("assignment.error.alreadyCompleted");
		}
		this.completedOn = on;
	}

	void reopen() {
		if (completedOn == null) {
			throw new AssignmentRefused("assignment.error.notCompleted");
		}
		this.completedOn = null;
	}

	public List<String> taskList() {
		return Campaign.lines(tasks);
	}

	public Long getId() {
		return id;
	}

	public long getCampaignId() {
		return campaignId;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getGroupTitle() {
		return groupTitle;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public LocalDate getCompletedOn() {
		return completedOn;
	}

	public Integer getVersion() {
		return version;
	}
}
