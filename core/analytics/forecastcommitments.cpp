#include "forecastcommitments.h"

#include "timerange.h"

#include "domain/trcontext.h"
#include "domain/validator.h"
#include "storage/database.h"

namespace fd::analytics {

namespace {

// The rep's own scope: their deals in every pipeline, nothing else filtered.
Scope ownScope(qint64 userId)
{
    Scope scope;
    scope.ownerId = userId;
    return scope;
}

std::optional<Commitment> newestOf(const std::vector<ForecastSnapshot> &snapshots, qint64 userId, const QDate &deadline)
{
    std::optional<Commitment> found;
    for (const ForecastSnapshot &s : snapshots) { // oldest as-of first, then by recording order
        if (s.recordedBy != userId || (deadline.isValid() && s.recordedAt.toUTC().date() > deadline))
            continue;
        if (!found || s.recordedAt >= found->recordedAt)
            found = Commitment{s.forecast, s.recordedAt.toUTC(), s.id};
    }
    return found;
}

} // namespace

QDate commitmentDeadline(const QString &period)
{
    QDate first;
    if (period.size() != 7 || !periodRange(period, nullptr, &first))
        return {};
    return first.addDays(kCommitDays - 1);
}

qint64 ForecastCommitments::commit(const ForecastResult &model, const Scope &modelScope, qint64 cents,
                                   const QString &source)
{
    const qint64 userId = m_db.actingUserId();
    Validator v(QStringLiteral("forecast_commitment"));
    v.reference(QStringLiteral("user"), userId);
    v.nonNegative(QStringLiteral("amount"), cents);
    const Scope own = ownScope(userId);
    v.check(modelScope.ownerId == own.ownerId && modelScope.pipelineId == 0 && modelScope.teamId == 0
                && modelScope.regionId == 0 && modelScope.productLineId == 0,
            QStringLiteral("scope"), QString(), Validation::tr("a commitment is for one's own deals only"));
    v.throwIfInvalid();

    ForecastSnapshot snapshot = snapshotOf(model, own, source);
    snapshot.method = QString::fromLatin1(kCommitMethod);
    snapshot.expected = model.forecast; // what the model said when the rep committed
    snapshot.forecast = cents;
    snapshot.p10.reset(); // a commitment is one figure, not a range
    snapshot.p50.reset();
    snapshot.p90.reset();
    return ForecastSnapshotRepository(m_db).record(snapshot);
}

std::optional<Commitment> ForecastCommitments::counted(qint64 userId, const QString &period)
{
    const QDate deadline = commitmentDeadline(period);
    if (!deadline.isValid())
        return std::nullopt;
    return newestOf(ForecastSnapshotRepository(m_db).list(period, ownScope(userId), QString::fromLatin1(kCommitMethod)),
                    userId, deadline);
}

std::optional<Commitment> ForecastCommitments::latest(qint64 userId, const QString &period)
{
    if (!commitmentDeadline(period).isValid())
        return std::nullopt;
    return newestOf(ForecastSnapshotRepository(m_db).list(period, ownScope(userId), QString::fromLatin1(kCommitMethod)),
                    userId, QDate());
}

} // namespace fd::analytics
