-- The all-channels row of the roll-ups (module rollup): with theme_id 0, channel_id 0 sums every channel, so that
-- a subtree's number of activities per month is one row instead of one per channel. A dashboard's units below (the
-- country's 63 provinces) and the activity list's totals read it; the theme × channel figures leave it out.
-- Only theme 0 has it, and rollup_measure has none. Channel ids start at 1.
insert into rollup_activity (campaign_id, unit_id, reporting_month, theme_id, channel_id, activities)
select campaign_id, unit_id, reporting_month, 0, 0, sum(activities)
from rollup_activity
where theme_id = 0 and channel_id <> 0
group by campaign_id, unit_id, reporting_month;
