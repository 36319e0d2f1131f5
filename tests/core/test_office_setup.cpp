// The first run of an office without the demo (core/setup/officesetup.h): the plan the
// setup wizard collects is checked with located messages and stored in one transaction
// (settings, the first administrator, regions, teams, the sales process), after which the
// administrator can enter a deal; bad input stores nothing. On SQLite files and again on
// the PostgreSQL test cluster.
#include "catchqt.h"

#include <QFile>

#include "builders.h"
#include "tempdatabase.h"

#include "analytics/dashboardfigures.h"
#include "auth/signin.h"
#include "domain/errors.h"
#include "io/importer.h"
#include "setup/officecurrency.h"
#include "setup/officesetup.h"
#include "storage/repositories/defaultprocess.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/organizationrepository.h"
#include "storage/repositories/pipelinerepository.h"
#include "storage/repositories/settingsrepository.h"

using namespace fd;
using namespace fd::test;

namespace {

OfficeSetupPlan goodPlan()
{
    OfficeSetupPlan plan;
    plan.companyName = QStringLiteral("星辰科技 华东销售部");
    plan.currency = QStringLiteral("CNY");
    plan.language = QStringLiteral("zh_CN");
    plan.administrator.login = QStringLiteral("chen");
    plan.administrator.displayName = QStringLiteral("陈老板");
    plan.password = QStringLiteral("boss-password");
    plan.regions = {QStringLiteral("华东区"), QStringLiteral("华南区")};
    plan.teams = {{QStringLiteral("上海一组"), QStringLiteral("华东区")},
                  {QStringLiteral("广州组"), QStringLiteral("华南区")},
                  {QStringLiteral("大客户组"), QString()}};
    const Pipeline defaults = defaultSalesProcess();
    plan.pipelineName = defaults.name;
    plan.stages = defaults.stages;
    return plan;
}

// What a setup writes, counted: all zero after a refused one.
qint64 written(TempDatabase &t)
{
    qint64 n = 0;
    for (const char *table : {"users", "regions", "teams", "pipelines", "stages", "settings"})
        n += t.count(QString::fromLatin1(table));
    return n;
}

bool has(const QList<FieldError> &errors, const QString &entity, const QString &field, int row = 0)
{
    return std::any_of(errors.begin(), errors.end(),
                       [&](const FieldError &e) { return e.entity == entity && e.field == field && e.row == row; });
}

} // namespace

TEST_CASE("office setup: the default plan makes an office where the administrator can enter a deal", "[setup]")
{
    TempDatabase t;
    const qint64 before = written(t);
    const OfficeSetupPlan plan = goodPlan();
    CHECK(OfficeSetup::check(plan).isEmpty());
    const User admin = OfficeSetup::apply(t.db(), plan);
    REQUIRE(admin.id > 0);
    CHECK(admin.role == UserRole::Admin);
    CHECK(written(t) > before);

    SettingsRepository settings(t.db());
    CHECK(settings.text(OfficeSetup::kCompanyNameKey) == QStringLiteral("星辰科技 华东销售部"));
    CHECK(settings.text(OfficeSetup::kCurrencyKey) == QStringLiteral("CNY"));
    CHECK(settings.text(OfficeSetup::kLanguageKey) == QStringLiteral("zh_CN"));

    OrganizationRepository org(t.db());
    const QList<Region> regions = org.regions();
    REQUIRE(regions.size() == 2);
    const QList<Team> teams = org.teams();
    REQUIRE(teams.size() == 3);
    for (const Team &team : teams) {
        if (team.name == QStringLiteral("上海一组"))
            CHECK(team.regionId == regions.at(0).id);
        if (team.name == QStringLiteral("大客户组"))
            CHECK(team.regionId == 0);
    }

    const Pipeline pipeline = PipelineRepository(t.db()).defaultPipeline();
    REQUIRE(pipeline.stages.size() == 4);
    CHECK(pipeline.isDefault);
    QList<int> probabilities;
    for (const Stage &s : pipeline.stages)
        probabilities << s.winProbability;
    CHECK(probabilities == QList<int>{10, 30, 50, 80});

    if (!t.onPostgres()) {
        CHECK(t.db().actingUserId() == admin.id); // signed in
        CHECK(SignIn(t.db()).need() == SignIn::Need::SignIn);
    } else {
        t.db().setActingUserId(admin.id);
    }
    // The administrator's first deal.
    Builders b(t.db());
    const qint64 customer = b.customer(QStringLiteral("杭州远景贸易有限公司"));
    const Opportunity deal = b.opportunity(pipeline, customer, admin.id, 12'000'000, QStringLiteral("ERP 升级"));
    CHECK(deal.id > 0);
    CHECK(OpportunityRepository(t.db()).get(deal.id).stageId == pipeline.stages.first().id);
}

