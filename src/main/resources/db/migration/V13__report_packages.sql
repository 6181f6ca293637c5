-- A report received from a unit's own Lan Tỏa instance keeps the SHA-256 of its package's manifest, so that
-- importing the same package twice finds the report it made the first time.
alter table report add column package_sha256 varchar(64);
create unique index report_package on report (package_sha256);
