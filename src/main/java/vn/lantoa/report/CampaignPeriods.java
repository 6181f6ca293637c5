package vn.lantoa.report;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.campaign.ReportSchedule.Period;

/**
 * The reporting periods of a campaign as this module sees them: key, the dates whose activities count (the data
 * window of the schedule's cut-off day), deadline on a working day.
 */
@Component
class CampaignPeriods {

	private final CampaignDirectory campaigns;

	CampaignPeriods(CampaignDirectory campaigns) {
		this.campaigns = campaigns;
	}

	List<ReportPeriod> of(Campaign campaign) {
		List<Period> periods = campaigns.periods(campaign);
		java.util.ArrayList<ReportPeriod> terms = new java.util.ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			Period p = periods.get(i);
			terms.add(new ReportPeriod(p.key(), i, p.start(), p.end(), p.windowStart(), p.windowEnd(), p.deadline()));
		}
		return terms;
	}

	/** The period with this key, or a 404 refusal. */
	ReportPeriod find(Campaign campaign, String key) {
		return of(campaign).stream().filter(t -> t.key().equals(key)).findFirst()
			.orElseThrow(() -> new ReportRefused(404, "report.error.period", key));
	}

	/** The period before, if any. */
	java.util.Optional<ReportPeriod> previous(Campaign campaign, ReportPeriod term) {
		return term.index() == 0 ? java.util.Optional.empty()
				: java.util.Optional.of(of(campaign).get(term.index() - 1));
	}
}
