-- A unit's activities newest first (the merged activity list of a small subtree takes each unit's first rows in
-- this order, starts_on desc, id desc): with id in the index a backward scan gives that order and stops after the
-- page. Without it PostgreSQL walked the index of all activities by date for each unit and filtered by unit, a
-- second for a city of 24 units over 200,000 activities (docs/PERFORMANCE.md, "Sixth pass"). Builds the index
-- anew: writes to activity wait for it (5 s at 10,000,000 activities on the project machine).
drop index activity_unit_start;
create index activity_unit_start on activity (unit_id, starts_on, id);
