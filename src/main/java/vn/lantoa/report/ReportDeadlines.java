package vn.lantoa.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.Campaigns;
import vn.lantoa.notification.DueItems;

/**
 * The unit reports owed and not yet submitted (not started, draft or returned) whose deadline falls in a window, for
 * the reminders. A report's subject id is {@code campaignId * 1000 + period index}. Listed by the database, one
 * statement per campaign with a deadline in the window, with the rule of who owes a period of {@link OwedSql}. Every
 * unit lies in the subtree of its root, so the whole tree is every unit the campaign assigned work to.
 */
@Component
class ReportDeadlines implements DueItems {

	private final Campaigns campaigns;
	private final CampaignPeriods periods;
	private final JdbcClient jdbc;

	ReportDeadlines(Campaigns campaigns, CampaignPeriods periods, JdbcClient jdbc) {
		this.campaigns = campaigns;
		this.periods = periods;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueItem> openBetween(LocalDate from, LocalDate to) {
		List<DueItem> due = new ArrayList<>();
		for (Campaign campaign : campaigns.findAll()) {
			List<ReportPeriod> terms = periods.of(campaign).stream()
				.filter(t -> !t.deadline().isBefore(from) && !t.deadline().isAfter(to)).toList();
			if (!terms.isEmpty()) {
				due.addAll(open(campaign, terms));
			}
		}
		return due;
	}

	/** The reports of the periods owed and not submitted, by period then unit id. */
	private List<DueItem> open(Campaign campaign, List<ReportPeriod> terms) {
		Map<String, ReportPeriod> byKey = new HashMap<>();
		terms.forEach(t -> byKey.put(t.key(), t));
		OwedSql owed = OwedSql.of(campaign, terms, "true");
		return jdbc.sql(owed.with() + """
				select o.period_key, o.unit_id
				from owed o
				where o.status is null or o.status not in ('SUBMITTED', 'APPROVED')
				order by o.period_key, o.unit_id""")
			.params(owed.params())
			.query((rs, n) -> {
				ReportPeriod term = byKey.get(rs.getString(1));
				long unit = rs.getLong(2);
				return new DueItem(Kind.REPORT_DUE, campaign.getId() * 1000 + term.index(), unit, term.deadline(),
						"Báo cáo " + term.key() + " – " + campaign.getTitle(),
						"/reports?campaignId=" + campaign.getId() + "&period=" + term.key() + "&unitId=" + unit);
			})
			.list();
	}
}
