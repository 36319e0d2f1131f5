#pragma once

// The hand-computed office of the monthly statement (绩效单, core/analytics/DEFINITIONS.md §14),
// on a real database with a fixed clock. Team 华东一组: manager 王经理, reps 张伟, 李娜, 陈工
// (solution engineer); 财务 陈静 (finance); 周丽 (rep of another team, 华南一组). Yuan below.
//
// Plan 销售月度方案 (every rep, monthly, from 2026-01-01): base 8,000; commission 2 % of credited
// won and 1 % of credited receipts; marginal tiers 0–80 % × 0.5, 80–100 % × 1.0, from 100 % × 1.5;
// cap 12,000 of commission after tiers; activity bonus 500 at a norm of 10 activities.
//
// October: D3 张伟 ¥100,000 (no split: his alone), won 10-10; contract HT-2026-002 for it, receipt
//   10-20 ¥30,000. No targets in October: tiers × 1.0.
//   张伟: 8,000 + 2 % × 100,000 = 2,000 + 1 % × 30,000 = 300 → 10,300.00. 李娜, 陈工: 8,000.00.
// November: D1 张伟 ¥600,000 超额 张伟 100 % + 陈工 30 %, won 11-05 (张伟 600,000, 陈工 180,000);
//   D2 李娜 ¥100,000 整额 李娜 + 张伟, won 11-08 (each 100,000). The company won 700,000 (each deal
//   once); the people are credited 980,000 in all, and each person each deal once.
//   HT-2026-001 for D1: receipt 11-20 ¥200,000 (张伟 200,000, 陈工 60,000).
//   Write-off 11-15 of ¥10,000 on HT-2026-002 (D3, won in October): 张伟's won commission on it
//   is clawed back, 2 % × 10,000 = 200 (within the 2,000 paid on D3).
//   Targets: 张伟 500,000, 李娜 200,000 (陈工 none). 张伟 logged 5 activities.
//   张伟: credited won 700,000, completion 140 %. Commission 14,000 (won) + 2,000 (received) =
//     16,000. Tiers: 16,000 × (80 × 0.5 + 20 × 1.0 + 40 × 1.5) / 140 = 16,000 × 120 / 140 =
//     13,714.29 (bands 4,571.43 / 2,285.71 / 6,857.15 by cumulative rounding), effect −2,285.71;
//     cap 12,000: −1,714.29. Activity 500 × 5/10 = 250. Claw-back −200.
//     8,000 + 14,000 + 2,000 − 2,285.71 − 1,714.29 + 250 − 200 = 20,050.00.
//   李娜: won 100,000, completion 50 %: 2,000 × 0.5 = 1,000 (effect −1,000) → 9,000.00.
//   陈工: won 180,000, received 60,000, no target (× 1.0): 3,600 + 600 → 12,200.00.
//   周丽: 8,000.00 (nothing credited).
// Closing October (11-02) and then removing the 10-20 receipt (11-25) puts "2026-10 adjustment"
// on 张伟's November statement: October now 10,000 − paid 10,300 = −300.00; total 19,750.00.
#include "builders.h"
#include "contractfixture.h"
#include "tempdatabase.h"

#include "analytics/statement.h"
#include "domain/activity.h"
#include "domain/contract.h"
#include "domain/opportunity.h"
#include "domain/payplan.h"
#include "domain/pipeline.h"
#include "domain/target.h"
#include "storage/repositories/activityrepository.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/payplanrepository.h"
#include "storage/repositories/targetrepository.h"

#include <QDateTime>

namespace fd::test {

// The `nth` component of `kind` of a statement; null when there is none.
inline const analytics::StatementComponent *componentOf(const analytics::Statement &s,
                                                        analytics::StatementComponent::Kind kind, int nth = 0)
{
    for (const analytics::StatementComponent &c : s.components) {
        if (c.kind == kind && nth-- == 0)
            return &c;
    }
    return nullptr;
}

// What the `nth` component of `kind` adds to the pay; −1 when there is none.
inline qint64 amountOf(const analytics::Statement &s, analytics::StatementComponent::Kind kind, int nth = 0)
{
    const analytics::StatementComponent *c = componentOf(s, kind, nth);
    return c ? c->amountCents : -1;
}

struct StatementOffice
{
    static constexpr qint64 Y = 100; // cents per yuan

    static QDateTime at(int month, int day, int hour = 9)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
    }

    TempDatabase tdb{at(9, 1)};
    Builders b{tdb.db()};
    OpportunityRepository deals{tdb.db()};
    Pipeline pipeline = b.pipeline();
    qint64 team = b.team(QStringLiteral("华东一组"));
    qint64 otherTeam = b.team(QStringLiteral("华南一组"));
    qint64 manager = b.user(QStringLiteral("王经理"), team, QStringLiteral("manager"));
    qint64 zhang = b.user(QStringLiteral("张伟"), team);
    qint64 li = b.user(QStringLiteral("李娜"), team);
    qint64 chen = b.user(QStringLiteral("陈工"), team);
    qint64 zhou = b.user(QStringLiteral("周丽"), otherTeam);
    qint64 finance = b.user(QStringLiteral("财务 陈静"), 0, QStringLiteral("finance"));
    qint64 jia = b.customer(QStringLiteral("甲公司"));
    qint64 yi = b.customer(QStringLiteral("乙公司"));
    qint64 d1 = 0, d2 = 0, d3 = 0;
    Contract k1, k2;
    qint64 octoberReceipt = 0;
    QList<PayPlan> plans{plan()};

