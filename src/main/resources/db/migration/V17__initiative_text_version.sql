-- The novelty index is kept by every node in its memory. Each change of an initiative's text (a submission, a
-- supplement) raises the one version row and stamps the initiative with the new version, in the transaction that
-- makes the change; the row is locked until that transaction ends, so versions become visible in their order. A node
-- catches up before it searches: the initiatives stamped after the version it has indexed (initiative.NoveltySearch).
create table initiative_text_version (
  id       integer primary key,
  version  bigint  not null
);
insert into initiative_text_version (id, version) values (1, 0);

alter table initiative add column text_version bigint default 0 not null;
create index ix_initiative_text_version on initiative (text_version);
