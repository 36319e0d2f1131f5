// Settings → Incentive plans (绩效方案) offscreen with real widgets on a real SQLite file:
// finance creates a plan through the dialog (commission rules, tiers, cap and both bonuses)
// and sees it listed with its terms, a refused entry shows at its field and stores nothing, a
// new version from a later month appears in the plan's history, and the tab is finance's
// and the administrators' only (a rep or a manager does not get it).
// FD_SCREENSHOTS=<folder> keeps pictures of the page and the dialog, in English and zh_CN.
#include "builders.h"
#include "catchqt.h"
#include "screenshot.h"
#include "tempdatabase.h"

#include "languagemanager.h"
#include "pageregistry.h"
#include "session.h"
#include "settings/incentiveplanspage.h"
#include "settings/payplandialog.h"
#include "settingspage.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/repositories/payplanrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace fd;

namespace {

constexpr qint64 kYuan = 100;

// An office with a team (manager 赵磊, rep 王芳), finance (钱会计) and an administrator; the
// session open on its file, acting as finance.
struct Office
{
    test::TempDatabase t;
    test::Builders make{t.db()};
    qint64 team = make.team(QStringLiteral("上海一组"));
    qint64 manager = make.user(QStringLiteral("赵磊"), team, QStringLiteral("manager"));
    qint64 rep = make.user(QStringLiteral("王芳"), team, QStringLiteral("rep"));
    qint64 finance = make.user(QStringLiteral("钱会计"), 0, QStringLiteral("finance"));
    qint64 admin = make.user(QStringLiteral("系统管理员"), 0, QStringLiteral("admin"));
    Session session;
    LanguageManager languages;
    PageContext context{session, languages};

    explicit Office(const QString &language = QStringLiteral("en"))
    {
        QSettings().clear();
        languages.apply(language);
        auto db = Database::openSqlite(t.path());
        db->setClock(&t.clock());
        db->setActingUserId(finance);
        session.setDatabase(std::move(db));
    }
    ~Office() { QSettings().clear(); }

    Database &db() { return *session.database(); }

    void actAs(qint64 user)
    {
        db().setActingUserId(user);
        session.notifyUserChanged();
    }
};

QString yuan(qint64 cents)
{
    return money::format(cents, QStringLiteral("CNY"));
}

void setRate(PayPlanDialog &d, int row, CommissionBase base, double percent)
{
    auto *combo = static_cast<QComboBox *>(d.commissionTable()->cellWidget(row, 0));
    combo->setCurrentIndex(combo->findData(int(base)));
    static_cast<QDoubleSpinBox *>(d.commissionTable()->cellWidget(row, 1))->setValue(percent);
}

void setTier(PayPlanDialog &d, int row, int from, double multiplier)
{
    static_cast<QSpinBox *>(d.tierTable()->cellWidget(row, 0))->setValue(from);
    static_cast<QDoubleSpinBox *>(d.tierTable()->cellWidget(row, 1))->setValue(multiplier);
}

// The reps' plan of the example, entered as a person would.
void fillRepPlan(PayPlanDialog &d)
{
    d.nameEdit()->setText(QStringLiteral("销售代表方案"));
    d.forRole()->setChecked(true);
    d.roleCombo()->setCurrentIndex(d.roleCombo()->findData(int(UserRole::Rep)));
    d.effectiveFromEdit()->setDate(QDate(2026, 1, 1));
    d.basePayEdit()->setText(QStringLiteral("8,000"));
    REQUIRE(d.commissionTable()->rowCount() == 1); // a new plan starts with 3 % of won
    d.addCommission({CommissionBase::Won, 0});
    setRate(d, 0, CommissionBase::Won, 3);
    setRate(d, 1, CommissionBase::Received, 1);
    REQUIRE(d.tierTable()->rowCount() == 1);
    d.addTier({80, 1000});
    d.addTier({100, 1500});
    setTier(d, 0, 0, 0.5);
    d.capCheck()->setChecked(true);
    d.capEdit()->setText(QStringLiteral("5万"));
    d.accuracyBonusEdit()->setText(QStringLiteral("1000"));
    d.accuracyToleranceSpin()->setValue(10);
    d.activityBonusEdit()->setText(QStringLiteral("500"));
    d.activityNormSpin()->setValue(40);
    d.noteEdit()->setText(QStringLiteral("2026 年度方案"));
}

int rowOf(const QTableWidget *table, const QString &name)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == name)
            return r;
    return -1;
}

bool hasPlansTab(const SettingsPage &page)
{
    const auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->objectName() == QLatin1String("incentivePlansPage"))
            return true;
    return false;
}

} // namespace

