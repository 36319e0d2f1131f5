// The GUI shell on the offscreen platform: every area has a page, navigation switches
// pages, the dashboard shows the fixture's figures, and the language manager picks
// and installs the right translation.
#include "builders.h"
#include "catchqt.h"
#include "screenshot.h"
#include "tempdatabase.h"

#include "dashboardpage.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "memorypolicy.h"
#include "placeholderpage.h"
#include "session.h"
#include "widgets/figurecard.h"

#include "domain/target.h"
#include "storage/database.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>

#include <cstdlib>
#include <cstring>

using namespace fd;

namespace {

// A session on a second connection to a test database (the clock is the test's).
struct Shell
{
    test::TempDatabase t;
    Session session;
    LanguageManager languages;

    Shell()
    {
        QSettings().clear();
        languages.apply(QStringLiteral("en"));
        auto db = Database::openSqlite(t.path());
        db->setClock(&t.clock());
        session.setDatabase(std::move(db));
    }
    ~Shell() { QSettings().clear(); }

    // An office with hand-computed figures on 2026-11-23 (see expectations below), working in
    // `currency` (office.currency, as the setup wizard stores it).
    void fillOffice(const QString &currency = QStringLiteral("CNY"))
    {
        Database &db = t.db();
        if (currency != QLatin1String("CNY"))
            SettingsRepository(db).setText(QStringLiteral("office.currency"), currency);
        test::Builders b(db);
        const Pipeline p = b.pipeline(); // 10 / 30 / 50 / 80 %
        const qint64 rep = b.user(QStringLiteral("王芳"));
        const qint64 customer = b.customer(QStringLiteral("杭州云帆网络有限公司"));
        OpportunityRepository repo(db);
        auto deal = [&](qint64 cents, int stage) {
            Opportunity o;
            o.title = QStringLiteral("商机");
            o.customerId = customer;
            o.ownerId = rep;
            o.pipelineId = p.id;
            o.stageId = p.stages.at(stage).id;
            o.amount = {cents, currency};
            return repo.create(o);
        };
        deal(10'000'000, 0); // ¥100,000.00 at 10 %  → ¥10,000.00 weighted
        deal(2'000'000, 3);  // ¥20,000.00 at 80 %   → ¥16,000.00 weighted
        t.clock().set(QDateTime(QDate(2026, 11, 5), QTime(10, 0), Qt::UTC));
        repo.setOutcome(deal(3'000'000, 2), OpportunityStatus::Won); // ¥30,000.00 won this month
        t.clock().set(test::TempDatabase::defaultNow());
        QDate start, end;
        parsePeriod(QStringLiteral("2026-11"), &start, &end);
        SqlQuery q(db, QStringLiteral("INSERT INTO targets (period, period_start, period_end, level, amount_cents, "
                                      "currency) VALUES ('2026-11', ?, ?, 'company', 12000000, ?)"));
        q.add(start.toString(Qt::ISODate)).add(end.toString(Qt::ISODate)).add(currency).exec(); // ¥120,000.00
        session.notifyDataChanged();
    }
};

QString cardValue(QWidget *page, const char *id)
{
    auto *card = page->findChild<FigureCard *>(QString::fromLatin1(id));
    REQUIRE(card);
    return card->value();
}

} // namespace

TEST_CASE("the desktop memory policy is in force where glibc is the allocator", "[ui][memory]")
{
#if defined(__GLIBC__)
    // The policy's file once tested __GLIBC__ before any C library header had defined it and
    // compiled to nothing: the heap figure it reads from glibc would then be missing.
    fd::memory::applyDesktopPolicy();
    const long long before = fd::memory::heapInUseKb();
    REQUIRE(before > 0);
    constexpr size_t kBytes = 32 * 1024 * 1024;
    char *block = static_cast<char *>(std::malloc(kBytes));
    REQUIRE(block);
    std::memset(block, 1, kBytes);
    CHECK(fd::memory::heapInUseKb() >= before + 30 * 1024);
    std::free(block);
    fd::memory::releaseFreed();
    CHECK(fd::memory::heapInUseKb() < before + 2 * 1024);
#else
    CHECK(fd::memory::heapInUseKb() == -1);
#endif
}

