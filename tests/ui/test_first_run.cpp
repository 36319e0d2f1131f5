// The first run without the demo, on the offscreen platform with real widgets on a real
// SQLite file: the setup wizard driven page by page makes a usable office (the
// administrator is signed in and enters a deal); bad input (empty login, short password,
// duplicate stage names, probabilities not rising) is named on its page and nothing is
// stored; the empty pages say what belongs there and their buttons work; Help → About and
// F1. FD_SCREENSHOTS=<folder> keeps pictures of every wizard page and empty page (zh_CN).
#include "builders.h"
#include "catchqt.h"
#include "screenshot.h"
#include "tempdatabase.h"

#include "customers/customereditor.h"
#include "help/helpdialogs.h"
#include "importwizard/importwizard.h"
#include "kanban/kanbanboard.h"
#include "kanban/kanbanpage.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "nodealsstate.h"
#include "opportunity/opportunityeditor.h"
#include "session.h"
#include "setup/setupwizard.h"
#include "widgets/emptystate.h"
#include "widgets/recordtable.h"

#include "auth/signin.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/repositories/defaultprocess.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/pipelinerepository.h"
#include "storage/repositories/settingsrepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace fd;

namespace {

using test::shoot;

// A new file opened by the GUI, nobody signed in, the UI in `language`.
struct NewFile
{
    test::TempDatabase t;
    Session session;
    LanguageManager languages;

    explicit NewFile(const QString &language = QStringLiteral("en"))
    {
        QSettings().clear();
        languages.apply(language);
        auto gui = Database::openSqlite(t.path());
        gui->setClock(&t.clock());
        session.setDatabase(std::move(gui));
    }
    ~NewFile() { QSettings().clear(); }
    Database &db() { return *session.database(); }
    qint64 stored() { return t.count(QStringLiteral("users")) + t.count(QStringLiteral("pipelines")); }
};

template<typename T>
T *child(QWidget &w, const QString &name)
{
    T *found = w.findChild<T *>(name);
    REQUIRE(found);
    return found;
}

QString errorsOn(SetupWizard &wizard)
{
    auto *label = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("pageErrors"));
    REQUIRE(label);
    return label->isVisible() ? label->text() : QString();
}

void fillOffice(SetupWizard &w)
{
    child<QLineEdit>(w, QStringLiteral("companyName"))->setText(QStringLiteral("星辰科技 华东销售部"));
}

void fillAdministrator(SetupWizard &w, const QString &login, const QString &password)
{
    child<QLineEdit>(w, QStringLiteral("displayName"))->setText(QStringLiteral("陈老板"));
    child<QLineEdit>(w, QStringLiteral("login"))->setText(login);
    child<QLineEdit>(w, QStringLiteral("password"))->setText(password);
    child<QLineEdit>(w, QStringLiteral("confirm"))->setText(password);
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    if (!table->item(row, column))
        table->setItem(row, column, new QTableWidgetItem);
    table->item(row, column)->setText(text);
}

// Clicks `button` and says what modal dialog it opened: its class, or "import:<kind>" for the
// import wizard (closed again at once).
QString opens(QPushButton *button)
{
    QString seen;
    QTimer::singleShot(0, [&seen]() {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        seen = QString::fromLatin1(modal->metaObject()->className());
        if (auto *wizard = qobject_cast<ImportWizard *>(modal))
            seen = QStringLiteral("import:") + wizard->kindBox()->currentData().toString();
        modal->close();
    });
    button->click();
    return seen;
}

} // namespace

