package vn.lantoa.rollup;

import org.springframework.context.ApplicationContext;

import vn.lantoa.activity.ActivityFigures;

/** For the load benchmark: the roll-up writes of one activity's figures, through the application's own statements. */
public final class RollupLoad {

	private RollupLoad() {
	}

	/** Counts the figures in ({@code sign} +1) or out (−1) of every ancestor's roll-up rows, in the caller's transaction. */
	public static void count(ApplicationContext context, ActivityFigures figures, int sign) {
		CampaignSchedules schedules = context.getBean(CampaignSchedules.class);
		context.getBean(CellWrites.class)
			.apply(new CellChanges(figures.campaignId(), schedules.of(figures.campaignId())).add(figures, sign));
	}
}