TEST_CASE("finance creates an incentive plan through the dialog and sees it listed with its terms", "[ui][payplans]")
{
    Office o;
    IncentivePlansPage page(o.session);
    CHECK(page.plans().isEmpty());

    PayPlanDialog dialog(o.db(), &page);
    CHECK(dialog.effectiveFromEdit()->date() == QDate(2026, 12, 1)); // the clock's next month
    fillRepPlan(dialog);
    dialog.accept();
    REQUIRE(dialog.errorText(QStringLiteral("general")).isEmpty());
    REQUIRE(dialog.result() == QDialog::Accepted);
    page.reload();

    QTableWidget *plans = page.planTable();
    const int row = rowOf(plans, QStringLiteral("销售代表方案"));
    REQUIRE(row >= 0);
    CHECK(plans->item(row, IncentivePlansPage::AppliesToColumn)->text() == QStringLiteral("Everyone: Sales rep"));
    CHECK(plans->item(row, IncentivePlansPage::PeriodColumn)->text() == QStringLiteral("Monthly"));
    CHECK(plans->item(row, IncentivePlansPage::StatusColumn)->text() == QStringLiteral("Active"));
    CHECK(plans->item(row, IncentivePlansPage::InForceColumn)->text() == QStringLiteral("2026-01"));
    CHECK(plans->item(row, IncentivePlansPage::BasePayColumn)->text() == yuan(8000 * kYuan));
    CHECK(plans->item(row, IncentivePlansPage::CommissionColumn)->text()
          == QStringLiteral("3 % of won, 1 % of received"));

    // Stored as entered.
    const PayPlan stored = PayPlanRepository(o.db()).get(dialog.stored().id);
    REQUIRE(stored.versions.size() == 1);
    const PlanVersion &v = stored.versions.first();
    CHECK(stored.role == UserRole::Rep);
    CHECK(v.effectiveFrom == QDate(2026, 1, 1));
    CHECK(v.basePayCents == 8000 * kYuan);
    REQUIRE(v.commissions.size() == 2);
    CHECK(v.commissions[1].base == CommissionBase::Received);
    CHECK(v.commissions[1].rateBasisPoints == 100);
    REQUIRE(v.tiers.size() == 3);
    CHECK(v.tiers[0].multiplierPermille == 500);
    CHECK(v.tiers[2].fromPercent == 100);
    CHECK(v.tiers[2].multiplierPermille == 1500);
    CHECK(v.capCents == 50000 * kYuan);
    CHECK(v.accuracyBonusCents == 1000 * kYuan);
    CHECK(v.activityBonusCents == 500 * kYuan);
    CHECK(v.activityNorm == 40);
    CHECK(v.createdBy == o.finance);

    // Its history: the one version with all its terms.
    page.selectPlan(stored.id);
    QTableWidget *history = page.versionTable();
    REQUIRE(history->rowCount() == 1);
    CHECK(history->item(0, IncentivePlansPage::TiersColumn)->text()
          == QStringLiteral("0 %: × 0.5 · 80 %: × 1 · 100 %: × 1.5"));
    CHECK(history->item(0, IncentivePlansPage::CapColumn)->text() == yuan(50000 * kYuan));
    CHECK(history->item(0, IncentivePlansPage::AccuracyColumn)->text()
          == QStringLiteral("%1 (± 10 %)").arg(yuan(1000 * kYuan)));
    CHECK(history->item(0, IncentivePlansPage::ActivityColumn)->text()
          == QStringLiteral("%1 / 40 activities").arg(yuan(500 * kYuan)));
    CHECK(history->item(0, IncentivePlansPage::EnteredColumn)->text().startsWith(QStringLiteral("钱会计")));

    // A new version from July: prefilled with the plan's terms, shown first in the history.
    PayPlanDialog next(o.db(), stored, &page);
    CHECK(next.basePayEdit()->text() == QStringLiteral("8000"));
    CHECK(next.tierTable()->rowCount() == 3);
    next.effectiveFromEdit()->setDate(QDate(2026, 7, 1));
    next.basePayEdit()->setText(QStringLiteral("9000"));
    next.noteEdit()->setText(QStringLiteral("下半年调薪"));
    next.accept();
    REQUIRE(next.result() == QDialog::Accepted);
    page.reload();
    page.selectPlan(stored.id);
    REQUIRE(history->rowCount() == 2);
    CHECK(history->item(0, IncentivePlansPage::FromColumn)->text() == QStringLiteral("2026-07"));
    CHECK(history->item(0, IncentivePlansPage::VersionBasePayColumn)->text() == yuan(9000 * kYuan));
    CHECK(history->item(1, IncentivePlansPage::FromColumn)->text() == QStringLiteral("2026-01"));
    CHECK(plans->item(rowOf(plans, QStringLiteral("销售代表方案")), IncentivePlansPage::BasePayColumn)->text()
          == yuan(9000 * kYuan));

    // Renamed and deactivated from the page; a second active plan for reps is refused there.
    CHECK(page.rename(stored.id, QStringLiteral("代表方案 2026")).isEmpty());
    CHECK(rowOf(plans, QStringLiteral("代表方案 2026")) >= 0);
    PayPlanDialog second(o.db(), &page);
    fillRepPlan(second);
    second.nameEdit()->setText(QStringLiteral("另一个代表方案"));
    second.accept();
    CHECK(second.result() != QDialog::Accepted);
    CHECK(second.errorText(QStringLiteral("role")).contains(QStringLiteral("代表方案 2026")));
    CHECK(page.setActive(stored.id, false).isEmpty());
    CHECK(plans->item(rowOf(plans, QStringLiteral("代表方案 2026")), IncentivePlansPage::StatusColumn)->text()
          == QStringLiteral("Inactive"));
}