TEST_CASE("setup wizard: a new office set up page by page, then the administrator enters a deal", "[ui][setup]")
{
    NewFile f(QStringLiteral("zh_CN"));
    SetupWizard wizard(f.db(), nullptr);
    wizard.show();
    REQUIRE(wizard.currentId() == SetupWizard::OfficePage);
    CHECK(child<QComboBox>(wizard, QStringLiteral("currency"))->currentText() == QStringLiteral("CNY"));
    shoot(wizard, QStringLiteral("setup_1_office_zh_CN.png"));
    fillOffice(wizard);
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::AdministratorPage);
    fillAdministrator(wizard, QStringLiteral("chen"), QStringLiteral("boss-password"));
    shoot(wizard, QStringLiteral("setup_2_administrator_zh_CN.png"));
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::TeamsPage);
    auto *regions = child<QTableWidget>(wizard, QStringLiteral("regions"));
    auto *teams = child<QTableWidget>(wizard, QStringLiteral("teams"));
    child<QPushButton>(wizard, QStringLiteral("regionsAdd"))->click();
    setCell(regions, 0, 0, QStringLiteral("华东区"));
    child<QPushButton>(wizard, QStringLiteral("teamsAdd"))->click();
    setCell(teams, 0, 0, QStringLiteral("上海一组"));
    setCell(teams, 0, 1, QStringLiteral("华东区"));
    shoot(wizard, QStringLiteral("setup_3_teams_zh_CN.png"));
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::PipelinePage);
    auto *stages = child<QTableWidget>(wizard, QStringLiteral("stages"));
    REQUIRE(stages->rowCount() == 4);
    CHECK(stages->item(0, 0)->text() == QStringLiteral("初步接洽"));
    CHECK(stages->item(3, 1)->text() == QStringLiteral("80"));
    CHECK(child<QLabel>(wizard, QStringLiteral("wonNote"))->text().contains(QStringLiteral("100")));
    shoot(wizard, QStringLiteral("setup_4_pipeline_zh_CN.png"));
    // One more stage before the contract, edited in the wizard.
    child<QPushButton>(wizard, QStringLiteral("stagesAdd"))->click();
    setCell(stages, 4, 0, QStringLiteral("商务谈判"));
    setCell(stages, 4, 1, QStringLiteral("90"));
    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(wizard.result() == QDialog::Accepted);

    const User admin = wizard.administrator();
    REQUIRE(admin.id > 0);
    CHECK(f.db().actingUserId() == admin.id);
    CHECK(SignIn(f.db()).need() == SignIn::Need::SignIn);
    CHECK(SettingsRepository(f.db()).text(QStringLiteral("company_name")) == QStringLiteral("星辰科技 华东销售部"));
    const Pipeline pipeline = PipelineRepository(f.db()).defaultPipeline();
    REQUIRE(pipeline.stages.size() == 5);
    CHECK(pipeline.stages.last().name == QStringLiteral("商务谈判"));
    CHECK(pipeline.stages.last().winProbability == 90);
    CHECK(f.t.count(QStringLiteral("teams")) == 1);

    // The administrator's first deal, through the repository the editor saves with.
    test::Builders b(f.db());
    const qint64 customer = b.customer(QStringLiteral("杭州远景贸易有限公司"));
    const Opportunity deal = b.opportunity(pipeline, customer, admin.id, 5'000'000);
    CHECK(OpportunityRepository(f.db()).get(deal.id).createdBy == admin.id);
}

// The form label Qt shows for `field` on the wizard's page.
QString formLabel(QWidget *field)
{
    auto *form = qobject_cast<QFormLayout *>(field->parentWidget()->layout());
    REQUIRE(form);
    auto *label = qobject_cast<QLabel *>(form->labelForField(field));
    REQUIRE(label);
    return label->text();
}

