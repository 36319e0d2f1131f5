-- An import is audited as one event: which file, of which kind, by whom and when, and
-- the ids of the records it created kept as ranges. One audit row per imported record
-- cost as much to store as the records themselves (a 100,000-row import wrote 100,000
-- audit rows and their index entries). audit_log gets one 'import_batch' row per import;
-- AuditRepository shows the batch in the trail of every record it created.
CREATE TABLE import_batches (
    id            {{PK}},
    kind          TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    rows_imported BIGINT NOT NULL CHECK (rows_imported >= 0),
    user_id       BIGINT REFERENCES users(id),
    imported_at   TEXT NOT NULL
);

CREATE TABLE import_batch_ranges (
    id        {{PK}},
    batch_id  BIGINT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    entity    TEXT NOT NULL,
    first_id  BIGINT NOT NULL,
    last_id   BIGINT NOT NULL,
    CHECK (last_id >= first_id)
);
CREATE INDEX idx_import_ranges ON import_batch_ranges(entity, first_id);
CREATE INDEX idx_import_ranges_batch ON import_batch_ranges(batch_id);
