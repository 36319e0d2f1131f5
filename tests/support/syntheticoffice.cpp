#include "syntheticoffice.h"

#include "builders.h"

#include "analytics/prng.h"
#include "domain/clock.h"
#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace fd::test {

namespace {

constexpr qint64 kDay = 86400;

QString stamp(qint64 at)
{
    return isotime::toStored(QDateTime::fromSecsSinceEpoch(at, Qt::UTC));
}

QDate dayOf(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).date();
}

QString statusText(DealStory::Status s)
{
    switch (s) {
    case DealStory::Status::Open:
        return QStringLiteral("open");
    case DealStory::Status::Won:
        return QStringLiteral("won");
    case DealStory::Status::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

} // namespace

struct DealWriter::Statements
{
    explicit Statements(Database &db)
        : deal(db, QStringLiteral("INSERT INTO opportunities (title, customer_id, owner_id, pipeline_id, stage_id, "
                                  "amount_cents, expected_close_date, status, closed_at, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
        , history(db, QStringLiteral("INSERT INTO opportunity_stage_history (opportunity_id, from_stage_id, "
                                     "to_stage_id, from_status, to_status, changed_at, changed_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"))
        , audit(db, QStringLiteral("INSERT INTO audit_log (occurred_at, user_id, entity, entity_id, action, field, "
                                   "old_value, new_value) VALUES (?, ?, 'opportunity', ?, 'update', "
                                   "'expected_close_date', ?, ?)"))
    {
    }
    SqlQuery deal, history, audit;
};

DealWriter::DealWriter(Database &db, const Pipeline &pipeline, qint64 ownerId, qint64 customerId)
    : m_db(db)
    , m_pipeline(pipeline)
    , m_ownerId(ownerId)
    , m_customerId(customerId)
    , m_q(new Statements(db))
{
}

DealWriter::~DealWriter()
{
    delete m_q;
}

qint64 DealWriter::write(const DealStory &s)
{
    const qint64 owner = s.ownerId ? s.ownerId : m_ownerId;
    int rank = 0;
    DealStory::Status status = DealStory::Status::Open;
    qint64 last = s.createdAt;
    for (const DealStory::Step &step : s.steps) {
        rank = step.rank;
        status = step.status;
        last = step.at;
    }
    QDate close = s.firstClose;
    for (const DealStory::Slip &slip : s.slips) {
        close = slip.to;
        last = std::max(last, slip.at);
    }
    const bool closed = status != DealStory::Status::Open;
    const qint64 id = m_q->deal.add(QStringLiteral("合成商机 %1").arg(s.createdAt))
                          .add(m_customerId)
                          .add(owner)
                          .add(m_pipeline.id)
                          .add(m_pipeline.stages.at(rank).id)
                          .add(s.amountCents)
                          .add(close.isValid() ? QVariant(isotime::toStored(close)) : QVariant())
                          .add(statusText(status))
                          .add(closed ? QVariant(stamp(s.steps.back().at)) : QVariant())
                          .add(stamp(s.createdAt))
                          .add(stamp(last))
                          .insert();
    m_q->history.add(id)
        .add(QVariant())
        .add(m_pipeline.stages.at(0).id)
        .add(QVariant())
        .add(statusText(DealStory::Status::Open))
        .add(stamp(s.createdAt))
        .add(owner)
        .exec();
    ++m_historyRows;
    int fromRank = 0;
    DealStory::Status fromStatus = DealStory::Status::Open;
    for (const DealStory::Step &step : s.steps) {
        m_q->history.add(id)
            .add(m_pipeline.stages.at(fromRank).id)
            .add(m_pipeline.stages.at(step.rank).id)
            .add(statusText(fromStatus))
            .add(statusText(step.status))
            .add(stamp(step.at))
            .add(owner)
            .exec();
        ++m_historyRows;
        fromRank = step.rank;
        fromStatus = step.status;
    }
    QDate before = s.firstClose;
    for (const DealStory::Slip &slip : s.slips) {
        m_q->audit.add(stamp(slip.at))
            .add(owner)
            .add(id)
            .add(before.isValid() ? QVariant(isotime::toStored(before)) : QVariant())
            .add(isotime::toStored(slip.to))
            .exec();
        ++m_auditRows;
        before = slip.to;
    }
    return id;
}

SyntheticOffice::SyntheticOffice(Database &db, const SyntheticProcess &process)
    : m_process(process)
{
    Builders b(db);
    m_pipeline = b.pipeline();
    const qint64 team = b.team(QStringLiteral("合成一组"));
    std::vector<qint64> reps;
    for (const char *name : {"赵一", "钱二", "孙三", "李四"})
        reps.push_back(b.user(QString::fromUtf8(name), team));
    const qint64 customer = b.customer(QStringLiteral("合成客户有限公司"));

    const qint64 start = process.start.toSecsSinceEpoch();
    const qint64 end = (process.end.isValid() ? process.end : db.clock().now()).toSecsSinceEpoch();
    analytics::Prng rng(process.seed);
    const auto days = [](double d) { return qint64(std::llround(d * double(kDay))); };
    const auto between = [&rng](int lo, int hi) { return lo + int(rng.below(quint64(hi - lo + 1))); };
    const auto gamma2 = [&rng](double mean) { return (rng.exponential() + rng.exponential()) * mean / 2.0; };
    const auto normal = [&rng] {
        // Box–Muller from two uniforms (our own PRNG: the same office on every platform).
        const double u = 1.0 - rng.uniform(), v = rng.uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
    };

    Transaction tx(db);
    DealWriter writer(db, m_pipeline, reps.front(), customer);
    const int last = int(m_pipeline.stages.size()) - 1;
    double t = double(start);
    for (;;) {
        // Poisson arrivals whose rate grows with the years since the start and varies by month
        // (thinning-free: the rate at the last arrival, close enough at several a day).
        const double years = (t - double(start)) / (365.25 * kDay);
        const int month = dayOf(qint64(t)).month();
        const double rate = process.dealsPerDay * std::pow(1.0 + process.growthPerYear, years)
                            * process.monthFactor[size_t(month - 1)];
        t += rng.exponential() / rate * double(kDay);
        if (t > double(end))
            break;
        DealStory s;
        s.createdAt = qint64(t);
        s.ownerId = reps[size_t(m_deals) % reps.size()];
        const double yuan = process.medianYuan * std::exp(process.amountSigma * normal());
        s.amountCents = std::max<qint64>(1, std::llround(yuan / 100.0)) * 10000;

        // The deal's whole path, then cut at `end`.
        qint64 at = s.createdAt;
        qint64 closedAt = -1;
        for (int rank = 0; closedAt < 0;) {
            at += std::max<qint64>(60, days(gamma2(process.dwellDays[size_t(rank)])));
            const double u = rng.uniform();
            const double won = rank == last ? process.advance[size_t(rank)] : process.wonThrough[size_t(rank)];
            if (u < won) {
                s.steps.push_back({at, rank, DealStory::Status::Won});
                closedAt = at;
            } else if (rank < last && u < won + process.advance[size_t(rank)]) {
                s.steps.push_back({at, ++rank, DealStory::Status::Open});
            } else {
                s.steps.push_back({at, rank, DealStory::Status::Lost});
                closedAt = at;
            }
        }
        if (rng.uniform() >= process.noCloseDateShare) {
            s.firstClose = dayOf(s.createdAt).addDays(between(process.firstCloseMin, process.firstCloseMax));
            // Slips: the date passes with the deal open, the rep pushes it out a few days later.
            for (QDate close = s.firstClose;;) {
                const qint64 passed = QDateTime(close.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
                const qint64 pushAt = passed + qint64(rng.uniform() * double(process.slipDelayMax * kDay));
                if (pushAt >= closedAt)
                    break;
                close = dayOf(pushAt).addDays(between(process.slipMin, process.slipMax));
                s.slips.push_back({pushAt, close});
            }
        }
        s.steps.erase(
            std::remove_if(s.steps.begin(), s.steps.end(), [end](const DealStory::Step &x) { return x.at > end; }),
            s.steps.end());
        s.slips.erase(
            std::remove_if(s.slips.begin(), s.slips.end(), [end](const DealStory::Slip &x) { return x.at > end; }),
            s.slips.end());
        if (!s.steps.empty() && s.steps.back().status == DealStory::Status::Won)
            ++m_won;
        else if (!s.steps.empty() && s.steps.back().status == DealStory::Status::Lost)
            ++m_lost;
        writer.write(s);
        ++m_deals;
    }
    tx.commit();
    m_historyRows = writer.historyRows();
    m_auditRows = writer.auditRows();
}

double SyntheticOffice::trueWinProbability(int rank) const
{
    const int last = int(m_process.advance.size()) - 1;
    double p = m_process.advance[size_t(last)];
    for (int r = last - 1; r >= rank; --r)
        p = m_process.wonThrough[size_t(r)] + m_process.advance[size_t(r)] * p;
    return p;
}

} // namespace fd::test
