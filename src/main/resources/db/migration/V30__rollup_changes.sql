-- A change counter per subtree for its roll-ups (rollup/RollupQueries): every write to the roll-up rows bumps the row
-- of each unit whose rows it changed (the unit of the change and every unit above it) in the writing transaction, so
-- that a node keeping a subtree's figures reads them again only after that subtree changed. A unit without a row has
-- seen no change (its counter reads 0). A campaign's rebuild bumps the 'rollups' counter, which every kept figure
-- also depends on.

create table rollup_change (
    unit_id bigint primary key,
    changes bigint not null
);

insert into change_counter (name, changes) values ('rollups', 0);
