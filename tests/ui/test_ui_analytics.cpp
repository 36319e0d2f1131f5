// The analytics views on the hand-computed office of test_analytics: the funnel page shows
// the engine's stages, a click on a trapezoid selects the stage and lists exactly its open
// deals, the rep heatmap colours by excess, and the forecast page shows the engine's numbers.
#include "analyticsfixture.h"
#include "catchqt.h"

#include "dashboardpage.h"
#include "forecast/forecastpage.h"
#include "funnel/funnelpage.h"
#include "funnel/funnelwidget.h"
#include "languagemanager.h"
#include "reps/repdiagnosticsview.h"
#include "session.h"
#include "widgets/deallisttable.h"
#include "widgets/figurecard.h"

#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/repdiagnostics.h"
#include "analytics/velocity.h"
#include "demo/demogenerator.h"
#include "domain/money.h"
#include "report/velocitytext.h"
#include "report/weeklyreport.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace fd;

namespace {

// The analytics office (as of day 60) behind a GUI session on a second connection.
struct Views
{
    test::AnalyticsOffice office;
    Session session;
    LanguageManager languages;
    PageContext context{session, languages};

    Views()
    {
        QSettings().clear();
        languages.apply(QStringLiteral("en"));
        auto db = Database::openSqlite(office.tdb.path());
        db->setClock(&office.tdb.clock());
        session.setDatabase(std::move(db));
    }
};

// Shows `page` and waits for the signal of its first computation.
template<typename Page, typename Signal>
bool showAndWait(Page &page, Signal signal)
{
    QSignalSpy spy(&page, signal);
    page.resize(1200, 800);
    page.show();
    return spy.wait(20000);
}

QString cellText(QTableWidget *table, int row, int column)
{
    QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("the funnel page shows the engine's funnel and lists a clicked stage's deals", "[ui][analytics]")
{
    Views v;
    FunnelPage page(v.context);
    REQUIRE(showAndWait(page, &FunnelPage::computed));
    CHECK_FALSE(page.isComputing());

    const analytics::FunnelResult expected = analytics::computeFunnel(v.office.tdb.db(), {});
    REQUIRE(page.funnel().stages.size() == expected.stages.size());
    REQUIRE(page.stageTable()->rowCount() == int(expected.stages.size()));
    for (size_t i = 0; i < expected.stages.size(); ++i) {
        INFO("stage " << i);
        CHECK(cellText(page.stageTable(), int(i), 0) == expected.stages[i].name);
        CHECK(cellText(page.stageTable(), int(i), 1) == QLocale().toString(expected.stages[i].openCount));
        CHECK(cellText(page.stageTable(), int(i), 3) == QLocale().toString(expected.stages[i].entered));
    }

    // Stage 1 holds D and E (open at day 60); a click on its trapezoid lists exactly them.
    const std::vector<qint64> &stageOne = expected.stages.at(1).openDealIds;
    REQUIRE(stageOne.size() == 2);
    FunnelWidget *widget = page.funnelWidget();
    CHECK(widget->selectedStage() == -1);
    CHECK(page.dealTable()->rowCount() == 0);
    QSignalSpy clicked(widget, &FunnelWidget::stageClicked);
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->stageCentre(1).toPoint());
    REQUIRE(clicked.count() == 1);
    CHECK(clicked.at(0).at(0).toInt() == 1);
    CHECK(widget->selectedStage() == 1);
    CHECK(page.dealTable()->dealIds() == stageOne);
    CHECK(std::is_permutation(stageOne.begin(), stageOne.end(), std::vector<qint64>{v.office.d, v.office.e}.begin()));

    // Another stage replaces the list; a click beside the funnel changes nothing.
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->stageCentre(0).toPoint());
    CHECK(widget->selectedStage() == 0);
    CHECK(page.dealTable()->dealIds() == expected.stages.at(0).openDealIds);
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
    CHECK(widget->selectedStage() == 0);

    // A language switch recomputes the shown page in Chinese and keeps the selection.
    QSignalSpy again(&page, &FunnelPage::computed);
    v.languages.apply(QStringLiteral("zh_CN"));
    REQUIRE(again.wait(20000));
    CHECK(page.stageTable()->horizontalHeaderItem(0)->text() == QStringLiteral("阶段"));
    CHECK(widget->selectedStage() == 0);
    CHECK(page.dealTable()->dealIds() == expected.stages.at(0).openDealIds);
    v.languages.apply(QStringLiteral("en"));
}

