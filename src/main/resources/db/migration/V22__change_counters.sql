-- Counters that a write bumps in its own transaction, so that every application node can tell cheaply whether
-- what it computed from those tables earlier is still current (shared/ChangeCounters). "register": the report
-- register's inputs (reports, assignments, the unit tree).

create table change_counter (
    name    varchar(40) primary key,
    changes bigint      not null
);

insert into change_counter (name, changes) values ('register', 0);
