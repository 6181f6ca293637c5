-- The measure catalogue is read for the labels of nearly every page; nodes keep it while this counter stands
-- (shared/ChangeCounters), and adding a measure bumps it.
insert into change_counter (name, changes) values ('measures', 0);
