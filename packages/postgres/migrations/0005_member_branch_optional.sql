-- Up Migration

-- The core makes a member's branch optional (a member without one is counted
-- on the unit's own line of the statistics table), so the table accepts NULL.
ALTER TABLE members ALTER COLUMN branch_id DROP NOT NULL;

-- Down Migration

-- Fails while a member row has no branch: give those members a branch first.
ALTER TABLE members ALTER COLUMN branch_id SET NOT NULL;
