-- A change counter per subtree for its reports (report/ReportChanges): a write to a unit's report bumps the row of
-- the unit and of every unit above it in the writing transaction, so that a node keeping the report tally per unit
-- below counts again only the subtrees that changed. A unit without a row has seen no change (its counter reads 0).

create table report_change (
    unit_id bigint primary key,
    changes bigint not null
);
