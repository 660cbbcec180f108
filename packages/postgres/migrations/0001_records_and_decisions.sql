-- Up Migration

-- The role the adapter works as: neither superuser nor BYPASSRLS, so every
-- policy below applies to it. Roles are shared by all databases of a server,
-- so another schema's migration may have made it already.
DO $$
BEGIN
  CREATE ROLE shuangbaodao_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;

-- Dates the core can read: refuse what it refuses (see the core's calendar).
CREATE DOMAIN sbd_date AS date CHECK (VALUE BETWEEN DATE '1000-01-01' AND DATE '9999-12-31');
CREATE DOMAIN sbd_id AS text CHECK (length(VALUE) BETWEEN 1 AND 200);
CREATE DOMAIN sbd_text AS text CHECK (length(VALUE) BETWEEN 1 AND 2000);
CREATE DOMAIN sbd_year AS integer CHECK (VALUE BETWEEN 2000 AND 2100);
CREATE DOMAIN sbd_post_code AS integer CHECK (VALUE BETWEEN 1 AND 15);
CREATE DOMAIN sbd_sha256 AS text CHECK (VALUE ~ '^[0-9a-f]{64}$');

-- One row per import: which file, by whom, and what it changed.
CREATE TABLE imports (
  id bigserial PRIMARY KEY,
  source_name text NOT NULL,
  source_sha256 sbd_sha256 NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by text NOT NULL,
  records integer NOT NULL CHECK (records >= 0),
  new_versions integer NOT NULL CHECK (new_versions >= 0)
);

-- Every unit and member ever recorded, once: the targets of the records'
-- foreign keys (the record tables keep versions, so their IDs repeat).
CREATE TABLE unit_keys (id sbd_id PRIMARY KEY);
CREATE TABLE member_keys (id sbd_id PRIMARY KEY);

-- Each record table mirrors one model of the core (packages/core/src/model),
-- one column per field (snake_case), then the version columns: a correction
-- is a new version, the old one gets `superseded_at`; nothing is overwritten.
-- `scope_unit_id` is the unit whose officers may see the record (row-level security).

CREATE TABLE units (
  id sbd_id NOT NULL REFERENCES unit_keys (id),
  name sbd_text NOT NULL,
  parent_unit_id sbd_id REFERENCES unit_keys (id),
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE organisations (
  id sbd_id NOT NULL,
  unit_id sbd_id NOT NULL REFERENCES unit_keys (id),
  name sbd_text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('机关党委', '党委', '总支', '支部')),
  parent_organisation_id sbd_id,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE members (
  id sbd_id NOT NULL REFERENCES member_keys (id),
  name sbd_text NOT NULL,
  unit_id sbd_id NOT NULL REFERENCES unit_keys (id),
  branch_id sbd_id NOT NULL,
  in_service boolean NOT NULL,
  in_scope_from sbd_date,
  cadre_candidate_years integer[] NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE residences (
  id sbd_id NOT NULL,
  member_id sbd_id NOT NULL REFERENCES member_keys (id),
  community_id sbd_id NOT NULL,
  community_name sbd_text NOT NULL,
  district sbd_text NOT NULL,
  "from" sbd_date NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE community_reports (
  id sbd_id NOT NULL,
  member_id sbd_id NOT NULL REFERENCES member_keys (id),
  date sbd_date NOT NULL,
  community_id sbd_id NOT NULL,
  receipt_handed_in_on sbd_date,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE post_claims (
  id sbd_id NOT NULL,
  member_id sbd_id NOT NULL REFERENCES member_keys (id),
  post_code sbd_post_code NOT NULL,
  other_text sbd_text CHECK (post_code <> 15 OR other_text IS NOT NULL),
  date sbd_date,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE volunteer_services (
  id sbd_id NOT NULL,
  member_id sbd_id NOT NULL REFERENCES member_keys (id),
  date sbd_date NOT NULL,
  community_id sbd_id NOT NULL,
  post_code sbd_post_code,
  content sbd_text NOT NULL,
  used_public_power boolean NOT NULL,
  used_unit_resources boolean NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

-- Community events belong to a community, not to a unit: every officer may
-- read them (a member's duties depend on them); only a city-wide scope writes them.
CREATE TABLE community_events (
  id sbd_id NOT NULL,
  community_id sbd_id NOT NULL,
  date sbd_date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('major-arrangement', 'committee-election', 'yizheng-sanyi-liang-gongkai', 'specialty-activity')),
  title sbd_text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id CHECK (scope_unit_id IS NULL),
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE event_attendances (
  id sbd_id NOT NULL,
  event_id sbd_id NOT NULL,
  member_id sbd_id NOT NULL REFERENCES member_keys (id),
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE feedback_items (
  id sbd_id NOT NULL,
  member_id sbd_id NOT NULL REFERENCES member_keys (id),
  date sbd_date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('outstanding', 'negative')),
  area text NOT NULL CHECK (area IN ('social-morality', 'family-virtue', 'other')),
  status text NOT NULL CHECK (status IN ('pending', 'verified', 'unfounded')),
  status_date sbd_date,
  note sbd_text,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE self_reports (
  id sbd_id NOT NULL,
  member_id sbd_id NOT NULL REFERENCES member_keys (id),
  year sbd_year NOT NULL,
  reported_to_organisation boolean NOT NULL,
  explained_at_life_meeting boolean NOT NULL,
  date sbd_date,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE visits (
  id sbd_id NOT NULL,
  member_id sbd_id NOT NULL REFERENCES member_keys (id),
  date sbd_date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('phone', 'letter', 'field-visit')),
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE unit_scopes (
  id sbd_id NOT NULL,
  unit_id sbd_id NOT NULL REFERENCES unit_keys (id),
  in_scope_from sbd_date NOT NULL,
  note sbd_text,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE unit_street_reports (
  id sbd_id NOT NULL,
  unit_id sbd_id NOT NULL REFERENCES unit_keys (id),
  street_id sbd_id NOT NULL,
  street_name sbd_text,
  date sbd_date NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE unit_designations (
  id sbd_id NOT NULL,
  unit_id sbd_id NOT NULL REFERENCES unit_keys (id),
  street_id sbd_id NOT NULL,
  community_id sbd_id NOT NULL,
  community_name sbd_text,
  date sbd_date NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE unit_pairings (
  id sbd_id NOT NULL,
  unit_id sbd_id NOT NULL REFERENCES unit_keys (id),
  community_id sbd_id NOT NULL,
  agreement_date sbd_date NOT NULL,
  agreement_title sbd_text,
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE unit_receipts (
  id sbd_id NOT NULL,
  unit_id sbd_id NOT NULL REFERENCES unit_keys (id),
  street_report_id sbd_id,
  handed_in_on sbd_date NOT NULL,
  recipient text CHECK (recipient IN ('工委', '机关党委')),
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE unit_activities (
  id sbd_id NOT NULL,
  unit_id sbd_id NOT NULL REFERENCES unit_keys (id),
  kind text NOT NULL CHECK (kind IN ('joint-meeting', 'themed-party-day', 'volunteer-service')),
  date sbd_date NOT NULL,
  place sbd_text,
  project sbd_text,
  content sbd_text,
  participants text[] NOT NULL,
  signed_and_stamped boolean NOT NULL,
  counterpart_id sbd_id,
  meeting_body text CHECK (meeting_body IN ('street-joint-meeting', 'community-joint-committee')),
  attendee sbd_text,
  attendee_role sbd_text,
  -- The 党建云 post, as the core's UnitOnlineRecord (validated by the core on the way in and out).
  online jsonb CHECK (online IS NULL OR jsonb_typeof(online) = 'object'),
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE unit_lists (
  id sbd_id NOT NULL,
  unit_id sbd_id NOT NULL REFERENCES unit_keys (id),
  kind text NOT NULL CHECK (kind IN ('resources', 'needs', 'projects')),
  date sbd_date NOT NULL,
  -- The list's entries, as the core's UnitListItem[].
  items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE unit_inquiry_answers (
  id sbd_id NOT NULL,
  unit_id sbd_id NOT NULL REFERENCES unit_keys (id),
  year sbd_year NOT NULL,
  respondent_kind text NOT NULL CHECK (respondent_kind IN ('street', 'community')),
  respondent_id sbd_id NOT NULL,
  date sbd_date NOT NULL,
  reports_problem boolean NOT NULL,
  status text CHECK (status IN ('pending', 'verified', 'unfounded')),
  status_date sbd_date,
  note sbd_text,
  CHECK (NOT reports_problem OR status IS NOT NULL),
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  superseded_at timestamptz CHECK (superseded_at >= recorded_at),
  import_id bigint NOT NULL REFERENCES imports (id),
  scope_unit_id sbd_id NOT NULL,
  content_sha256 sbd_sha256 NOT NULL,
  PRIMARY KEY (id, version)
);

-- Per table: one current version per ID, and the access paths (by scope for
-- the keyset pages of an assessment, by member for a member's bundle).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['units', 'organisations', 'members', 'residences', 'community_reports',
    'post_claims', 'volunteer_services', 'community_events', 'event_attendances', 'feedback_items',
    'self_reports', 'visits', 'unit_scopes', 'unit_street_reports', 'unit_designations', 'unit_pairings',
    'unit_receipts', 'unit_activities', 'unit_lists', 'unit_inquiry_answers']
  LOOP
    EXECUTE format('CREATE UNIQUE INDEX %I ON %I (id) WHERE superseded_at IS NULL', t || '_current', t);
    EXECUTE format('CREATE INDEX %I ON %I (scope_unit_id, id)', t || '_by_scope', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO shuangbaodao_app', t);
    -- A correction only marks the old version superseded; no other column may change.
    EXECUTE format('GRANT UPDATE (superseded_at) ON %I TO shuangbaodao_app', t);
  END LOOP;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['residences', 'community_reports', 'post_claims', 'volunteer_services',
    'event_attendances', 'feedback_items', 'self_reports', 'visits']
  LOOP
    EXECUTE format('CREATE INDEX %I ON %I (member_id)', t || '_by_member', t);
  END LOOP;
END
$$;
CREATE INDEX members_by_unit ON members (unit_id, id);
CREATE INDEX community_events_by_community ON community_events (community_id);

-- An assessment run: what was asked, and its unit partitions, which workers
-- (threads, processes, machines) claim with FOR UPDATE SKIP LOCKED.
CREATE TABLE runs (
  id uuid PRIMARY KEY,
  edition_id text NOT NULL,
  edition_version text NOT NULL,
  edition_sha256 sbd_sha256 NOT NULL,
  library_version text NOT NULL,
  year sbd_year NOT NULL,
  as_of sbd_date,
  known_at timestamptz NOT NULL,
  scope jsonb NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  started_by text NOT NULL,
  finished_at timestamptz CHECK (finished_at >= started_at)
);

CREATE TABLE run_partitions (
  run_id uuid NOT NULL REFERENCES runs (id),
  unit_id sbd_id NOT NULL,
  claimed_by text,
  claimed_at timestamptz,
  done_at timestamptz CHECK (done_at >= claimed_at),
  decisions integer CHECK (decisions >= 0),
  PRIMARY KEY (run_id, unit_id)
);
CREATE INDEX run_partitions_open ON run_partitions (run_id) WHERE done_at IS NULL;

-- One decision per subject and run: append-only (no UPDATE or DELETE grant,
-- and a trigger for the owner too).
CREATE TABLE decisions (
  id uuid PRIMARY KEY,
  run_id uuid NOT NULL REFERENCES runs (id),
  subject_kind text NOT NULL CHECK (subject_kind IN ('member', 'unit')),
  subject_id sbd_id NOT NULL,
  scope_unit_id sbd_id NOT NULL,
  year sbd_year NOT NULL,
  edition_id text NOT NULL,
  edition_version text NOT NULL,
  edition_sha256 sbd_sha256 NOT NULL,
  library_version text NOT NULL,
  records_sha256 sbd_sha256 NOT NULL,
  as_of sbd_date,
  known_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by text NOT NULL,
  verdicts jsonb NOT NULL CHECK (jsonb_typeof(verdicts) = 'array'),
  UNIQUE (run_id, subject_kind, subject_id)
);
CREATE INDEX decisions_by_subject ON decisions (subject_kind, subject_id, recorded_at);
CREATE INDEX decisions_by_scope ON decisions (scope_unit_id, recorded_at);

CREATE FUNCTION sbd_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'decisions are append-only: % refused / 决定只可追加，不可%', TG_OP,
    CASE TG_OP WHEN 'UPDATE' THEN '修改' ELSE '删除' END;
END
$$;
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions
  FOR EACH ROW EXECUTE FUNCTION sbd_refuse_change();

-- The scope of the current transaction, set by the adapter with
-- set_config('shuangbaodao.scope', json, true): {"all": true}, or
-- {"units": [...], "organisations": [...]} where an organisation's unit brings
-- its subordinate units. No setting, no rows.
CREATE FUNCTION sbd_scope() RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('shuangbaodao.scope', true), ''), '{}')::jsonb
$$;

CREATE FUNCTION sbd_sees_all() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce((sbd_scope() ->> 'all')::boolean, false)
$$;

-- Runs as the owner to read the unit tree past the caller's own policies.
CREATE FUNCTION sbd_visible_units() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
  WITH RECURSIVE tree (id) AS (
    SELECT jsonb_array_elements_text(coalesce(sbd_scope() -> 'organisations', '[]'))
    UNION
    SELECT u.id FROM units u JOIN tree ON u.parent_unit_id = tree.id WHERE u.superseded_at IS NULL
  )
  SELECT array(
    SELECT id FROM tree
    UNION
    SELECT jsonb_array_elements_text(coalesce(sbd_scope() -> 'units', '[]'))
  )
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['organisations', 'members', 'residences', 'community_reports',
    'post_claims', 'volunteer_services', 'event_attendances', 'feedback_items', 'self_reports', 'visits',
    'unit_scopes', 'unit_street_reports', 'unit_designations', 'unit_pairings', 'unit_receipts',
    'unit_activities', 'unit_lists', 'unit_inquiry_answers', 'decisions']
  LOOP
    EXECUTE format(
      'CREATE POLICY unit_scope ON %I TO shuangbaodao_app USING ((SELECT sbd_sees_all()) OR scope_unit_id::text = ANY ((SELECT sbd_visible_units())::text[])) WITH CHECK ((SELECT sbd_sees_all()) OR scope_unit_id::text = ANY ((SELECT sbd_visible_units())::text[]))',
      t);
  END LOOP;
END
$$;
ALTER TABLE decisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE decisions FORCE ROW LEVEL SECURITY;
-- The unit tree is read by every officer (an import names the units it refers
-- to, and the core checks the tree); a unit's own row is written in its scope.
CREATE POLICY everyone_reads ON units FOR SELECT TO shuangbaodao_app USING (true);
CREATE POLICY unit_writes ON units FOR INSERT TO shuangbaodao_app
  WITH CHECK ((SELECT sbd_sees_all()) OR scope_unit_id::text = ANY ((SELECT sbd_visible_units())::text[]));
CREATE POLICY unit_corrects ON units FOR UPDATE TO shuangbaodao_app
  USING ((SELECT sbd_sees_all()) OR scope_unit_id::text = ANY ((SELECT sbd_visible_units())::text[]));
CREATE POLICY everyone_reads ON community_events FOR SELECT TO shuangbaodao_app USING (true);
CREATE POLICY city_writes ON community_events FOR INSERT TO shuangbaodao_app WITH CHECK ((SELECT sbd_sees_all()));
CREATE POLICY city_corrects ON community_events FOR UPDATE TO shuangbaodao_app USING ((SELECT sbd_sees_all()));

-- Keys, imports and runs carry no record content; the keys are written by the
-- import for records it may write, which the record tables' policies check.
GRANT SELECT, INSERT ON imports, unit_keys, member_keys, decisions TO shuangbaodao_app;
GRANT UPDATE (new_versions) ON imports TO shuangbaodao_app;
GRANT SELECT, INSERT, UPDATE ON runs, run_partitions TO shuangbaodao_app;
GRANT USAGE ON SEQUENCE imports_id_seq TO shuangbaodao_app;
DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO shuangbaodao_app', current_schema());
END
$$;
GRANT EXECUTE ON FUNCTION sbd_scope(), sbd_sees_all(), sbd_visible_units() TO shuangbaodao_app;

-- Down Migration

DROP TABLE decisions, run_partitions, runs, unit_inquiry_answers, unit_lists, unit_activities,
  unit_receipts, unit_pairings, unit_designations, unit_street_reports, unit_scopes, visits,
  self_reports, feedback_items, event_attendances, community_events, volunteer_services, post_claims,
  community_reports, residences, members, organisations, units, member_keys, unit_keys, imports;
DROP FUNCTION sbd_visible_units(), sbd_sees_all(), sbd_scope(), sbd_refuse_change();
DROP DOMAIN sbd_date, sbd_id, sbd_text, sbd_year, sbd_post_code, sbd_sha256;
