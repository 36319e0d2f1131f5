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
    qint64 otherCurrencyDeals = 0;            // deals left out: another currency
};

// Computes the results analysis, loading what it needs. Throws StorageError.
ResultsAnalysis computeResults(Database &db, const ResultsQuery &query);
// From a loaded snapshot reaching the as-of instant.
ResultsAnalysis computeResults(Database &db, const Snapshot &snapshot, const ResultsQuery &query);

} // namespace analytics
} // namespace fd
