-- People and sign-in: who leads a team, and the desktops that remember a person.
-- A team's manager: the person who leads it (approves its contracts, sees its deals).
-- NULL = none yet. A manager is never deleted (users are deactivated), so the reference holds.
ALTER TABLE teams ADD COLUMN manager_id BIGINT REFERENCES users(id);

-- "Remember me on this desktop" for the embedded SQLite database: the desktop keeps the
-- login and a random token (QSettings), the database keeps only the token's hash, so a
-- remembered desktop can be forgotten from here (sign out, password change, deactivation)
-- and a copied settings file alone names no password. Unused in team mode (PostgreSQL),
-- where the server's own login is the identity.
--   desktop      what the desktop said it is (host and account name), for the People page
--   expires_at   after this instant the token no longer signs anyone in
CREATE TABLE sign_in_tokens (
    id           {{PK}},
    user_id      BIGINT NOT NULL REFERENCES users(id),
    token_hash   TEXT NOT NULL UNIQUE,
    desktop      TEXT NOT NULL CHECK (length(desktop) BETWEEN 1 AND 200),
    created_at   TEXT NOT NULL,
    last_used_at TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX idx_sign_in_tokens_user ON sign_in_tokens(user_id);
