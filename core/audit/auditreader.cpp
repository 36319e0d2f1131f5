#include "auditreader.h"

#include "auditscope.h"

#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/repositories/auditrepository.h"
#include "storage/repositories/repositorysupport.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace fd {

namespace {

bool onPostgres(const Database &db)
{
    return db.dialect().kind() == Dialect::Kind::Postgres;
}

// Record kinds (audit_log.entity) and the tables the server's trail names (audit_trail.table_name).
const QList<QPair<QString, QString>> &kindTables()
{
    static const QList<QPair<QString, QString>> list = {
        {QStringLiteral("opportunity"), QStringLiteral("opportunities")},
        {QStringLiteral("customer"), QStringLiteral("customers")},
        {QStringLiteral("contact"), QStringLiteral("contacts")},
        {QStringLiteral("lead"), QStringLiteral("leads")},
        {QStringLiteral("contract"), QStringLiteral("contracts")},
        {QStringLiteral("user"), QStringLiteral("users")},
        {QStringLiteral("team"), QStringLiteral("teams")},
        {QStringLiteral("region"), QStringLiteral("regions")},
        {QStringLiteral("activity"), QStringLiteral("activities")},
        {QStringLiteral("task"), QStringLiteral("followup_tasks")},
        {QStringLiteral("target"), QStringLiteral("targets")},
        {QStringLiteral("pipeline"), QStringLiteral("pipelines")},
        {QStringLiteral("stage"), QStringLiteral("stages")},
        {QStringLiteral("invoice"), QStringLiteral("invoices")},
        {QStringLiteral("receipt"), QStringLiteral("receipts")},
        {QStringLiteral("payment_plan"), QStringLiteral("payment_plans")},
        {QStringLiteral("receivable_adjustment"), QStringLiteral("receivable_adjustments")},
        {QStringLiteral("attachment"), QStringLiteral("attachments")},
        {QStringLiteral("setting"), QStringLiteral("settings")},
        {QStringLiteral("product"), QStringLiteral("products")},
        {QStringLiteral("product_line"), QStringLiteral("product_lines")},
        {QStringLiteral("campaign"), QStringLiteral("campaigns")},
        {QStringLiteral("import_batch"), QStringLiteral("import_batches")},
        {QStringLiteral("pay_plan"), QStringLiteral("pay_plans")},
        {QStringLiteral("pay_period"), QStringLiteral("pay_period_closes")},
        {QStringLiteral("statement_review"), QStringLiteral("pay_statement_reviews")},
    };
    return list;
}

QString tableOf(const QString &kind)
{
    for (const auto &p : kindTables())
        if (p.first == kind)
            return p.second;
    return kind; // a table with no record kind of its own (stage history, deal products, …)
}

QString kindOf(const QString &table)
{
    for (const auto &p : kindTables())
        if (p.second == table)
            return p.first;
    return table;
}

bool isSignInAction(const QString &action)
{
    return action.startsWith(QLatin1String("sign_"));
}

// "2026-11-23T00:00:00Z": the first instant of a UTC day, comparable with stored timestamps.
QString dayStart(const QDate &day)
{
    return isotime::toStored(QDateTime(day, QTime(0, 0), Qt::UTC));
}

// Conditions every source shares: time window on `timeColumn` (stored text on SQLite,
// timestamptz on PostgreSQL: `cast` wraps the bound text).
void addWindow(const AuditFilter &f, const QString &timeColumn, const QString &cast, QStringList &where,
               QVariantList &binds)
{
    if (f.since.isValid()) {
        where << QStringLiteral("%1 >= %2").arg(timeColumn, cast.arg(QStringLiteral("?")));
        binds << dayStart(f.since);
    }
    if (f.until.isValid()) {
        where << QStringLiteral("%1 < %2").arg(timeColumn, cast.arg(QStringLiteral("?")));
        binds << dayStart(f.until.addDays(1));
    }
}

bool inWindow(const AuditFilter &f, const QDateTime &at)
{
    const QDate day = at.toUTC().date();
    return (!f.since.isValid() || day >= f.since) && (!f.until.isValid() || day <= f.until);
}

// The newest `limit` events, newest first.
QList<AuditEvent> newestFirst(QList<AuditEvent> events, int limit)
{
    std::stable_sort(events.begin(), events.end(), [](const AuditEvent &a, const AuditEvent &b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt > b.occurredAt : a.id > b.id;
    });
    if (limit > 0 && events.size() > limit)
        events.resize(limit);
    return events;
}

// Journal rows (one per field) become events: consecutive rows of one moment, author, record
// and action are one change. `entries` are oldest first.
QList<AuditEvent> groupEntries(const QList<AuditEntry> &entries, const QHash<qint64, QPair<QString, QString>> &users)
{
    QList<AuditEvent> events;
    for (const AuditEntry &e : entries) {
        AuditEvent *last = events.isEmpty() ? nullptr : &events.last();
        const bool same = last && last->occurredAt == e.occurredAt && last->userId == e.userId
                          && last->entity == e.entity && last->entityId == e.entityId && last->action == e.action
                          && !e.field.isEmpty() && !last->changes.isEmpty();
        if (!same) {
            AuditEvent ev;
            ev.id = e.id;
            ev.occurredAt = e.occurredAt;
            ev.userId = e.userId;
            ev.userLogin = users.value(e.userId).first;
            ev.userName = users.value(e.userId).second;
            ev.entity = e.entity;
            ev.entityId = e.entityId;
            ev.action = e.action;
            events.append(ev);
            last = &events.last();
        }
        if (!e.field.isEmpty())
            last->changes.append({e.field, e.oldValue, e.newValue, !e.oldValue.isNull(), !e.newValue.isNull()});
    }
    return events;
}

QHash<qint64, QPair<QString, QString>> userNames(Database &db)
{
    QHash<qint64, QPair<QString, QString>> names;
    SqlQuery q(db, QStringLiteral("SELECT id, login, display_name FROM users"));
    q.exec();
    while (q.next())
        names.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    return names;
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// The changed columns of one trail row; bookkeeping columns say nothing to a reader.
QList<AuditChange> trailChanges(const QString &oldJson, const QString &newJson)
{
    static const QStringList noise = {QStringLiteral("id"), QStringLiteral("updated_at"),
                                      QStringLiteral("row_version")};
    const QJsonObject o = QJsonDocument::fromJson(oldJson.toUtf8()).object();
    const QJsonObject n = QJsonDocument::fromJson(newJson.toUtf8()).object();
    QStringList keys = o.keys();
    for (const QString &k : n.keys())
        if (!keys.contains(k))
            keys.append(k);
    std::sort(keys.begin(), keys.end());
    QList<AuditChange> changes;
    for (const QString &k : keys) {
        if (noise.contains(k))
            continue;
        const QJsonValue a = o.value(k);
        const QJsonValue b = n.value(k);
        const bool hadOld = !a.isUndefined() && !a.isNull();
        const bool hasNew = !b.isUndefined() && !b.isNull();
        if (!hadOld && !hasNew)
            continue;
        changes.append({k, jsonText(a), jsonText(b), hadOld, hasNew});
    }
    return changes;
}

bool changesField(const AuditEvent &e, const char *field)
{
    return std::any_of(e.changes.begin(), e.changes.end(),
                       [&](const AuditChange &c) { return c.field == QLatin1String(field); });
}

} // namespace

QList<AuditEvent> AuditReader::list(const AuditFilter &filter)
{
    if (!onPostgres(m_db))
        return newestFirst(fromJournal(filter), filter.limit);
    QList<AuditEvent> events;
    const bool signIns = (filter.entity.isEmpty() || filter.entity == QLatin1String("user"))
                         && (filter.action.isEmpty() || isSignInAction(filter.action));
    if (filter.action.isEmpty() || !isSignInAction(filter.action))
        events = fromTrail(filter);
    if (signIns)
        events += signInsFromJournal(filter);
    return newestFirst(events, filter.limit);
}

QList<AuditEvent> AuditReader::fromJournal(const AuditFilter &f)
{
    const auto users = userNames(m_db);
    const AuditScope scope(m_db);
    if (!f.entity.isEmpty() && f.entityId) {
        // One record's trail (with the import that created it), filtered here: it is short.
        QList<AuditEntry> entries;
        for (const AuditEntry &e : AuditRepository(m_db).forEntity(f.entity, f.entityId)) {
            if ((f.userId && e.userId != f.userId) || (!f.action.isEmpty() && e.action != f.action)
                || !inWindow(f, e.occurredAt))
                continue;
            entries.append(e);
        }
        if (!scope.all()) {
            QVariantList binds{f.entity, f.entityId};
            const QString visible = scope.condition(QStringLiteral("a"), binds);
            SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM (SELECT CAST(? AS TEXT) AS entity, "
                                            "CAST(? AS BIGINT) AS entity_id, CAST(NULL AS BIGINT) AS user_id) a "
                                            "WHERE %1")
                                 .arg(visible));
            for (const QVariant &b : binds)
                q.add(b);
            if (q.scalar().toInt() == 0) {
                // Not theirs to see: only what they did to it themselves.
                const qint64 me = m_db.actingUserId();
                entries.erase(std::remove_if(entries.begin(), entries.end(),
                                             [me](const AuditEntry &e) { return e.userId != me; }),
                              entries.end());
            }
        }
        return groupEntries(entries, users);
    }
    QStringList where;
    QVariantList binds;
    if (!f.entity.isEmpty()) {
        where << QStringLiteral("a.entity = ?");
        binds << f.entity;
    }
    if (f.userId) {
        where << QStringLiteral("a.user_id = ?");
        binds << f.userId;
    }
    if (!f.action.isEmpty()) {
        where << QStringLiteral("a.action = ?");
        binds << f.action;
    }
    addWindow(f, QStringLiteral("a.occurred_at"), QStringLiteral("%1"), where, binds);
    if (!scope.all())
        where << scope.condition(QStringLiteral("a"), binds);
    SqlQuery q(m_db, QStringLiteral("SELECT a.id, a.occurred_at, a.user_id, a.entity, a.entity_id, a.action, a.field, "
                                    "a.old_value, a.new_value FROM audit_log a %1 ORDER BY a.id")
                         .arg(repo::where(where)));
    for (const QVariant &b : binds)
        q.add(b);
    q.exec();
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.occurredAt = isotime::parseTimestamp(q.value(1).toString()).value_or(QDateTime());
        e.userId = q.value(2).toLongLong();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.field = q.value(6).toString();
        e.oldValue = q.value(7).toString();
        e.newValue = q.value(8).toString();
        if (q.value(7).isNull())
            e.oldValue = QString();
        if (q.value(8).isNull())
            e.newValue = QString();
        entries.append(e);
    }
    return groupEntries(entries, users);
}