TEST_CASE("the rep diagnostics tab shows the engine's reps with a days-in-stage heatmap", "[ui][analytics]")
{
    Views v;
    FunnelPage page(v.context);
    REQUIRE(showAndWait(page, &FunnelPage::computed));
    const analytics::RepResult expected = analytics::computeReps(v.office.tdb.db(), {});
    QTableWidget *table = page.repView()->table();
    REQUIRE(table->rowCount() == int(expected.reps.size()));
    REQUIRE_FALSE(expected.reps.empty());
    for (size_t i = 0; i < expected.reps.size(); ++i) {
        const analytics::RepRow &rep = expected.reps[i];
        CHECK(cellText(table, int(i), 0) == rep.displayName);
        for (size_t s = 0; s < rep.stages.size(); ++s) {
            QTableWidgetItem *item = table->item(int(i), 10 + int(s));
            REQUIRE(item);
            CHECK(item->background().color()
                  == RepDiagnosticsView::excessColor(rep.stages[s].repMedian, rep.stages[s].teamMedian));
        }
    }
    // White at or below the team median, full red at twice it, in between between.
    CHECK(RepDiagnosticsView::excessColor(4.0, 5.0) == QColor(Qt::white));
    CHECK(RepDiagnosticsView::excessColor(std::nullopt, 5.0) == QColor(Qt::white));
    CHECK(RepDiagnosticsView::excessColor(10.0, 5.0) == QColor(0xe0, 0x4f, 0x3f));
    CHECK(RepDiagnosticsView::excessColor(20.0, 5.0) == QColor(0xe0, 0x4f, 0x3f));
    const QColor half = RepDiagnosticsView::excessColor(7.5, 5.0);
    CHECK(half.green() < 255);
    CHECK(half.green() > 0x4f);

    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS")) { // the demo office's reps in 简体中文, kept for a look
        test::TempDatabase demo;
        DemoGenerator(demo.db(), DemoOptions()).generate();
        v.languages.apply(QStringLiteral("zh_CN"));
        RepDiagnosticsView view;
        view.setResult(analytics::computeReps(demo.db(), {}), QStringLiteral("CNY"));
        view.resize(1500, 560);
        view.show();
        QTest::qWait(50);
        view.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS"))
                         + QStringLiteral("/rep_diagnostics_demo.png"));
        v.languages.apply(QStringLiteral("en"));
    }
}

