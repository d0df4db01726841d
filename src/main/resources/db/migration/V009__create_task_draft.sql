-- What a person has typed in a task form and not sent yet, saved as they type. Keyed by the case, the step and
-- the person rather than by the task row: after a restart of the embedded engine the step comes back as a new
-- task, and the draft must come back with it. Deleted once the engine has the submission.
create table task_draft (
  business_key varchar(100) not null,
  element_id varchar(100) not null,
  username varchar(80) not null references app_user (username),
  fields jsonb not null,
  saved_at timestamptz not null,
  primary key (business_key, element_id, username)
);