TEST_CASE("setup wizard: the language chosen on the first page shows at once and Cancel goes back", "[ui][setup]")
{
    NewFile f(QStringLiteral("en"));
    SetupWizard wizard(f.db(), &f.languages);
    wizard.show();
    auto *language = child<QComboBox>(wizard, QStringLiteral("language"));
    auto *company = child<QLineEdit>(wizard, QStringLiteral("companyName"));
    CHECK(wizard.windowTitle() == QStringLiteral("Set Up Your Office"));
    CHECK(wizard.page(SetupWizard::OfficePage)->title() == QStringLiteral("Your office"));
    CHECK(formLabel(company) == QStringLiteral("Company name:"));
    const QString englishNext = wizard.button(QWizard::NextButton)->text();

    // An error shown in English is said again in the new language.
    company->clear();
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::OfficePage);
    auto *errors = wizard.page(SetupWizard::OfficePage)->findChild<QLabel *>(QStringLiteral("pageErrors"));
    REQUIRE(errors);
    REQUIRE(errors->isVisible());
    CHECK(errors->text().startsWith(QStringLiteral("Company name")));

    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    CHECK(f.languages.current() == QStringLiteral("zh_CN"));
    CHECK(wizard.windowTitle() == QStringLiteral("设置您的办公室"));
    CHECK(wizard.page(SetupWizard::OfficePage)->title() == QStringLiteral("您的办公室"));
    CHECK(formLabel(company) == QStringLiteral("公司名称："));
    CHECK(child<QPushButton>(wizard, QStringLiteral("regionsAdd"))->text() == QStringLiteral("添加区域"));
    CHECK(wizard.buttonText(QWizard::FinishButton).contains(QStringLiteral("登录")));
    CHECK(wizard.button(QWizard::NextButton)->text() != englishNext); // Qt's own words, qtbase_zh_CN
    CHECK(errors->text().startsWith(QStringLiteral("公司名称")));
    shoot(wizard, QStringLiteral("setup_language_switched_zh_CN.png"));

    language->setCurrentIndex(language->findData(QStringLiteral("zh_TW")));
    CHECK(wizard.windowTitle() == QStringLiteral("設定您的辦公室"));
    CHECK(child<QPushButton>(wizard, QStringLiteral("regionsAdd"))->text() == QStringLiteral("新增區域"));

    wizard.reject();
    CHECK(f.languages.current() == QStringLiteral("en"));
    CHECK(LanguageManager::configuredLanguage().isEmpty());
    CHECK(f.stored() == 0);
}

TEST_CASE("setup wizard: the language chosen is kept after Finish", "[ui][setup]")
{
    NewFile f(QStringLiteral("en"));
    SetupWizard wizard(f.db(), &f.languages);
    wizard.show();
    auto *language = child<QComboBox>(wizard, QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_TW")));
    fillOffice(wizard);
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::AdministratorPage);
    CHECK(wizard.page(SetupWizard::AdministratorPage)->title() != QStringLiteral("The administrator"));
    fillAdministrator(wizard, QStringLiteral("chen"), QStringLiteral("boss-password"));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::PipelinePage);
    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(wizard.result() == QDialog::Accepted);
    CHECK(f.languages.current() == QStringLiteral("zh_TW"));
    CHECK(LanguageManager::configuredLanguage() == QStringLiteral("zh_TW"));
}

