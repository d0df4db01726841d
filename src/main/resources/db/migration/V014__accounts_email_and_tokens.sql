-- People are reached by e-mail and sign in with a password they chose (or ProConnect): an account
-- invited by an administrator has no password until its holder follows the one-time link.
alter table app_user add column email varchar(254);
alter table app_user alter column password_hash drop not null;
-- How the person wants to hear about new work: one e-mail per event, or one daily digest.
alter table app_user add column notification_mode varchar(10) not null default 'IMMEDIATE'
  constraint app_user_notification_mode_check check (notification_mode in ('IMMEDIATE', 'DIGEST'));
-- ProConnect binds a sign-in to an account by its address, whatever its case. Not unique in the table: a
-- structure's account takes its contact address, which a shared mailbox may give to two structures; user
-- administration refuses a second person with an address already taken, and ProConnect one that is ambiguous.
create index app_user_email_idx on app_user (lower(email));

-- One-time links that let a person choose a password: the invitation of a new account and the reset
-- of a forgotten one. Only a hash of the token is kept; the link is the credential.
create table account_token (
  token_hash varchar(64) primary key,
  username varchar(80) not null references app_user (username),
  purpose varchar(12) not null constraint account_token_purpose_check check (purpose in ('INVITATION', 'RESET')),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index account_token_username_idx on account_token (username);
