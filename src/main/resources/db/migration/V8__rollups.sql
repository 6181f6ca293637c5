-- Roll-ups of the activities, kept up to date in the transaction that changes an activity or moves a unit
-- (module rollup). A row sums every live activity of a unit's whole subtree: unit_id is the unit or any
-- ancestor of the activity's unit (one row per ancestor, through org_unit_tree), so that a dashboard of any
-- unit, the root included, reads a handful of rows instead of its subtree's activities.
--
-- reporting_month is the month an activity counts in, as yyyymm (202403).
-- theme_id 0 is the row for all themes: an activity with several themes counts once in each theme's row and
-- once in the theme-0 row, so totals over themes read theme 0 and never count an activity twice.
-- Rows whose figures fell back to zero (after deletions or moves) may stay; they count for nothing, and a
-- rebuild of the campaign removes them.

create table rollup_activity (
    campaign_id      bigint  not null,
    unit_id          bigint  not null,
    reporting_month  integer not null,
    theme_id         bigint  not null,
    channel_id       bigint  not null,
    activities       integer not null,
    primary key (campaign_id, unit_id, reporting_month, theme_id, channel_id)
);

-- Sums of the measures; entries is the number of activities that gave the measure (for averages).
create table rollup_measure (
    campaign_id      bigint         not null,
    unit_id          bigint         not null,
    reporting_month  integer        not null,
    theme_id         bigint         not null,
    channel_id       bigint         not null,
    measure_code     varchar(40)    not null,
    amount           numeric(20, 2) not null,
    entries          integer        not null,
    primary key (campaign_id, unit_id, reporting_month, theme_id, channel_id, measure_code)
);

-- The roll-ups of the activities recorded before this migration, by the reporting month of each activity's
-- first day under its campaign's cut-off day (the same rule as ReportSchedule.reportingMonth).
create view rollup_activity_month as
select a.id as activity_id, a.campaign_id, a.unit_id, a.channel_id,
       cast(case when c.cutoff_day > 0 and extract(day from a.starts_on) > c.cutoff_day
                 then case when extract(month from a.starts_on) = 12 then (extract(year from a.starts_on) + 1) * 100 + 1
                           else extract(year from a.starts_on) * 100 + extract(month from a.starts_on) + 1 end
                 else extract(year from a.starts_on) * 100 + extract(month from a.starts_on) end as integer)
         as reporting_month
from activity a join campaign c on c.id = a.campaign_id
where a.deleted_at is null;

insert into rollup_activity (campaign_id, unit_id, reporting_month, theme_id, channel_id, activities)
select c.campaign_id, t.ancestor_id, c.reporting_month, c.theme_id, c.channel_id, sum(c.activities)
from (select a.campaign_id, a.unit_id, a.reporting_month, x.theme_id, a.channel_id, count(*) as activities
      from rollup_activity_month a join activity_theme x on x.activity_id = a.activity_id
      group by a.campaign_id, a.unit_id, a.reporting_month, x.theme_id, a.channel_id
      union all
      select a.campaign_id, a.unit_id, a.reporting_month, 0, a.channel_id, count(*)
      from rollup_activity_month a
      group by a.campaign_id, a.unit_id, a.reporting_month, a.channel_id) c
join org_unit_tree t on t.unit_id = c.unit_id
group by c.campaign_id, t.ancestor_id, c.reporting_month, c.theme_id, c.channel_id;

insert into rollup_measure (campaign_id, unit_id, reporting_month, theme_id, channel_id, measure_code, amount, entries)
select c.campaign_id, t.ancestor_id, c.reporting_month, c.theme_id, c.channel_id, c.measure_code, sum(c.amount),
       sum(c.entries)
from (select a.campaign_id, a.unit_id, a.reporting_month, x.theme_id, a.channel_id, m.measure_code,
             sum(m.amount) as amount, count(*) as entries
      from rollup_activity_month a join activity_theme x on x.activity_id = a.activity_id
      join activity_measure m on m.activity_id = a.activity_id
      group by a.campaign_id, a.unit_id, a.reporting_month, x.theme_id, a.channel_id, m.measure_code
      union all
      select a.campaign_id, a.unit_id, a.reporting_month, 0, a.channel_id, m.measure_code, sum(m.amount), count(*)
      from rollup_activity_month a join activity_measure m on m.activity_id = a.activity_id
      group by a.campaign_id, a.unit_id, a.reporting_month, a.channel_id, m.measure_code) c
join org_unit_tree t on t.unit_id = c.unit_id
group by c.campaign_id, t.ancestor_id, c.reporting_month, c.theme_id, c.channel_id, c.measure_code;

drop view rollup_activity_month;
