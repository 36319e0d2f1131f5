// Product cost and margin (DEFINITIONS.md §10a) on the hand-computed office of
// marginoffice.h, on SQLite and on PostgreSQL (ALSO_ON_POSTGRES): deal margin, the cost
// copied onto line items, results analysis by region and product line, the audit trail, and
// the CLI's JSON and PDF agreeing with core.
#include "catchqt.h"
#include "clirun.h"
#include "marginoffice.h"
#include "pdftext.h"

#include "analytics/resultsanalysis.h"
#include "domain/catalog.h"
#include "domain/margin.h"
#include "domain/money.h"
#include "storage/repositories/catalogrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>

using namespace fd;
using namespace fd::analytics;
using fd::test::at;
using fd::test::MarginOffice;
using fd::test::Y;

namespace {

const PerformanceRow &row(const std::vector<PerformanceRow> &rows, const QString &name)
{
    for (const PerformanceRow &r : rows) {
        if (r.name == name)
            return r;
    }
    FAIL("no row " << name.toStdString());
    throw 0;
}

// What one row must show: won amount, cost, margin (none: no margin) and margin %.
struct Expected
{
    qint64 won;
    qint64 cost;
    std::optional<qint64> margin;
    std::optional<double> rate;
};

void checkFigures(const ResultFigures &f, const Expected &e)
{
    CHECK(f.wonAmount == e.won * Y);
    CHECK(f.wonMargin.has_value() == e.margin.has_value());
    if (e.margin) {
        CHECK(f.wonCost == e.cost * Y);
        CHECK(*f.wonMargin == *e.margin * Y);
        REQUIRE(f.marginRate);
        CHECK(*f.marginRate == Approx(*e.rate));
    } else {
        CHECK_FALSE(f.marginRate);
    }
}

} // namespace

TEST_CASE("Deal margin: line sales after discount less quantity × unit cost, none without items", "[margin]")
{
    MarginOffice o;
    const auto m1 = o.repo.dealMargin(o.d1);
    REQUIRE(m1);
    CHECK(m1->sales == 140000 * Y);
    CHECK(m1->cost == 80000 * Y); // the CRM's cost copied at 4,000, not today's 6,000
    CHECK(m1->margin() == 60000 * Y);
    CHECK(*m1->rate() == Approx(60.0 / 140.0));
    const auto m2 = o.repo.dealMargin(o.d2);
    REQUIRE(m2);
    CHECK(m2->cost == 50000 * Y); // overridden 2,500 per unit, not the product's 3,000
    CHECK(m2->margin() == 50000 * Y);
    CHECK_FALSE(o.repo.dealMargin(o.d3)); // no line items: no margin, not 0

    // The stored line carries the copied cost; a new line takes the product's cost of today.
    const Opportunity d1 = o.repo.get(o.d1);
    REQUIRE(d1.products.size() == 2);
    CHECK(d1.products.at(0).unitCostCents == 4000 * Y);
    const qint64 d5 = o.deal(at(9, 1), o.jia, 10000 * Y, {MarginOffice::line(o.crm, 1, 10000)});
    CHECK(o.repo.get(d5).products.at(0).unitCostCents == 6000 * Y);

    // One rounding rule: 3 × 33.33 less 15 % = 84.9915 → 84.99.
    CHECK(margin::lineSales(3, 3333, 15) == 8499);
}

TEST_CASE("A line written before costs existed counts its product's current cost", "[margin]")
{
    MarginOffice o;
    SqlQuery(o.tdb.db(),
             QStringLiteral("UPDATE opportunity_products SET unit_cost_cents = NULL WHERE opportunity_id = ?"))
        .add(o.d4)
        .exec();
    const auto m = o.repo.dealMargin(o.d4);
    REQUIRE(m);
    CHECK(m->cost == 5 * 6000 * Y);
}

