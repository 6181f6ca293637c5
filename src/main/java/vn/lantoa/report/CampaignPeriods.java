package vn.lantoa.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.ReportSchedule.Period;

/** The reporting periods of a campaign as this module sees them: key, dates counted, deadline. */
@Component
class CampaignPeriods {

	List<ReportPeriod> of(Campaign campaign) {
		List<Period> periods = campaign.periods();
		java.util.ArrayList<ReportPeriod> terms = new java.util.ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			Period p = periods.get(i);
			terms.add(new ReportPeriod(key(p, campaign.getReportFrequency()), i, p.start(), p.end(), p.start(), p.end(),
					p.deadline()));
		}
		return terms;
	}

	/** The key as the API writes it: 2024Q1, 2024M03, 2024S1, 2024. */
	static String key(Period p, vn.lantoa.campaign.ReportSchedule.Frequency frequency) {
		return switch (frequency) {
			case MONTHLY -> "%dM%02d".formatted(p.year(), p.number());
			case QUARTERLY -> "%dQ%d".formatted(p.year(), p.number());
			case SEMIANNUAL -> "%dS%d".formatted(p.year(), p.number());
			case YEARLY -> String.valueOf(p.year());
		};
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
