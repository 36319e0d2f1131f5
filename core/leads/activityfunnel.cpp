#include "activityfunnel.h"

#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace fd {

std::optional<double> RepActivityFunnel::ratio(int step) const
{
    const QList<qint64> s = steps();
    if (step < 1 || step >= s.size() || s.at(step - 1) == 0)
        return std::nullopt;
    return double(s.at(step)) / double(s.at(step - 1));
}

QList<RepActivityFunnel> activityFunnel(Database &db, const QDate &from, const QDate &to, qint64 teamId)
{
    const QString start = isotime::toStored(QDateTime(from, QTime(0, 0), QTimeZone::utc()));
    const QString end = isotime::toStored(QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()));
    QList<RepActivityFunnel> reps;
    QHash<qint64, int> index;
    SqlQuery u(db, QStringLiteral("SELECT id, display_name FROM users WHERE active = 1 AND role IN ('rep', 'manager') "
                                  "AND (? = 0 OR team_id = ?) ORDER BY display_name, id"));
    u.add(teamId).add(teamId).exec();
    while (u.next()) {
        RepActivityFunnel r;
        r.userId = u.value(0).toLongLong();
        r.name = u.value(1).toString();
        index.insert(r.userId, int(reps.size()));
        reps.append(r);
    }
    const auto tally = [&](const QString &sql, auto assign) {
        SqlQuery q(db, sql);
        q.add(start).add(end).exec();
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.cend())
                assign(reps[*it], q.value(1).toString(), q.value(2).toLongLong());
        }
    };
    tally(QStringLiteral("SELECT user_id, kind, count(*) FROM activities WHERE occurred_at >= ? AND occurred_at < ? "
                         "GROUP BY user_id, kind"),
          [](RepActivityFunnel &r, const QString &kind, qint64 n) {
              if (kind == QLatin1String("call"))
                  r.calls += n;
              else if (kind == QLatin1String("meeting") || kind == QLatin1String("visit"))
                  r.meetings += n;
              else if (kind == QLatin1String("proposal"))
                  r.proposals += n;
          });
    tally(QStringLiteral("SELECT owner_id, 'lead', count(*) FROM leads WHERE owner_id IS NOT NULL "
                         "AND COALESCE(assigned_at, created_at) >= ? AND COALESCE(assigned_at, created_at) < ? "
                         "GROUP BY owner_id"),
          [](RepActivityFunnel &r, const QString &, qint64 n) { r.leads += n; });
    tally(QStringLiteral("SELECT owner_id, 'won', count(*) FROM opportunities WHERE status = 'won' "
                         "AND closed_at >= ? AND closed_at < ? GROUP BY owner_id"),
          [](RepActivityFunnel &r, const QString &, qint64 n) { r.wins += n; });
    QList<RepActivityFunnel> out;
    for (const RepActivityFunnel &r : reps) {
        if (r.calls || r.leads || r.meetings || r.proposals || r.wins)
            out.append(r);
    }
    return out;
}

} // namespace fd
