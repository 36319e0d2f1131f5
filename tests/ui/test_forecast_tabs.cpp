// The Forecast page's "Closing the gap" and "Forecast history" tabs on the hand-computed
// office (as of day 60, 2 March 2026), and the Reports page recording the forecasts of a
// report it saves (never of one it only shows).
#include "analyticsfixture.h"
#include "catchqt.h"
#include "reportfixture.h"

#include "exportaction.h"
#include "forecast/commitforecastdialog.h"
#include "forecast/forecasthistoryview.h"
#include "forecast/forecastpage.h"
#include "forecast/gapclosingpanel.h"
#include "languagemanager.h"
#include "reports/reportspage.h"
#include "session.h"

#include "analytics/forecastcommitments.h"
#include "analytics/forecasthistory.h"
#include "analytics/gapclosing.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/repositories/forecastsnapshotrepository.h"
#include "storage/sqlquery.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace fd;

namespace {

// A GUI session on a second connection to `tdb`'s file, on its clock.
struct Gui
{
    Session session;
    LanguageManager languages;
    PageContext context{session, languages};

    explicit Gui(test::TempDatabase &tdb)
    {
        QSettings().clear();
        languages.apply(QStringLiteral("en"));
        auto db = Database::openSqlite(tdb.path());
        db->setClock(&tdb.clock());
        session.setDatabase(std::move(db));
    }
};

// The Forecast page on its Forecast history tab, shown and read once.
struct HistoryTab
{
    Gui gui;
    ForecastPage page{gui.context};
    ForecastHistoryView *view = page.historyView();
    QSignalSpy computed{view, &ForecastHistoryView::computed};

    explicit HistoryTab(test::TempDatabase &tdb)
        : gui(tdb)
    {
        page.resize(1200, 800);
        page.show();
        page.tabs()->setCurrentWidget(view);
        REQUIRE((computed.count() > 0 || computed.wait(20000)));
    }
};

void saveScreenshot(QWidget &w, const QString &name)
{
    QCoreApplication::processEvents(); // pending layout requests, as the event loop would
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS"))
        w.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QLatin1Char('/') + name);
}

