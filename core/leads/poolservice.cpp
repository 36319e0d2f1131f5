#include "poolservice.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/validator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/pgaccess.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "storage/viewer.h"

#include <QCoreApplication>

namespace fd {

namespace {
bool activeUser(Database &db, qint64 userId)
{
    SqlQuery q(db, QStringLiteral("SELECT active FROM users WHERE id = ?"));
    return q.add(userId).scalar().toInt() == 1;
}
} // namespace

int PoolService::returnDays()
{
    const qint64 days = SettingsRepository(m_db).integer(QString::fromLatin1(kReturnDaysKey), kDefaultReturnDays);
    return days >= 1 ? int(days) : kDefaultReturnDays;
}

void PoolService::setOwner(qint64 leadId, qint64 userId, bool mustBePooled)
{
    Validator v(QStringLiteral("lead"));
    v.check(userId > 0 && activeUser(m_db, userId), QStringLiteral("owner"), QString::number(userId),
            QCoreApplication::translate("Validation", "is not an active user"));
    v.throwIfInvalid();
    Transaction tx(m_db);
    SqlQuery cur(m_db, QStringLiteral("SELECT owner_id, status FROM leads WHERE id = ?"));
    cur.add(leadId).exec();
    if (!cur.next())
        throw NotFoundError(QStringLiteral("Lead %1 does not exist").arg(leadId));
    const qint64 before = cur.value(0).toLongLong();
    v.check(cur.value(1).toString() != QLatin1String("converted"), QStringLiteral("status"), QString::number(leadId),
            QCoreApplication::translate("Validation", "a converted lead cannot change hands"));
    v.throwIfInvalid();
    if (mustBePooled && before != 0)
        throw ConflictError(QStringLiteral("Lead %1 was already claimed by user %2").arg(leadId).arg(before));
    if (before == userId) {
        tx.commit();
        return;
    }
    // The server's rule (fd_set_lead_owner) checked by the core too: on a SQLite file it is the
    // only check, on PostgreSQL it says why before the server refuses.
    Viewer::of(m_db).requireGiveLead(m_db, leadId, before, userId);
    const QString now = isotime::toStored(m_db.clock().now());
    if (pgaccess::hasTeamSecurity(m_db)) {
        // The server decides whether the signed-in user may (fd_set_lead_owner, 0006).
        SqlQuery u(m_db, QStringLiteral("SELECT fd_set_lead_owner(?, ?, ?, ?)"));
        u.add(leadId).add(userId).add(now).add(mustBePooled).exec();
    } else {
        SqlQuery u(m_db, QStringLiteral("UPDATE leads SET owner_id = ?, assigned_at = ?, updated_at = ?, "
                                        "row_version = row_version + 1 WHERE id = ?"));
        u.add(userId).add(now).add(now).add(leadId).exec();
    }
    audit::record(m_db, QStringLiteral("lead"), leadId, QStringLiteral("reassign"), QStringLiteral("owner_id"),
                  nullableId(before), userId);
    tx.commit();
}

void PoolService::claim(qint64 leadId, qint64 userId)
{
    setOwner(leadId, userId ? userId : m_db.actingUserId(), true);
}

void PoolService::assign(qint64 leadId, qint64 userId)
{
    setOwner(leadId, userId, false);
}

QList<QPair<qint64, qint64>> PoolService::assignRoundRobin(const QList<qint64> &leadIds, qint64 teamId)
{
    QList<qint64> reps;
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM users WHERE team_id = ? AND active = 1 AND role = 'rep' "
                                    "ORDER BY id"));
    q.add(teamId).exec();
    while (q.next())
        reps.append(q.value(0).toLongLong());
    Validator v(QStringLiteral("team"));
    v.check(!reps.isEmpty(), QStringLiteral("team"), QString::number(teamId),
            QCoreApplication::translate("Validation", "has no active rep"));
    v.throwIfInvalid();
    Viewer::of(m_db).requireAssignToTeam(m_db, teamId);

    // The cursor (last rep served) lives in the settings so the next batch goes on from it.
    const QString cursorKey = QStringLiteral("pool.round_robin.team_%1").arg(teamId);
    SettingsRepository settings(m_db);
    const qint64 last = settings.integer(cursorKey, 0);
    int next = 0;
    while (next < reps.size() && reps.at(next) <= last)
        ++next;
    Transaction tx(m_db);
    QList<QPair<qint64, qint64>> done;
    for (qint64 leadId : leadIds) {
        const qint64 rep = reps.at(next % reps.size());
        setOwner(leadId, rep, false);
        done.append({leadId, rep});
        ++next;
    }
    if (!done.isEmpty()) {
        if (pgaccess::hasTeamSecurity(m_db)) {
            // A manager has no write grant on the settings: the server records the cursor
            // after checking the team is theirs (fd_set_round_robin_cursor, migration 0016).
            SqlQuery cursor(m_db, QStringLiteral("SELECT fd_set_round_robin_cursor(?, ?)"));
            cursor.add(teamId).add(done.last().second).exec();
        } else {
            settings.setInteger(cursorKey, done.last().second);
        }
    }
    tx.commit();
    return done;
}

QList<qint64> PoolService::returnStale(const QDateTime &asOf)
{
    const QDateTime at = asOf.isValid() ? asOf.toUTC() : m_db.clock().now();
    const QString cutoff = isotime::toStored(at.addDays(-returnDays()));
    Transaction tx(m_db);
    // The latest of the follow-up and the assignment counts: a new owner gets N fresh days.
    SqlQuery q(m_db, QStringLiteral("SELECT id, owner_id FROM leads WHERE owner_id IS NOT NULL "
                                    "AND status IN ('new', 'contacted', 'qualified') "
                                    "AND (CASE WHEN last_followup_at IS NOT NULL AND (assigned_at IS NULL OR "
                                    "last_followup_at > assigned_at) THEN last_followup_at "
                                    "ELSE COALESCE(assigned_at, created_at) END) < ? ORDER BY id"));
    q.add(cutoff).exec();
    QList<QPair<qint64, qint64>> stale;
    while (q.next())
        stale.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    const QString now = isotime::toStored(m_db.clock().now());
    QList<qint64> returned;
    for (const auto &s : stale) {
        SqlQuery u(m_db, QStringLiteral("UPDATE leads SET owner_id = NULL, assigned_at = NULL, updated_at = ?, "
                                        "row_version = row_version + 1 WHERE id = ?"));
        u.add(now).add(s.first).exec();
        audit::record(m_db, QStringLiteral("lead"), s.first, QStringLiteral("pool_return"), QStringLiteral("owner_id"),
                      s.second, QVariant());
        returned.append(s.first);
    }
    tx.commit();
    return returned;
}

} // namespace fd
