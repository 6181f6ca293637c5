-- The two indexes the activity lists read by date end in unit_id and deleted_at, so that PostgreSQL finds a page's
-- ids in the index alone (an index-only scan checks the unit and that the row is live on the index entry) and reads
-- only the page's rows whole: a province coordinator's first page walked 1,469 rows of the date index and read each
-- from the table to find its 25 (20 ms, 5,300 buffers), a district's merged page read 25 whole rows from each of its
-- 80 units (20 ms); with these 2.4 and 4.6 ms (docs/PERFORMANCE.md, "Seventh pass"). Both are built anew: writes to
-- activity wait for them (17 s for the two at 10,000,000 activities on the project machine).
drop index activity_start_id;
create index activity_start_id on activity (starts_on desc, id desc, unit_id, deleted_at);
drop index activity_unit_start;
create index activity_unit_start on activity (unit_id, starts_on, id, deleted_at);
