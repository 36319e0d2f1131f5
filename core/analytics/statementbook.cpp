#include "statementbook.h"

#include "domain/trcontext.h"
#include "domain/validator.h"
#include "setup/officecurrency.h"
#include "storage/database.h"
#include "storage/repositories/statementrepository.h"
#include "storage/viewer.h"

#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace fd::analytics {

QString nextMonth(const QString &month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? first.addMonths(1).toString(QStringLiteral("yyyy-MM")) : QString();
}

namespace {

Statement thaw(const FrozenStatement &f)
{
    return statementFromJson(QJsonDocument::fromJson(f.body.toUtf8()).object());
}

} // namespace

struct StatementBook::Impl
{
    Database &db;
    QList<PayPlan> plans;
    StatementSource source;
    StatementRepository repo;
    QList<PeriodClose> closes;

    Impl(Database &database, const QList<PayPlan> &payPlans, const QDateTime &asOf, const Snapshot *snapshot)
        : db(database)
        , plans(payPlans)
        , source(database, asOf, snapshot)
        , repo(database)
        , closes(repo.closes())
    {
    }

    std::optional<PeriodClose> closeOf(const QString &month) const
    {
        for (const PeriodClose &c : closes) {
            if (c.period == month)
                return c;
        }
        return std::nullopt;
    }

    QString firstOpen() const { return closes.isEmpty() ? QString() : nextMonth(closes.last().period); }

    // What each closed month owes the person now: recomputed live, less what its frozen
    // statement paid and what later closed months already carried for it.
    QList<ClosedPeriodChange> closedChanges(qint64 userId)
    {
        const QList<FrozenStatement> frozen = repo.frozenOf(userId);
        std::map<QString, Statement> byPeriod;
        std::map<QString, qint64> carried; // closed month → adjustments already paid for it
        for (const FrozenStatement &f : frozen) {
            const Statement s = thaw(f);
            for (const StatementComponent &c : s.components) {
                if (c.kind == StatementComponent::Adjustment)
                    carried[c.period] += c.amountCents;
            }
            byPeriod.emplace(f.period, s);
        }
        const QString currency = office::currency(db);
        QList<ClosedPeriodChange> out;
        for (const PeriodClose &close : std::as_const(closes)) {
            StatementInputs in = source.inputs(userId, close.period, plans);
            const Statement live = computeStatement(in);
            const auto it = byPeriod.find(close.period);
            const Statement paid = it != byPeriod.end() ? it->second : Statement();
            ClosedPeriodChange change;
            change.period = close.period;
            change.liveCents = live.ownCents;
            change.paidCents = paid.ownCents + carried[close.period];
            if (change.liveCents != change.paidCents)
                change.changes = describeChanges(paid, live, currency);
            out << change;
        }
        return out;
    }

    Statement live(qint64 userId, const QString &month)
    {
        StatementInputs in = source.inputs(userId, month, plans);
        if (month == firstOpen())
            in.closedPeriods = closedChanges(userId);
        Statement s = computeStatement(in);
        if (const auto review = repo.review(userId, month)) {
            s.status = StatementStatus::Reviewed;
            s.reviewedBy = review->reviewedBy;
            s.reviewedByName = review->reviewedByName;
            s.reviewedAt = review->reviewedAt;
            s.reviewNote = review->note;
        }
        return s;
    }
};

StatementBook::StatementBook(Database &db, const QList<PayPlan> &plans, const QDateTime &asOf)
    : d(std::make_unique<Impl>(db, plans, asOf, nullptr))
{
}

StatementBook::StatementBook(Database &db, const QList<PayPlan> &plans, const QDateTime &asOf, const Snapshot &snapshot)
    : d(std::make_unique<Impl>(db, plans, asOf, &snapshot))
{
}

StatementBook::~StatementBook() = default;

bool StatementBook::isClosed(const QString &month)
{
    return d->closeOf(month).has_value();
}

QString StatementBook::firstOpen()
{
    return d->firstOpen();
}

QList<qint64> StatementBook::people(const QString &month)
{
    QList<qint64> ids;
    if (isClosed(month)) {
        for (const FrozenStatement &f : d->repo.frozenIn(month))
            ids << f.userId;
    } else {
        ids = d->source.people(month, d->plans);
        if (month == d->firstOpen()) {
            // Someone paid in a closed month may be owed (or owe) an adjustment without a plan now.
            for (const PeriodClose &c : std::as_const(d->closes)) {
                for (const FrozenStatement &f : d->repo.frozenIn(c.period)) {
                    if (!ids.contains(f.userId))
                        ids << f.userId;
                }
            }
        }
    }
    const Viewer viewer = Viewer::of(d->db);
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](qint64 id) { return !viewer.seesStatementOf(d->db, id); }),
              ids.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

Statement StatementBook::statement(qint64 userId, const QString &month)
{
    const auto close = d->closeOf(month);
    if (!close)
        return d->live(userId, month);
    Statement s;
    if (const auto frozen = d->repo.frozen(userId, month)) {
        s = thaw(*frozen);
    } else {
        s.userId = userId;
        s.month = month;
    }
    s.status = StatementStatus::Closed;
    s.closedAt = close->closedAt;
    s.closedByName = close->closedByName;
    if (const auto review = d->repo.review(userId, month)) {
        s.reviewedBy = review->reviewedBy;
        s.reviewedByName = review->reviewedByName;
        s.reviewedAt = review->reviewedAt;
        s.reviewNote = review->note;
    }
    return s;
}

QList<Statement> StatementBook::statements(const QString &month, const std::function<void(int, int)> &progress)
{
    const QList<qint64> ids = people(month);
    QList<Statement> out;
    for (qint64 id : ids) {
        Statement s = statement(id, month);
        // Someone listed only for a possible adjustment who is owed none has no statement.
        if (!s.planName.isEmpty() || s.totalCents != 0 || !s.deals.isEmpty() || !s.receipts.isEmpty()
            || !s.writeOffs.isEmpty())
            out << s;
        if (progress)
            progress(int(out.size()), int(ids.size()));
    }
    return out;
}

int StatementBook::close(const QString &month, const std::function<void(int, int)> &progress)
{
    Viewer::of(d->db).requireClosePay();
    Validator v(QStringLiteral("pay_period"));
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    v.check(first.isValid() && month.size() == 7, QStringLiteral("period"), month,
            Validation::tr("is not a month such as 2026-11"));
    v.throwIfInvalid();
    const QDate today = d->source.asOfDay();
    v.check(first.addMonths(1) <= today, QStringLiteral("period"), month,
            Validation::tr("is not over yet: a month is closed after its last day"));
    v.check(!isClosed(month), QStringLiteral("period"), month,
            Validation::tr("is closed already (a closed pay period is never reopened)"));
    const QString open = d->firstOpen();
    v.check(open.isEmpty() || month == open, QStringLiteral("period"), month,
            Validation::tr("cannot be closed before %1: months are closed in order").arg(open));
    v.throwIfInvalid();
    const QList<Statement> all = statements(month, progress);
    QList<FrozenStatement> frozen;
    for (Statement s : all) {
        s.status = StatementStatus::Closed;
        frozen << FrozenStatement{s.userId, month, s.ownCents, s.totalCents,
                                  QString::fromUtf8(QJsonDocument(toJson(s)).toJson(QJsonDocument::Compact))};
    }
    d->repo.close(month, frozen);
    d->closes = d->repo.closes();
    return int(frozen.size());
}

} // namespace fd::analytics
