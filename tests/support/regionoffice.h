#pragma once

// The frame the results and margin offices share: a pipeline, two regions (华东, 华南), a
// rep 张伟, 甲公司 in 华东 and 乙公司 in 华南, on a real database with a fixed clock.
#include "builders.h"
#include "tempdatabase.h"

#include "domain/opportunity.h"
#include "domain/pipeline.h"
#include "storage/repositories/opportunityrepository.h"

#include <QDateTime>

namespace fd::test {

struct RegionOffice
{
    TempDatabase tdb;
    Builders b{tdb.db()};
    OpportunityRepository repo{tdb.db()};
    Pipeline p;
    qint64 east = 0, south = 0, rep = 0, jia = 0, yi = 0;

    explicit RegionOffice(const QDateTime &start)
        : tdb(start)
    {
        p = b.pipeline();
        east = b.region(QStringLiteral("华东"));
        south = b.region(QStringLiteral("华南"));
        rep = b.user(QStringLiteral("张伟"));
        jia = b.customer(QStringLiteral("甲公司"), east);
        yi = b.customer(QStringLiteral("乙公司"), south);
    }

    // A deal of 张伟's for `customer` created at `when` in the first stage, with its line items.
    qint64 deal(const QDateTime &when, qint64 customer, qint64 amountCents, const QList<OpportunityProduct> &lines,
                qint64 campaignId = 0, const QString &source = {})
    {
        tdb.clock().set(when);
        Opportunity o;
        o.title = QStringLiteral("商机 %1").arg(amountCents / 100);
        o.customerId = customer;
        o.ownerId = rep;
        o.pipelineId = p.id;
        o.stageId = p.stages.at(0).id;
        o.amount = {amountCents, QStringLiteral("CNY")};
        o.campaignId = campaignId;
        o.source = source;
        o.products = lines;
        return repo.create(o);
    }

    // Wins or loses deal `id` at `when` (a lost deal for its price).
    void close(qint64 id, const QDateTime &when, OpportunityStatus status)
    {
        tdb.clock().set(when);
        repo.setOutcome(id, status, status == OpportunityStatus::Lost ? QStringLiteral("价格") : QString());
    }
};

} // namespace fd::test
