#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Database;

// One rep's activity funnel over a period (seed 003: how many calls make a meeting,
// how many visits make a sale).
struct RepActivityFunnel
{
    qint64 userId = 0;
    QString name;
    qint64 calls = 0;     // call activities
    qint64 leads = 0;     // leads the rep took on (assigned or captured) in the period
    qint64 meetings = 0;  // meetings and visits
    qint64 proposals = 0; // proposal activities
    qint64 wins = 0;      // deals won (closed) in the period

    // The five steps in order, for tables and charts.
    QList<qint64> steps() const { return {calls, leads, meetings, proposals, wins}; }
    // step[i] / step[i-1] (i = 1..4); none when the earlier step is 0.
    std::optional<double> ratio(int step) const;
};

// The activity funnel of every active rep (teamId 0 = all teams) for the calendar days
// from..to (inclusive, UTC), by name. Reps with no figure at all are left out.
QList<RepActivityFunnel> activityFunnel(Database &db, const QDate &from, const QDate &to, qint64 teamId = 0);

} // namespace fd