TEST_CASE("the forecast page shows the engine's forecast, drill-through and backtest", "[ui][analytics]")
{
    Views v;
    ForecastPage page(v.context);
    QSignalSpy backtestDone(&page, &ForecastPage::backtestComputed);
    REQUIRE(showAndWait(page, &ForecastPage::computed));

    // Day 60 = 2026-03-02: six months from March; the deals close on 2026-03-15.
    REQUIRE(page.periods().size() == 6);
    QTableWidget *table = page.periodTable();
    REQUIRE(table->rowCount() == 6);
    CHECK(table->item(0, 0)->data(Qt::UserRole).toString() == QStringLiteral("2026-03"));
    CHECK(table->item(5, 0)->data(Qt::UserRole).toString() == QStringLiteral("2026-08"));
    const auto engine = [&](analytics::ForecastMethod method) {
        analytics::ForecastQuery q;
        q.period = QStringLiteral("2026-03");
        q.method = method;
        return analytics::computeForecast(v.office.tdb.db(), q);
    };
    // The headline is the auto method's forecast, with its track record beside it.
    const auto headline = engine(analytics::ForecastMethod::Auto);
    REQUIRE(headline.autoSelected);
    const auto brief = [](qint64 cents) { return money::formatShort(cents, QStringLiteral("CNY")); };
    CHECK(cellText(table, 0, 1) == brief(headline.wonInPeriod));
    CHECK(cellText(table, 0, 2) == brief(headline.forecast));
    CHECK(page.periods()[0].headline.method == headline.method);
    CHECK(page.trackRecordLabel()->text().contains(analytics::forecastMethodName(headline.method)));
    // Every method and baseline beside it, each the engine's figure.
    const auto &methods = analytics::forecastMethods();
    for (size_t m = 0; m < methods.size(); ++m) {
        INFO(analytics::toString(methods[m]).toStdString());
        const auto f = engine(methods[m]);
        CHECK(table->horizontalHeaderItem(7 + int(m))->text() == analytics::forecastMethodName(methods[m]));
        CHECK(cellText(table, 0, 7 + int(m)) == (f.available ? brief(f.forecast) : QStringLiteral("—")));
    }
    const auto learned = engine(analytics::ForecastMethod::Learned);
    const auto &ranged = headline.hasRange ? headline : learned;
    CHECK(cellText(table, 0, 3).contains(brief(ranged.p10)));
    CHECK(cellText(table, 0, 3).contains(brief(ranged.p90)));

    // Drill-through: the headline method's deals, largest expected first; the configured
    // method's on request; the learned method's with why.
    page.selectPeriod(0);
    std::vector<qint64> ids;
    for (const auto &d : headline.deals)
        ids.push_back(d.id);
    CHECK(page.dealTable()->dealIds() == ids);
    auto *drill = page.findChild<QComboBox *>(QStringLiteral("forecastDrillMethod"));
    REQUIRE(drill);
    const auto pick = [&](analytics::ForecastMethod m) {
        drill->setCurrentIndex(drill->findText(analytics::forecastMethodName(m)));
        REQUIRE(drill->currentIndex() > 0);
    };
    pick(analytics::ForecastMethod::Configured);
    ids.clear();
    for (const auto &d : engine(analytics::ForecastMethod::Configured).deals)
        ids.push_back(d.id);
    REQUIRE_FALSE(ids.empty());
    CHECK(page.dealTable()->dealIds() == ids);
    CHECK(page.dealTable()->isColumnHidden(page.dealTable()->columnCount() - 1)); // no "why" column
    pick(analytics::ForecastMethod::Learned);
    REQUIRE_FALSE(learned.deals.empty());
    const int why = page.dealTable()->columnCount() - 1;
    CHECK_FALSE(page.dealTable()->isColumnHidden(why));
    CHECK(page.dealTable()->item(0, why)->text() == analytics::explainForecastDeal(learned.deals.front()));
    drill->setCurrentIndex(0);

    // Quarters: this quarter and three more.
    QSignalSpy again(&page, &ForecastPage::computed);
    page.setQuarters(true);
    REQUIRE(again.wait(20000));
    REQUIRE(page.periods().size() == 4);
    CHECK(table->item(0, 0)->data(Qt::UserRole).toString() == QStringLiteral("2026-Q1"));

    // The backtest panel: one row per method.
    if (backtestDone.isEmpty() || page.isComputing())
        REQUIRE(backtestDone.wait(20000));
    CHECK(page.backtest().methods.size() == analytics::forecastMethods().size());
    CHECK(page.backtestTable()->rowCount() == int(analytics::forecastMethods().size()));
    CHECK(page.backtest().months.size() == 12);
    // The calibration table: by stage and by days to the expected close date.
    REQUIRE_FALSE(page.backtest().calibration.empty());
    CHECK(page.calibrationTable()->rowCount() == int(page.backtest().calibration.size()));
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS")) { // kept for a look
        const QString dir = QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS"));
        page.resize(1400, 900);
        v.languages.apply(QStringLiteral("zh_CN"));
        QTest::qWait(50);
        page.grab().save(dir + QStringLiteral("/forecast_page.png"));
        page.findChild<QTabWidget *>()->setCurrentIndex(1);
        QTest::qWait(50);
        page.grab().save(dir + QStringLiteral("/forecast_backtest.png"));
        v.languages.apply(QStringLiteral("en"));
    }
}

TEST_CASE("the dashboard shows the engine's small funnel and this month's forecast", "[ui][analytics]")
{
    Views v;
    DashboardPage page(v.context);
    QSignalSpy shown(&page, &DashboardPage::engineFiguresShown);
    QSignalSpy choiceMade(&page, &DashboardPage::forecastMethodChosen);
    page.resize(1200, 800);
    page.show();
    page.refresh();
    REQUIRE(shown.wait(20000));
    while (shown.wait(500)) {
    } // a refresh on show may have queued a second computation
    if (choiceMade.isEmpty())
        REQUIRE(choiceMade.wait(20000));
    while (choiceMade.wait(500)) {
    }

    // No choice was cached yet: the learned model's number at once, then the auto choice.
    analytics::ForecastQuery q;
    q.period = QStringLiteral("2026-03");
    q.method = analytics::ForecastMethod::Auto;
    const auto chosen = analytics::computeForecast(v.office.tdb.db(), q);
    auto *card = page.findChild<FigureCard *>(QStringLiteral("forecastThisMonth"));
    REQUIRE(card);
    CHECK(card->value() == money::formatShort(chosen.forecast, QStringLiteral("CNY")));
    CHECK(card->subtitle().contains(analytics::forecastMethodName(chosen.method)));
    if (chosen.hasRange) {
        CHECK(card->subtitle().contains(money::formatShort(chosen.p10, QStringLiteral("CNY"))));
        CHECK(card->subtitle().contains(money::formatShort(chosen.p90, QStringLiteral("CNY"))));
    }

    const analytics::FunnelResult funnel = analytics::computeFunnel(v.office.tdb.db(), {});
    auto *widget = page.findChild<FunnelWidget *>(QStringLiteral("dashboardFunnel"));
    REQUIRE(widget);
    REQUIRE(widget->stages().size() == funnel.stages.size());
    for (size_t i = 0; i < funnel.stages.size(); ++i) {
        CHECK(widget->stages()[i].name == funnel.stages[i].name);
        CHECK(widget->stages()[i].count == funnel.stages[i].entered);
    }
}

