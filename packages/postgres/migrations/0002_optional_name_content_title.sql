-- Up Migration

-- The core makes a member's name, a service's content and an event's title
-- optional (no rule reads them), so the tables accept NULL there.
ALTER TABLE members ALTER COLUMN name DROP NOT NULL;
ALTER TABLE volunteer_services ALTER COLUMN content DROP NOT NULL;
ALTER TABLE community_events ALTER COLUMN title DROP NOT NULL;

-- Down Migration

ALTER TABLE community_events ALTER COLUMN title SET NOT NULL;
ALTER TABLE volunteer_services ALTER COLUMN content SET NOT NULL;
ALTER TABLE members ALTER COLUMN name SET NOT NULL;