TEST_CASE("office setup: bad input is located and nothing is stored", "[setup]")
{
    TempDatabase t;
    const qint64 before = written(t);

    OfficeSetupPlan plan = goodPlan();
    SECTION("empty login")
    {
        plan.administrator.login = QStringLiteral("  ");
        CHECK(has(OfficeSetup::check(plan), QStringLiteral("user"), QStringLiteral("login")));
    }
    SECTION("short password")
    {
        plan.password = QStringLiteral("1234567");
        const QList<FieldError> errors = OfficeSetup::check(plan);
        REQUIRE(has(errors, QStringLiteral("user"), QStringLiteral("password")));
        CHECK_FALSE(errors.first().message().contains(QStringLiteral("1234567"))); // never repeated
    }
    SECTION("duplicate stage names")
    {
        plan.stages[2].name = QStringLiteral(" ") + plan.stages.at(1).name;
        const QList<FieldError> errors = OfficeSetup::check(plan);
        CHECK(has(errors, QStringLiteral("stage"), QStringLiteral("name"), 3));
        CHECK_FALSE(has(errors, QStringLiteral("stage"), QStringLiteral("name"), 2));
    }
    SECTION("probabilities not rising")
    {
        plan.stages[3].winProbability = 50; // same as stage 3
        CHECK(has(OfficeSetup::check(plan), QStringLiteral("stage"), QStringLiteral("win_probability"), 4));
    }
    SECTION("a stage at 100 %: won is the outcome, not a stage")
    {
        plan.stages[3].winProbability = 100;
        CHECK(has(OfficeSetup::check(plan), QStringLiteral("stage"), QStringLiteral("win_probability"), 4));
    }
    SECTION("a team in a region that was not entered, two regions of one name")
    {
        plan.teams[1].region = QStringLiteral("西北区");
        plan.regions << QStringLiteral("华东区");
        const QList<FieldError> errors = OfficeSetup::check(plan);
        CHECK(has(errors, QStringLiteral("team"), QStringLiteral("region"), 2));
        CHECK(has(errors, QStringLiteral("region"), QStringLiteral("name"), 3));
    }
    SECTION("no company name, a currency that is no code, no stages")
    {
        plan.companyName.clear();
        plan.currency = QStringLiteral("元");
        plan.stages.clear();
        const QList<FieldError> errors = OfficeSetup::check(plan);
        CHECK(has(errors, QStringLiteral("office"), QStringLiteral("company_name")));
        CHECK(has(errors, QStringLiteral("office"), QStringLiteral("currency")));
        CHECK(has(errors, QStringLiteral("pipeline"), QStringLiteral("stages")));
    }
    CHECK_THROWS_AS(OfficeSetup::apply(t.db(), plan), ValidationError);
    CHECK(written(t) == before);
    CHECK(t.db().actingUserId() == 0);
}

TEST_CASE("office setup: a database already set up is refused and left alone", "[setup]")
{
    TempDatabase t;
    OfficeSetup::apply(t.db(), goodPlan());
    const qint64 before = written(t);
    OfficeSetupPlan again = goodPlan();
    again.administrator.login = QStringLiteral("other");
    CHECK_THROWS_AS(OfficeSetup::apply(t.db(), again), Error);
    CHECK(written(t) == before);
}

