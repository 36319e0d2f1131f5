#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Database;

// A manager's review of one person's monthly statement.
struct StatementReview
{
    qint64 userId = 0;
    QString period; // "2026-11"
    qint64 reviewedBy = 0;
    QString reviewedByName;
    QDateTime reviewedAt;
    QString note;
};

// Finance's close of a month.
struct PeriodClose
{
    QString period;
    qint64 closedBy = 0;
    QString closedByName;
    QDateTime closedAt;
    int statements = 0;
    qint64 totalCents = 0;
};

// A statement as its month was closed.
struct FrozenStatement
{
    qint64 userId = 0;
    QString period;
    qint64 ownCents = 0;   // its own pay, without the adjustments it carried
    qint64 totalCents = 0; // what was paid
    QString body;          // the whole statement as JSON (analytics::toJson)
};

// The review and close of monthly statements (migration 0024), read as the acting user may
// (a person their own, a manager their teams', finance and administrators everyone: on
// PostgreSQL the server's row level security, on SQLite the same rule here).
class StatementRepository final
{
public:
    explicit StatementRepository(Database &db)
        : m_db(db)
    {
    }

    std::optional<StatementReview> review(qint64 userId, const QString &period);
    // Records (or replaces) the acting user's review of `userId`'s statement for `period`;
    // PermissionError unless they manage the person or are an administrator, ValidationError
    // for a closed period or a note above 1,000 characters. Audited.
    void saveReview(qint64 userId, const QString &period, const QString &note);

    std::optional<PeriodClose> closeOf(const QString &period);
    // Every closed month, oldest first.
    QList<PeriodClose> closes();
    // The latest closed month; empty when none.
    QString lastClosed();
    // Closes `period` with its frozen statements, in one transaction, audited. PermissionError
    // unless finance or an administrator; ValidationError when the month is already closed or
    // a later one is (months close in order and never reopen).
    void close(const QString &period, const QList<FrozenStatement> &statements);

    // The frozen statements of one person, oldest first; of one month, by person.
    QList<FrozenStatement> frozenOf(qint64 userId);
    QList<FrozenStatement> frozenIn(const QString &period);
    std::optional<FrozenStatement> frozen(qint64 userId, const QString &period);

private:
    QList<FrozenStatement> frozenWhere(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace fd
