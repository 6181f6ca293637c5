-- Days off and make-up working days added by admins over the built-in statutory days; report windows with a
-- cut-off day. "day" is quoted: DAY is a keyword in H2.

create table calendar_day (
    "day"       date         primary key,
    kind        varchar(20)  not null,
    name        varchar(200) not null,
    created_by  varchar(60)  not null,
    created_at  timestamp    not null,
    constraint calendar_day_kind check (kind in ('HOLIDAY', 'WORKING_DAY'))
);

alter table campaign add column cutoff_day integer not null default 0;
