#include "targetrepository.h"
#include "domain/trcontext.h"

#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/validator.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/tables/targettables.h"
#include "storage/transaction.h"
#include "storage/viewer.h"

namespace fd {

namespace {
const QString kTargetColumns = QStringLiteral(
    "id, period, period_start, period_end, level, subject_id, amount_cents, currency");

// The table a level's subject id refers to; nullptr for the company.
const char *subjectTable(TargetLevel level)
{
    switch (level) {
    case TargetLevel::Company:
        return nullptr;
    case TargetLevel::Region:
        return "regions";
    case TargetLevel::Team:
        return "teams";
    case TargetLevel::Rep:
        return "users";
    case TargetLevel::ProductLine:
        return "product_lines";
    }
    return nullptr;
}

// "subject_id IS NULL" for the company (NULLs never compare equal), "= ?" otherwise.
QString subjectClause(qint64 subjectId, QVariantList &binds)
{
    if (!subjectId)
        return QStringLiteral("subject_id IS NULL");
    binds << subjectId;
    return QStringLiteral("subject_id = ?");
}
} // namespace

void TargetRepository::validate(const Target &t)
{
    Validator v(QStringLiteral("target"));
    v.check(parsePeriod(t.period, nullptr, nullptr), QStringLiteral("period"), t.period,
            Validation::tr("is not a period such as 2026, 2026-Q4 or 2026-11"));
    if (const char *table = subjectTable(t.level))
        v.check(repo::exists(m_db, table, t.subjectId), QStringLiteral("subject"), QString::number(t.subjectId),
                Validation::tr("does not exist for level %1").arg(toString(t.level)));
    else
        v.check(t.subjectId == 0, QStringLiteral("subject"), QString::number(t.subjectId),
                Validation::tr("must be empty for the company level"));
    v.nonNegative(QStringLiteral("amount"), t.amount.cents);
    v.currency(QStringLiteral("currency"), t.amount.currency);
    v.throwIfInvalid();
}

qint64 TargetRepository::set(Target &t)
{
    // Managers and admins only, as the server grants (PermissionError on a SQLite file too).
    Viewer::of(m_db).requireTargets();
    validate(t);
    parsePeriod(t.period, &t.periodStart, &t.periodEnd);
    const std::optional<Target> existing = find(t.period, t.level, t.subjectId);
    Transaction tx(m_db);
    const QString entity = QStringLiteral("target");
    if (existing) {
        SqlQuery q(m_db, QStringLiteral("UPDATE targets SET amount_cents = ?, currency = ? WHERE id = ?"));
        q.add(t.amount.cents).add(t.amount.currency).add(existing->id).exec();
        t.id = existing->id;
        audit::recordChange(m_db, entity, t.id, QStringLiteral("amount_cents"), existing->amount.cents, t.amount.cents);
    } else {
        tables::TargetRow row;
        row.period = t.period;
        row.periodStart = isotime::toStored(t.periodStart);
        row.periodEnd = isotime::toStored(t.periodEnd);
        row.level = toString(t.level);
        row.subjectId = t.subjectId;
        row.amountCents = t.amount.cents;
        row.currency = t.amount.currency;
        t.id = tables::insert(m_db, row);
        audit::record(m_db, entity, t.id, QStringLiteral("insert"));
    }
    tx.commit();
    return t.id;
}

QList<Target> TargetRepository::query(const QString &where, const QVariantList &binds)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM targets WHERE %2 ORDER BY period_start, level, subject_id, id")
                         .arg(kTargetColumns, where));
    repo::execWith(q, binds);
    QList<Target> list;
    while (q.next()) {
        Target t;
        t.id = q.value(0).toLongLong();
        t.period = q.value(1).toString();
        t.periodStart = rows::date(q.value(2));
        t.periodEnd = rows::date(q.value(3));
        parseTargetLevel(q.value(4).toString(), &t.level);
        t.subjectId = rows::id(q.value(5));
        t.amount = {q.value(6).toLongLong(), q.value(7).toString()};
        list.append(t);
    }
    return list;
}

Target TargetRepository::get(qint64 id)
{
    const QList<Target> list = query(QStringLiteral("id = ?"), {id});
    if (list.isEmpty())
        throw NotFoundError(QStringLiteral("Target %1 does not exist").arg(id));
    return list.first();
}

std::optional<Target> TargetRepository::find(const QString &period, TargetLevel level, qint64 subjectId)
{
    QVariantList binds{period, toString(level)};
    const QString subject = subjectClause(subjectId, binds);
    const QList<Target> list = query(QStringLiteral("period = ? AND level = ? AND ") + subject, binds);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<Target> TargetRepository::targetFor(TargetLevel level, qint64 subjectId, const QDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    return find(date.toString(QStringLiteral("yyyy-MM")), level, subjectId);
}

QList<Target> TargetRepository::forPeriod(const QString &period)
{
    return query(QStringLiteral("period = ?"), {period});
}

QList<Target> TargetRepository::forLevel(TargetLevel level, qint64 subjectId, const QDate &from, const QDate &to)
{
    QVariantList binds{toString(level), isotime::toStored(to), isotime::toStored(from)};
    QString where = QStringLiteral("level = ? AND period_start <= ? AND period_end >= ?");
    if (subjectId) {
        where += QStringLiteral(" AND subject_id = ?");
        binds << subjectId;
    }
    return query(where, binds);
}

void TargetRepository::remove(qint64 id)
{
    Viewer::of(m_db).requireTargets();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("DELETE FROM targets WHERE id = ?"));
    q.add(id).exec();
    if (q.numRowsAffected() != 1)
        throw NotFoundError(QStringLiteral("Target %1 does not exist").arg(id));
    audit::record(m_db, QStringLiteral("target"), id, QStringLiteral("delete"));
    tx.commit();
}

} // namespace fd
