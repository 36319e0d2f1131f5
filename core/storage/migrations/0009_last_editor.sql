-- FunnelDesk schema: who saved a deal or a contract last (last_editor).
--
-- Two desktops that save the same record: the second save is refused (row_version) and
-- the person is told "changed by NAME at TIME" (core/conflicts/saveconflict.h). updated_at
-- says when; updated_by says who: the acting user of every write that bumps row_version
-- (the repositories set it; on PostgreSQL last_editor.pg.sql, the next migration, binds it
-- to the session's user). NULL for rows not saved since (the conflict then names nobody).

ALTER TABLE opportunities ADD COLUMN updated_by BIGINT REFERENCES users(id);
ALTER TABLE contracts ADD COLUMN updated_by BIGINT REFERENCES users(id);
