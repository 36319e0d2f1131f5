#pragma once

// The hand-computed office of test_analytics: five deals whose stage paths exercise every
// passage rule of core/analytics/DEFINITIONS.md. Day 0 = 2026-01-01 00:00 UTC.
#include "builders.h"
#include "tempdatabase.h"

#include "storage/repositories/opportunityrepository.h"

#include <QDate>
#include <QDateTime>

namespace fd::test {

struct AnalyticsOffice
{
    static QDateTime day(double d)
    {
        return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(d * 86400));
    }

    TempDatabase tdb{day(0)};
    Builders b{tdb.db()};
    OpportunityRepository repo{tdb.db()};
    Pipeline p;
    qint64 team = 0, rep1 = 0, rep2 = 0, customer = 0;
    qint64 a = 0, bb = 0, c = 0, d = 0, e = 0;

    qint64 stage(int rank) const { return p.stages.at(rank).id; }
    void at(double days) { tdb.clock().set(day(days)); }
    qint64 deal(qint64 owner, qint64 yuan, const QDate &close)
    {
        Opportunity o;
        o.title = QStringLiteral("deal %1").arg(yuan);
        o.customerId = customer;
        o.ownerId = owner;
        o.pipelineId = p.id;
        o.stageId = stage(0);
        o.amount = {yuan * 100, QStringLiteral("CNY")};
        o.expectedCloseDate = close;
        return repo.create(o);
    }

    // Builds the history up to day `until` (inclusive): A won, B skips then moves back and
    // is lost, C lost, D goes on hold and comes back, E lost then reopened. D's amount
    // changes on day 55 (after the usual as-of instant, day 50).
    explicit AnalyticsOffice(double until = 1000)
    {
        p = b.pipeline();
        team = b.team(QStringLiteral("华东一组"));
        rep1 = b.user(QStringLiteral("张伟"), team);
        rep2 = b.user(QStringLiteral("李娜"), team);
        customer = b.customer(QStringLiteral("上海测试有限公司"));
        const QDate march(2026, 3, 15);
        struct Step
        {
            double day;
            std::function<void()> run;
        };
        const std::vector<Step> steps{
            {0,
             [&] {
                 a = deal(rep1, 100000, march);
                 bb = deal(rep1, 200000, march);
             }},
            {2, [&] { c = deal(rep1, 50000, march); }},
            {3, [&] { d = deal(rep2, 300000, march); }},
            {4, [&] { e = deal(rep2, 80000, march); }},
            {5, [&] { repo.moveToStage(bb, stage(2)); }},
            {6, [&] { repo.moveToStage(d, stage(1)); }},
            {7, [&] { repo.setOutcome(e, OpportunityStatus::Lost, QStringLiteral("价格")); }},
            {8, [&] { repo.setOutcome(d, OpportunityStatus::OnHold); }},
            {9, [&] { repo.setOutcome(e, OpportunityStatus::Open); }},
            {10, [&] { repo.moveToStage(a, stage(1)); }},
            {12, [&] { repo.setOutcome(c, OpportunityStatus::Lost, QStringLiteral("预算")); }},
            {14, [&] { repo.moveToStage(e, stage(1)); }},
            {18, [&] { repo.setOutcome(d, OpportunityStatus::Open); }},
            {25, [&] { repo.moveToStage(bb, stage(1)); }},
            {30, [&] { repo.moveToStage(a, stage(2)); }},
            {35, [&] { repo.setOutcome(a, OpportunityStatus::Won); }},
            {40, [&] { repo.setOutcome(bb, OpportunityStatus::Lost, QStringLiteral("竞争")); }},
            {55,
             [&] {
                 Opportunity o = repo.get(d);
                 o.amount.cents = 350000 * 100;
                 repo.update(o);
             }},
        };
        for (const Step &s : steps) {
            if (s.day > until)
                break;
            at(s.day);
            s.run();
        }
        at(std::min(until, 60.0));
    }
};

} // namespace fd::test
