package vn.lantoa.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.Campaigns;
import vn.lantoa.notification.DueItems;

/**
 * The unit reports owed and not yet submitted (not started, draft or returned) whose deadline falls in a window, for
 * the reminders. A report's subject id is {@code campaignId * 1000 + period index}.
 */
@Component
class ReportDeadlines implements DueItems {

	private final Campaigns campaigns;
	private final CampaignPeriods periods;
	private final ReportRegister register;
	private final JdbcClient jdbc;

	ReportDeadlines(Campaigns campaigns, CampaignPeriods periods, ReportRegister register, JdbcClient jdbc) {
		this.campaigns = campaigns;
		this.periods = periods;
		this.register = register;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueItem> openBetween(LocalDate from, LocalDate to) {
		List<Long> roots = jdbc.sql("select id from org_unit where parent_id is null").query(Long.class).list();
		List<DueItem> due = new ArrayList<>();
		for (Campaign campaign : campaigns.findAll()) {
			List<ReportPeriod> terms = periods.of(campaign).stream()
				.filter(t -> !t.deadline().isBefore(from) && !t.deadline().isAfter(to)).toList();
			if (terms.isEmpty()) {
				continue;
			}
			for (long root : roots) {
				for (ReportRegister.Owed owed : register.owed(campaign, terms, root)) {
					if (owed.status().submitted()) {
						continue;
					}
					int index = terms.stream().filter(t -> t.key().equals(owed.periodKey())).findFirst().orElseThrow()
						.index();
					due.add(new DueItem(Kind.REPORT_DUE, campaign.getId() * 1000 + index, owed.unitId(),
							owed.deadline(), "Báo cáo " + owed.periodKey() + " – " + campaign.getTitle(),
							"/reports?campaignId=" + campaign.getId() + "&period=" + owed.periodKey() + "&unitId="
									+ owed.unitId()));
				}
			}
		}
		return due;
	}
}
