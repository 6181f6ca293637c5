-- What a later migration may do to the activity table, partitioned or not (ActivityPartitionsIntegrationTests):
-- a new column, an index, a column default. A foreign key to activity (id) it may not: a partitioned activity has
-- no unique key on id alone (docs/SCALING.md).
alter table activity add column reviewed_by varchar(60);
alter table activity alter column reviewed_by set default 'none';
create index activity_reviewed_by on activity (reviewed_by);
create table activity_review (
    activity_id  bigint      not null,
    reviewer     varchar(60) not null,
    primary key (activity_id, reviewer)
);
