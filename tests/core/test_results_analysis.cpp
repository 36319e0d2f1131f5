// Results analysis (DEFINITIONS.md §10) on the hand-computed office of resultsfixture.h.
#include "catchqt.h"
#include "clirun.h"
#include "resultsfixture.h"

#include "analytics/resultsanalysis.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::analytics;
using fd::test::ResultsOffice;

namespace {

constexpr qint64 Y = 100; // cents per yuan

ResultsAnalysis analyse(ResultsOffice &o, const Scope &scope = {})
{
    ResultsQuery q;
    q.scope = scope;
    q.from = ResultsOffice::windowFrom();
    q.to = ResultsOffice::windowTo();
    q.asOf = ResultsOffice::asOf();
    return computeResults(o.tdb.db(), q);
}

const CampaignRow &campaign(const ResultsAnalysis &r, qint64 id)
{
    for (const CampaignRow &c : r.campaigns) {
        if (c.campaignId == id)
            return c;
    }
    FAIL("campaign " << id << " not listed");
    throw 0;
}

const SourceRow *source(const ResultsAnalysis &r, const QString &name)
{
    for (const SourceRow &s : r.sources) {
        if (s.source == name)
            return &s;
    }
    return nullptr;
}

const PerformanceRow &byName(const std::vector<PerformanceRow> &rows, const QString &name)
{
    for (const PerformanceRow &row : rows) {
        if (row.name == name)
            return row;
    }
    FAIL("no row " << name.toStdString());
    throw 0;
}

const TierFigures *tier(const std::vector<TierFigures> &tiers, const QString &t)
{
    for (const TierFigures &f : tiers) {
        if (f.tier == t)
            return &f;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Campaign ROI: cost against leads, conversions, pipeline and won amount", "[results]")
{
    ResultsOffice o;
    const ResultsAnalysis r = analyse(o);
    REQUIRE(r.campaigns.size() == 3);
    // The campaigns that ran in the window first (by start date), then last year's one.
    CHECK(r.campaigns[0].campaignId == o.k1);
    CHECK(r.campaigns[1].campaignId == o.k2);
    CHECK(r.campaigns[2].campaignId == o.k3);
    CHECK(r.campaigns[0].ranInWindow);
    CHECK_FALSE(r.campaigns[2].ranInWindow);

    const CampaignRow &k1 = campaign(r, o.k1);
    CHECK(k1.cost == 100000 * Y);
    CHECK(k1.figures.leads == 3);
    CHECK(k1.figures.convertedLeads == 2);
    CHECK(k1.figures.convertedCustomers == 2);
    CHECK(k1.figures.opportunities == 3); // O1, O2 (through L2), O4
    CHECK(k1.figures.openCount == 0);
    CHECK(k1.figures.pipeline == 0);
    // O1 won inside the window counts; O2 won on 07-10, after it, does not.
    CHECK(k1.figures.wonCount == 1);
    CHECK(k1.figures.wonAmount == 240000 * Y);
    CHECK(k1.figures.wonCustomers == 1);
    CHECK(k1.figures.lostCount == 1);
    REQUIRE(k1.roi);
    CHECK(*k1.roi == Approx(1.4));
    CHECK(k1.costPerLead == std::optional<qint64>(3333333)); // 10,000,000 / 3 cents
    CHECK(k1.costPerWonCustomer == std::optional<qint64>(100000 * Y));

    // A free campaign has figures but no ROI and no cost ratios (not infinity).
    const CampaignRow &k2 = campaign(r, o.k2);
    CHECK(k2.cost == 0);
    CHECK(k2.figures.leads == 1);
    CHECK(k2.figures.opportunities == 1);
    CHECK(k2.figures.openCount == 1);
    CHECK(k2.figures.pipeline == 40000 * Y);
    CHECK_FALSE(k2.roi);
    CHECK_FALSE(k2.costPerLead);
    CHECK_FALSE(k2.costPerWonCustomer);

    // Last year's campaign: listed for the win it brought in the window; its cost was not spent in it.
    const CampaignRow &k3 = campaign(r, o.k3);
    CHECK(k3.cost == 0);
    CHECK(k3.figures.wonAmount == 60000 * Y);
    CHECK(k3.figures.opportunities == 0);
    CHECK_FALSE(k3.roi);

    const CampaignRow &t = r.campaignTotal;
    CHECK(t.cost == 100000 * Y);
    CHECK(t.figures.leads == 4);
    CHECK(t.figures.wonAmount == 300000 * Y);
    CHECK(t.figures.wonCustomers == 2);
    CHECK(t.figures.pipeline == 40000 * Y);
    REQUIRE(t.roi);
    CHECK(*t.roi == Approx(2.0));
    CHECK(t.costPerWonCustomer == std::optional<qint64>(50000 * Y));
}

TEST_CASE("Campaign ROI by customer tier", "[results]")
{
    ResultsOffice o;
    const ResultsAnalysis r = analyse(o);
    const CampaignRow &k1 = campaign(r, o.k1);
    REQUIRE(k1.tiers.size() == 2);
    const TierFigures *a = tier(k1.tiers, QStringLiteral("A"));
    const TierFigures *b = tier(k1.tiers, QStringLiteral("B"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->figures.convertedCustomers == 1);
    CHECK(a->figures.opportunities == 2);
    CHECK(a->figures.wonAmount == 240000 * Y);
    CHECK(a->figures.lostCount == 1);
    CHECK(b->figures.convertedCustomers == 1);
    CHECK(b->figures.opportunities == 1);
    CHECK(b->figures.wonAmount == 0);

    // Over every campaign: A = O1 + O4 + O6 (K2), B = O2 + O5 (K3).
    const TierFigures *ta = tier(r.tierTotals, QStringLiteral("A"));
    const TierFigures *tb = tier(r.tierTotals, QStringLiteral("B"));
    REQUIRE(ta);
    REQUIRE(tb);
    CHECK(ta->figures.pipeline == 40000 * Y);
    CHECK(ta->figures.wonAmount == 240000 * Y);
    CHECK(tb->figures.wonAmount == 60000 * Y);
    CHECK_FALSE(tier(r.tierTotals, QString())); // 丙 (unrated) came from no campaign
}

TEST_CASE("Lead sources: conversion, won customers and cost per won customer", "[results]")
{
    ResultsOffice o;
    const ResultsAnalysis r = analyse(o);
    REQUIRE(r.sources.size() == 3);
    CHECK(r.sources[0].source == QStringLiteral("展会")); // largest won amount first

    const SourceRow *fair = source(r, QStringLiteral("展会"));
    REQUIRE(fair);
    CHECK(fair->figures.leads == 3);
    CHECK(fair->figures.convertedLeads == 2);
    REQUIRE(fair->figures.conversionRate);
    CHECK(*fair->figures.conversionRate == Approx(2.0 / 3.0));
    CHECK(fair->figures.wonCount == 2); // O1 and O5; O2 (through L2) was won after the window
    CHECK(fair->figures.wonAmount == 300000 * Y);
    CHECK(fair->figures.wonCustomers == 2);
    CHECK(fair->cost == 100000 * Y); // K1 only: K3 ran before the window
    CHECK(fair->costPerWonCustomer == std::optional<qint64>(50000 * Y));

    const SourceRow *seminar = source(r, QStringLiteral("研讨会"));
    REQUIRE(seminar);
    CHECK(seminar->figures.leads == 1);
    CHECK(seminar->figures.conversionRate == std::optional<double>(0.0));
    CHECK(seminar->cost == 0);
    CHECK_FALSE(seminar->costPerWonCustomer);

    // O3 has no source of its own: it takes its lead's (官网). L5 was created before the window.
    const SourceRow *web = source(r, QStringLiteral("官网"));
    REQUIRE(web);
    CHECK(web->figures.leads == 1);
    CHECK(web->figures.convertedLeads == 0);
    CHECK(web->figures.pipeline == 50000 * Y);
    CHECK(web->figures.wonCount == 0);
    CHECK_FALSE(web->costPerWonCustomer);
}

TEST_CASE("Performance by region: won, pipeline, win rate and average deal", "[results]")
{
    ResultsOffice o;
    const ResultsAnalysis r = analyse(o);
    REQUIRE(r.regions.size() == 3); // 华东, 华南 and "no region" (丙)
    const PerformanceRow &east = byName(r.regions, QStringLiteral("华东"));
    CHECK(east.figures.wonCount == 1);
    CHECK(east.figures.wonAmount == 240000 * Y);
    CHECK(east.figures.lostCount == 1);
    CHECK(east.figures.winRate == std::optional<double>(0.5));
    CHECK(east.figures.averageDeal == std::optional<qint64>(240000 * Y));
    CHECK(east.figures.pipeline == 40000 * Y);
    const PerformanceRow &south = byName(r.regions, QStringLiteral("华南"));
    CHECK(south.figures.wonCount == 1);
    CHECK(south.figures.wonAmount == 60000 * Y);
    CHECK(south.figures.winRate == std::optional<double>(1.0));
    const PerformanceRow &none = r.regions.back();
    CHECK(none.id == 0);
    CHECK(none.figures.pipeline == 50000 * Y);

    CHECK(r.total.figures.wonCount == 2);
    CHECK(r.total.figures.wonAmount == 300000 * Y);
    CHECK(r.total.figures.pipeline == 90000 * Y);
    REQUIRE(r.total.figures.winRate);
    CHECK(*r.total.figures.winRate == Approx(2.0 / 3.0));
    CHECK(r.total.figures.averageDeal == std::optional<qint64>(150000 * Y));
}

TEST_CASE("Customer mix: the share of won sales from key (大客户) and A-rated (优质) customers",
          "[results][efficiency]")
{
    ResultsOffice o;
    // 乙 is a large company (key), 甲 is rated A but of no recorded size.
    SqlQuery(o.tdb.db(), QStringLiteral("UPDATE customers SET size = 'large' WHERE id = ?")).add(o.yi).exec();
    SqlQuery(o.tdb.db(), QStringLiteral("UPDATE customers SET size = 'medium' WHERE id = ?")).add(o.jia).exec();
    const ResultsAnalysis r = analyse(o);
    // Won in the window: o1 ¥240,000 (甲, A) and o5 ¥60,000 (乙, B, large) = ¥300,000.
    CHECK(r.customers.highTier.wonAmount == 240000 * Y);
    CHECK(r.customers.highTierShare == std::optional<double>(0.8));
    CHECK(r.customers.key.wonAmount == 60000 * Y);
    CHECK(r.customers.keyShare == std::optional<double>(0.2));
    // 乙's deals: o5 won, o2 created in the window (won after it) → one win, no loss.
    CHECK(r.customers.key.wonCount == 1);
    CHECK(r.customers.key.opportunities == 1);
    // Every deal by tier: A = 甲 (o1 won, o4 lost, o6 open), B = 乙, unrated = 丙 (o3 open).
    REQUIRE(r.customers.tiers.size() == 3);
    CHECK(r.customers.tiers[0].tier == QStringLiteral("A"));
    CHECK(r.customers.tiers[0].figures.wonCount == 1);
    CHECK(r.customers.tiers[0].figures.lostCount == 1);
    CHECK(r.customers.tiers[0].figures.pipeline == 40000 * Y);
    CHECK(r.customers.tiers[2].tier.isEmpty());
    CHECK(r.customers.tiers[2].figures.pipeline == 50000 * Y);

    // Nothing won in a window before any deal: no share, not 0 %.
    ResultsQuery early;
    early.from = QDate(2025, 1, 1);
    early.to = QDate(2025, 1, 31);
    early.asOf = ResultsOffice::asOf();
    const ResultsAnalysis none = computeResults(o.tdb.db(), early);
    CHECK_FALSE(none.customers.keyShare);
    CHECK_FALSE(none.customers.highTierShare);
}

TEST_CASE("Region coverage: customers on file and how many were worked in the window", "[results][efficiency]")
{
    ResultsOffice o;
    const qint64 ding = o.b.customer(QStringLiteral("丁公司"), o.east); // no deal; an activity after the window
    const qint64 wu = o.b.customer(QStringLiteral("戊公司"), o.south);  // no deal; an activity in the window
    o.tdb.clock().set(ResultsOffice::at(9, 2));
    o.b.customer(QStringLiteral("己公司"), o.east); // on file only after the as-of day: not counted
    auto activity = [&](qint64 customer, const QDateTime &when) {
        SqlQuery(o.tdb.db(), QStringLiteral("INSERT INTO activities (kind, subject, occurred_at, user_id, customer_id, "
                                            "created_at) VALUES ('visit', '拜访', ?, ?, ?, ?)"))
            .add(when.toString(Qt::ISODate))
            .add(o.rep)
            .add(customer)
            .add(when.toString(Qt::ISODate))
            .exec();
    };
    activity(ding, ResultsOffice::at(7, 5));
    activity(wu, ResultsOffice::at(4, 2));

    const ResultsAnalysis r = analyse(o);
    // 华东: 甲 (deals o1, o4, o6 in the window) worked, 丁 not → 1 of 2.
    const PerformanceRow &east = byName(r.regions, QStringLiteral("华东"));
    CHECK(east.customers == 2);
    CHECK(east.coveredCustomers == 1);
    CHECK(east.coverage == std::optional<double>(0.5));
    // 华南: 乙 (o2, o5) and 戊 (the April visit) → 2 of 2.
    const PerformanceRow &south = byName(r.regions, QStringLiteral("华南"));
    CHECK(south.customers == 2);
    CHECK(south.coveredCustomers == 2);
    CHECK(south.coverage == std::optional<double>(1.0));
    // No region: 丙 with its open deal o3.
    CHECK(r.regions.back().id == 0);
    CHECK(r.regions.back().customers == 1);
    CHECK(r.regions.back().coveredCustomers == 1);
}

TEST_CASE("Sales efficiency per rep: average deal, cycle, win rate, lead conversion, activities per won deal",
          "[results][efficiency]")
{
    ResultsOffice o;
    for (const int day : {2, 9, 16}) // three visits in April, one in July (after the window)
        SqlQuery(o.tdb.db(), QStringLiteral("INSERT INTO activities (kind, subject, occurred_at, user_id, customer_id, "
                                            "created_at) VALUES ('visit', '拜访', ?, ?, ?, ?)"))
            .add(ResultsOffice::at(4, day).toString(Qt::ISODate))
            .add(o.rep)
            .add(o.jia)
            .add(ResultsOffice::at(4, day).toString(Qt::ISODate))
            .exec();
    SqlQuery(o.tdb.db(), QStringLiteral("INSERT INTO activities (kind, subject, occurred_at, user_id, customer_id, "
                                        "created_at) VALUES ('call', '电话', '2026-07-02T09:00:00Z', ?, ?, "
                                        "'2026-07-02T09:00:00Z')"))
        .add(o.rep)
        .add(o.jia)
        .exec();
    const ResultsAnalysis r = analyse(o);
    REQUIRE(r.reps.size() == 1); // the office's one rep owns every deal
    const RepEfficiency &e = r.reps.front();
    CHECK(e.userId == o.rep);
    // Won in the window: o1 ¥240,000 (10 Mar → 15 Apr, 36 days) and o5 ¥60,000 (1 Feb → 15 Mar,
    // 42 days); o4 lost.
    CHECK(e.wonCount == 2);
    CHECK(e.wonAmount == 300000 * Y);
    CHECK(e.averageDeal == std::optional<qint64>(150000 * Y));
    REQUIRE(e.winRate);
    CHECK(*e.winRate == Approx(2.0 / 3.0));
    REQUIRE(e.medianCycleDays);
    CHECK(*e.medianCycleDays == Approx(39.0));
    // Leads created in the window: L1, L2, L3, L4, L6 (L5 in February); converted: L1, L2.
    CHECK(e.leads == 5);
    CHECK(e.convertedLeads == 2);
    CHECK(e.leadConversion == std::optional<double>(0.4));
    CHECK(e.activities == 3);
    CHECK(e.activitiesPerWon == std::optional<double>(1.5));
    CHECK_FALSE(e.pay); // no pay plan in this office
}

TEST_CASE("Performance by product line splits a deal by its line amounts", "[results]")
{
    ResultsOffice o;
    const ResultsAnalysis r = analyse(o);
    REQUIRE(r.productLines.size() == 3); // 服务, 软件 and "no product line"
    // O1 (240,000) has 200,000 of 软件 and 100,000 of 服务 items: 160,000 / 80,000.
    const PerformanceRow &software = byName(r.productLines, QStringLiteral("软件"));
    CHECK(software.figures.wonCount == 2); // O1 and O5
    CHECK(software.figures.wonAmount == (160000 + 60000) * Y);
    CHECK(software.figures.winRate == std::optional<double>(1.0));
    CHECK(software.figures.averageDeal == std::optional<qint64>(110000 * Y));
    const PerformanceRow &service = byName(r.productLines, QStringLiteral("服务"));
    CHECK(service.figures.wonCount == 1);
    CHECK(service.figures.wonAmount == 80000 * Y);
    CHECK(service.figures.lostCount == 1); // O4
    CHECK(service.figures.winRate == std::optional<double>(0.5));
    const PerformanceRow &none = r.productLines.back();
    CHECK(none.id == 0);
    CHECK(none.figures.openCount == 2); // O3, O6
    CHECK(none.figures.pipeline == 90000 * Y);

    // Amounts are not double counted: the lines add up to the total.
    qint64 won = 0, pipeline = 0;
    for (const PerformanceRow &row : r.productLines) {
        won += row.figures.wonAmount;
        pipeline += row.figures.pipeline;
    }
    CHECK(won == r.total.figures.wonAmount);
    CHECK(pipeline == r.total.figures.pipeline);
}

TEST_CASE("Product line split rounds to the cent and adds up exactly", "[results]")
{
    ResultsOffice o;
    const qint64 hardware = o.b.product(QStringLiteral("网关"), QStringLiteral("硬件"));
    // ¥100.00 over three lines of ¥1 each: 33.33 / 33.34 / 33.33 (cumulative rounding).
    Opportunity d = o.repo.get(o.o6);
    d.amount.cents = 10000;
    d.products.clear();
    for (qint64 product : {o.software, o.service, hardware}) {
        OpportunityProduct op;
        op.productId = product;
        op.unitPriceCents = 100;
        d.products.append(op);
    }
    o.tdb.clock().set(ResultsOffice::at(3, 13));
    o.repo.update(d);
    const ResultsAnalysis r = analyse(o);
    // 软件 (line 1) takes round(10000 × 1/3) = 3333, 服务 round(10000 × 2/3) − 3333 = 3334, 硬件 the rest.
    CHECK(byName(r.productLines, QStringLiteral("软件")).figures.pipeline == 3333);
    CHECK(byName(r.productLines, QStringLiteral("服务")).figures.pipeline == 3334);
    CHECK(byName(r.productLines, QStringLiteral("硬件")).figures.pipeline == 3333);
}

TEST_CASE("Results analysis: window, as-of and scope", "[results]")
{
    ResultsOffice o;
    SECTION("a wider window takes in the later win and last year's campaign cost")
    {
        ResultsQuery q;
        q.from = QDate(2025, 9, 1);
        q.to = QDate(2026, 8, 31);
        q.asOf = ResultsOffice::asOf();
        const ResultsAnalysis r = computeResults(o.tdb.db(), q);
        const CampaignRow &k1 = campaign(r, o.k1);
        CHECK(k1.figures.wonAmount == (240000 + 120000) * Y); // O2 won 07-10 now counts
        CHECK(k1.figures.wonCustomers == 2);
        const CampaignRow &k3 = campaign(r, o.k3);
        CHECK(k3.cost == 50000 * Y);
        REQUIRE(k3.roi);
        CHECK(*k3.roi == Approx(0.2)); // (60,000 − 50,000) / 50,000
    }
    SECTION("as of a day before O1 was won, it is pipeline, not won")
    {
        ResultsQuery q;
        q.from = ResultsOffice::windowFrom();
        q.to = ResultsOffice::windowTo();
        q.asOf = ResultsOffice::at(4, 14);
        const ResultsAnalysis r = computeResults(o.tdb.db(), q);
        const CampaignRow &k1 = campaign(r, o.k1);
        CHECK(k1.figures.wonAmount == 0);
        CHECK(k1.figures.pipeline == (240000 + 120000) * Y); // O1 and O2 open; O4 not yet created
        CHECK(k1.figures.opportunities == 2);
        REQUIRE(k1.roi);
        CHECK(*k1.roi == Approx(-1.0));
    }
    SECTION("a region scope takes the deals and leads of the region's people, not the customers' regions")
    {
        // DEFINITIONS.md §1a: the owner's team's region. The rep is in no team yet.
        Scope s;
        s.regionId = o.south;
        CHECK(analyse(o, s).total.figures.opportunities == 0);
        CHECK(analyse(o, s).total.figures.leads == 0);
        const qint64 southTeam = o.b.team(QStringLiteral("广州一组"), o.south);
        SqlQuery(o.tdb.db(), QStringLiteral("UPDATE users SET team_id = ? WHERE id = ?"))
            .add(southTeam)
            .add(o.rep)
            .exec();
        const ResultsAnalysis all = analyse(o);
        const ResultsAnalysis south = analyse(o, s);
        CHECK(south.total.figures.opportunities == all.total.figures.opportunities);
        CHECK(south.total.figures.leads == all.total.figures.leads);
        CHECK(south.total.figures.wonAmount == all.total.figures.wonAmount);
        // The regions breakdown still shows where the customers are.
        CHECK(byName(south.regions, QStringLiteral("华东")).figures.wonCount
              == byName(all.regions, QStringLiteral("华东")).figures.wonCount);
        s.regionId = o.east;
        CHECK(analyse(o, s).total.figures.opportunities == 0);
    }
    SECTION("deals in another currency are left out and counted")
    {
        SqlQuery(o.tdb.db(), QStringLiteral("UPDATE opportunities SET currency = 'USD' WHERE id = ?")).add(o.o5).exec();
        const ResultsAnalysis r = analyse(o);
        CHECK(r.otherCurrencyDeals == 1);
        CHECK(r.total.figures.wonAmount == 240000 * Y);
    }
}

TEST_CASE("CLI results --json prints the figures in snake_case and cents", "[results][cli]")
{
    ResultsOffice o;
    const QString path = o.tdb.path();
    const test::CliRun run = test::runCliWith(
        {QStringLiteral("--db"), path, QStringLiteral("results"), QStringLiteral("--from"),
         QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--as-of"),
         QStringLiteral("2026-09-01"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root.value(QStringLiteral("currency")).toString() == QStringLiteral("CNY"));
    const QJsonArray campaigns = root.value(QStringLiteral("campaigns")).toArray();
    REQUIRE(campaigns.size() == 3);
    const QJsonObject k1 = campaigns.at(0).toObject();
    CHECK(k1.value(QStringLiteral("campaign_id")).toInteger() == o.k1);
    CHECK(k1.value(QStringLiteral("cost_cents")).toInteger() == 100000 * Y);
    CHECK(k1.value(QStringLiteral("won_amount_cents")).toInteger() == 240000 * Y);
    CHECK(k1.value(QStringLiteral("roi")).toDouble() == Approx(1.4));
    CHECK(k1.value(QStringLiteral("cost_per_lead_cents")).toInteger() == 3333333);
    CHECK(k1.value(QStringLiteral("tiers")).toArray().size() == 2);
    CHECK(k1.value(QStringLiteral("ran_in_window")).toBool());
    CHECK(campaigns.at(1).toObject().value(QStringLiteral("roi")).isNull()); // the free campaign
    CHECK(root.value(QStringLiteral("campaign_total")).toObject().value(QStringLiteral("roi")).toDouble()
          == Approx(2.0));
    const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    REQUIRE(!sources.isEmpty());
    CHECK(sources.at(0).toObject().value(QStringLiteral("source")).toString() == QStringLiteral("展会"));
    CHECK(sources.at(0).toObject().value(QStringLiteral("cost_per_won_customer_cents")).toInteger() == 50000 * Y);
    const QJsonArray lines = root.value(QStringLiteral("product_lines")).toArray();
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(2).toObject().value(QStringLiteral("name")).isNull());
    CHECK(root.value(QStringLiteral("total")).toObject().value(QStringLiteral("won_amount_cents")).toInteger()
          == 300000 * Y);
    // Regions carry their customers and coverage, the customer mix its shares, each rep their efficiency.
    const QJsonObject east = root.value(QStringLiteral("regions")).toArray().at(0).toObject();
    CHECK(east.value(QStringLiteral("customers")).toInteger() == 1);
    CHECK(east.value(QStringLiteral("coverage")).toDouble() == Approx(1.0));
    CHECK_FALSE(lines.at(0).toObject().contains(QStringLiteral("coverage")));
    const QJsonObject mix = root.value(QStringLiteral("customer_mix")).toObject();
    CHECK(mix.value(QStringLiteral("high_tier_share")).toDouble() == Approx(0.8));
    CHECK(mix.value(QStringLiteral("key_share")).toDouble() == Approx(0.0));
    const QJsonArray reps = root.value(QStringLiteral("sales_efficiency")).toArray();
    REQUIRE(reps.size() == 1);
    CHECK(reps.at(0).toObject().value(QStringLiteral("lead_conversion")).toDouble() == Approx(0.4));
    CHECK(reps.at(0).toObject().value(QStringLiteral("median_cycle_days")).toDouble() == Approx(39.0));
    CHECK(reps.at(0).toObject().value(QStringLiteral("pay_cents")).isNull());

    // The text form names the campaigns and sources.
    const test::CliRun text = test::runCliWith({QStringLiteral("--db"), path, QStringLiteral("results"),
                                                QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                                QStringLiteral("--to"), QStringLiteral("2026-06-30"),
                                                QStringLiteral("--as-of"), QStringLiteral("2026-09-01")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("春季展会")));
    CHECK(text.out.contains(QStringLiteral("140.0%")));
    CHECK(text.out.contains(QStringLiteral("Product lines")));
    CHECK(text.out.contains(QStringLiteral("A-rated customers 80.0%")));
    CHECK(text.out.contains(QStringLiteral("Sales efficiency")));
}
