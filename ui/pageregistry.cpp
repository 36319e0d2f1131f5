#include "pageregistry.h"

#include "activities/activitiespage.h"
#include "contracts/contractspage.h"
#include "customers/customerspage.h"
#include "dashboardpage.h"
#include "forecast/forecastpage.h"
#include "funnel/funnelpage.h"
#include "kanban/kanbanpage.h"
#include "leads/leadspage.h"
#include "performance/performancepage.h"
#include "reports/reportspage.h"
#include "settingspage.h"
#include "targets/targetspage.h"

#include <QCoreApplication>

namespace fd {

namespace {

// A `create` function for a page class with a (PageContext &, QWidget *) constructor.
template<typename Page>
std::function<QWidget *(PageContext &, QWidget *)> page()
{
    return [](PageContext &context, QWidget *parent) -> QWidget * { return new Page(context, parent); };
}

QString icon(const char *name)
{
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
}

} // namespace

// To plug in an area, replace its `nullptr` with page<YourPage>().
const QList<PageSpec> &pageSpecs()
{
    static const QList<PageSpec> specs = {
        {QStringLiteral("dashboard"), QT_TRANSLATE_NOOP("PageRegistry", "Dashboard"),
         QT_TRANSLATE_NOOP("PageRegistry", "The month at a glance: pipeline, forecast, won deals and target."),
         icon("dashboard"), page<DashboardPage>()},
        {QStringLiteral("kanban"), QT_TRANSLATE_NOOP("PageRegistry", "Kanban"),
         QT_TRANSLATE_NOOP("PageRegistry",
                           "One column per stage and a card per opportunity; drag a card to change its stage."),
         icon("kanban"), page<KanbanPage>()},
        {QStringLiteral("funnel"), QT_TRANSLATE_NOOP("PageRegistry", "Funnel"),
         QT_TRANSLATE_NOOP("PageRegistry",
                           "The sales funnel: count and amount per stage, conversion rates and time in each stage."),
         icon("funnel"), page<FunnelPage>()},
        {QStringLiteral("forecast"), QT_TRANSLATE_NOOP("PageRegistry", "Forecast"),
         QT_TRANSLATE_NOOP("PageRegistry",
                           "Weighted pipeline per month and quarter against the target, with the gap to close."),
         icon("forecast"), page<ForecastPage>()},
        {QStringLiteral("leads"), QT_TRANSLATE_NOOP("PageRegistry", "Leads"),
         QT_TRANSLATE_NOOP("PageRegistry",
                           "Leads with their source and campaign, duplicate check, assignment and the public pool."),
         icon("leads"), page<LeadsPage>()},
        {QStringLiteral("customers"), QT_TRANSLATE_NOOP("PageRegistry", "Customers"),
         QT_TRANSLATE_NOOP("PageRegistry",
                           "The company's customer file with contacts, tiers and a 360° view of each customer."),
         icon("customers"), page<CustomersPage>()},
        {QStringLiteral("activities"), QT_TRANSLATE_NOOP("PageRegistry", "Activities"),
         QT_TRANSLATE_NOOP("PageRegistry",
                           "Calls, visits, meetings and proposals, and follow-up tasks with due dates."),
         icon("activities"), page<ActivitiesPage>()},
        {QStringLiteral("targets"), QT_TRANSLATE_NOOP("PageRegistry", "Targets"),
         QT_TRANSLATE_NOOP("PageRegistry",
                           "Targets per period for the company, regions, teams and reps, and their completion."),
         icon("targets"), page<TargetsPage>()},
        {QStringLiteral("performance"), QT_TRANSLATE_NOOP("PageRegistry", "Performance"),
         QT_TRANSLATE_NOOP("PageRegistry",
                           "Monthly pay statements: credited deals and receipts, commission, tiers and bonuses; "
                           "review, close the month, print and export for payroll."),
         icon("performance"), page<PerformancePage>()},
        {QStringLiteral("contracts"), QT_TRANSLATE_NOOP("PageRegistry", "Contracts & Payments"),
         QT_TRANSLATE_NOOP("PageRegistry",
                           "Contracts, payment plans, invoices and receipts, and the receivables aging."),
         icon("contracts"), page<ContractsPage>()},
        {QStringLiteral("reports"), QT_TRANSLATE_NOOP("PageRegistry", "Reports"),
         QT_TRANSLATE_NOOP("PageRegistry",
                           "The weekly funnel report with print preview, printing and PDF, and table exports."),
         icon("reports"), page<ReportsPage>()},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("PageRegistry", "Settings"),
         QT_TRANSLATE_NOOP("PageRegistry", "Language, database and application settings."), icon("settings"),
         page<SettingsPage>()},
    };
    return specs;
}

QString pageTitle(const PageSpec &spec)
{
    return QCoreApplication::translate("PageRegistry", spec.title);
}

QString pageSummary(const PageSpec &spec)
{
    return QCoreApplication::translate("PageRegistry", spec.summary);
}

} // namespace fd
