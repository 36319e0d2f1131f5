-- FunnelDesk schema (PostgreSQL only; a recorded no-op on SQLite): on a team server the
-- last editor of a deal or a contract (updated_by, last_editor.sql just before) is the
-- session's user, whatever the client sent, as the author of an audit_log row is
-- (fd_bind_audit_author, 0006): a client cannot make a conflict name someone else. The
-- installer (a superuser, who is no FunnelDesk user) keeps the value it writes.
CREATE FUNCTION fd_bind_last_editor() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    me BIGINT := fd_uid();
BEGIN
    IF me IS NOT NULL THEN
        NEW.updated_by := me;
    END IF;
    RETURN NEW;
END
$$;
ALTER FUNCTION fd_bind_last_editor() OWNER TO {{ROLE:owner}};
REVOKE ALL ON FUNCTION fd_bind_last_editor() FROM PUBLIC;
CREATE TRIGGER bind_last_editor BEFORE INSERT OR UPDATE ON opportunities FOR EACH ROW EXECUTE FUNCTION fd_bind_last_editor();
CREATE TRIGGER bind_last_editor BEFORE INSERT OR UPDATE ON contracts FOR EACH ROW EXECUTE FUNCTION fd_bind_last_editor();
