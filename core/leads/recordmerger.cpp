#include "recordmerger.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/normalize.h"
#include "domain/validator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/tables/customertables.h"
#include "storage/tables/leadtables.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QStringList>

namespace fd {

namespace {

struct Reference
{
    const char *table;
    const char *column;
};

// Every column that points at a lead or a customer (schema 0001).
const QList<Reference> &references(RecordKind kind)
{
    static const QList<Reference> leads{{"activities", "lead_id"}, {"followup_tasks", "lead_id"}};
    static const QList<Reference> customers{{"contacts", "customer_id"},       {"opportunities", "customer_id"},
                                            {"contracts", "customer_id"},      {"activities", "customer_id"},
                                            {"followup_tasks", "customer_id"}, {"leads", "converted_customer_id"}};
    return kind == RecordKind::Leads ? leads : customers;
}

QString tableOf(RecordKind kind)
{
    return kind == RecordKind::Leads ? QStringLiteral("leads") : QStringLiteral("customers");
}

QString entityOf(RecordKind kind)
{
    return kind == RecordKind::Leads ? QStringLiteral("lead") : QStringLiteral("customer");
}

// Fields the keeper takes from the loser when its own are empty.
QStringList fillableColumns(RecordKind kind)
{
    if (kind == RecordKind::Leads)
        return {QStringLiteral("company"),   QStringLiteral("title"),   QStringLiteral("phone"),
                QStringLiteral("email"),     QStringLiteral("source"),  QStringLiteral("campaign_id"),
                QStringLiteral("region_id"), QStringLiteral("owner_id")};
    return {QStringLiteral("industry"), QStringLiteral("size"),    QStringLiteral("region_id"),
            QStringLiteral("owner_id"), QStringLiteral("phone"),   QStringLiteral("email"),
            QStringLiteral("address"),  QStringLiteral("website"), QStringLiteral("source"),
            QStringLiteral("tier")};
}

QList<QPair<QString, QVariant>> readRow(Database &db, const QString &table, qint64 id)
{
    SqlQuery q(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.add(id).exec();
    if (!q.next())
        throw NotFoundError(QStringLiteral("%1 %2 does not exist").arg(table).arg(id));
    const QSqlRecord rec = q.raw().record();
    QList<QPair<QString, QVariant>> row;
    for (int i = 0; i < rec.count(); ++i)
        row.append({rec.fieldName(i), q.value(i)});
    return row;
}

QVariant valueOf(const QList<QPair<QString, QVariant>> &row, const QString &column)
{
    for (const auto &p : row) {
        if (p.first == column)
            return p.second;
    }
    return {};
}

bool isEmpty(const QVariant &v)
{
    return v.isNull() || v.toString().trimmed().isEmpty();
}

QList<qint64> idsWhere(Database &db, const QString &sql, qint64 id)
{
    SqlQuery q(db, sql);
    q.add(id).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void setColumn(Database &db, const QString &table, const QString &column, qint64 value, const QList<qint64> &ids)
{
    const QString sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column);
    for (qint64 id : ids)
        SqlQuery(db, sql).add(value).add(id).exec();
}

} // namespace

MergeRecord RecordMerger::merge(RecordKind kind, qint64 keeperId, qint64 loserId)
{
    const QString table = tableOf(kind);
    const QString entity = entityOf(kind);
    Validator v(entity);
    v.check(keeperId != loserId, QStringLiteral("merge"), QString::number(loserId),
            QCoreApplication::translate("Validation", "cannot be merged with itself"));
    v.throwIfInvalid();

    Transaction tx(m_db);
    MergeRecord r;
    r.kind = kind;
    r.keeperId = keeperId;
    r.loserId = loserId;
    r.keeperBefore = readRow(m_db, table, keeperId);
    r.loserRow = readRow(m_db, table, loserId);
    if (kind == RecordKind::Leads) {
        for (qint64 id : {keeperId, loserId}) {
            const auto row = id == keeperId ? r.keeperBefore : r.loserRow;
            v.check(valueOf(row, QStringLiteral("status")).toString() != QLatin1String("converted"),
                    QStringLiteral("status"), QString::number(id),
                    QCoreApplication::translate("Validation", "a converted lead cannot be merged"));
        }
        v.throwIfInvalid();
    }

    // The loser's primary contacts become secondary: the keeper's file has one primary.
    if (kind == RecordKind::Customers) {
        r.demotedContacts = idsWhere(
            m_db, QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? AND is_primary = 1 ORDER BY id"),
            loserId);
        for (qint64 id : r.demotedContacts)
            SqlQuery(m_db, QStringLiteral("UPDATE contacts SET is_primary = 0 WHERE id = ?")).add(id).exec();
    }
    for (const Reference &ref : references(kind)) {
        MergeRecord::Moved m{QString::fromLatin1(ref.table), QString::fromLatin1(ref.column), {}};
        m.ids = idsWhere(m_db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(m.table, m.column),
                         loserId);
        setColumn(m_db, m.table, m.column, keeperId, m.ids);
        r.moved.append(m);
    }
    MergeRecord::Moved files{QStringLiteral("attachments"), QStringLiteral("entity_id"), {}};
    SqlQuery fq(m_db, QStringLiteral("SELECT id FROM attachments WHERE entity = ? AND entity_id = ? ORDER BY id"));
    fq.add(entity).add(loserId).exec();
    while (fq.next())
        files.ids.append(fq.value(0).toLongLong());
    setColumn(m_db, files.table, files.column, keeperId, files.ids);
    r.moved.append(files);

    // Fill the keeper's gaps from the loser, keep both notes.
    QStringList sets;
    QVariantList binds;
    for (const QString &column : fillableColumns(kind)) {
        const QVariant mine = valueOf(r.keeperBefore, column);
        const QVariant theirs = valueOf(r.loserRow, column);
        if (isEmpty(mine) && !isEmpty(theirs)) {
            sets << column + QStringLiteral(" = ?");
            binds << theirs;
            audit::recordChange(m_db, entity, keeperId, column, mine, theirs);
        }
    }
    const QString myNotes = valueOf(r.keeperBefore, QStringLiteral("notes")).toString();
    const QString theirNotes = valueOf(r.loserRow, QStringLiteral("notes")).toString();
    if (!theirNotes.trimmed().isEmpty() && theirNotes != myNotes) {
        sets << QStringLiteral("notes = ?");
        binds << (myNotes.trimmed().isEmpty() ? theirNotes : myNotes + QStringLiteral("\n\n") + theirNotes);
    }
    if (kind == RecordKind::Leads) {
        const QString company = isEmpty(valueOf(r.keeperBefore, QStringLiteral("company")))
                                    ? valueOf(r.loserRow, QStringLiteral("company")).toString()
                                    : valueOf(r.keeperBefore, QStringLiteral("company")).toString();
        const QString phone = isEmpty(valueOf(r.keeperBefore, QStringLiteral("phone")))
                                  ? valueOf(r.loserRow, QStringLiteral("phone")).toString()
                                  : valueOf(r.keeperBefore, QStringLiteral("phone")).toString();
        sets << QStringLiteral("normalized_company = ?") << QStringLiteral("normalized_phone = ?");
        binds << nullableText(normalize::companyName(company)) << nullableText(normalize::phone(phone));
        // A lead that gains an owner in the merge counts as assigned now.
        if (isEmpty(valueOf(r.keeperBefore, QStringLiteral("owner_id")))
            && !isEmpty(valueOf(r.loserRow, QStringLiteral("owner_id")))) {
            sets << QStringLiteral("assigned_at = ?");
            binds << valueOf(r.loserRow, QStringLiteral("assigned_at"));
        }
        // The latest follow-up of either lead keeps the merged one out of the pool return.
        const QString mineAt = valueOf(r.keeperBefore, QStringLiteral("last_followup_at")).toString();
        const QString theirsAt = valueOf(r.loserRow, QStringLiteral("last_followup_at")).toString();
        if (theirsAt > mineAt) {
            sets << QStringLiteral("last_followup_at = ?");
            binds << theirsAt;
        }
    }
    const int version = valueOf(r.keeperBefore, QStringLiteral("row_version")).toInt();
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("row_version = ?");
    binds << isotime::toStored(m_db.clock().now()) << version + 1;
    SqlQuery u(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
    for (const QVariant &b : binds)
        u.add(b);
    u.add(keeperId).exec();
    r.keeperVersionAfter = version + 1;

    SqlQuery del(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    del.add(loserId).exec();
    audit::record(m_db, entity, keeperId, QStringLiteral("merge"), QStringLiteral("merged_from"), {}, loserId);
    audit::record(m_db, entity, loserId, QStringLiteral("merge"), QStringLiteral("merged_into"), {}, keeperId);
    tx.commit();
    return r;
}

void RecordMerger::undo(const MergeRecord &r)
{
    const QString table = tableOf(r.kind);
    const QString entity = entityOf(r.kind);
    Transaction tx(m_db);
    SqlQuery ver(m_db, QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table));
    const QVariant current = ver.add(r.keeperId).scalar();
    if (!current.isValid())
        throw NotFoundError(QStringLiteral("%1 %2 does not exist").arg(entity).arg(r.keeperId));
    if (current.toInt() != r.keeperVersionAfter)
        throw ConflictError(QStringLiteral("The merged %1 %2 was changed since the merge").arg(entity).arg(r.keeperId));

    tables::restoreRow(m_db, r.kind == RecordKind::Leads ? tables::LeadRow::table() : tables::CustomerRow::table(),
                       r.loserRow);
    for (const MergeRecord::Moved &m : r.moved)
        setColumn(m_db, m.table, m.column, r.loserId, m.ids);
    for (qint64 id : r.demotedContacts)
        SqlQuery(m_db, QStringLiteral("UPDATE contacts SET is_primary = 1 WHERE id = ?")).add(id).exec();

    // The keeper gets every column back; its version moves on so open editors notice.
    QStringList sets;
    QVariantList binds;
    for (const auto &p : r.keeperBefore) {
        if (p.first == QLatin1String("id"))
            continue;
        sets << p.first + QStringLiteral(" = ?");
        binds << (p.first == QLatin1String("row_version") ? QVariant(r.keeperVersionAfter + 1) : p.second);
    }
    SqlQuery restore(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
    for (const QVariant &b : binds)
        restore.add(b);
    restore.add(r.keeperId).exec();
    audit::record(m_db, entity, r.keeperId, QStringLiteral("merge"), QStringLiteral("unmerged"), r.loserId, {});
    audit::record(m_db, entity, r.loserId, QStringLiteral("insert"), QStringLiteral("unmerged"), {}, r.keeperId);
    tx.commit();
}

} // namespace fd
