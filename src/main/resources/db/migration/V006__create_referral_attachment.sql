-- Documents an agent joins to a referral (a notice, a letter, a photo of a form). They are personal data:
-- anonymisation deletes them with the rest.
create table referral_attachment (
  id uuid primary key,
  referral_id uuid not null references referral (id),
  file_name varchar(200) not null,
  -- Detected from the bytes, never taken from the browser's claim.
  content_type varchar(100) not null,
  size_bytes int not null,
  content bytea not null,
  uploaded_by varchar(80) not null,
  uploaded_at timestamptz not null
);
create index referral_attachment_referral_idx on referral_attachment (referral_id);