TEST_CASE("the main window has a page for every area and switches between them", "[ui]")
{
    Shell s;
    MainWindow window(s.session, s.languages);
    const QStringList expected = {
        QStringLiteral("dashboard"),  QStringLiteral("kanban"),  QStringLiteral("funnel"),
        QStringLiteral("forecast"),   QStringLiteral("leads"),   QStringLiteral("customers"),
        QStringLiteral("activities"), QStringLiteral("targets"), QStringLiteral("performance"),
        QStringLiteral("contracts"),  QStringLiteral("reports"), QStringLiteral("settings")};
    CHECK(window.pageIds() == expected);
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(nav);
    REQUIRE(nav->count() == expected.size());
    CHECK(nav->item(0)->text() == QStringLiteral("Dashboard"));
    CHECK(nav->item(8)->text() == QStringLiteral("Performance"));
    CHECK(nav->item(9)->text() == QStringLiteral("Contracts & Payments"));
    CHECK(window.currentPageId() == QStringLiteral("dashboard"));

    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);
    for (int i = 0; i < expected.size(); ++i) {
        INFO(expected.at(i).toStdString());
        REQUIRE(window.showPage(expected.at(i)));
        CHECK(window.currentPageId() == expected.at(i));
        CHECK(stack->currentIndex() == i);
        CHECK(nav->currentRow() == i);
        QWidget *page = window.page(expected.at(i));
        REQUIRE(page);
        CHECK(stack->currentWidget()->isAncestorOf(page));
    }
    CHECK_FALSE(window.showPage(QStringLiteral("no-such-page")));
    CHECK(window.page(QStringLiteral("no-such-page")) == nullptr);

    // Clicking in the navigation switches too.
    nav->setCurrentRow(2);
    CHECK(window.currentPageId() == QStringLiteral("funnel"));
}