TEST_CASE("Results analysis: won amount, cost, margin and margin % by region and product line", "[margin]")
{
    MarginOffice o;
    const ResultsAnalysis r = o.analyse();
    checkFigures(row(r.regions, QStringLiteral("华东")).figures, {140000, 80000, 60000, 60.0 / 140.0});
    checkFigures(row(r.regions, QStringLiteral("华南")).figures, {130000, 50000, 50000, 0.5});
    checkFigures(row(r.productLines, QStringLiteral("软件")).figures, {90000, 40000, 50000, 50.0 / 90.0});
    checkFigures(row(r.productLines, QStringLiteral("硬件")).figures, {150000, 90000, 60000, 0.4});
    const PerformanceRow &noLine = r.productLines.back();
    CHECK(noLine.id == 0);
    checkFigures(noLine.figures, {30000, 0, std::nullopt, std::nullopt});
    checkFigures(r.total.figures, {270000, 130000, 110000, 110.0 / 240.0});
    CHECK(r.total.figures.wonSales == 240000 * Y);
    CHECK(r.total.figures.marginDeals == 2); // D3 has no items; D4 was lost

    // A window without any won deal that has items has no margin anywhere.
    ResultsQuery q;
    q.from = QDate(2026, 5, 10);
    q.to = QDate(2026, 6, 30);
    q.asOf = at(9, 1);
    const ResultsAnalysis late = computeResults(o.tdb.db(), q);
    checkFigures(late.total.figures, {30000, 0, std::nullopt, std::nullopt});
}

TEST_CASE("Cost changes are in the audit trail: the product's cost and a deal's line costs", "[margin][audit]")
{
    MarginOffice o;
    SqlQuery product(o.tdb.db(), QStringLiteral("SELECT old_value, new_value FROM audit_log WHERE entity = 'product' "
                                                "AND entity_id = ? AND field = 'cost_cents' ORDER BY id"));
    product.add(o.crm).exec();
    QStringList changes;
    while (product.next())
        changes << product.value(0).toString() + QStringLiteral("→") + product.value(1).toString();
    CHECK(changes == QStringList{QStringLiteral("0→400000"), QStringLiteral("400000→600000")});

    Opportunity d2 = o.repo.get(o.d2);
    d2.products[0].unitCostCents = 2800 * Y;
    o.repo.update(d2);
    SqlQuery deal(o.tdb.db(), QStringLiteral("SELECT old_value, new_value FROM audit_log WHERE entity = 'opportunity' "
                                             "AND entity_id = ? AND field = 'line_cost_cents'"));
    deal.add(o.d2).exec();
    REQUIRE(deal.next());
    CHECK(deal.value(0).toLongLong() == 50000 * Y);
    CHECK(deal.value(1).toLongLong() == 56000 * Y);
    CHECK(o.repo.dealMargin(o.d2)->margin() == 44000 * Y);
}