TEST_CASE("office currency: CNY until the setup chooses one, then sums, reports and imports are in it", "[setup]")
{
    TempDatabase t;
    CHECK(office::currency(t.db()) == QStringLiteral("CNY")); // offices from before the wizard asked
    OfficeSetupPlan plan = goodPlan();
    plan.currency = QStringLiteral("USD");
    const User admin = OfficeSetup::apply(t.db(), plan);
    CHECK(office::currency(t.db()) == QStringLiteral("USD"));
    t.reopen();
    CHECK(office::currency(t.db()) == QStringLiteral("USD"));
    if (t.onPostgres())
        t.db().setActingUserId(admin.id); // the cluster's superuser acts for them
    else
        SignIn(t.db()).signIn(plan.administrator.login, plan.password);

    // A file without a currency column is in the office's currency.
    Builders b(t.db());
    b.customer(QStringLiteral("Acme Trading"));
    const QString path = t.dir() + QStringLiteral("/deals.csv");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        QStringLiteral("外部编号,商机名称,客户,负责人,金额,阶段\nU1,Warehouse scanners,Acme Trading,%1,\"12,500\",%2\n")
            .arg(plan.administrator.login, plan.stages.first().name)
            .toUtf8());
    f.close();
    ImportOptions options;
    options.kind = DataKind::Opportunities;
    const ImportResult imported = Importer(t.db()).run(path, options);
    INFO((imported.errors.isEmpty() ? QString() : imported.errors.first().message()).toStdString());
    REQUIRE(imported.committed);
    CHECK(t.scalar(QStringLiteral("SELECT currency FROM opportunities WHERE external_id = 'U1'")).toString()
          == QStringLiteral("USD"));

    // Amounts are read in the row's currency: "$" is this office's dollar, a yuan amount without
    // a currency column is refused where it stands (not stored as dollars), and a row that says
    // CNY may write ¥.
    const auto importText = [&](const QString &name, const QString &csv) {
        QFile file(t.dir() + name);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(csv.toUtf8());
        file.close();
        return Importer(t.db()).run(t.dir() + name, options);
    };
    const QString header = QStringLiteral("外部编号,商机名称,客户,负责人,金额,阶段\n");
    const QString stage = plan.stages.first().name, login = plan.administrator.login;
    const ImportResult dollars = importText(
        QStringLiteral("/dollars.csv"),
        header + QStringLiteral("U2,Label printers,Acme Trading,%1,$300,%2\n").arg(login, stage));
    REQUIRE(dollars.committed);
    CHECK(t.scalar(QStringLiteral("SELECT amount_cents FROM opportunities WHERE external_id = 'U2'")).toLongLong()
          == 30'000);
    const ImportResult yuan = importText(
        QStringLiteral("/yuan.csv"), header + QStringLiteral("U3,Racks,Acme Trading,%1,¥300,%2\n").arg(login, stage));
    CHECK_FALSE(yuan.committed);
    REQUIRE(yuan.errors.size() == 1);
    CHECK(yuan.errors.first().row == 2);
    CHECK(yuan.errors.first().field == QStringLiteral("金额"));
    CHECK(yuan.errors.first().value == QStringLiteral("¥300"));
    CHECK(yuan.errors.first().message().contains(QStringLiteral("CNY")));
    CHECK(t.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE external_id = 'U3'")).toInt() == 0);
    const ImportResult tagged = importText(
        QStringLiteral("/tagged.csv"),
        QStringLiteral("外部编号,商机名称,客户,负责人,金额,币种,阶段\nU4,Racks,Acme Trading,%1,¥300,CNY,%2\n")
            .arg(login, stage));
    REQUIRE(tagged.committed);
    CHECK(t.scalar(QStringLiteral("SELECT currency FROM opportunities WHERE external_id = 'U4'")).toString()
          == QStringLiteral("CNY"));

    // The dashboard's sums in the office currency count the deal; in CNY it is counted aside.
    const QDate today = t.clock().now().date();
    const DashboardFigures usd = dashboardFigures(t.db(), today, office::currency(t.db()));
    CHECK(usd.openCount == 2);
    CHECK(usd.openCents == 1'280'000);
    const DashboardFigures cny = dashboardFigures(t.db(), today, QStringLiteral("CNY"));
    CHECK(cny.openCount == 1);
    CHECK(cny.openCents == 30'000);
    CHECK(cny.otherCurrencyDeals == 2);
}
