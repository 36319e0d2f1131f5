#pragma once

#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/gapclosing.h"
#include "analytics/repdiagnostics.h"
#include "analytics/velocity.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace fd {

class Database;

namespace report {

// Who the report is about: the whole company, a region, a team or one rep.
struct ReportScope
{
    enum class Kind { Company, Region, Team, Rep };
    Kind kind = Kind::Company;
    qint64 id = 0;
    QString name; // as stored (region/team name, rep display name)

    // "company", "region:华东", … (the form the CLI accepts).
    QString spec() const;
    // The analytics filter it implies.
    analytics::Scope analyticsScope() const;
};

// Parses "company", "region:NAME", "team:NAME" or "rep:NAME" (rep by display name or
// login) against the database. Throws ValidationError naming the scope.
ReportScope parseReportScope(Database &db, const QString &text);

// An ISO week "2026-W47" → its Monday. Throws ValidationError when malformed.
QDate parseIsoWeek(const QString &text);
// The ISO week of a date as "2026-W47".
QString isoWeekText(const QDate &date);

struct WeeklyReportQuery
{
    QString week; // "2026-W47"
    QString scope = QStringLiteral("company");
    int runs = analytics::kDefaultRuns; // forecast simulation runs
    // Days of the funnel window (funnel chart, stage conversion and dwell, velocity), ending
    // on the as-of day.
    int funnelWindowDays = analytics::kDefaultFunnelWindowDays;
};

// One deal as the report lists it.
struct ReportDeal
{
    qint64 id = 0;
    QString title;
    QString customer;
    QString owner;
    QString currency = QStringLiteral("CNY");
    qint64 amount = 0;     // at the report's as-of instant
    QString stage;         // at the as-of instant
    QString previousStage; // at the end of the previous week (empty for new deals)
    int probability = 0;   // override else the stage's configured one
    QDate expectedClose;   // at the as-of instant
    QDate previousClose;   // at the end of the previous week
    QString lostReason;
};

// What changed in the week, one group per kind.
enum class ChangeKind { New, Advanced, MovedBack, Slipped, Won, Lost };

struct ChangeGroup
{
    ChangeKind kind = ChangeKind::New;
    qint64 amount = 0;             // Σ of the deals' amounts
    std::vector<ReportDeal> deals; // largest amount first
};

struct OverdueFollowup
{
    QString title;
    QString owner;
    QString subject; // the opportunity, customer or lead it is about
    QDate due;
    int daysOverdue = 0;
};

struct OverduePayment
{
    QString contract;
    QString customer;
    QString owner;
    QString currency = QStringLiteral("CNY");
    int seq = 0;
    QDate due;
    qint64 amount = 0;      // the instalment
    qint64 outstanding = 0; // minus receipts and adjustments up to the as-of instant
    int daysOverdue = 0;
};

// Everything the weekly report shows, gathered headless (no painting).
struct WeeklyReportData
{
    QString companyName;
    QString currency; // the office's (office::currency): every amount of the report is in it
    ReportScope scope;
    QString week;                       // "2026-W47"
    QDate weekStart;                    // Monday
    QDate weekEnd;                      // Sunday
    QDateTime asOf;                     // end of the week, or now for the running week
    QDateTime previousAsOf;             // end of the previous week
    analytics::FunnelResult weekFunnel; // window = the week: won, lost and win rate of the week
    // The funnel over the stated window [funnelFrom, funnelTo] as of asOf, exactly as the
    // Funnel page computes it (entered counts, drop-off, conversion, dwell, open deals at T).
    QDate funnelFrom;
    QDate funnelTo;
    analytics::FunnelResult funnel;
    analytics::SalesVelocity velocity;      // from `funnel`, and the same a week earlier
    analytics::ForecastResult month;        // month containing the week's end (simulation)
    analytics::ForecastResult quarter;      // quarter containing the week's end (simulation)
    analytics::GapClosing closingGap;       // what would close the month's gap (gapclosing.h)
    analytics::RepResult reps;              // window = the week
    std::vector<ChangeGroup> changes;       // every ChangeKind, in enum order
    std::vector<ReportDeal> topDeals;       // ten largest open deals
    std::vector<OverdueFollowup> followups; // oldest first
    qint64 followupTotal = 0;               // all overdue (the list may be capped)
    std::vector<OverduePayment> payments;   // oldest first
    qint64 paymentOutstanding = 0;          // Σ outstanding over all overdue instalments
    qint64 paymentTotal = 0;                // number of overdue instalments
};

// Rows listed at most in the overdue tables (the totals count every row).
constexpr int kOverdueListLimit = 100;

// Gathers the report. Throws ValidationError for a bad week/scope or a future week.
WeeklyReportData buildWeeklyReport(Database &db, const WeeklyReportQuery &query);

} // namespace report
} // namespace fd