TEST_CASE("the funnel page at the weekly report's window and as-of shows the report's funnel and velocity",
          "[ui][analytics][velocity]")
{
    Views v;
    report::WeeklyReportQuery rq;
    rq.week = QStringLiteral("2026-W08"); // 16–22 February; the window is 25 November – 22 February
    rq.runs = 200;
    const report::WeeklyReportData r = report::buildWeeklyReport(v.office.tdb.db(), rq);

    FunnelPage page(v.context);
    REQUIRE(showAndWait(page, &FunnelPage::computed));
    // The page opens on the report's window length: the last 90 days.
    auto *useWindow = page.findChild<QCheckBox *>(QStringLiteral("funnelUseWindow"));
    auto *from = page.findChild<QDateEdit *>(QStringLiteral("funnelFrom"));
    auto *to = page.findChild<QDateEdit *>(QStringLiteral("funnelTo"));
    auto *asOf = page.findChild<QDateEdit *>(QStringLiteral("funnelAsOf"));
    REQUIRE((useWindow && from && to && asOf));
    CHECK(useWindow->isChecked());
    CHECK(from->date().daysTo(to->date()) == analytics::kDefaultFunnelWindowDays - 1);

    // Going back to the report's as-of day takes the window along: the 90 days up to it.
    asOf->setDate(r.asOf.date());
    QSignalSpy spy(&page, &FunnelPage::computed);
    emit asOf->editingFinished();
    REQUIRE(spy.wait(20000));
    CHECK(from->date() == r.funnelFrom);
    CHECK(to->date() == r.funnelTo);

    const analytics::FunnelResult &f = page.funnel();
    REQUIRE(f.stages.size() == r.funnel.stages.size());
    const auto &drawn = page.funnelWidget()->stages();
    REQUIRE(drawn.size() == f.stages.size());
    for (size_t i = 0; i < f.stages.size(); ++i) {
        INFO("stage " << i);
        CHECK(f.stages[i].entered == r.funnel.stages[i].entered);
        CHECK(f.stages[i].dropOff == r.funnel.stages[i].dropOff);
        CHECK(f.stages[i].conversion == r.funnel.stages[i].conversion);
        CHECK(f.stages[i].days.median == r.funnel.stages[i].days.median);
        CHECK(drawn[i].count == r.funnel.stages[i].entered); // the drawn funnel is the report's chart
        CHECK(drawn[i].dropOff == r.funnel.stages[i].dropOff);
    }

    // Velocity: the engine's figures, the card and the factors line say them.
    const analytics::SalesVelocity &vel = page.velocity();
    CHECK(vel.current.perDay == r.velocity.current.perDay);
    CHECK(vel.previous.perDay == r.velocity.previous.perDay);
    const QLocale locale;
    CHECK(page.velocityCard()->value()
          == report::velocityAmount(r.velocity.current.per30Days, QStringLiteral("CNY"), locale, true));
    CHECK(page.velocityCard()->subtitle().contains(
        report::velocityAmount(r.velocity.current.perDay, QStringLiteral("CNY"), locale)));
    CHECK(page.velocityCard()->subtitle().contains(
        report::velocityChangeText(r.velocity, QStringLiteral("CNY"), locale)));
    CHECK(page.velocityFactors()->text().contains(
        report::velocityFactorsText(r.velocity.current, QStringLiteral("CNY"), locale)));

    // In 简体中文 the card is 销售速度; a week without a won deal before it reads "—".
    QSignalSpy again(&page, &FunnelPage::computed);
    v.languages.apply(QStringLiteral("zh_CN"));
    REQUIRE(again.wait(20000));
    CHECK(page.findChild<QLabel *>(QStringLiteral("funnelVelocityTitle"))->text().contains(QStringLiteral("销售速度")));
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS"))
        page.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QStringLiteral("/funnel_page.png"));
    asOf->setDate(QDate(2026, 2, 1)); // A is won on 5 February: nothing won yet
    emit asOf->editingFinished();
    REQUIRE(again.wait(20000));
    CHECK(to->date() == QDate(2026, 2, 1));
    CHECK(page.velocityCard()->value() == QStringLiteral("—"));
    CHECK(page.velocityCard()->subtitle().contains(QStringLiteral("—")));
    // A window set by hand stays where it is.
    to->setDate(QDate(2026, 1, 20));
    asOf->setDate(QDate(2026, 2, 10));
    emit asOf->editingFinished();
    REQUIRE(again.wait(20000));
    CHECK(to->date() == QDate(2026, 1, 20));
    v.languages.apply(QStringLiteral("en"));
}
