#include "activityrepository.h"
#include "domain/trcontext.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/validator.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/tables/activitytables.h"
#include "storage/transaction.h"

#include <QStringList>

namespace fd {

namespace {
const QString kActivityColumns = QStringLiteral(
    "id, kind, subject, occurred_at, duration_minutes, outcome, notes, user_id, lead_id, customer_id, contact_id, "
    "opportunity_id, created_at");
const QString kTaskColumns = QStringLiteral(
    "id, title, due_at, remind_at, done, done_at, user_id, lead_id, customer_id, opportunity_id, activity_id, "
    "created_at");

Activity activityFromRow(const SqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    parseActivityKind(q.value(1).toString(), &a.kind);
    a.subject = q.value(2).toString();
    a.occurredAt = rows::timestamp(q.value(3));
    a.durationMinutes = rows::optionalInt(q.value(4));
    a.outcome = q.value(5).toString();
    a.notes = q.value(6).toString();
    a.userId = q.value(7).toLongLong();
    a.leadId = rows::id(q.value(8));
    a.customerId = rows::id(q.value(9));
    a.contactId = rows::id(q.value(10));
    a.opportunityId = rows::id(q.value(11));
    a.createdAt = rows::timestamp(q.value(12));
    return a;
}

FollowUpTask taskFromRow(const SqlQuery &q)
{
    FollowUpTask t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.dueAt = rows::timestamp(q.value(2));
    t.remindAt = rows::timestamp(q.value(3));
    t.done = q.value(4).toInt() != 0;
    t.doneAt = rows::timestamp(q.value(5));
    t.userId = q.value(6).toLongLong();
    t.leadId = rows::id(q.value(7));
    t.customerId = rows::id(q.value(8));
    t.opportunityId = rows::id(q.value(9));
    t.activityId = rows::id(q.value(10));
    t.createdAt = rows::timestamp(q.value(11));
    return t;
}

struct Link
{
    const char *field;
    const char *table;
    qint64 id;
};

// Existence of each set reference, as located errors.
void checkLinks(Database &db, Validator &v, std::initializer_list<Link> links)
{
    for (const Link &l : links) {
        if (l.id)
            v.check(repo::exists(db, l.table, l.id), QString::fromLatin1(l.field), QString::number(l.id),
                    Validation::tr("does not exist"));
    }
}

// WHERE clause over the link columns and a time column, shared by activities and tasks.
QStringList linkClauses(const ActivityFilter &f, const QString &timeColumn, QVariantList &binds)
{
    QStringList where;
    const std::pair<const char *, qint64> links[] = {{"user_id", f.userId},
                                                     {"customer_id", f.customerId},
                                                     {"opportunity_id", f.opportunityId},
                                                     {"lead_id", f.leadId}};
    for (const auto &[column, id] : links) {
        if (id) {
            where << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            binds << id;
        }
    }
    if (f.from.isValid()) {
        where << QStringLiteral("%1 >= ?").arg(timeColumn);
        binds << isotime::toStored(f.from);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("%1 < ?").arg(timeColumn);
        binds << isotime::toStored(f.to);
    }
    return where;
}
} // namespace

void ActivityRepository::validate(const Activity &a)
{
    Validator v(QStringLiteral("activity"));
    v.required(QStringLiteral("subject"), a.subject, 500);
    v.check(a.occurredAt.isValid(), QStringLiteral("occurred_at"), QString(), Validation::tr("is not a valid time"));
    if (a.durationMinutes)
        v.range(QStringLiteral("duration_minutes"), *a.durationMinutes, 0, 24 * 60);
    v.maxLength(QStringLiteral("outcome"), a.outcome, 1000);
    v.maxLength(QStringLiteral("notes"), a.notes, Validator::kMaxTextLength);
    v.check(repo::exists(m_db, "users", a.userId), QStringLiteral("user"), QString::number(a.userId),
            Validation::tr("does not exist"));
    v.check(a.leadId || a.customerId || a.opportunityId, QStringLiteral("customer"), QString(),
            Validation::tr("an activity belongs to a lead, a customer or a deal"));
    checkLinks(m_db, v,
               {{"lead", "leads", a.leadId},
                {"customer", "customers", a.customerId},
                {"contact", "contacts", a.contactId},
                {"opportunity", "opportunities", a.opportunityId}});
    v.throwIfInvalid();
}

qint64 ActivityRepository::log(Activity &a)
{
    validate(a);
    Viewer::of(m_db).requireCreate(m_db, RecordType::Activity, a.userId);
    const QDateTime now = m_db.clock().now();
    Transaction tx(m_db);
    tables::ActivityRow row;
    row.kind = toString(a.kind);
    row.subject = a.subject.trimmed();
    row.occurredAt = isotime::toStored(a.occurredAt);
    if (a.durationMinutes)
        row.durationMinutes = *a.durationMinutes;
    row.outcome = a.outcome.trimmed();
    row.notes = a.notes;
    row.userId = a.userId;
    row.leadId = a.leadId;
    row.customerId = a.customerId;
    row.contactId = a.contactId;
    row.opportunityId = a.opportunityId;
    row.createdAt = isotime::toStored(now);
    a.id = tables::insert(m_db, row);
    if (a.leadId) {
        // The pool rules (return after N days without follow-up) read last_followup_at.
        SqlQuery lead(m_db, QStringLiteral("UPDATE leads SET last_followup_at = ? WHERE id = ? AND "
                                           "(last_followup_at IS NULL OR last_followup_at < ?)"));
        const QString at = isotime::toStored(a.occurredAt);
        lead.add(at).add(a.leadId).add(at).exec();
    }
    audit::record(m_db, QStringLiteral("activity"), a.id, QStringLiteral("insert"));
    tx.commit();
    a.createdAt = now;
    return a.id;
}

Activity ActivityRepository::activity(qint64 id)
{
    QVariantList binds{id};
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM activities").arg(kActivityColumns)
                         + repo::visibleOnly(m_db, RecordType::Activity, QStringLiteral("activities"),
                                             QStringLiteral("WHERE id = ?"), binds));
    repo::execWith(q, binds);
    if (!q.next())
        throw NotFoundError(QStringLiteral("Activity %1 does not exist").arg(id));
    return activityFromRow(q);
}

