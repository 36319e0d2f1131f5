#include "activityfunnel.h"

#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/scopefilter.h"
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
    // Counted over the records the acting user sees (ScopeFilter::visibleTo): on PostgreSQL the
    // server's row level security leaves out the same rows; finance sees no activities or leads.
    const ScopeFilter visible = ScopeFilter::visibleTo(db);
    const auto tally = [&](const QString &sql, const SqlCondition &condition, auto assign) {
        SqlQuery q(db, sql.arg(condition.andAlso()));
        q.add(start).add(end);
        for (const QVariant &b : condition.binds)
            q.add(b);
        q.exec();
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.cend())
                assign(reps[*it], q.value(1).toString(), q.value(2).toLongLong());
        }
    };
    if (visible.viewer().seesAny(RecordType::Activity))
        tally(QStringLiteral("SELECT a.user_id, a.kind, count(*) FROM activities a WHERE a.occurred_at >= ? "
                             "AND a.occurred_at < ?%1 GROUP BY a.user_id, a.kind"),
              visible.records(RecordType::Activity, QStringLiteral("a")),
              [](RepActivityFunnel &r, const QString &kind, qint64 n) {
                  if (kind == QLatin1String("call"))
                      r.calls += n;
                  else if (kind == QLatin1String("meeting") || kind == QLatin1String("visit"))
                      r.meetings += n;
                  else if (kind == QLatin1String("proposal"))
                      r.proposals += n;
              });
    if (visible.viewer().seesAny(RecordType::Lead))
        tally(QStringLiteral("SELECT l.owner_id, 'lead', count(*) FROM leads l WHERE l.owner_id IS NOT NULL "
                             "AND COALESCE(l.assigned_at, l.created_at) >= ? "
                             "AND COALESCE(l.assigned_at, l.created_at) < ?%1 GROUP BY l.owner_id"),
              visible.records(RecordType::Lead, QStringLiteral("l")),
              [](RepActivityFunnel &r, const QString &, qint64 n) { r.leads += n; });
    tally(QStringLiteral("SELECT o.owner_id, 'won', count(*) FROM opportunities o WHERE o.status = 'won' "
                         "AND o.closed_at >= ? AND o.closed_at < ?%1 GROUP BY o.owner_id"),
          visible.deals(QStringLiteral("o")), [](RepActivityFunnel &r, const QString &, qint64 n) { r.wins += n; });
    QList<RepActivityFunnel> out;
    for (const RepActivityFunnel &r : reps) {
        if (r.calls || r.leads || r.meetings || r.proposals || r.wins)
            out.append(r);
    }
    return out;
}

} // namespace fd