    static PayPlan plan()
    {
        PlanVersion v;
        v.id = 1;
        v.planId = 1;
        v.effectiveFrom = QDate(2026, 1, 1);
        v.basePayCents = 8000 * Y;
        v.commissions = {{CommissionBase::Won, 200}, {CommissionBase::Received, 100}};
        v.tiers = {{0, 500}, {80, 1000}, {100, 1500}};
        v.capCents = 12000 * Y;
        v.activityBonusCents = 500 * Y;
        v.activityNorm = 10;
        v.note = QStringLiteral("年初方案");
        PayPlan p;
        p.id = 1;
        p.name = QStringLiteral("销售月度方案");
        p.role = UserRole::Rep;
        p.versions = {v};
        return p;
    }

    static TeamMember member(qint64 user, int percent)
    {
        TeamMember m;
        m.userId = user;
        m.splitPercent = percent;
        return m;
    }

    qint64 wonDeal(qint64 owner, qint64 customer, qint64 yuan, const QDateTime &created, const QDateTime &won,
                   SplitForm form = SplitForm::Percent, const QList<TeamMember> &members = {})
    {
        tdb.clock().set(created);
        Opportunity o;
        o.title = QStringLiteral("商机 %1").arg(yuan);
        o.customerId = customer;
        o.ownerId = owner;
        o.pipelineId = pipeline.id;
        o.stageId = pipeline.stages.at(0).id;
        o.amount = {yuan * Y, QStringLiteral("CNY")};
        o.splitForm = form;
        o.team = members;
        const qint64 id = deals.create(o);
        tdb.clock().set(won);
        deals.setOutcome(id, OpportunityStatus::Won);
        return id;
    }

    Contract contract(const QString &number, qint64 deal, qint64 customer, qint64 owner, qint64 yuan)
    {
        Contract c;
        c.number = number;
        c.title = QStringLiteral("合同 %1").arg(number);
        c.opportunityId = deal;
        c.customerId = customer;
        c.ownerId = owner;
        c.amount = {yuan * Y, QStringLiteral("CNY")};
        c.approvalStatus = ApprovalStatus::Approved;
        c.signedDate = tdb.clock().now().date();
        recordContract(tdb.db(), c);
        return c;
    }

    qint64 receipt(const Contract &c, const QDate &day, qint64 yuan)
    {
        tdb.clock().set(QDateTime(day, QTime(10, 0), Qt::UTC));
        Receipt r;
        r.contractId = c.id;
        r.receivedDate = day;
        r.amountCents = yuan * Y;
        return ContractRepository(tdb.db()).addReceipt(r);
    }

    // The plan stored through PayPlanRepository (what the command line and the page read), as stored.
    void storePlans()
    {
        PayPlan p = plan();
        const PlanVersion first = p.versions.first();
        p.versions.clear();
        PayPlanRepository(tdb.db()).create(p, first);
        plans = PayPlanRepository(tdb.db()).all();
    }

    QString login(qint64 user)
    {
        return tdb.scalar(QStringLiteral("SELECT login FROM users WHERE id = %1").arg(user)).toString();
    }

    void target(qint64 user, const QString &period, qint64 yuan)
    {
        Target t;
        t.period = period;
        t.level = TargetLevel::Rep;
        t.subjectId = user;
        t.amount = {yuan * Y, QStringLiteral("CNY")};
        TargetRepository(tdb.db()).set(t);
    }

    StatementOffice()
    {
        d3 = wonDeal(zhang, jia, 100000, at(10, 1), at(10, 10));
        k2 = contract(QStringLiteral("HT-2026-002"), d3, jia, zhang, 100000);
        octoberReceipt = receipt(k2, QDate(2026, 10, 20), 30000);
        d1 = wonDeal(zhang, jia, 600000, at(11, 1), at(11, 5), SplitForm::Over, {member(zhang, 100), member(chen, 30)});
        d2 = wonDeal(li, yi, 100000, at(11, 2), at(11, 8), SplitForm::Whole, {member(li, 100), member(zhang, 100)});
        k1 = contract(QStringLiteral("HT-2026-001"), d1, jia, zhang, 600000);
        receipt(k1, QDate(2026, 11, 20), 200000);
        tdb.clock().set(at(11, 15, 11));
        ReceivableAdjustment w;
        w.contractId = k2.id;
        w.adjustedAt = at(11, 15, 11);
        w.amountCents = 10000 * Y;
        w.reason = QStringLiteral("尾款减免");
        ContractRepository(tdb.db()).addAdjustment(w);
        target(zhang, QStringLiteral("2026-11"), 500000);
        target(li, QStringLiteral("2026-11"), 200000);
        ActivityRepository activities(tdb.db());
        for (int i = 0; i < 5; ++i) {
            Activity a;
            a.kind = ActivityKind::Visit;
            a.subject = QStringLiteral("拜访 %1").arg(i + 1);
            a.occurredAt = at(11, 3 + i);
            a.userId = zhang;
            a.customerId = jia;
            activities.log(a);
        }
        tdb.clock().set(at(12, 1));
    }
};

} // namespace fd::test
