-- FunnelDesk schema, migration 0014 (PostgreSQL only; a recorded no-op on SQLite):
-- an admin sets the password of a team-mode login (storage/pgaccess.h); the owner role may
-- create objects in the schema, so that the migrations after this one run as that role.
--
-- WHO RUNS IT: a PostgreSQL superuser. It creates a function owned by the "logins" role and
-- grants CREATE on the schema, which only a superuser (or the schema's owner) may. It is
-- the last migration that needs one: from 0015 on a login that is a member of the owner
-- role migrates (Migrator runs each migration as the owner role then, so what it makes
-- belongs to that role), e.g. one the server's administrator made once with
-- CREATE ROLE fd_installer LOGIN PASSWORD '…' IN ROLE fd_<database>_owner.
--
-- A person added without a password (user add without --password-stdin, the People page
-- with the password left empty) gets no login: they cannot sign in until an admin sets a
-- password, which creates their login then (pgaccess::setPassword), or until the server's
-- administrator makes a login role of that name by hand (certificate or LDAP sign-in, say).
-- An admin sets the password of a login of this database through fd_set_login_password. A
-- person changes their own with ALTER ROLE SESSION_USER PASSWORD '<SCRAM verifier>', which
-- PostgreSQL allows every login for itself alone (no function, no grant needed).

GRANT CREATE ON SCHEMA {{SCHEMA}} TO {{ROLE:owner}};

-- Sets the password of a login of this database (an admin's or the installer's call); an
-- active person's login can sign in with it from then on (LOGIN), a deactivated one stays
-- NOLOGIN until reactivated.
CREATE FUNCTION fd_set_login_password(p_login TEXT, p_verifier TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
BEGIN
    IF NOT (fd_is_installer() OR fd_role() = 'admin') THEN
        RAISE EXCEPTION 'only a FunnelDesk admin may set the password of another login' USING ERRCODE = '42501';
    END IF;
    IF NOT fd_is_our_login(p_login) THEN
        RAISE EXCEPTION '"%" is not the login of a user of this database', p_login USING ERRCODE = '42501';
    END IF;
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'the password must come as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I %s PASSWORD %L', p_login,
                   CASE WHEN EXISTS (SELECT 1 FROM users WHERE login = p_login AND active = 1) THEN 'LOGIN' ELSE 'NOLOGIN' END,
                   p_verifier);
END
$$;

ALTER FUNCTION fd_set_login_password(TEXT, TEXT) OWNER TO {{ROLE:logins}};
REVOKE ALL ON FUNCTION fd_set_login_password(TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fd_set_login_password(TEXT, TEXT) TO {{ROLE:admin}};
