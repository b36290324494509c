-- Who has read which notice: a notice to a group is read by each of its members for themselves.
create table notice_read (
  notice_id  bigint        not null references notice (id),
  user_id    varchar(128)  not null,
  read_at    timestamp with time zone not null,
  constraint pk_notice_read primary key (notice_id, user_id)
);
