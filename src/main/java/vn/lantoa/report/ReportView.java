package vn.lantoa.report;

import java.time.Instant;
import java.util.List;

import vn.lantoa.campaign.Campaign;

/**
 * A report as its page, its API answer and its exports show it.
 *
 * @param figures the frozen figures once submitted, else the live ones
 * @param sinceSubmission what activities recorded or changed since the last submission add (empty for drafts)
 * @param previous the figures of the period before, with its key (null for the first period)
 * @param consolidation the annex of a consolidated report (null for a unit's own)
 */
public record ReportView(Report report, Campaign campaign, String unitName, String parentName, ReportPeriod period,
		Figures figures, Figures sinceSubmission, String previousKey, Figures previous,
		Consolidation.Result consolidation, List<Event> history, boolean canWrite, boolean canReview) {

	/** One step of the report's history. */
	public record Event(String action, String actor, String comment, Instant at) {
	}
}
