-- Up Migration

-- The events a member attended, given on the member record (the short form of
-- event_attendances rows); optional like the record's field.
ALTER TABLE members ADD COLUMN attended_event_ids text[];

-- Down Migration

ALTER TABLE members DROP COLUMN attended_event_ids;
