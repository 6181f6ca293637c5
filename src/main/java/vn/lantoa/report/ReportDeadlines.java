package vn.lantoa.report;

import java.sql.Timestamp;
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
 * statement per campaign with a deadline in the window, with {@link ReportRegister}'s rule of who owes a period as
 * {@link ReportTally} writes it in SQL: assigned work in the campaign and existing by the period's end (what came
 * with the plan counts from the campaign's start), and not closed before it. Every unit lies in the subtree of its
 * root, so the whole tree is every unit the campaign assigned work to.
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
		Map<String, Object> params = new HashMap<>();
		params.put("campaign", campaign.getId());
		params.put("planned", Timestamp.from(campaign.getCreatedAt().plusSeconds(60)));
		List<String> values = new ArrayList<>();
		for (int i = 0; i < terms.size(); i++) {
			ReportPeriod t = terms.get(i);
			byKey.put(t.key(), t);
			params.put("k" + i, t.key());
			params.put("b" + i, Timestamp.from(t.end().plusDays(1).atStartOfDay(Report.ZONE).toInstant()));
			params.put("s" + i, Timestamp.from(t.end().atStartOfDay(Report.ZONE).toInstant()));
			values.add(i == 0 ? "(cast(:k0 as varchar(10)), cast(:b0 as timestamp), cast(:s0 as timestamp))"
					: "(:k%1$d, :b%1$d, :s%1$d)".formatted(i));
		}
		return jdbc.sql("""
				with owing as (
				  select a.unit_id, min(a.created_at) as assigned_at, u.created_at, u.closed_at
				  from assignment a join org_unit u on u.id = a.unit_id
				  where a.campaign_id = :campaign
				  group by a.unit_id, u.created_at, u.closed_at)
				select p.period_key, o.unit_id
				from owing o
				cross join (values %s) p (period_key, ends_before, ends_from)
				left join report r on r.unit_id = o.unit_id and r.campaign_id = :campaign
				  and r.period_key = p.period_key and r.consolidated = false
				where (o.assigned_at <= :planned or o.assigned_at < p.ends_before)
				  and (o.created_at <= :planned or o.created_at < p.ends_before)
				  and (o.closed_at is null or o.closed_at >= p.ends_from)
				  and (r.status is null or r.status not in ('SUBMITTED', 'APPROVED'))
				order by p.period_key, o.unit_id""".formatted(String.join(", ", values)))
			.params(params)
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
