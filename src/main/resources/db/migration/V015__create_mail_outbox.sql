-- The notification table stays the record of events (one row per event key: a redelivered job finds its event
-- there and tells nobody twice). What is delivered is now one e-mail per person, in mail_outbox; the event's
-- own sent mark has no meaning any more. Events recorded before this table existed were only logged: they are
-- not turned into e-mails now, days later.
drop index notification_unsent_idx;
alter table notification drop column sent_at;

-- One e-mail per (event, recipient address), written in the transaction of the change that causes it and
-- delivered by the sender. A message for someone who chose the daily digest is HELD until the digest lists it.
create table mail_outbox (
  id uuid primary key,
  event_key varchar(300) not null,
  recipient_email varchar(254) not null,
  -- The account told, when there is one (null for an address without account: a structure's contact).
  recipient_username varchar(80),
  subject varchar(300) not null,
  body text not null,
  attachment_name varchar(100),
  attachment_type varchar(100),
  attachment_content text,
  status varchar(10) not null,
  attempts int not null default 0,
  next_attempt_at timestamptz,
  last_error varchar(500),
  created_at timestamptz not null,
  sent_at timestamptz,
  -- The digest a HELD message was listed in.
  digest_key varchar(200),
  constraint mail_outbox_event_recipient_unique unique (event_key, recipient_email),
  constraint mail_outbox_status_check
    check (status in ('PENDING', 'SENT', 'FAILED', 'HELD', 'DIGESTED', 'EMPTY')),
  constraint mail_outbox_attachment_check check ((attachment_name is null) = (attachment_content is null))
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_held_idx on mail_outbox (recipient_username) where status = 'HELD';
create index mail_outbox_created_idx on mail_outbox (created_at);
