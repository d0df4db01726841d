-- Every state change of every case, with who, when and why; shared by all features.
create table history_entry (
  id bigserial primary key,
  case_type varchar(40) not null,
  case_id uuid not null,
  at timestamptz not null,
  by_user varchar(80) not null,
  event varchar(60) not null,
  detail text
);
create index history_entry_case_idx on history_entry (case_type, case_id, at);

-- Notifications are written here in the same transaction as the change that causes them; a sender
-- delivers them later, so a crash never loses one and a redelivered job never sends one twice.
create table notification (
  id uuid primary key,
  dedup_key varchar(200) not null unique,
  recipient_group varchar(120) not null,
  subject varchar(300) not null,
  body text not null,
  created_at timestamptz not null,
  sent_at timestamptz
);
create index notification_unsent_idx on notification (created_at) where sent_at is null;
