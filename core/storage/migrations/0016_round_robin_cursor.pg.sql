-- FunnelDesk schema, migration 0016 (PostgreSQL only; a recorded no-op on SQLite): a
-- manager's round-robin assignment of pool leads (PoolService::assignRoundRobin) records
-- where it stopped, the setting pool.round_robin.team_<id>, without a write grant on the
-- settings (which stay the admin's: thresholds, the pool's return days, …).
--
-- WHO RUNS IT: a superuser, or a member of the owner role (see 0014).

-- Records that the round robin of team p_team last served user p_user. Admins for any team;
-- a manager for their own team and the teams they manage; p_user must be an active user of
-- that team. SQLSTATE 42501 otherwise, 22023 for a user outside the team.
CREATE FUNCTION fd_set_round_robin_cursor(p_team BIGINT, p_user BIGINT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {{SCHEMA}}, pg_temp
    AS $$
DECLARE
    me BIGINT := fd_uid();
    my_role TEXT := fd_role();
BEGIN
    IF NOT (fd_is_installer() OR my_role = 'admin'
            OR (my_role = 'manager' AND (p_team = (SELECT team_id FROM users WHERE id = me)
                                         OR p_team IN (SELECT t.id FROM teams t WHERE t.manager_id = me)))) THEN
        RAISE EXCEPTION 'user % may not assign the leads of team %', session_user, p_team USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE id = p_user AND team_id = p_team AND active = 1) THEN
        RAISE EXCEPTION 'user % is not an active user of team %', p_user, p_team USING ERRCODE = '22023';
    END IF;
    INSERT INTO settings (key, value) VALUES ('pool.round_robin.team_' || p_team, p_user::TEXT)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
END
$$;

ALTER FUNCTION fd_set_round_robin_cursor(BIGINT, BIGINT) OWNER TO {{ROLE:owner}};
REVOKE ALL ON FUNCTION fd_set_round_robin_cursor(BIGINT, BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fd_set_round_robin_cursor(BIGINT, BIGINT) TO {{ROLE:manager}}, {{ROLE:admin}};