TEST_CASE("an area that is not built yet says so and shows no figures", "[ui]")
{
    Shell s;
    PageSpec spec = pageSpecs().front();
    spec.create = nullptr; // an area without its page yet
    PlaceholderPage placeholder(spec);
    auto *note = placeholder.findChild<QLabel *>(QStringLiteral("placeholderNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("not available yet")));
    CHECK_FALSE(placeholder.findChild<FigureCard *>());

    // The Targets area is built: its page, not the placeholder.
    MainWindow window(s.session, s.languages);
    QWidget *targets = window.page(QStringLiteral("targets"));
    REQUIRE(targets);
    CHECK_FALSE(targets->findChild<QLabel *>(QStringLiteral("placeholderNote")));
    CHECK(targets->findChild<QWidget *>(QStringLiteral("targetsTree")));
    // So is Contracts & Payments.
    QWidget *contracts = window.page(QStringLiteral("contracts"));
    REQUIRE(contracts);
    CHECK_FALSE(contracts->findChild<QLabel *>(QStringLiteral("placeholderNote")));
    CHECK((contracts->objectName() == QStringLiteral("contractsPage")
           || contracts->findChild<QWidget *>(QStringLiteral("contractsPage"))));
}

TEST_CASE("the window remembers the last page", "[ui]")
{
    Shell s;
    {
        MainWindow window(s.session, s.languages);
        window.show();
        window.showPage(QStringLiteral("targets"));
        window.close();
    }
    MainWindow again(s.session, s.languages);
    CHECK(again.currentPageId() == QStringLiteral("dashboard"));
    again.restoreSettings();
    CHECK(again.currentPageId() == QStringLiteral("targets"));
}

TEST_CASE("the dashboard shows the figures of the database", "[ui]")
{
    Shell s;
    MainWindow window(s.session, s.languages);
    auto *dashboard = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
    REQUIRE(dashboard);
    // The figures are read off the GUI thread.
    QSignalSpy shown(dashboard, &DashboardPage::headlineFiguresShown);
    REQUIRE(shown.wait(20000));
    CHECK(cardValue(dashboard, "openPipeline") == QStringLiteral("¥0.00"));
    CHECK(cardValue(dashboard, "monthTarget") == QStringLiteral("—"));

    s.fillOffice(); // the page refreshes on Session::dataChanged
    window.show();
    REQUIRE(shown.wait(20000));
    CHECK(cardValue(dashboard, "openPipeline") == QStringLiteral("¥120.00K"));    // 100,000 + 20,000
    CHECK(cardValue(dashboard, "weightedPipeline") == QStringLiteral("¥26.00K")); // 10,000 + 16,000
    CHECK(cardValue(dashboard, "wonThisMonth") == QStringLiteral("¥30.00K"));
    CHECK(cardValue(dashboard, "monthTarget") == QStringLiteral("¥120.00K"));
    CHECK(cardValue(dashboard, "completion") == QStringLiteral("25.0%"));
    auto *openValue = dashboard->findChild<QLabel *>(QStringLiteral("openPipelineValue"));
    REQUIRE(openValue);
    CHECK(openValue->toolTip() == QStringLiteral("¥120,000.00"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusOpportunities"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("Opportunities: 3"));

    // In Chinese, summaries count in 万 and the page follows the switch at once.
    s.languages.apply(QStringLiteral("zh_CN"));
    REQUIRE(shown.wait(20000));
    CHECK(cardValue(dashboard, "openPipeline") == QStringLiteral("12.00 万"));
    CHECK(cardValue(dashboard, "wonThisMonth") == QStringLiteral("3.00 万"));
    s.languages.apply(QStringLiteral("en"));
}

TEST_CASE("the dashboard of an office in US dollars shows its amounts in US$ and thousands", "[ui]")
{
    Shell s;
    s.fillOffice(QStringLiteral("USD"));
    CHECK(s.session.currency() == QStringLiteral("USD"));
    MainWindow window(s.session, s.languages);
    auto *dashboard = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
    REQUIRE(dashboard);
    QSignalSpy shown(dashboard, &DashboardPage::headlineFiguresShown);
    window.show();
    REQUIRE(shown.wait(20000));
    // The deals are in the office currency, so they count (in CNY they would be set aside).
    CHECK(cardValue(dashboard, "openPipeline").endsWith(QStringLiteral("$120.00K")));
    CHECK(cardValue(dashboard, "wonThisMonth").endsWith(QStringLiteral("$30.00K")));
    CHECK(cardValue(dashboard, "monthTarget").endsWith(QStringLiteral("$120.00K")));
    CHECK(cardValue(dashboard, "completion") == QStringLiteral("25.0%"));
    test::shoot(window, QStringLiteral("dashboard_usd_en.png"));

    // A Chinese reader gets US$ and thousands too: 万 is for the yuan and its neighbours.
    s.languages.apply(QStringLiteral("zh_CN"));
    REQUIRE(shown.wait(20000));
    CHECK(cardValue(dashboard, "openPipeline") == QStringLiteral("US$120.00K"));
    CHECK(cardValue(dashboard, "weightedPipeline") == QStringLiteral("US$26.00K"));
    for (const char *id : {"openPipeline", "weightedPipeline", "wonThisMonth", "monthTarget"}) {
        CHECK_FALSE(cardValue(dashboard, id).contains(QStringLiteral("万")));
        CHECK_FALSE(cardValue(dashboard, id).contains(QStringLiteral("¥")));
    }
    test::shoot(window, QStringLiteral("dashboard_usd_zh_CN.png"));
    s.languages.apply(QStringLiteral("en"));
}

TEST_CASE("the language follows the system locale and installs the translation", "[ui][i18n]")
{
    CHECK(LanguageManager::languageFor(QLocale(QStringLiteral("zh_CN"))) == QStringLiteral("zh_CN"));
    CHECK(LanguageManager::languageFor(QLocale(QStringLiteral("zh_SG"))) == QStringLiteral("zh_CN"));
    CHECK(LanguageManager::languageFor(QLocale(QStringLiteral("zh_TW"))) == QStringLiteral("zh_TW"));
    CHECK(LanguageManager::languageFor(QLocale(QStringLiteral("zh_HK"))) == QStringLiteral("zh_TW"));
    CHECK(LanguageManager::languageFor(QLocale(QStringLiteral("en_US"))) == QStringLiteral("en"));
    CHECK(LanguageManager::languageFor(QLocale(QStringLiteral("de_DE"))) == QStringLiteral("en"));

    Shell s;
    MainWindow window(s.session, s.languages);
    s.languages.applyConfigured(QLocale(QStringLiteral("zh_CN")));
    CHECK(s.languages.current() == QStringLiteral("zh_CN"));
    CHECK(s.languages.hasAppTranslation());
    CHECK(QLocale().language() == QLocale::Chinese);
    CHECK(QCoreApplication::translate("fd::MainWindow", "&File") == QStringLiteral("文件(&F)"));
    // Live: the open window is retranslated.
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(nav);
    CHECK(nav->item(0)->text() == QStringLiteral("仪表盘"));
    CHECK(nav->item(6)->text() == QStringLiteral("跟进"));
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("文件(&F)"));

    s.languages.applyConfigured(QLocale(QStringLiteral("zh_TW")));
    CHECK(s.languages.current() == QStringLiteral("zh_TW"));
    CHECK(nav->item(0)->text() == QStringLiteral("儀表板"));

    // A stored choice wins over the system locale.
    s.languages.setConfiguredLanguage(QStringLiteral("en"));
    s.languages.applyConfigured(QLocale(QStringLiteral("zh_CN")));
    CHECK(s.languages.current() == QStringLiteral("en"));
    CHECK(nav->item(0)->text() == QStringLiteral("Dashboard"));
    s.languages.setConfiguredLanguage(QString());
    CHECK(LanguageManager::configuredLanguage().isEmpty());
}
