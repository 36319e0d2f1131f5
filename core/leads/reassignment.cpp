#include "reassignment.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/validator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/pgaccess.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace fd {

namespace {

struct Holding
{
    const char *table;
    const char *entity;
    const char *column;
    const char *openCondition;
    bool versioned;             // has updated_at and row_version
    bool touchAssigned = false; // leads: a new owner starts a fresh follow-up window
    bool authored = false;      // deals: updated_by names who saved it last (a conflict tells)
};

// Moves the rows of one kind; returns how many.
int move(Database &db, const Holding &h, qint64 from, qint64 to, const QString &now)
{
    const QString table = QString::fromLatin1(h.table);
    const QString column = QString::fromLatin1(h.column);
    SqlQuery q(db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND %3 ORDER BY id")
                       .arg(table, column, QString::fromLatin1(h.openCondition)));
    q.add(from).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    const QString sql =
        h.versioned
            ? QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ?, row_version = row_version + 1%3%4 WHERE id = ?")
                  .arg(table, column, h.touchAssigned ? QStringLiteral(", assigned_at = ?") : QString(),
                       h.authored ? QStringLiteral(", updated_by = ?") : QString())
            : QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column);
    for (qint64 id : ids) {
        SqlQuery u(db, sql);
        u.add(to);
        if (h.versioned)
            u.add(now);
        if (h.touchAssigned)
            u.add(now);
        if (h.authored)
            u.add(nullableId(db.actingUserId()));
        u.add(id).exec();
        audit::record(db, QString::fromLatin1(h.entity), id, QStringLiteral("reassign"), column, from, to);
    }
    return int(ids.size());
}

// Team mode: the server moves the records (fd_reassign_on_leave, which checks that the
// signed-in user is an admin, or a manager of both people); the journal rows follow here.
ReassignResult reassignOnServer(Database &db, qint64 from, qint64 to, const QString &now)
{
    Transaction tx(db);
    SqlQuery q(db, QStringLiteral("SELECT entity, record_id FROM fd_reassign_on_leave(?, ?, ?)"));
    q.add(from).add(to).add(now).exec();
    ReassignResult r;
    while (q.next()) {
        const QString entity = q.value(0).toString();
        const qint64 id = q.value(1).toLongLong();
        const bool task = entity == QLatin1String("followup_task");
        audit::record(db, entity, id, QStringLiteral("reassign"),
                      task ? QStringLiteral("user_id") : QStringLiteral("owner_id"), from, to);
        if (entity == QLatin1String("customer"))
            ++r.customers;
        else if (entity == QLatin1String("lead"))
            ++r.leads;
        else if (entity == QLatin1String("opportunity"))
            ++r.opportunities;
        else
            ++r.tasks;
    }
    tx.commit();
    return r;
}

} // namespace

ReassignResult reassignOnLeave(Database &db, qint64 from, qint64 to)
{
    Validator v(QStringLiteral("user"));
    v.check(from != to, QStringLiteral("to"), QString::number(to),
            QCoreApplication::translate("Validation", "must differ from the leaving rep"));
    SqlQuery active(db, QStringLiteral("SELECT active FROM users WHERE id = ?"));
    v.check(active.add(to).scalar().toInt() == 1, QStringLiteral("to"), QString::number(to),
            QCoreApplication::translate("Validation", "is not an active user"));
    v.throwIfInvalid();

    const QString now = isotime::toStored(db.clock().now());
    if (pgaccess::hasTeamSecurity(db))
        return reassignOnServer(db, from, to, now);
    Transaction tx(db);
    ReassignResult r;
    r.customers = move(db, {"customers", "customer", "owner_id", "1 = 1", true}, from, to, now);
    r.leads = move(db, {"leads", "lead", "owner_id", "status <> 'converted'", true, true}, from, to, now);
    r.opportunities = move(
        db, {"opportunities", "opportunity", "owner_id", "status IN ('open', 'on_hold')", true, false, true}, from, to,
        now);
    r.tasks = move(db, {"followup_tasks", "followup_task", "user_id", "done = 0", false}, from, to, now);
    tx.commit();
    return r;
}

} // namespace fd
