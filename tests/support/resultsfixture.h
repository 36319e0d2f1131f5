#pragma once

// The hand-computed office of the results analysis (core/analytics/DEFINITIONS.md §10):
// three campaigns (one paid in the window, one free, one paid last year), six leads,
// six deals in two regions, three tiers and two product lines. The window is
// 2026-03-01 .. 2026-06-30, seen as of 2026-09-01. Figures in yuan:
//   K1 春季展会 (展会, 03-01..03-05, cost 100,000): leads L1 L2 L3, L1 → 甲 (A), L2 → 乙 (B);
//      O1 甲 240,000 won 04-15 (软件 200,000 + 服务 100,000 of items → 160,000 / 80,000);
//      O2 乙 120,000 from L2, won 07-10 (after the window); O4 甲 80,000 服务, lost 06-01.
//   K2 免费研讨会 (研讨会, 03-10, cost 0): lead L4; O6 甲 40,000 open, no items.
//   K3 去年秋季展会 (展会, 2025-10-01..03, cost 50,000): O5 乙 60,000 软件, created 02-01, won 03-15.
//   官网: L5 (created 02-15, before the window) → 丙 (unrated, no region) with O3 50,000 open;
//      L6 created 04-01, not converted.
#include "regionoffice.h"

#include "domain/opportunity.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

#include <QDate>
#include <QDateTime>

namespace fd::test {

struct ResultsOffice : RegionOffice
{
    static QDateTime at(int month, int day) { return QDateTime(QDate(2026, month, day), QTime(9, 0), Qt::UTC); }
    static QDate windowFrom() { return {2026, 3, 1}; }
    static QDate windowTo() { return {2026, 6, 30}; }
    static QDateTime asOf() { return at(9, 1); }

    qint64 bing = 0, software = 0, service = 0;
    qint64 k1 = 0, k2 = 0, k3 = 0;
    qint64 o1 = 0, o2 = 0, o3 = 0, o4 = 0, o5 = 0, o6 = 0;

    qint64 campaign(const QString &name, const QString &channel, const QString &start, const QString &end,
                    qint64 costYuan)
    {
        SqlQuery q(tdb.db(), QStringLiteral("INSERT INTO campaigns (name, channel, start_date, end_date, cost_cents, "
                                            "currency, created_at) VALUES (?, ?, ?, ?, ?, 'CNY', ?) RETURNING id"));
        return q.add(name)
            .add(channel)
            .add(start)
            .add(end)
            .add(costYuan * 100)
            .add(QStringLiteral("2025-01-01T00:00:00Z"))
            .insert();
    }

    void tier(qint64 customer, const QString &t)
    {
        SqlQuery(tdb.db(), QStringLiteral("UPDATE customers SET tier = ? WHERE id = ?")).add(t).add(customer).exec();
    }

    struct Item
    {
        qint64 product;
        int quantity;
        qint64 unitYuan;
    };

    qint64 deal(const QDateTime &when, qint64 customer, qint64 yuan, qint64 campaignId, const QString &source,
                const QList<Item> &items = {})
    {
        QList<OpportunityProduct> lines;
        for (const Item &i : items) {
            OpportunityProduct op;
            op.productId = i.product;
            op.quantity = i.quantity;
            op.unitPriceCents = i.unitYuan * 100;
            lines.append(op);
        }
        return RegionOffice::deal(when, customer, yuan * 100, lines, campaignId, source);
    }

    void lead(const QString &name, const QString &source, qint64 campaignId, qint64 region, const QDateTime &created,
              qint64 customer = 0, qint64 opportunity = 0, const QDateTime &converted = {})
    {
        auto id = [](qint64 v) { return v ? QVariant(v) : QVariant(QMetaType::fromType<qint64>()); };
        auto stamp = [](const QDateTime &d) {
            return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
        };
        SqlQuery(tdb.db(), QStringLiteral(
                               "INSERT INTO leads (name, source, campaign_id, status, owner_id, region_id, "
                               "converted_customer_id, converted_opportunity_id, converted_at, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            .add(name)
            .add(source)
            .add(id(campaignId))
            .add(customer ? QStringLiteral("converted") : QStringLiteral("contacted"))
            .add(rep)
            .add(id(region))
            .add(id(customer))
            .add(id(opportunity))
            .add(stamp(converted))
            .add(stamp(created))
            .add(stamp(created))
            .exec();
    }

    ResultsOffice()
        : RegionOffice(at(1, 1))
    {
        bing = b.customer(QStringLiteral("丙公司"));
        tier(jia, QStringLiteral("A"));
        tier(yi, QStringLiteral("B"));
        software = b.product(QStringLiteral("CRM 标准版"), QStringLiteral("软件"));
        service = b.product(QStringLiteral("实施服务"), QStringLiteral("服务"));
        k1 = campaign(QStringLiteral("春季展会"), QStringLiteral("展会"), QStringLiteral("2026-03-01"),
                      QStringLiteral("2026-03-05"), 100000);
        k2 = campaign(QStringLiteral("免费研讨会"), QStringLiteral("研讨会"), QStringLiteral("2026-03-10"),
                      QStringLiteral("2026-03-10"), 0);
        k3 = campaign(QStringLiteral("去年秋季展会"), QStringLiteral("展会"), QStringLiteral("2025-10-01"),
                      QStringLiteral("2025-10-03"), 50000);

        o5 = deal(at(2, 1), yi, 60000, k3, QStringLiteral("展会"), {{software, 1, 60000}});
        o3 = deal(at(3, 5), bing, 50000, 0, QString());
        o1 = deal(at(3, 10), jia, 240000, k1, QStringLiteral("展会"), {{software, 1, 200000}, {service, 2, 50000}});
        o6 = deal(at(3, 12), jia, 40000, k2, QStringLiteral("研讨会"));
        close(o5, at(3, 15), OpportunityStatus::Won);
        o2 = deal(at(3, 20), yi, 120000, 0, QString(), {{software, 1, 120000}});
        close(o1, at(4, 15), OpportunityStatus::Won);
        o4 = deal(at(5, 1), jia, 80000, k1, QStringLiteral("展会"), {{service, 1, 80000}});
        close(o4, at(6, 1), OpportunityStatus::Lost);
        close(o2, at(7, 10), OpportunityStatus::Won);

        lead(QStringLiteral("L1"), QStringLiteral("展会"), k1, east, at(3, 3), jia, o1, at(3, 10));
        lead(QStringLiteral("L2"), QStringLiteral("展会"), k1, south, at(3, 4), yi, o2, at(3, 20));
        lead(QStringLiteral("L3"), QStringLiteral("展会"), k1, east, at(3, 4));
        lead(QStringLiteral("L4"), QStringLiteral("研讨会"), k2, east, at(3, 10));
        lead(QStringLiteral("L5"), QStringLiteral("官网"), 0, 0, at(2, 15), bing, o3, at(3, 5));
        lead(QStringLiteral("L6"), QStringLiteral("官网"), 0, 0, at(4, 1));
        tdb.clock().set(asOf());
    }
};

} // namespace fd::test
