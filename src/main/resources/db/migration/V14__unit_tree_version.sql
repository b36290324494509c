-- The unit tree's version, one row: raised in the transaction that changes the tree (an import or a rename), read by
-- every node to know that the copy of the tree it keeps in memory is stale (unit.UnitTree).
create table unit_tree_version (
  id       integer primary key,
  version  bigint  not null
);
insert into unit_tree_version (id, version) values (1, 0);
