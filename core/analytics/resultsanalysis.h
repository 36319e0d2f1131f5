#pragma once

#include "snapshot.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

class Database;

namespace analytics {

// Results analysis (DEFINITIONS.md §10): a window of dates (invalid = open), the as-of
// instant (invalid = now), a scope (pipelineId 0 = every pipeline) and the one currency
// whose amounts are added up.
struct ResultsQuery
{
    Scope scope;
    QDate from;
    QDate to;
    QDateTime asOf;
    QString currency = QStringLiteral("CNY");
};

// What deals and leads brought, for one campaign, source, tier, region or product line.
struct ResultFigures
{
    qint64 leads = 0;              // leads created in the window
    qint64 convertedLeads = 0;     // of those, converted to a customer by T
    qint64 convertedCustomers = 0; // distinct customers those conversions made
    qint64 opportunities = 0;      // deals created in the window
    qint64 openCount = 0;          // deals open at T
    qint64 pipeline = 0;           // their amount at T
    qint64 wonCount = 0;           // deals won in the window
    qint64 wonAmount = 0;
    qint64 wonCustomers = 0;              // distinct customers of those deals
    qint64 lostCount = 0;                 // deals lost in the window
    std::optional<double> conversionRate; // convertedLeads / leads
    std::optional<double> winRate;        // won / (won + lost)
    std::optional<qint64> averageDeal;    // wonAmount / wonCount
    // Margin (§10a) of the won deals that have line items (regions, product lines, total):
    qint64 marginDeals = 0;           // won deals with line items (none: no margin, "—")
    qint64 wonSales = 0;              // their line items' net sales
    qint64 wonCost = 0;               // their line items' cost
    std::optional<qint64> wonMargin;  // wonSales − wonCost
    std::optional<double> marginRate; // wonMargin / wonSales
};

// A campaign's figures from deals of customers of one tier ("A", "B", "C"; "" = unrated).
struct TierFigures
{
    QString tier;
    ResultFigures figures;
};

// One campaign (or the total over campaigns, campaignId 0): cost against what it brought.
struct CampaignRow
{
    qint64 campaignId = 0;
    QString name;
    QString channel;
    QDate start;
    QDate end;
    bool ranInWindow = false; // its run overlaps the window
    qint64 cost = 0;          // counted when it ran in the window, else 0
    ResultFigures figures;
    std::optional<double> roi;                // (won − cost) / cost; none without a cost
    std::optional<qint64> costPerLead;        // cost / leads
    std::optional<qint64> costPerWonCustomer; // cost / won customers
    std::vector<TierFigures> tiers;           // tiers with any figure, A, B, C, unrated
};

// One lead source ("" = not recorded); cost = the campaigns of that channel.
struct SourceRow
{
    QString source;
    ResultFigures figures;
    qint64 cost = 0;
    std::optional<qint64> costPerWonCustomer;
};

// One region or product line (id 0 = none) or the total.
struct PerformanceRow
{
    qint64 id = 0;
    QString name;
    ResultFigures figures;
    // Regions only (004 4.2, customers and coverage): the region's customers on file at T, and
    // how many of them were worked in the window (a deal in scope created, open, won or lost
    // there, or an activity logged on them by someone in scope); coverage = covered ÷ customers.
    qint64 customers = 0;
    qint64 coveredCustomers = 0;
    std::optional<double> coverage;
};

// Where the won amount came from (004 4.x "大客户、优质客户的销售占比"): key customers are those
// of size large or enterprise (大客户), high-tier those rated A (优质客户); each share is of the
// won amount of every deal in scope.
struct CustomerMix
{
    ResultFigures key;                   // deals of key customers
    ResultFigures highTier;              // deals of A-rated customers
    std::optional<double> keyShare;      // key.wonAmount ÷ total won; none when nothing was won
    std::optional<double> highTierShare; // highTier.wonAmount ÷ total won
    std::vector<TierFigures> tiers;      // every deal in scope by its customer's tier (A, B, C, unrated)
};

// One rep's input against output (004 4.4 销售效率): the three measures of selling power (average
// deal 客单价, cycle, win rate), how well they follow leads, and how busy they were — beside what
// they were paid, when pay plans are kept. Reps as rep diagnostics lists them (DEFINITIONS.md §5).
struct RepEfficiency
{
    qint64 userId = 0;
    QString name;
    qint64 wonCount = 0;
    qint64 wonAmount = 0;
    std::optional<qint64> averageDeal;
    std::optional<double> medianCycleDays; // created → won, of the deals won in the window
    std::optional<double> winRate;
    qint64 leads = 0;          // leads they own created in the window
    qint64 convertedLeads = 0; // of those, converted by T
    std::optional<double> leadConversion;
    qint64 activities = 0; // logged in the window, every kind
    std::optional<double> activitiesPerWon;
    std::optional<qint64> pay;      // their statements' totals for the window's months (none: no pay plan)
    std::optional<double> payShare; // pay ÷ won amount: what each yuan won cost in pay
};

struct ResultsAnalysis
{
    QDateTime asOf;
    QDateTime windowFrom; // invalid = open
    QDateTime windowTo;
    QString currency;
    std::vector<CampaignRow> campaigns; // those that ran in the window, then the others; each by start date
    CampaignRow campaignTotal;
    std::vector<TierFigures> tierTotals;      // campaign-attributed deals by tier
    std::vector<SourceRow> sources;           // by won amount, largest first; "" last
    std::vector<PerformanceRow> regions;      // every region, then "no region" when it has deals
    std::vector<PerformanceRow> productLines; // every line, then "no product line" when it has deals
    PerformanceRow total;                     // every deal in scope (regions and lines add up to it)
    CustomerMix customers;                    // the won amount by kind of customer
    std::vector<RepEfficiency> reps;          // by won amount, largest first
    qint64 otherCurrencyDeals = 0;            // deals left out: another currency
};

// Computes the results analysis, loading what it needs. Throws StorageError.
ResultsAnalysis computeResults(Database &db, const ResultsQuery &query);
// From a loaded snapshot reaching the as-of instant.
ResultsAnalysis computeResults(Database &db, const Snapshot &snapshot, const ResultsQuery &query);

} // namespace analytics
} // namespace fd
