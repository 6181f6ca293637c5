package vn.lantoa.rollup;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.lantoa.activity.ActivityDeleted;
import vn.lantoa.activity.ActivityEdited;
import vn.lantoa.activity.ActivityFigures;
import vn.lantoa.activity.ActivityRecorded;
import vn.lantoa.activity.ActivityRestored;
import vn.lantoa.org.UnitMoved;

/**
 * Keeps the roll-ups exact: listens to the activity and unit events synchronously, inside the transaction that
 * publishes them, so a change and its roll-up commit or fail together (an asynchronous listener would leave the
 * figures behind, or wrong after a crash, until a rebuild).
 */
@Component
class RollupMaintenance {

	private final CellWrites writes;
	private final CampaignSchedules schedules;

	RollupMaintenance(CellWrites writes, CampaignSchedules schedules) {
		this.writes = writes;
		this.schedules = schedules;
	}

	@EventListener
	void on(ActivityRecorded event) {
		count(event.figures(), 1);
	}

	@EventListener
	void on(ActivityEdited event) {
		long campaign = event.after().campaignId();
		writes.apply(new CellChanges(campaign, schedules.of(campaign)).add(event.before(), -1)
			.add(event.after(), 1));
	}

	@EventListener
	void on(ActivityDeleted event) {
		count(event.figures(), -1);
	}

	@EventListener
	void on(ActivityRestored event) {
		count(event.figures(), 1);
	}

	@EventListener
	void on(UnitMoved event) {
		writes.moved(event.unitId(), event.fromParentId(), event.toParentId());
	}

	private void count(ActivityFigures figures, int sign) {
		writes.apply(new CellChanges(figures.campaignId(), schedules.of(figures.campaignId())).add(figures, sign));
	}
}
