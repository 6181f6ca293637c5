package vn.lantoa.report;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.lantoa.campaign.Campaign;

/**
 * Who owes which report, written once in SQL for every statement that lists or counts owed reports
 * ({@link ReportTally}, {@link ReportDeadlines}, {@link OwedReports}); {@link ReportRegister} applies the same rule
 * in Java, and tests hold the two together. A unit owes a period when it had been assigned work in the campaign and
 * existed by the period's end (what came with the plan, i.e. within a minute of the campaign's creation, counts from
 * the campaign's start) and had not closed before the period's last day; a unit that submitted a report although it
 * no longer owed still counts, so no rate exceeds 100%.
 *
 * <p>{@link #with()} is a {@code with} clause that ends with the relation {@code owed}: one row per report owed,
 * with {@code unit_id, code, name, sort_key} of the unit, {@code period_key, period_index}, and
 * {@code report_id, status, first_submitted_at, on_time} (null when nobody has opened the report). PostgreSQL inlines
 * both parts and drops the columns a statement does not read. {@code units} is a condition on {@code a.unit_id}
 * (the assignment's unit) choosing the units; its own parameters are the caller's to add.
 *
 * @param with the clause, to be followed by a statement that reads {@code owed}
 * @param params its parameters: campaign, planned, and per period k<i>i</i>, i<i>i</i>, b<i>i</i>, s<i>i</i>
 */
record OwedSql(String with, Map<String, Object> params) {

	static OwedSql of(Campaign campaign, List<ReportPeriod> terms, String units) {
		Map<String, Object> params = new HashMap<>();
		params.put("campaign", campaign.getId());
		params.put("planned", Timestamp.from(campaign.getCreatedAt().plusSeconds(60)));
		List<String> values = new ArrayList<>();
		for (int i = 0; i < terms.size(); i++) {
			ReportPeriod t = terms.get(i);
			params.put("k" + i, t.key());
			params.put("i" + i, t.index());
			params.put("b" + i, Timestamp.from(t.end().plusDays(1).atStartOfDay(Report.ZONE).toInstant()));
			params.put("s" + i, Timestamp.from(t.end().atStartOfDay(Report.ZONE).toInstant()));
			values.add(i == 0 ? "(cast(:k0 as varchar(10)), cast(:i0 as integer), cast(:b0 as timestamp), "
					+ "cast(:s0 as timestamp))" : "(:k%1$d, :i%1$d, :b%1$d, :s%1$d)".formatted(i));
		}
		String with = """
				with owing as (
				  select g.unit_id, g.assigned_at, u.created_at, u.closed_at, u.code, u.name, u.sort_key
				  from (select a.unit_id, min(a.created_at) as assigned_at from assignment a
				        where a.campaign_id = :campaign and (%s) group by a.unit_id) g
				  join org_unit u on u.id = g.unit_id),
				owed as (
				  select o.unit_id, o.code, o.name, o.sort_key, p.period_key, p.period_index, r.id as report_id,
				         r.status, r.first_submitted_at, r.on_time
				  from owing o
				  cross join (values %s) p (period_key, period_index, ends_before, ends_from)
				  left join report r on r.unit_id = o.unit_id and r.campaign_id = :campaign
				    and r.period_key = p.period_key and r.consolidated = false
				  where ((o.assigned_at <= :planned or o.assigned_at < p.ends_before)
				         and (o.created_at <= :planned or o.created_at < p.ends_before)
				         and (o.closed_at is null or o.closed_at >= p.ends_from))
				     or r.status in ('SUBMITTED', 'APPROVED'))
				""".formatted(units, String.join(", ", values));
		return new OwedSql(with, params);
	}

	/** The parameters with the caller's own added. */
	Map<String, Object> params(Map<String, Object> more) {
		Map<String, Object> all = new HashMap<>(params);
		all.putAll(more);
		return all;
	}
}
