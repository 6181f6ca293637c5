-- The last period of a campaign counts every day to the campaign's end (ReportSchedule.reportingMonth(date, end)),
-- so with a cut-off day the activities after the last cut-off belong to the campaign's last month, not to the
-- month after it, as V8 and the roll-ups before this version had them. Moves such rows into the last month.

create table rollup_activity_last as
select r.campaign_id, r.unit_id, c.last_month as reporting_month, r.theme_id, r.channel_id,
       sum(r.activities) as activities
from rollup_activity r
join (select id, cast(extract(year from ends_on) * 100 + extract(month from ends_on) as integer) as last_month
      from campaign) c on c.id = r.campaign_id
where r.reporting_month >= c.last_month
group by r.campaign_id, r.unit_id, c.last_month, r.theme_id, r.channel_id;

delete from rollup_activity
where reporting_month >= (select cast(extract(year from c.ends_on) * 100 + extract(month from c.ends_on) as integer)
                          from campaign c where c.id = rollup_activity.campaign_id);

insert into rollup_activity (campaign_id, unit_id, reporting_month, theme_id, channel_id, activities)
select campaign_id, unit_id, reporting_month, theme_id, channel_id, activities from rollup_activity_last;

drop table rollup_activity_last;

create table rollup_measure_last as
select r.campaign_id, r.unit_id, c.last_month as reporting_month, r.theme_id, r.channel_id, r.measure_code,
       sum(r.amount) as amount, sum(r.entries) as entries
from rollup_measure r
join (select id, cast(extract(year from ends_on) * 100 + extract(month from ends_on) as integer) as last_month
      from campaign) c on c.id = r.campaign_id
where r.reporting_month >= c.last_month
group by r.campaign_id, r.unit_id, c.last_month, r.theme_id, r.channel_id, r.measure_code;

delete from rollup_measure
where reporting_month >= (select cast(extract(year from c.ends_on) * 100 + extract(month from c.ends_on) as integer)
                          from campaign c where c.id = rollup_measure.campaign_id);

insert into rollup_measure (campaign_id, unit_id, reporting_month, theme_id, channel_id, measure_code, amount,
                            entries)
select campaign_id, unit_id, reporting_month, theme_id, channel_id, measure_code, amount, entries
from rollup_measure_last;

drop table rollup_measure_last;
