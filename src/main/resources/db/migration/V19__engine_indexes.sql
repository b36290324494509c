-- Two indexes on the engine's tables (made by V18) that Camunda does not create:
-- * the job executor acquires due jobs by due date (job-executor-acquire-by-due-date): at national scale a hundred
--   thousand report reminders wait in ACT_RU_JOB, most not yet due, and without this index each acquisition reads
--   them all;
-- * every task completion looks for the task's subtasks (PARENT_TASK_ID_), unindexed by Camunda: 1 ms a completion
--   with 7,000 open tasks in the cascade benchmark, growing with the table (100,000 open tasks nationwide).
-- Databases of earlier releases have them already (made at start then): "if not exists".
create index if not exists IX_SANGTAO_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_);
create index if not exists IX_SANGTAO_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_);
