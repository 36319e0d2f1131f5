#include "statementrepository.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/trcontext.h"
#include "domain/validator.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"
#include "storage/tables/statementtables.h"
#include "storage/transaction.h"
#include "storage/viewer.h"

namespace fd {

namespace {

constexpr int kMaxNote = 1000;

// " AND <condition>" restricting `userColumn` to the statements the acting user may read.
QString visible(Database &db, const QString &userColumn, QVariantList &binds)
{
    const SqlCondition c = Viewer::of(db).readStatements(userColumn);
    if (c.isEmpty())
        return {};
    binds << c.binds;
    return QStringLiteral(" AND ") + c.sql;
}

void refuseClosed(Database &db, const QString &period, const QString &entity)
{
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM pay_period_closes WHERE period >= ?"));
    q.add(period).exec();
    Validator v(entity);
    v.check(!q.next(), QStringLiteral("period"), period,
            Validation::tr("is closed (a closed pay period is never reopened; later changes are paid as "
                           "adjustments on the first open month)"));
    v.throwIfInvalid();
}

} // namespace

std::optional<StatementReview> StatementRepository::review(qint64 userId, const QString &period)
{
    QVariantList binds{userId, period};
    const QString scope = visible(m_db, QStringLiteral("r.user_id"), binds);
    SqlQuery q(m_db, QStringLiteral("SELECT r.reviewed_by, u.display_name, r.reviewed_at, r.note "
                                    "FROM pay_statement_reviews r LEFT JOIN users u ON u.id = r.reviewed_by "
                                    "WHERE r.user_id = ? AND r.period = ?")
                         + scope);
    repo::execWith(q, binds);
    if (!q.next())
        return std::nullopt;
    StatementReview r;
    r.userId = userId;
    r.period = period;
    r.reviewedBy = rows::id(q.value(0));
    r.reviewedByName = q.value(1).toString();
    r.reviewedAt = rows::timestamp(q.value(2));
    r.note = q.value(3).toString();
    return r;
}

void StatementRepository::saveReview(qint64 userId, const QString &period, const QString &note)
{
    Viewer::of(m_db).requireReviewStatement(m_db, userId);
    Validator v(QStringLiteral("statement_review"));
    v.check(note.size() <= kMaxNote, QStringLiteral("note"), QString(),
            Validation::tr("is longer than %1 characters").arg(kMaxNote));
    v.throwIfInvalid();
    refuseClosed(m_db, period, QStringLiteral("statement_review"));
    Transaction tx(m_db);
    const QString now = isotime::toStored(m_db.clock().now());
    SqlQuery existing(m_db,
                      QStringLiteral("SELECT id, note FROM pay_statement_reviews WHERE user_id = ? AND period = ?"));
    existing.add(userId).add(period).exec();
    const QString entity = QStringLiteral("statement_review");
    if (existing.next()) {
        const qint64 id = existing.value(0).toLongLong();
        SqlQuery q(m_db, QStringLiteral("UPDATE pay_statement_reviews SET reviewed_by = ?, reviewed_at = ?, note = ? "
                                        "WHERE id = ?"));
        q.add(m_db.actingUserId()).add(now).add(note).add(id).exec();
        audit::record(m_db, entity, id, QStringLiteral("update"), QStringLiteral("note"), existing.value(1), note);
    } else {
        tables::StatementReviewRow row;
        row.userId = userId;
        row.period = period;
        row.reviewedBy = m_db.actingUserId();
        row.reviewedAt = now;
        row.note = note;
        const qint64 id = tables::insert(m_db, row);
        audit::record(m_db, entity, id, QStringLiteral("insert"), QStringLiteral("period"), QVariant(), period);
    }
    tx.commit();
}

std::optional<PeriodClose> StatementRepository::closeOf(const QString &period)
{
    for (const PeriodClose &c : closes()) {
        if (c.period == period)
            return c;
    }
    return std::nullopt;
}

QList<PeriodClose> StatementRepository::closes()
{
    SqlQuery q(m_db, QStringLiteral("SELECT c.period, c.closed_by, u.display_name, c.closed_at, c.statements, "
                                    "c.total_cents FROM pay_period_closes c LEFT JOIN users u ON u.id = c.closed_by "
                                    "ORDER BY c.period"));
    q.exec();
    QList<PeriodClose> out;
    while (q.next()) {
        PeriodClose c;
        c.period = q.value(0).toString();
        c.closedBy = rows::id(q.value(1));
        c.closedByName = q.value(2).toString();
        c.closedAt = rows::timestamp(q.value(3));
        c.statements = q.value(4).toInt();
        c.totalCents = q.value(5).toLongLong();
        out << c;
    }
    return out;
}

QString StatementRepository::lastClosed()
{
    const QList<PeriodClose> all = closes();
    return all.isEmpty() ? QString() : all.last().period;
}

void StatementRepository::close(const QString &period, const QList<FrozenStatement> &statements)
{
    Viewer::of(m_db).requireClosePay();
    refuseClosed(m_db, period, QStringLiteral("pay_period"));
    Transaction tx(m_db);
    tables::PeriodCloseRow close;
    close.period = period;
    close.closedBy = m_db.actingUserId();
    close.closedAt = isotime::toStored(m_db.clock().now());
    close.statements = statements.size();
    for (const FrozenStatement &s : statements)
        close.totalCents += s.totalCents;
    const qint64 id = tables::insert(m_db, close);
    for (const FrozenStatement &s : statements) {
        tables::FrozenStatementRow row;
        row.userId = s.userId;
        row.period = period;
        row.ownCents = s.ownCents;
        row.totalCents = s.totalCents;
        row.body = s.body;
        tables::insert(m_db, row);
    }
    audit::record(m_db, QStringLiteral("pay_period"), id, QStringLiteral("insert"), QStringLiteral("total_cents"),
                  QVariant(), close.totalCents);
    tx.commit();
}

QList<FrozenStatement> StatementRepository::frozenWhere(const QString &where, const QVariantList &whereBinds)
{
    QVariantList binds = whereBinds;
    const QString scope = visible(m_db, QStringLiteral("s.user_id"), binds);
    SqlQuery q(m_db, QStringLiteral("SELECT s.user_id, s.period, s.own_cents, s.total_cents, s.body "
                                    "FROM pay_statements s WHERE %1%2 ORDER BY s.period, s.user_id")
                         .arg(where, scope));
    repo::execWith(q, binds);
    QList<FrozenStatement> out;
    while (q.next())
        out << FrozenStatement{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                               q.value(3).toLongLong(), q.value(4).toString()};
    return out;
}

QList<FrozenStatement> StatementRepository::frozenOf(qint64 userId)
{
    return frozenWhere(QStringLiteral("s.user_id = ?"), {userId});
}

QList<FrozenStatement> StatementRepository::frozenIn(const QString &period)
{
    return frozenWhere(QStringLiteral("s.period = ?"), {period});
}

std::optional<FrozenStatement> StatementRepository::frozen(qint64 userId, const QString &period)
{
    const QList<FrozenStatement> list = frozenWhere(QStringLiteral("s.user_id = ? AND s.period = ?"), {userId, period});
    return list.isEmpty() ? std::nullopt : std::optional<FrozenStatement>(list.first());
}

} // namespace fd
