#pragma once

// The hand-computed office of product cost and margin (core/analytics/DEFINITIONS.md §10a).
// Window 2026-03-01 .. 2026-06-30, as of 2026-09-01. Products (cost per unit, yuan):
//   CRM 标准版 (软件) 4,000; 服务器 (硬件) 40,000; 网关 (硬件) 3,000.
//   D1 甲 (华东) won 04-10: CRM 10 × 10,000 − 10 % = 90,000 (cost 40,000) + 服务器 1 × 50,000
//      (cost 40,000): sales 140,000, cost 80,000, margin 60,000 (42.857 %). After the win the
//      CRM's cost rises to 6,000: D1 keeps its copied cost.
//   D2 乙 (华南) won 05-05: 网关 20 × 5,000 = 100,000, unit cost overridden 2,500 (product 3,000):
//      cost 50,000, margin 50,000 (50 %).
//   D3 乙 (华南) won 05-20: 30,000, no line items: no margin.
//   D4 甲 (华东) lost 06-01: CRM 5 × 10,000 (cost 20,000): never counts.
// Results: 华东 won 140,000, cost 80,000, margin 60,000, 42.9 %; 华南 won 130,000, cost 50,000,
//   margin 50,000, 50.0 % (of the line sales 100,000); 软件 won 90,000, cost 40,000, margin
//   50,000, 55.6 %; 硬件 won 150,000, cost 90,000, margin 60,000, 40.0 %; no line 30,000, no
//   margin; total won 270,000, sales 240,000, cost 130,000, margin 110,000, 45.8 %.
#include "regionoffice.h"

#include "analytics/resultsanalysis.h"
#include "domain/catalog.h"
#include "domain/opportunity.h"
#include "storage/repositories/catalogrepository.h"
#include "storage/repositories/opportunityrepository.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace fd::test {

inline constexpr qint64 Y = 100; // cents per yuan

inline QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(9, 0), Qt::UTC);
}

struct MarginOffice : RegionOffice
{
    CatalogRepository catalog{tdb.db()};
    qint64 crm = 0, server = 0, gateway = 0;
    qint64 d1 = 0, d2 = 0, d3 = 0, d4 = 0;

    void setCost(qint64 productId, qint64 yuan)
    {
        Product product = catalog.product(productId);
        product.costCents = yuan * Y;
        catalog.saveProduct(product);
    }

    static OpportunityProduct line(qint64 product, int quantity, qint64 unitYuan, int discount = 0,
                                   std::optional<qint64> unitCostYuan = std::nullopt)
    {
        OpportunityProduct l;
        l.productId = product;
        l.quantity = quantity;
        l.unitPriceCents = unitYuan * Y;
        l.discountPercent = discount;
        if (unitCostYuan)
            l.unitCostCents = *unitCostYuan * Y;
        return l;
    }

    MarginOffice()
        : RegionOffice(at(1, 1))
    {
        crm = b.product(QStringLiteral("CRM 标准版"), QStringLiteral("软件"));
        server = b.product(QStringLiteral("服务器"), QStringLiteral("硬件"));
        gateway = b.product(QStringLiteral("网关"), QStringLiteral("硬件"));
        setCost(crm, 4000);
        setCost(server, 40000);
        setCost(gateway, 3000);

        d1 = deal(at(3, 10), jia, 140000 * Y, {line(crm, 10, 10000, 10), line(server, 1, 50000)});
        d2 = deal(at(3, 20), yi, 100000 * Y, {line(gateway, 20, 5000, 0, 2500)});
        d3 = deal(at(4, 1), yi, 30000 * Y, {});
        d4 = deal(at(4, 2), jia, 50000 * Y, {line(crm, 5, 10000)});
        close(d1, at(4, 10), OpportunityStatus::Won);
        close(d2, at(5, 5), OpportunityStatus::Won);
        close(d3, at(5, 20), OpportunityStatus::Won);
        close(d4, at(6, 1), OpportunityStatus::Lost);
        tdb.clock().set(at(7, 1));
        setCost(crm, 6000); // after the win: D1 keeps the cost copied onto its line
        tdb.clock().set(at(9, 1));
    }

    analytics::ResultsAnalysis analyse()
    {
        analytics::ResultsQuery q;
        q.from = QDate(2026, 3, 1);
        q.to = QDate(2026, 6, 30);
        q.asOf = at(9, 1);
        return analytics::computeResults(tdb.db(), q);
    }

    QStringList cliArgs() const
    {
        return {QStringLiteral("--db"),       tdb.path(),
                QStringLiteral("results"),    QStringLiteral("--from"),
                QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                QStringLiteral("2026-06-30"), QStringLiteral("--as-of"),
                QStringLiteral("2026-09-01")};
    }
};

} // namespace fd::test
