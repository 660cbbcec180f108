-- Up Migration

-- The day a unit sent up the statistics table (M-STATS-TABLE), optional like the record's field.
ALTER TABLE units ADD COLUMN stats_table_submitted_on sbd_date;

-- Down Migration

ALTER TABLE units DROP COLUMN stats_table_submitted_on;
