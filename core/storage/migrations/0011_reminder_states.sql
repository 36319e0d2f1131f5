-- FunnelDesk schema: what each person did with a reminder (core/reminders/reminderengine.h).
--
-- A reminder is due to one person only: a follow-up task of theirs whose remind_at has
-- passed, an overdue or soon-due payment instalment of their deals or contracts (finance: of
-- every contract). Each person's "done" (acknowledged_at) and "later" (snoozed_until) is
-- theirs alone: one row per person and reminder. The key names the occasion, so a changed
-- reminder time ("task:12@2026-12-04T09:00:00Z") or an instalment that became overdue
-- ("instalment:7:overdue" after "instalment:7:soon") reminds again.

CREATE TABLE reminder_states (
    user_id         BIGINT NOT NULL REFERENCES users(id),
    reminder_key    TEXT NOT NULL CHECK (length(reminder_key) BETWEEN 1 AND 200),
    acknowledged_at TEXT,
    snoozed_until   TEXT,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (user_id, reminder_key)
);
