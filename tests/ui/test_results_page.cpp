// The Reports page's results analysis tab (成果分析) on the hand-computed office of
// tests/core/resultsfixture.h: the figures shown, sorting with the total kept last, the
// chart, export of a table, the language switch to 万.
#include "catchqt.h"
#include "exportaction.h"
#include "languagemanager.h"
#include "pageregistry.h"
#include "reports/reportspage.h"
#include "reports/resultsanalysisview.h"
#include "reports/resultstablemodel.h"
#include "resultsfixture.h"
#include "session.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace fd;

namespace {

struct Screen
{
    test::ResultsOffice office;
    Session session;
    LanguageManager languages;
    PageContext context{session, languages};

    explicit Screen(const QString &language = QStringLiteral("en"))
    {
        QSettings().clear();
        languages.apply(language);
        auto db = Database::openSqlite(office.tdb.path());
        db->setClock(&office.tdb.clock());
        session.setDatabase(std::move(db));
    }
};

// The row of the view whose first column shows `name`, -1 if none.
int rowOf(const QTableView &view, const QString &name)
{
    const QAbstractItemModel *m = view.model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == name)
            return r;
    }
    return -1;
}

// The column whose header is `title`, -1 if none.
int columnOf(const QTableView &view, const QString &title)
{
    const QAbstractItemModel *m = view.model();
    for (int c = 0; c < m->columnCount(); ++c) {
        if (m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == title)
            return c;
    }
    return -1;
}

QVariant cell(const QTableView &view, int row, const QString &column, int role = Qt::DisplayRole)
{
    const int c = columnOf(view, column);
    REQUIRE(c >= 0);
    return view.model()->index(row, c).data(role);
}

// Shows the results tab for the fixture's window and waits for the figures.
void showResults(ReportsPage &page)
{
    ResultsAnalysisView *view = page.resultsView();
    QSignalSpy spy(view, &ResultsAnalysisView::computed);
    page.resize(1500, 950);
    page.show();
    page.tabs()->setCurrentIndex(1);
    view->setWindow(test::ResultsOffice::windowFrom(), test::ResultsOffice::windowTo(),
                    test::ResultsOffice::asOf().date());
    while (view->computing() || spy.isEmpty())
        REQUIRE(spy.wait(20000));
}

} // namespace

