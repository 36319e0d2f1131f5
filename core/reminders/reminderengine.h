#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// Translation context of the reminder texts (outside namespace fd: see domain/trcontext.h).
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)
};

namespace fd {

class Database;

enum class ReminderKind {
    Task,              // a follow-up task of the person whose remind_at has passed
    InstalmentOverdue, // a payment instalment due before today with something outstanding
    InstalmentDueSoon, // one due today or within ReminderEngine::kDueSoonDays
};

// One reminder due to one person now.
struct Reminder
{
    // Names the occasion, stable across checks: "task:<id>@<remind_at>",
    // "instalment:<id>:overdue" / "instalment:<id>:soon". Done and snooze are kept by it.
    QString key;
    ReminderKind kind = ReminderKind::Task;
    qint64 itemId = 0;      // the task or the instalment
    QString title;          // the task's title; "HT-2026-001 · 2nd instalment" for an instalment
    QString related;        // the deal, customer or lead of a task; the customer of an instalment
    QDateTime at;           // the task's reminder time; an instalment's due day at 00:00 UTC
    QDateTime dueAt;        // the task's due time (invalid for instalments)
    qint64 amountCents = 0; // instalments: what is still outstanding
    QString currency;
    int daysPastDue = 0; // instalments: negative when not yet due
    // What "open" shows: the task's deal, else its customer, else its lead; the contract.
    qint64 opportunityId = 0;
    qint64 customerId = 0;
    qint64 leadId = 0;
    qint64 contractId = 0;

    // One line for a tray message, the status bar or the CLI.
    QString text() const;
};

// The reminders due to the person signed in, and what they do with them.
//
// Each person gets only their own (item 7 of issue 12): their open follow-up tasks whose
// reminder time (remind_at) has passed; and the payment instalments (回款) with something
// outstanding that are overdue or due within kDueSoonDays, of the contracts they own or whose
// deal they own; a finance user those of every contract (finance looks after the money).
// Receivables are computed by computeReceivables, so a reminder's amount equals the
// receivables page's. A reminder the person marked done does not come back; a snoozed one
// comes back when its snooze ends. "Now" is the database clock's.
class ReminderEngine final
{
public:
    explicit ReminderEngine(Database &db)
        : m_db(db)
    {
    }

    static constexpr int kDueSoonDays = 7;

    // Due to `userId` now, the earliest first (ties by key). Throws StorageError.
    QList<Reminder> due(qint64 userId);

    // `userId` is done with the reminder: it does not come back. A task's reminder is
    // done when the task is (ActivityRepository::setTaskDone) as well.
    void acknowledge(qint64 userId, const QString &key);
    // Hides the reminder from `userId` until `until` (UTC).
    void snooze(qint64 userId, const QString &key, const QDateTime &until);

private:
    QList<Reminder> taskReminders(qint64 userId, const QDateTime &now);
    QList<Reminder> instalmentReminders(qint64 userId, const QDate &today);
    void store(qint64 userId, const QString &key, const QString &acknowledgedAt, const QString &snoozedUntil);

    Database &m_db;
};

} // namespace fd
