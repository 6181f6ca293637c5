-- A change counter per campaign and subtree for its roll-ups (rollup/RollupQueries): every write to a campaign's
-- roll-up rows bumps the row of each unit whose rows it changed (the unit of the change and every unit above it) in
-- the writing transaction, so that a node keeping a subtree's figures reads them again only after that subtree
-- changed. A unit without a row has seen no change (its counter reads 0). A rebuild, and a unit moved (which shifts
-- the rows of every campaign), bump the 'rollups' counter, which every kept figure also depends on.

create table rollup_change (
    campaign_id bigint not null,
    unit_id     bigint not null,
    changes     bigint not null,
    primary key (campaign_id, unit_id)
);

insert into change_counter (name, changes) values ('rollups', 0);