TEST_CASE("a refused incentive plan shows at its fields and stores nothing", "[ui][payplans]")
{
    Office o;
    PayPlanDialog dialog(o.db());
    fillRepPlan(dialog);
    dialog.basePayEdit()->setText(QStringLiteral("八千"));
    dialog.capEdit()->setText(QStringLiteral("$50,000"));
    setTier(dialog, 1, 0, 1); // two bands from 0 %
    dialog.activityNormSpin()->setValue(0);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorText(QStringLiteral("base_pay")).isEmpty());
    CHECK(dialog.errorText(QStringLiteral("cap")).contains(QStringLiteral("CNY")));
    // The amounts first; once they read, the terms are checked.
    dialog.basePayEdit()->setText(QStringLiteral("8000"));
    dialog.capEdit()->setText(QStringLiteral("50000"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText(QStringLiteral("base_pay")).isEmpty());
    CHECK(dialog.errorText(QStringLiteral("tiers")).contains(QStringLiteral("ascending")));
    CHECK_FALSE(dialog.errorText(QStringLiteral("activity_bonus")).isEmpty()); // the norm's, on its row
    CHECK(o.t.count(QStringLiteral("pay_plans")) == 0);
    CHECK(o.t.count(QStringLiteral("pay_plan_versions")) == 0);
}

TEST_CASE("the Incentive plans tab is finance's and the administrators', not a rep's or a manager's",
          "[ui][payplans][roles]")
{
    Office o;
    SettingsPage settings(o.context);
    CHECK(hasPlansTab(settings));
    o.actAs(o.rep);
    CHECK_FALSE(hasPlansTab(settings));
    o.actAs(o.manager);
    CHECK_FALSE(hasPlansTab(settings));
    o.actAs(o.admin);
    CHECK(hasPlansTab(settings));
    o.actAs(o.finance);
    CHECK(hasPlansTab(settings));
}

TEST_CASE("pictures of the Incentive plans page and its dialog", "[ui][payplans][screenshots]")
{
    for (const char *code : {"en", "zh_CN"}) {
        const QString language = QString::fromLatin1(code);
        Office o(language);
        {
            PayPlanDialog d(o.db());
            fillRepPlan(d);
            d.accept();
            REQUIRE(d.result() == QDialog::Accepted);
            PayPlanDialog v(o.db(), d.stored());
            v.effectiveFromEdit()->setDate(QDate(2026, 7, 1));
            v.basePayEdit()->setText(QStringLiteral("9000"));
            v.noteEdit()->setText(QStringLiteral("下半年调薪"));
            v.accept();
            REQUIRE(v.result() == QDialog::Accepted);
            PayPlan personal;
            personal.name = QStringLiteral("王芳个人方案");
            personal.userId = o.rep;
            personal.period = PlanPeriod::Quarter;
            PlanVersion q;
            q.effectiveFrom = QDate(2026, 10, 1);
            q.basePayCents = 10000 * kYuan;
            q.commissions = {{CommissionBase::Margin, 800}};
            PayPlanRepository(o.db()).create(personal, q);
        }
        IncentivePlansPage page(o.session);
        page.resize(1100, 640);
        page.selectPlan(page.plans().last().id);
        CHECK(page.versionTable()->rowCount() >= 1);
        test::shoot(page, QStringLiteral("settings-incentive-plans-%1.png").arg(language));
        PayPlanDialog dialog(o.db(), page.plans().last());
        dialog.basePayEdit()->setText(QStringLiteral("abc"));
        dialog.accept(); // with an error shown at its field
        CHECK_FALSE(dialog.errorText(QStringLiteral("base_pay")).isEmpty());
        test::shoot(dialog, QStringLiteral("payplan-dialog-%1.png").arg(language));
        PayPlanDialog fresh(o.db());
        fresh.forPerson()->setChecked(true);
        CHECK_FALSE(fresh.roleCombo()->isEnabled());
        test::shoot(fresh, QStringLiteral("payplan-new-%1.png").arg(language));
    }
}