QString cellText(QTableWidget *table, int row, int column)
{
    QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("the Closing the gap tab shows the engine's needs per stage and the deals that close it", "[ui][gap]")
{
    test::AnalyticsOffice office;
    SqlQuery(office.tdb.db(), QStringLiteral("INSERT INTO targets (period, period_start, period_end, level, "
                                             "amount_cents) VALUES ('2026-03', '2026-03-01', '2026-03-31', "
                                             "'company', 50000000)"))
        .exec();
    Gui gui(office.tdb);
    ForecastPage page(gui.context);
    page.resize(1200, 800);
    page.show();
    GapClosingPanel *panel = page.gapPanel();
    QSignalSpy computed(panel, &GapClosingPanel::computed);
    page.tabs()->setCurrentWidget(panel); // computed only once shown
    REQUIRE((computed.count() > 0 || computed.wait(20000)));
    CHECK(panel->periodBox()->currentData().toString() == QStringLiteral("2026-03"));

    analytics::ForecastQuery q;
    q.period = QStringLiteral("2026-03");
    q.method = analytics::ForecastMethod::Auto; // the page's headline method
    const analytics::ForecastResult f = analytics::computeForecast(office.tdb.db(), q);
    const analytics::GapClosing g = analytics::computeGapClosing(office.tdb.db(), f, {});
    REQUIRE(g.status == analytics::GapStatus::Short);
    CHECK(panel->closing().gap == g.gap);
    CHECK(panel->summary()->text().contains(QStringLiteral("short")));
    REQUIRE(panel->stageTable()->rowCount() == int(g.stages.size()));
    for (size_t i = 0; i < g.stages.size(); ++i) {
        INFO("stage " << i);
        CHECK(cellText(panel->stageTable(), int(i), 0) == g.stages[i].name);
        CHECK(cellText(panel->stageTable(), int(i), 2) == QLocale().toString(*g.stages[i].dealsNeeded));
        CHECK(cellText(panel->stageTable(), int(i), 4) == QLocale().toString(g.stages[i].openCount));
    }
    REQUIRE(panel->dealTable()->rowCount() == int(g.deals.size()));
    REQUIRE_FALSE(g.deals.empty());
    CHECK(cellText(panel->dealTable(), 0, 1) == g.deals[0].title);
    CHECK(panel->dealTable()->isVisibleTo(&page));
    saveScreenshot(page, QStringLiteral("forecast_gap.png"));

    // In 简体中文 the tab, the columns and the summary are translated; the figures stay.
    gui.languages.apply(QStringLiteral("zh_CN"));
    CHECK(page.tabs()->tabText(page.tabs()->indexOf(panel)) == QStringLiteral("如何补齐差距"));
    CHECK(panel->stageTable()->horizontalHeaderItem(2)->text() == QStringLiteral("所需商机数"));
    CHECK(panel->summary()->text().contains(QStringLiteral("还需再赢 %1 单").arg(*g.winsNeeded)));
    saveScreenshot(page, QStringLiteral("forecast_gap_zh_CN.png"));
    gui.languages.apply(QStringLiteral("en"));

    // Ahead of target: a sentence, no tables.
    SqlQuery(office.tdb.db(), QStringLiteral("UPDATE targets SET amount_cents = 100")).exec();
    computed.clear();
    panel->refresh();
    REQUIRE(computed.wait(20000));
    CHECK(panel->closing().status == analytics::GapStatus::AheadOfTarget);
    CHECK(panel->summary()->text().startsWith(QStringLiteral("Ahead of target")));
    CHECK_FALSE(panel->dealTable()->isVisibleTo(&page));
    CHECK(panel->stageTable()->rowCount() == 0);
}

TEST_CASE("the Forecast history tab lists the recorded forecasts against what was won", "[ui][snapshots]")
{
    test::AnalyticsOffice office;
    // Recorded on day 50 (the CLI or a report would do the same), for March, whole company.
    analytics::ForecastQuery q;
    q.period = QStringLiteral("2026-03");
    q.method = analytics::ForecastMethod::Configured;
    q.asOf = test::AnalyticsOffice::day(50);
    ForecastSnapshot s = snapshotOf(analytics::computeForecast(office.tdb.db(), q), {}, QStringLiteral("cli"));
    ForecastSnapshotRepository(office.tdb.db()).record(s);

    HistoryTab tab(office.tdb);
    ForecastHistoryView *view = tab.view;
    ForecastPage &page = tab.page;
    QSignalSpy &computed = tab.computed;
    CHECK(view->periodBox()->currentData().toString() == QStringLiteral("2026-03"));
    REQUIRE(view->table()->rowCount() == 1);
    CHECK(cellText(view->table(), 0, 0) == QStringLiteral("2026-02-20 00:00"));
    CHECK(cellText(view->table(), 0, 2) == QStringLiteral("Command line"));
    CHECK(cellText(view->table(), 0, 3) == QStringLiteral("Configured"));
    CHECK(view->table()->item(0, 5)->data(ExportValueRole).toLongLong() == s.forecast);
    CHECK(view->table()->horizontalHeaderItem(8)->text() == QStringLiteral("Won so far")); // March runs

    // Record now: the page's method as of now, source "gui", shown as a second row.
    QSignalSpy recorded(view, &ForecastHistoryView::recorded);
    computed.clear();
    view->findChild<QPushButton *>(QStringLiteral("forecastHistoryRecord"))->click();
    REQUIRE(recorded.wait(20000));
    CHECK(recorded.last().at(0).toString().isEmpty());
    REQUIRE((computed.count() > 0 || computed.wait(20000)));
    REQUIRE(view->table()->rowCount() == 2);
    CHECK(cellText(view->table(), 1, 2) == QStringLiteral("Forecast page"));
    CHECK(view->history().rows[1].snapshot.source == QStringLiteral("gui"));
    CHECK(view->history().rows[1].snapshot.asOf == office.tdb.clock().now());
    saveScreenshot(page, QStringLiteral("forecast_history.png"));
}

TEST_CASE("the Reports page records a report's forecasts when it is saved, not when it is shown", "[ui][snapshots]")
{
    test::ReportOffice office;
    Gui gui(office.tdb);
    ReportsPage page(gui.context);
    QSignalSpy ready(&page, &ReportsPage::reportReady);
    page.resize(1100, 800);
    page.show();
    REQUIRE((ready.count() > 0 || ready.wait(20000)));
    CHECK(office.tdb.count(QStringLiteral("forecast_snapshots")) == 0);
    REQUIRE(page.savePdf(office.tdb.dir() + QStringLiteral("/saved.pdf")));
    CHECK(office.tdb.count(QStringLiteral("forecast_snapshots")) == 2);
    CHECK(office.tdb
              .scalar(QStringLiteral("SELECT count(*) FROM forecast_snapshots WHERE source = 'report' AND "
                                     "as_of = '2026-11-22T23:59:59Z'"))
              .toInt()
          == 2);
}

TEST_CASE("Commit my forecast starts from the model's figure for the rep's own deals and stores their word",
          "[ui][commitments]")
{
    test::AnalyticsOffice office;
    HistoryTab tab(office.tdb);
    ForecastHistoryView *view = tab.view;
    Gui &gui = tab.gui;
    QSignalSpy &computed = tab.computed;
    const QString period = view->periodBox()->currentData().toString();
    QPushButton *commit = view->findChild<QPushButton *>(QStringLiteral("forecastHistoryCommit"));
    REQUIRE(commit);

    // Nobody signed in: no dialog, a sentence why.
    commit->click();
    CHECK(view->findChild<CommitForecastDialog *>() == nullptr);
    CHECK(view->summary()->text().startsWith(QStringLiteral("Sign in")));

    gui.session.database()->setActingUserId(office.rep1);
    QSignalSpy opened(view, &ForecastHistoryView::commitDialogOpened);
    commit->click();
    REQUIRE(opened.wait(20000));
    auto *dialog = opened.last().at(0).value<CommitForecastDialog *>();
    REQUIRE(dialog);
    analytics::ForecastQuery q;
    q.period = period;
    q.method = analytics::ForecastMethod::Auto;
    q.scope.ownerId = office.rep1;
    const analytics::ForecastResult mine = analytics::computeForecast(office.tdb.db(), q);
    CHECK(dialog->amountEdit()->text() == money::editTextBrief(mine.forecast));
    CHECK(dialog->explanation()->text().contains(money::format(mine.forecast, QStringLiteral("CNY"))));
    saveScreenshot(*dialog, QStringLiteral("forecast_commit.png"));

    // A dollar amount in a yuan office is refused at the field; nothing stored.
    dialog->amountEdit()->setText(QStringLiteral("$8000"));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->errorText(QStringLiteral("amount")).isEmpty());
    CHECK_FALSE(analytics::ForecastCommitments(office.tdb.db()).latest(office.rep1, period));

    dialog->amountEdit()->setText(QStringLiteral("8000"));
    computed.clear();
    dialog->accept();
    const auto stored = analytics::ForecastCommitments(office.tdb.db()).latest(office.rep1, period);
    REQUIRE(stored);
    CHECK(stored->cents == 800000);
    REQUIRE((computed.count() > 0 || computed.wait(20000)));
    CHECK(view->summary()->text().startsWith(QStringLiteral("You committed ¥8,000.00 for %1.").arg(period)));
}