TEST_CASE("setup wizard: bad input is named on its page and nothing is stored", "[ui][setup]")
{
    NewFile f;
    SetupWizard wizard(f.db(), nullptr);
    wizard.show();
    wizard.next(); // no company name
    CHECK(wizard.currentId() == SetupWizard::OfficePage);
    CHECK(errorsOn(wizard).contains(QStringLiteral("Company name: is required")));
    fillOffice(wizard);
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::AdministratorPage);

    fillAdministrator(wizard, QString(), QStringLiteral("boss-password"));
    wizard.next();
    CHECK(wizard.currentId() == SetupWizard::AdministratorPage);
    CHECK(errorsOn(wizard).contains(QStringLiteral("Login: is required")));
    CHECK(wizard.focusWidget() == child<QLineEdit>(wizard, QStringLiteral("login")));

    fillAdministrator(wizard, QStringLiteral("chen"), QStringLiteral("short"));
    wizard.next();
    CHECK(wizard.currentId() == SetupWizard::AdministratorPage);
    CHECK(errorsOn(wizard).contains(QStringLiteral("Password: must be at least 8 characters long")));
    CHECK_FALSE(errorsOn(wizard).contains(QStringLiteral("short")));

    fillAdministrator(wizard, QStringLiteral("chen"), QStringLiteral("boss-password"));
    child<QLineEdit>(wizard, QStringLiteral("confirm"))->setText(QStringLiteral("boss-passwort"));
    wizard.next();
    CHECK(errorsOn(wizard).contains(QStringLiteral("Password again: does not match the password")));
    child<QLineEdit>(wizard, QStringLiteral("confirm"))->setText(QStringLiteral("boss-password"));
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::TeamsPage);

    auto *teams = child<QTableWidget>(wizard, QStringLiteral("teams"));
    child<QPushButton>(wizard, QStringLiteral("teamsAdd"))->click();
    setCell(teams, 0, 0, QStringLiteral("上海一组"));
    setCell(teams, 0, 1, QStringLiteral("西北区")); // no such region entered
    wizard.next();
    CHECK(wizard.currentId() == SetupWizard::TeamsPage);
    CHECK(errorsOn(wizard).contains(QStringLiteral("Region of team 1 “西北区”: is not one of the regions")));
    setCell(teams, 0, 1, QString());
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::PipelinePage);

    auto *stages = child<QTableWidget>(wizard, QStringLiteral("stages"));
    const QString second = stages->item(1, 0)->text();
    setCell(stages, 2, 0, second);               // duplicate name
    setCell(stages, 3, 1, QStringLiteral("30")); // not above stage 3's 50
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() != QDialog::Accepted);
    CHECK(wizard.isVisible());
    const QString errors = errorsOn(wizard);
    CHECK(errors.contains(QStringLiteral("Name of stage 3 “%1”: is given twice").arg(second)));
    CHECK(errors.contains(
        QStringLiteral("Win probability of stage 4 “30”: must be higher than the stage before (50 %)")));
    CHECK(stages->currentRow() == 2); // the first problem is selected
    CHECK(f.stored() == 0);
    CHECK(f.db().actingUserId() == 0);

    child<QPushButton>(wizard, QStringLiteral("defaultStages"))->click();
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(f.t.count(QStringLiteral("users")) == 1);
    CHECK(f.t.count(QStringLiteral("stages")) == 4);
}

