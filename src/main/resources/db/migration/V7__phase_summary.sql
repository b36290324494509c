-- A plan may ask for a five-year or phase summary report ("tổng kết giai đoạn 2018 - 2024"): the first year of the
-- phase (the plan's year is the last) and the last day to submit it. Both empty when the plan does not ask for one.
alter table plan add column summary_from_year integer;
alter table plan add column summary_report_due date;

-- The first year a report covers: its period's year, or the first year of the phase for a phase summary.
alter table report add column from_year integer;
update report set from_year = period_year;
alter table report alter column from_year set not null;
