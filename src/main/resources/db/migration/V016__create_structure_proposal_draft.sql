-- What a prefect has typed in the structure proposal and not sent yet, saved as they type (like task_draft): one
-- per person, since a proposal has no case before it is sent. Deleted when the proposal is stored.
create table structure_proposal_draft (
  username varchar(80) primary key references app_user (username),
  fields jsonb not null,
  saved_at timestamptz not null
);
