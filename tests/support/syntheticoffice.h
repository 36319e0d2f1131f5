#pragma once

#include "domain/pipeline.h"

#include <QDate>
#include <QDateTime>
#include <QtGlobal>

#include <array>
#include <vector>

namespace fd {
class Database;
}

namespace fd::test {

// A deal's known story, written by DealWriter the way the repositories store it.
// Instants are seconds since the epoch (UTC).
struct DealStory
{
    enum class Status { Open, Won, Lost };
    // After `at` the deal is in stage `rank` with `status` (a move, a win or a loss).
    struct Step
    {
        qint64 at = 0;
        int rank = 0;
        Status status = Status::Open;
    };
    // At `at` the rep moved the expected close date to `to` (audit_log 'expected_close_date').
    struct Slip
    {
        qint64 at = 0;
        QDate to;
    };
    qint64 createdAt = 0; // in stage 0, open
    qint64 amountCents = 0;
    QDate firstClose; // set at creation; invalid = no expected close date
    std::vector<Step> steps;
    std::vector<Slip> slips;
    qint64 ownerId = 0; // 0 = the writer's owner
};

// Inserts deal stories with plain parameterised SQL (prepared once, reused per row): the
// opportunity as it stands after its last step, one stage-history row per step (the creation
// row with from_stage_id NULL) and one audit_log row per close-date slip with its old value,
// exactly what core/analytics/snapshot.cpp replays. The caller holds the transaction.
class DealWriter final
{
public:
    DealWriter(Database &db, const Pipeline &pipeline, qint64 ownerId, qint64 customerId);
    ~DealWriter();
    DealWriter(const DealWriter &) = delete;
    DealWriter &operator=(const DealWriter &) = delete;

    // Returns the new deal's id.
    qint64 write(const DealStory &story);
    qint64 historyRows() const { return m_historyRows; }
    qint64 auditRows() const { return m_auditRows; }

private:
    struct Statements;
    Database &m_db;
    Pipeline m_pipeline;
    qint64 m_ownerId;
    qint64 m_customerId;
    Statements *m_q;
    qint64 m_historyRows = 0, m_auditRows = 0;
};

// The known process of a synthetic office on the 004 default pipeline (four stages,
// configured 10/30/50/80 %). Every number here is a parameter of the truth the tests
// compare the learned models against.
struct SyntheticProcess
{
    quint64 seed = 20261204;
    QDateTime start{QDate(2022, 12, 1), QTime(0, 0), Qt::UTC}; // arrivals begin
    QDateTime end;               // nothing after it is written; invalid = the database clock's now
    double dealsPerDay = 6.0;    // Poisson arrivals at the start…
    double growthPerYear = 0.10; // …growing by this much a year (continuously)
    // …times a factor per calendar month (January first): the slow Spring Festival, the
    // quarter-end and year-end pushes. A pipeline-aware forecast sees these coming in the
    // deals already open; a run rate of the last three months cannot.
    std::array<double, 12> monthFactor{1.0, 0.6, 1.1, 1.0, 1.0, 1.15, 0.9, 0.85, 1.1, 0.8, 1.05, 1.3};
    // Per stage rank: leaving the stage after a gamma(shape 2) dwell of mean dwellDays, a deal
    // is won outright with wonThrough (the later stages skipped), advances with `advance`
    // (the last stage: is won) and is lost otherwise.
    std::array<double, 4> advance{0.45, 0.60, 0.45, 0.70};
    std::array<double, 4> wonThrough{0.0, 0.0, 0.20, 0.0};
    std::array<double, 4> dwellDays{10, 14, 18, 21};
    // Expected close dates: none for this share; else set optimistically at creation (created
    // + U[firstCloseMin, firstCloseMax] days, shorter than the real cycle) and, once the day has
    // passed with the deal still open, pushed out U[0, slipDelayMax] days later to that day
    // + U[slipMin, slipMax] days — again and again until the deal closes.
    double noCloseDateShare = 0.2;
    int firstCloseMin = 20, firstCloseMax = 90;
    int slipDelayMax = 21;
    int slipMin = 14, slipMax = 75;
    // Amounts: log-normal, whole hundreds of yuan, independent of the outcome.
    double medianYuan = 50000;
    double amountSigma = 0.6;
};

// Generates an office from a SyntheticProcess into a migrated database without deals, in one
// transaction (some 8,000 deals in well under two seconds on a debug build).
class SyntheticOffice final
{
public:
    explicit SyntheticOffice(Database &db, const SyntheticProcess &process = {});

    // The true probability that a deal really open in stage `rank` is eventually won:
    // P(3) = advance[3], P(s) = wonThrough[s] + advance[s] · P(s + 1).
    double trueWinProbability(int rank) const;

    const SyntheticProcess &process() const { return m_process; }
    const Pipeline &pipeline() const { return m_pipeline; }
    qint64 deals() const { return m_deals; }
    qint64 won() const { return m_won; }
    qint64 lost() const { return m_lost; }
    qint64 historyRows() const { return m_historyRows; }
    qint64 auditRows() const { return m_auditRows; }

private:
    SyntheticProcess m_process;
    Pipeline m_pipeline;
    qint64 m_deals = 0, m_won = 0, m_lost = 0, m_historyRows = 0, m_auditRows = 0;
};

} // namespace fd::test
