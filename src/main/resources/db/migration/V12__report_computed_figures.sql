-- What the system had worked out for a report when it was submitted, kept beside what the unit submitted
-- (the unit may correct the computed figures; the reviewer sees both).
alter table report add column computed_at timestamp with time zone;
alter table report add column computed_propaganda_sessions integer;
alter table report add column computed_propaganda_participants integer;
alter table report add column computed_models_built integer;
alter table report add column computed_models_replicated integer;
alter table report add column computed_initiatives_submitted integer;
alter table report add column computed_initiatives_recognised integer;
alter table report add column computed_initiatives_applied integer;
alter table report add column computed_initiatives_proposed_st integer;
alter table report add column computed_collectives_commended integer;
alter table report add column computed_individuals_commended integer;
alter table report add column computed_resources_vnd bigint;
alter table report add column computed_inspections_held integer;
alter table report add column computed_clubs_formed integer;
