-- The public supplement needs a secret only the submitter holds (shown once, mailed when an address was given);
-- only its SHA-256 is kept, so no one reading the table can use it.
alter table initiative add column supplement_secret_hash varchar(64);