TEST_CASE("CLI results: JSON and the printed PDF show the margins core computes", "[margin][cli]")
{
    MarginOffice o;
    const ResultsAnalysis r = o.analyse();
    const QString pdf = o.tdb.dir() + QStringLiteral("/results.pdf");
    const test::CliRun run = test::runCliWith(o.cliArgs()
                                              << QStringLiteral("--json") << QStringLiteral("--pdf") << pdf);
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);

    const auto agree = [](const QJsonObject &j, const ResultFigures &f) {
        CHECK(j.value(QStringLiteral("won_amount_cents")).toInteger() == f.wonAmount);
        CHECK(j.value(QStringLiteral("cost_cents")).toInteger() == f.wonCost);
        CHECK(j.value(QStringLiteral("won_sales_cents")).toInteger() == f.wonSales);
        if (f.wonMargin) {
            CHECK(j.value(QStringLiteral("margin_cents")).toInteger() == *f.wonMargin);
            CHECK(j.value(QStringLiteral("margin_rate")).toDouble() == Approx(*f.marginRate));
        } else {
            CHECK(j.value(QStringLiteral("margin_cents")).isNull());
            CHECK(j.value(QStringLiteral("margin_rate")).isNull());
        }
    };
    const QJsonArray regions = root.value(QStringLiteral("regions")).toArray();
    REQUIRE(regions.size() == qsizetype(r.regions.size()));
    for (qsizetype i = 0; i < regions.size(); ++i)
        agree(regions.at(i).toObject(), r.regions.at(size_t(i)).figures);
    const QJsonArray lines = root.value(QStringLiteral("product_lines")).toArray();
    REQUIRE(lines.size() == qsizetype(r.productLines.size()));
    for (qsizetype i = 0; i < lines.size(); ++i)
        agree(lines.at(i).toObject(), r.productLines.at(size_t(i)).figures);
    const QJsonObject total = root.value(QStringLiteral("total")).toObject();
    agree(total, r.total.figures);
    CHECK(total.value(QStringLiteral("margin_cents")).toInteger() == 110000 * Y);

    // The PDF, read back as a reader would: each row's won amount, cost, margin and margin %.
    const QString text = test::pdfText(pdf);
    INFO(text.toStdString());
    const QLocale l;
    const auto printed = [&](const QString &name, const ResultFigures &f) {
        const QString cny = QStringLiteral("CNY");
        const QStringList printedLines = text.split(QLatin1Char('\n'));
        bool found = false;
        for (const QString &line : printedLines) {
            if (!line.trimmed().startsWith(name))
                continue;
            found = true;
            const qsizetype won = line.indexOf(money::format(f.wonAmount, cny, l));
            CHECK(won > 0);
            if (f.wonMargin) {
                const qsizetype cost = line.indexOf(money::format(f.wonCost, cny, l), won + 1);
                const qsizetype margin = line.indexOf(money::format(*f.wonMargin, cny, l), cost + 1);
                CHECK(cost > won);
                CHECK(margin > cost);
                CHECK(line.indexOf(l.toString(*f.marginRate * 100, 'f', 1) + QLatin1Char('%'), margin) > margin);
            } else {
                CHECK(line.count(QStringLiteral("—")) == 3);
            }
        }
        CHECK(found);
    };
    printed(QStringLiteral("华东"), row(r.regions, QStringLiteral("华东")).figures);
    printed(QStringLiteral("华南"), row(r.regions, QStringLiteral("华南")).figures);
    printed(QStringLiteral("软件"), row(r.productLines, QStringLiteral("软件")).figures);
    printed(QStringLiteral("硬件"), row(r.productLines, QStringLiteral("硬件")).figures);
    CHECK(text.contains(QStringLiteral("42.9%")));
    CHECK(text.contains(QStringLiteral("45.8%")));

    // The text form has the margin columns and a total row.
    const test::CliRun plain = test::runCliWith(o.cliArgs());
    REQUIRE(plain.code == 0);
    CHECK(plain.out.contains(QStringLiteral("Margin%")));
    CHECK(plain.out.contains(QStringLiteral("55.6%")));
}

TEST_CASE("funneldesk-cli results --pdf writes the margins from a plain command-line run", "[margin][cli]")
{
    MarginOffice o;
    // In the office's language by default (as the weekly report), in English with --lang en.
    for (const auto &[lang, heading] : {std::pair{QString(), QStringLiteral("按产品线毛利")},
                                        std::pair{QStringLiteral("zh_TW"), QStringLiteral("按產品線毛利")},
                                        std::pair{QStringLiteral("en"), QStringLiteral("Margin by product line")}}) {
        const QString pdf = o.tdb.dir() + QStringLiteral("/margins-%1.pdf").arg(lang);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command picks the headless platform itself
        cli.setProcessEnvironment(env);
        QStringList args = o.cliArgs() << QStringLiteral("--pdf") << pdf;
        if (!lang.isEmpty())
            args << QStringLiteral("--lang") << lang;
        cli.start(QStringLiteral(FD_CLI_PATH), args);
        REQUIRE(cli.waitForFinished(60000));
        INFO(lang.toStdString() << ": " << cli.readAllStandardError().toStdString());
        REQUIRE(cli.exitStatus() == QProcess::NormalExit);
        REQUIRE(cli.exitCode() == 0);
        const QString text = test::pdfText(pdf);
        CHECK(text.contains(heading));
        CHECK(text.contains(QStringLiteral("45.8%")));
    }
}
