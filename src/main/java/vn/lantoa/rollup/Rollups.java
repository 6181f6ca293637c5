package vn.lantoa.rollup;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lantoa.audit.AuditTrail;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignDirectory;
import vn.lantoa.shared.Actor;
import vn.lantoa.shared.ChangeCounters;
import vn.lantoa.shared.Databases;
import vn.lantoa.shared.OutOfScope;
import vn.lantoa.shared.Role;

/**
 * Rebuilds a campaign's roll-ups from its live activities, in set-based SQL: an administrator's repair (after data
 * was loaded around the application, for instance) and the reference the tests compare the incremental roll-ups
 * with. Activities are summed per unit first, then spread to the ancestors, which keeps the join small.
 */
@Service
public class Rollups {

	private final JdbcClient jdbc;
	private final CampaignDirectory campaigns;
	private final AuditTrail audit;
	private final CampaignSchedules schedules;
	private final ChangeCounters counters;
	private final boolean postgres;

	Rollups(JdbcClient jdbc, CampaignDirectory campaigns, AuditTrail audit, CampaignSchedules schedules,
			ChangeCounters counters, DataSource dataSource) {
		this.schedules = schedules;
		this.counters = counters;
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.audit = audit;
		this.postgres = Databases.postgres(dataSource);
	}

	/** The administrator's rebuild of a campaign that concerns them, audited. */
	@Transactional
	public void rebuild(Actor actor, long campaignId) {
		if (!actor.is(Role.ADMIN) || !actor.writeAccess()) {
			throw new OutOfScope();
		}
		Campaign campaign = campaigns.get(actor, campaignId);
		rebuild(campaignId);
		audit.record("Campaign", campaignId, "ROLLUP_REBUILD", Map.of(), Map.of(), campaign.getOwnerUnitId());
	}

	/**
	 * Recomputes the campaign's roll-ups. On PostgreSQL the roll-up tables are locked against writers for the
	 * duration, so that no activity changed meanwhile is counted twice or lost. The figures kept from the roll-ups
	 * (see {@link RollupQueries}) are all read again after it.
	 */
	@Transactional
	public void rebuild(long campaignId) {
		if (postgres) {
			jdbc.sql("lock table rollup_activity, rollup_measure in share row exclusive mode").update();
		}
		counters.bump(ChangeCounters.ROLLUPS);
		jdbc.sql("delete from rollup_activity where campaign_id = ?").param(campaignId).update();
		jdbc.sql("delete from rollup_measure where campaign_id = ?").param(campaignId).update();
		String month = schedules.of(campaignId).sql("a.starts_on");
		jdbc.sql("""
				insert into rollup_activity (campaign_id, unit_id, reporting_month, theme_id, channel_id, activities)
				select cast(? as bigint), t.ancestor_id, c.reporting_month, c.theme_id, c.channel_id, sum(c.activities)
				from (select a.unit_id, %1$s as reporting_month, x.theme_id, a.channel_id, count(*) as activities
				      from activity a join activity_theme x on x.activity_id = a.id
				      where a.campaign_id = ? and a.deleted_at is null
				      group by a.unit_id, %1$s, x.theme_id, a.channel_id
				      union all
				      select a.unit_id, %1$s, 0, a.channel_id, count(*)
				      from activity a
				      where a.campaign_id = ? and a.deleted_at is null
				      group by a.unit_id, %1$s, a.channel_id
				      union all
				      select a.unit_id, %1$s, 0, 0, count(*)
				      from activity a
				      where a.campaign_id = ? and a.deleted_at is null
				      group by a.unit_id, %1$s) c
				join org_unit_tree t on t.unit_id = c.unit_id
				group by t.ancestor_id, c.reporting_month, c.theme_id, c.channel_id""".formatted(month))
			.params(campaignId, campaignId, campaignId, campaignId).update();
		jdbc.sql("""
				insert into rollup_measure (campaign_id, unit_id, reporting_month, theme_id, channel_id, measure_code,
				                            amount, entries)
				select cast(? as bigint), t.ancestor_id, c.reporting_month, c.theme_id, c.channel_id, c.measure_code, sum(c.amount),
				       sum(c.entries)
				from (select a.unit_id, %1$s as reporting_month, x.theme_id, a.channel_id, m.measure_code,
				             sum(m.amount) as amount, count(*) as entries
				      from activity a join activity_theme x on x.activity_id = a.id
				      join activity_measure m on m.activity_id = a.id
				      where a.campaign_id = ? and a.deleted_at is null
				      group by a.unit_id, %1$s, x.theme_id, a.channel_id, m.measure_code
				      union all
				      select a.unit_id, %1$s, 0, a.channel_id, m.measure_code, sum(m.amount), count(*)
				      from activity a join activity_measure m on m.activity_id = a.id
				      where a.campaign_id = ? and a.deleted_at is null
				      group by a.unit_id, %1$s, a.channel_id, m.measure_code) c
				join org_unit_tree t on t.unit_id = c.unit_id
				group by t.ancestor_id, c.reporting_month, c.theme_id, c.channel_id, c.measure_code""".formatted(month))
			.params(campaignId, campaignId, campaignId).update();
	}
}