TEST_CASE("empty pages say what belongs there and their buttons work", "[ui][setup][empty]")
{
    NewFile f(QStringLiteral("zh_CN"));
    OfficeSetupPlan plan;
    plan.companyName = QStringLiteral("星辰科技");
    plan.language = QStringLiteral("zh_CN");
    plan.administrator.login = QStringLiteral("chen");
    plan.administrator.displayName = QStringLiteral("陈老板");
    plan.password = QStringLiteral("boss-password");
    const Pipeline defaults = defaultSalesProcess();
    plan.pipelineName = defaults.name;
    plan.stages = defaults.stages;
    OfficeSetup::apply(f.db(), plan);
    f.session.notifyUserChanged();

    MainWindow window(f.session, f.languages);
    window.show();

    // Board: 还没有商机 with New… and Import….
    window.showPage(QStringLiteral("kanban"));
    auto *kanban = qobject_cast<KanbanPage *>(window.page(QStringLiteral("kanban")));
    REQUIRE(kanban->board());
    ContentOrEmpty *board = kanban->board()->columnsOrEmpty();
    CHECK(board->showsEmpty());
    CHECK(board->emptyState()->heading() == QStringLiteral("还没有商机"));
    shoot(window, QStringLiteral("empty_kanban_zh_CN.png"));
    CHECK(opens(board->emptyState()->button(QStringLiteral("emptyNew"))) == QStringLiteral("fd::OpportunityEditor"));
    CHECK(opens(board->emptyState()->button(QStringLiteral("emptyImport"))) == QStringLiteral("import:opportunities"));

    // Customers, leads and activities: their own empty states instead of empty tables.
    for (const auto &[page, table, heading] :
         {std::tuple{QStringLiteral("customers"), QStringLiteral("customers"), QStringLiteral("还没有客户")},
          std::tuple{QStringLiteral("leads"), QStringLiteral("leads"), QStringLiteral("还没有线索")},
          std::tuple{QStringLiteral("activities"), QStringLiteral("tasks"), QStringLiteral("还没有跟进任务")}}) {
        window.showPage(page);
        QApplication::processEvents();
        auto *records = window.page(page)->findChild<RecordTable *>(table);
        REQUIRE(records);
        CHECK(records->showsEmptyState());
        CHECK(records->emptyState()->heading() == heading);
        shoot(window, QStringLiteral("empty_%1_zh_CN.png").arg(page));
    }
    window.showPage(QStringLiteral("customers"));
    auto *customers = window.page(QStringLiteral("customers"))->findChild<RecordTable *>(QStringLiteral("customers"));
    CHECK(opens(customers->emptyState()->button(QStringLiteral("emptyNew"))) == QStringLiteral("fd::CustomerEditor"));
    CHECK(opens(customers->emptyState()->button(QStringLiteral("emptyImport"))) == QStringLiteral("import:customers"));

    window.showPage(QStringLiteral("contracts"));
    QApplication::processEvents();
    auto *contracts =
        window.page(QStringLiteral("contracts"))->findChild<EmptyState *>(QStringLiteral("contractsEmpty"));
    REQUIRE(contracts);
    CHECK(contracts->isVisible());
    CHECK(contracts->heading() == QStringLiteral("还没有合同"));
    shoot(window, QStringLiteral("empty_contracts_zh_CN.png"));

    // Dashboard, funnel and forecast: to the board, where the first deal is entered.
    for (const QString &page : {QStringLiteral("dashboard"), QStringLiteral("funnel"), QStringLiteral("forecast")}) {
        window.showPage(page);
        QApplication::processEvents();
        auto *none = window.page(page)->findChild<NoDealsState *>();
        REQUIRE(none);
        CHECK(none->isVisible());
        CHECK(none->state()->heading() == QStringLiteral("还没有商机"));
        shoot(window, QStringLiteral("empty_%1_zh_CN.png").arg(page));
        none->state()->button(QStringLiteral("emptyBoard"))->click();
        CHECK(window.currentPageId() == QStringLiteral("kanban"));
    }

    // The first deal: the board shows its columns, the analytics pages their figures.
    test::Builders b(f.db());
    const Pipeline pipeline = PipelineRepository(f.db()).defaultPipeline();
    b.opportunity(pipeline, b.customer(QStringLiteral("杭州远景贸易有限公司")), f.db().actingUserId(), 5'000'000);
    f.session.notifyDataChanged();
    QApplication::processEvents();
    CHECK_FALSE(board->showsEmpty());
    window.showPage(QStringLiteral("funnel"));
    QApplication::processEvents();
    CHECK_FALSE(window.page(QStringLiteral("funnel"))->findChild<NoDealsState *>()->isVisible());
}