QList<Activity> ActivityRepository::activities(const ActivityFilter &f)
{
    QVariantList binds;
    const QStringList where = linkClauses(f, QStringLiteral("occurred_at"), binds);
    QString sql = QStringLiteral("SELECT %1 FROM activities %2 ORDER BY occurred_at DESC, id DESC")
                      .arg(kActivityColumns, repo::visibleOnly(m_db, RecordType::Activity, QStringLiteral("activities"),
                                                               repo::where(where), binds));
    sql += repo::page(f.limit, 0, binds);
    SqlQuery q(m_db, sql);
    repo::execWith(q, binds);
    QList<Activity> list;
    while (q.next())
        list.append(activityFromRow(q));
    return list;
}

// Tasks -----------------------------------------------------------------------------

void ActivityRepository::validate(const FollowUpTask &t)
{
    Validator v(QStringLiteral("task"));
    v.required(QStringLiteral("title"), t.title, 500);
    v.check(t.dueAt.isValid(), QStringLiteral("due_at"), QString(), Validation::tr("is not a valid time"));
    v.check(!t.remindAt.isValid() || !t.dueAt.isValid() || t.remindAt <= t.dueAt, QStringLiteral("remind_at"),
            isotime::toStored(t.remindAt), Validation::tr("is after the due time"));
    v.check(repo::exists(m_db, "users", t.userId), QStringLiteral("user"), QString::number(t.userId),
            Validation::tr("does not exist"));
    checkLinks(m_db, v,
               {{"lead", "leads", t.leadId},
                {"customer", "customers", t.customerId},
                {"opportunity", "opportunities", t.opportunityId},
                {"activity", "activities", t.activityId}});
    v.throwIfInvalid();
}

qint64 ActivityRepository::addTask(FollowUpTask &t)
{
    validate(t);
    Viewer::of(m_db).requireCreate(m_db, RecordType::Task, t.userId);
    const QDateTime now = m_db.clock().now();
    if (t.done && !t.doneAt.isValid())
        t.doneAt = now;
    if (!t.done)
        t.doneAt = QDateTime();
    Transaction tx(m_db);
    tables::FollowupTaskRow row;
    row.title = t.title.trimmed();
    row.dueAt = isotime::toStored(t.dueAt);
    if (t.remindAt.isValid())
        row.remindAt = isotime::toStored(t.remindAt);
    row.done = t.done ? 1 : 0;
    if (t.doneAt.isValid())
        row.doneAt = isotime::toStored(t.doneAt);
    row.userId = t.userId;
    row.leadId = t.leadId;
    row.customerId = t.customerId;
    row.opportunityId = t.opportunityId;
    row.activityId = t.activityId;
    row.createdAt = isotime::toStored(now);
    t.id = tables::insert(m_db, row);
    audit::record(m_db, QStringLiteral("task"), t.id, QStringLiteral("insert"));
    tx.commit();
    t.createdAt = now;
    return t.id;
}

QList<FollowUpTask> ActivityRepository::queryTasks(const QString &where, const QVariantList &binds, int limit)
{
    QVariantList all = binds;
    const QString visible = repo::visibleOnly(m_db, RecordType::Task, QStringLiteral("followup_tasks"), where, all);
    const QString sql =
        QStringLiteral("SELECT %1 FROM followup_tasks %2 ORDER BY due_at, id").arg(kTaskColumns, visible)
        + repo::page(limit, 0, all);
    SqlQuery q(m_db, sql);
    repo::execWith(q, all);
    QList<FollowUpTask> list;
    while (q.next())
        list.append(taskFromRow(q));
    return list;
}

FollowUpTask ActivityRepository::task(qint64 id)
{
    const QList<FollowUpTask> list = queryTasks(QStringLiteral("WHERE id = ?"), {id}, 0);
    if (list.isEmpty())
        throw NotFoundError(QStringLiteral("Task %1 does not exist").arg(id));
    return list.first();
}

QList<FollowUpTask> ActivityRepository::openTasks(const ActivityFilter &f)
{
    QVariantList binds;
    QStringList where = linkClauses(f, QStringLiteral("due_at"), binds);
    where.prepend(QStringLiteral("done = 0"));
    return queryTasks(QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")), binds, f.limit);
}

QList<FollowUpTask> ActivityRepository::overdueTasks(qint64 userId)
{
    ActivityFilter f;
    f.userId = userId;
    f.to = m_db.clock().now();
    return openTasks(f);
}

void ActivityRepository::setTaskDone(qint64 id, bool done)
{
    const FollowUpTask before = task(id);
    if (before.done == done)
        return;
    repo::requireWrite(m_db, RecordType::Task, id);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE followup_tasks SET done = ?, done_at = ? WHERE id = ?"));
    q.add(done ? 1 : 0).add(done ? QVariant(isotime::toStored(m_db.clock().now())) : QVariant()).add(id).exec();
    audit::recordChange(m_db, QStringLiteral("task"), id, QStringLiteral("done"), before.done ? 1 : 0, done ? 1 : 0);
    tx.commit();
}

} // namespace fd