TEST_CASE("the results analysis tab shows campaign ROI, sources, regions and product lines", "[ui][results]")
{
    Screen s;
    ReportsPage page(s.context);
    REQUIRE(page.tabs()->count() == 2);
    showResults(page);
    ResultsAnalysisView *view = page.resultsView();

    // Campaign ROI: K1 春季展会 cost 100,000, won 240,000 → 140 %; the free campaign has no ROI.
    const QTableView &campaigns = *view->campaignTable();
    REQUIRE(campaigns.model()->rowCount() == 4); // three campaigns and the total
    const int k1 = rowOf(campaigns, QStringLiteral("春季展会"));
    REQUIRE(k1 >= 0);
    CHECK(cell(campaigns, k1, QStringLiteral("Won amount"), ExportValueRole).toLongLong() == 24000000);
    CHECK(cell(campaigns, k1, QStringLiteral("Cost"), ExportValueRole).toLongLong() == 10000000);
    CHECK(cell(campaigns, k1, QStringLiteral("ROI")).toString() == QStringLiteral("140.0%"));
    CHECK(cell(campaigns, k1, QStringLiteral("Leads")).toString() == QStringLiteral("3"));
    CHECK(cell(campaigns, k1, QStringLiteral("Won amount"), Qt::ToolTipRole).toString()
          == QStringLiteral("¥240,000.00"));
    const int free = rowOf(campaigns, QStringLiteral("免费研讨会"));
    REQUIRE(free >= 0);
    CHECK(cell(campaigns, free, QStringLiteral("ROI")).toString() == QStringLiteral("—"));
    CHECK(cell(campaigns, free, QStringLiteral("Cost")).toString() == QStringLiteral("—"));
    const int total = rowOf(campaigns, QStringLiteral("Total"));
    CHECK(total == 3);
    CHECK(cell(campaigns, total, QStringLiteral("ROI")).toString() == QStringLiteral("200.0%"));

    // Sorting by won amount, largest first: K1 on top, the total row stays last.
    const_cast<QTableView &>(campaigns).sortByColumn(columnOf(campaigns, QStringLiteral("Won amount")),
                                                     Qt::DescendingOrder);
    CHECK(rowOf(campaigns, QStringLiteral("春季展会")) == 0);
    CHECK(rowOf(campaigns, QStringLiteral("Total")) == 3);
    const_cast<QTableView &>(campaigns).sortByColumn(columnOf(campaigns, QStringLiteral("Won amount")),
                                                     Qt::AscendingOrder);
    CHECK(rowOf(campaigns, QStringLiteral("Total")) == 3);

    // By customer tier: K1's A and B rows and the all-campaign tier totals.
    const QTableView &tiers = *view->tierTable();
    CHECK(tiers.model()->rowCount() == 2 + 1 + 1 + 2); // K1 A/B, K2 A, K3 B, totals A/B
    // The chart draws the campaigns with a cost in the window: K1 only (K2 is free, K3 ran last year).
    CHECK(view->chartCampaignCount() == 1);

    // Lead sources: 展会 3 leads, 66.7 % converted, cost per won customer 50,000.
    const QTableView &sources = *view->sourceTable();
    const int fair = rowOf(sources, QStringLiteral("展会"));
    REQUIRE(fair >= 0);
    CHECK(cell(sources, fair, QStringLiteral("Conversion rate")).toString() == QStringLiteral("66.7%"));
    CHECK(cell(sources, fair, QStringLiteral("Cost per won customer"), ExportValueRole).toLongLong() == 5000000);

    // Regions and product lines, each with its total row.
    const QTableView &regions = *view->regionTable();
    CHECK(regions.model()->rowCount() == 4);
    const int east = rowOf(regions, QStringLiteral("华东"));
    REQUIRE(east >= 0);
    CHECK(cell(regions, east, QStringLiteral("Win rate")).toString() == QStringLiteral("50.0%"));
    const QTableView &lines = *view->productLineTable();
    const int software = rowOf(lines, QStringLiteral("软件"));
    REQUIRE(software >= 0);
    CHECK(cell(lines, software, QStringLiteral("Won amount"), ExportValueRole).toLongLong() == 22000000);
    CHECK(rowOf(lines, QStringLiteral("(no product line)")) >= 0);
    // Regions also say how many of their customers were worked: 甲 in 华东 and 乙 in 华南 all were.
    CHECK(cell(regions, east, QStringLiteral("Customers")).toString() == QStringLiteral("1"));
    CHECK(cell(regions, east, QStringLiteral("Coverage")).toString() == QStringLiteral("100.0%"));
    CHECK(cell(regions, rowOf(regions, QStringLiteral("Total")), QStringLiteral("Customers")).toString()
          == QStringLiteral("3"));
    CHECK(columnOf(lines, QStringLiteral("Coverage")) == -1); // product lines have no customers of their own

    // Customer mix: A-rated 甲 brought ¥240,000 of ¥300,000 won; no customer has a recorded size.
    CHECK(view->tabs()->tabText(4) == QStringLiteral("Customer mix"));
    const QTableView &mix = *view->customerMixTable();
    const int tierA = rowOf(mix, QStringLiteral("Tier A"));
    REQUIRE(tierA >= 0);
    CHECK(cell(mix, tierA, QStringLiteral("Share of won")).toString() == QStringLiteral("80.0%"));
    const int key = rowOf(mix, QStringLiteral("Key customers (large, enterprise)"));
    REQUIRE(key >= 0);
    CHECK(cell(mix, key, QStringLiteral("Share of won")).toString() == QStringLiteral("0.0%"));
    CHECK(view->customerMixNote()->text().contains(QStringLiteral("A-rated customers (优质客户) 80.0%")));

    // Sales efficiency: the one rep, with 2 wins averaging ¥150,000 and 2 of 5 new leads converted.
    CHECK(view->tabs()->tabText(5) == QStringLiteral("Sales efficiency"));
    const QTableView &efficiency = *view->efficiencyTable();
    REQUIRE(efficiency.model()->rowCount() == 1);
    CHECK(cell(efficiency, 0, QStringLiteral("Average deal"), ExportValueRole).toLongLong() == 15000000);
    CHECK(cell(efficiency, 0, QStringLiteral("Cycle (days)")).toString() == QStringLiteral("39.0"));
    CHECK(cell(efficiency, 0, QStringLiteral("Lead conversion")).toString() == QStringLiteral("40.0%"));
    CHECK(cell(efficiency, 0, QStringLiteral("Pay")).toString() == QStringLiteral("—"));

    // Export… writes what the table shows, money as exact amounts.
    const QString path = QDir(s.office.tdb.dir()).filePath(QStringLiteral("campaigns.csv"));
    CHECK(exportView(campaigns, ExportFormat::Csv, path) == 4);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(QStringLiteral("春季展会")));
    CHECK(csv.contains(QStringLiteral("240000.00")));
    CHECK(csv.contains(QStringLiteral("100000.00")));
    CHECK(csv.contains(QStringLiteral("Total")));

    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS")) {
        for (int tab = 0; tab < view->tabs()->count(); ++tab) {
            view->tabs()->setCurrentIndex(tab);
            page.grab().save(
                QDir(qEnvironmentVariable("FD_SCREENSHOTS")).filePath(QStringLiteral("results-en-%1.png").arg(tab)));
        }
    }
}

TEST_CASE("the results analysis in Chinese shows amounts in 万 and the tab is remembered", "[ui][results]")
{
    Screen s(QStringLiteral("zh_CN"));
    {
        ReportsPage page(s.context);
        showResults(page);
        const QTableView &campaigns = *page.resultsView()->campaignTable();
        const int k1 = rowOf(campaigns, QStringLiteral("春季展会"));
        REQUIRE(k1 >= 0);
        const int won = columnOf(campaigns, QStringLiteral("赢单金额"));
        REQUIRE(won >= 0);
        CHECK(campaigns.model()->index(k1, won).data().toString().contains(QStringLiteral("万")));
        CHECK(page.tabs()->tabText(1) == QStringLiteral("成果分析"));
        if (qEnvironmentVariableIsSet("FD_SCREENSHOTS"))
            page.grab().save(QDir(qEnvironmentVariable("FD_SCREENSHOTS")).filePath(QStringLiteral("results-zh.png")));
    }
    // The next Reports page opens on the results tab.
    ReportsPage again(s.context);
    CHECK(again.tabs()->currentIndex() == 1);
}