TEST_CASE("Help: About names the version, Qt, database and schema, and F1 opens the guide", "[ui][help]")
{
    NewFile f;
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    AboutDialog about(&f.db());
    const QString html = about.html();
    CHECK(html.contains(QStringLiteral("FunnelDesk 0.1.0")));
    CHECK(html.contains(QStringLiteral(QT_VERSION_STR)));
    CHECK(html.contains(QDir::toNativeSeparators(f.t.path()).toHtmlEscaped()));
    // The licence and homepage of cmake/ProjectInfo.cmake, not a placeholder.
    CHECK(html.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(html.contains(QStringLiteral("https://funneldesk.github.io/")));
    CHECK_FALSE(html.contains(QStringLiteral("not been chosen")));
    const QStringList facts = AboutDialog::facts(&f.db());
    CHECK(facts.join(QLatin1Char('\n')).contains(QStringLiteral("Schema version %1").arg(Migrator::latestVersion())));
    f.languages.apply(QStringLiteral("zh_CN"));
    AboutDialog aboutZh(&f.db());
    shoot(aboutZh, QStringLiteral("about_zh_CN.png"));

    MainWindow window(f.session, f.languages);
    auto *guideAction = window.findChild<QAction *>(QStringLiteral("helpGuide"));
    REQUIRE(guideAction);
    CHECK(guideAction->shortcut() == QKeySequence(QKeySequence::HelpContents));
    guideAction->trigger();
    auto *guide = window.findChild<UserGuideDialog *>();
    REQUIRE(guide);
    const QString text = guide->browser()->toPlainText();
    for (const QString &role :
         {QStringLiteral("销售代表"), QStringLiteral("销售经理"), QStringLiteral("财务"), QStringLiteral("系统管理员")})
        CHECK(text.contains(role));
    shoot(*guide, QStringLiteral("guide_zh_CN.png"));
    CHECK(UserGuideDialog::guideFor(QStringLiteral("en_US")) == QStringLiteral("qrc:/guide/guide_en.html"));
    QTextBrowser english;
    english.setSource(QUrl(UserGuideDialog::guideFor(QStringLiteral("en"))));
    CHECK(english.toPlainText().contains(QStringLiteral("Finance: contracts, receipts, aging")));
}

TEST_CASE("Help: the user guide follows the UI language (zh_TW gets the Traditional guide)", "[ui][help]")
{
    CHECK(UserGuideDialog::guideFor(QStringLiteral("zh_CN")) == QStringLiteral("qrc:/guide/guide_zh_CN.html"));
    CHECK(UserGuideDialog::guideFor(QStringLiteral("zh_TW")) == QStringLiteral("qrc:/guide/guide_zh_TW.html"));
    CHECK(UserGuideDialog::guideFor(QStringLiteral("zh_HK")) == QStringLiteral("qrc:/guide/guide_zh_TW.html"));
    CHECK(UserGuideDialog::guideFor(QStringLiteral("en_GB")) == QStringLiteral("qrc:/guide/guide_en.html"));

    NewFile f(QStringLiteral("zh_TW"));
    MainWindow window(f.session, f.languages);
    child<QAction>(window, QStringLiteral("helpGuide"))->trigger();
    auto *guide = window.findChild<UserGuideDialog *>();
    REQUIRE(guide);
    CHECK(guide->browser()->source() == QUrl(QStringLiteral("qrc:/guide/guide_zh_TW.html")));
    const QString text = guide->browser()->toPlainText();
    for (const QString &words : {QStringLiteral("業務代表"), QStringLiteral("業務經理"), QStringLiteral("財務"),
                                 QStringLiteral("系統管理員"), QStringLiteral("應收帳齡"), QStringLiteral("設定")})
        CHECK(text.contains(words));
    // Traditional characters and Taiwan words, not the Simplified guide nor a character swap of it.
    for (const QString &simplified : {QStringLiteral("销售"), QStringLiteral("设置"), QStringLiteral("账龄"),
                                      QStringLiteral("合同"), QStringLiteral("演示"), QStringLiteral("數據庫")})
        CHECK_FALSE(text.contains(simplified));
    // Its pictures are the Traditional Chinese screens, and they load.
    const QString html = guide->browser()->toHtml();
    for (const QString &page : {QStringLiteral("kanban"), QStringLiteral("forecast"), QStringLiteral("contracts"),
                                QStringLiteral("settings")}) {
        const QString picture = QStringLiteral("pictures/%1_zh_TW.png").arg(page);
        CHECK(html.contains(picture));
        CHECK_FALSE(QImage(QStringLiteral(":/guide/") + picture).isNull());
    }
    shoot(*guide, QStringLiteral("guide_zh_TW.png"));
}
