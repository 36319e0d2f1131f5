#pragma once

#include "statement.h"

#include "domain/payplan.h"

#include <functional>
#include <memory>

namespace fd {

class Database;

namespace analytics {

class Snapshot;

// The office's monthly statements (DEFINITIONS.md §14): an open month's statements computed
// live, the first open month's with the adjustments for the closed months before it, a closed
// month's read back exactly as it was closed; reviews; the close.
class StatementBook final
{
public:
    // `plans`: the office's pay plans; `asOf` invalid = the clock's now.
    StatementBook(Database &db, const QList<PayPlan> &plans, const QDateTime &asOf = {});
    // The same, replaying `snapshot` (loaded to reach `asOf`) instead of loading another.
    StatementBook(Database &db, const QList<PayPlan> &plans, const QDateTime &asOf, const Snapshot &snapshot);
    ~StatementBook();
    StatementBook(const StatementBook &) = delete;
    StatementBook &operator=(const StatementBook &) = delete;

    // The people with a statement for `month` that the acting user may see (a person
    // themselves, a manager their teams, finance and administrators everyone), by name.
    QList<qint64> people(const QString &month);
    // One person's statement, with its status (open, reviewed, closed).
    Statement statement(qint64 userId, const QString &month);
    // Every statement of people(month); `progress(done, total)` after each.
    QList<Statement> statements(const QString &month, const std::function<void(int, int)> &progress = {});

    bool isClosed(const QString &month);
    // The month after the latest closed one (the one that carries adjustments); empty when
    // no month is closed yet.
    QString firstOpen();

    // Closes `month` for everyone: computes every statement (as finance, who sees all) and
    // freezes it, in one audited transaction; returns how many. PermissionError unless finance
    // or an administrator; ValidationError for a month not yet over, already closed, or not
    // the month after the latest closed one.
    int close(const QString &month, const std::function<void(int, int)> &progress = {});

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The month after `month` ("2026-12" → "2027-01").
QString nextMonth(const QString &month);

} // namespace analytics
} // namespace fd