QList<AuditEvent> AuditReader::fromTrail(const AuditFilter &f)
{
    QStringList where;
    QVariantList binds;
    if (!f.entity.isEmpty()) {
        where << QStringLiteral("t.table_name = ?");
        binds << tableOf(f.entity);
        if (f.entityId) {
            where << QStringLiteral("t.record_id = ?");
            binds << f.entityId;
        }
    }
    if (f.userId) {
        where << QStringLiteral("t.user_id = ?");
        binds << f.userId;
    }
    // insert / update / delete are the trail's operations; move and reassign are updates.
    static const QStringList operations = {QStringLiteral("insert"), QStringLiteral("update"),
                                           QStringLiteral("delete")};
    if (operations.contains(f.action)) {
        where << QStringLiteral("t.operation = ?");
        binds << f.action.toUpper();
    } else if (!f.action.isEmpty()) {
        where << QStringLiteral("t.operation = 'UPDATE'");
    }
    addWindow(f, QStringLiteral("t.occurred_at"), QStringLiteral("CAST(%1 AS TIMESTAMPTZ)"), where, binds);
    SqlQuery q(m_db, QStringLiteral("SELECT t.id, t.occurred_at, t.user_id, t.db_user, u.display_name, t.table_name, "
                                    "t.record_id, t.operation, CAST(t.old_values AS TEXT), "
                                    "CAST(t.new_values AS TEXT) FROM audit_trail t "
                                    "LEFT JOIN users u ON u.id = t.user_id %1 ORDER BY t.id")
                         .arg(repo::where(where)));
    for (const QVariant &b : binds)
        q.add(b);
    q.exec();
    QList<AuditEvent> events;
    while (q.next()) {
        AuditEvent e;
        e.id = q.value(0).toLongLong();
        e.occurredAt = q.value(1).toDateTime().toUTC();
        e.userId = q.value(2).toLongLong();
        e.userLogin = q.value(3).toString();
        e.userName = q.value(4).toString();
        e.entity = kindOf(q.value(5).toString());
        e.entityId = q.value(6).toLongLong();
        e.action = q.value(7).toString().toLower();
        e.changes = trailChanges(q.value(8).toString(), q.value(9).toString());
        if (e.action == QLatin1String("update")) {
            if (e.entity == QLatin1String("opportunity") && changesField(e, "stage_id"))
                e.action = QStringLiteral("move");
            else if (changesField(e, "owner_id"))
                e.action = QStringLiteral("reassign");
        }
        if (!f.action.isEmpty() && e.action != f.action)
            continue;
        events.append(e);
    }
    return events;
}

QList<AuditEvent> AuditReader::signInsFromJournal(const AuditFilter &f)
{
    AuditFilter journal = f;
    journal.entity = QStringLiteral("user");
    QList<AuditEvent> events;
    for (const AuditEvent &e : fromJournal(journal))
        if (isSignInAction(e.action) && (!f.entityId || e.entityId == f.entityId))
            events.append(e);
    return events;
}

} // namespace fd
