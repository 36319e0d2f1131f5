#include "resultsanalysis.h"

#include "repdiagnostics.h"
#include "statementbook.h"

#include "dealreplay.h"
#include "timerange.h"

#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/margin.h"
#include "domain/money.h"
#include "storage/repositories/payplanrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace fd::analytics {

namespace {

qint64 divRound(qint64 a, qint64 b)
{
    return (a + b / 2) / b;
}

// A deal's line items added up by product line (0 = none, last): their net sales (what the deal
// amount is split by) and cost (the margin).
using LineFigures = std::vector<std::pair<qint64, margin::Figures>>;

// A deal amount split over product lines by the lines' item amounts (DEFINITIONS.md §10):
// cumulative rounding, so the parts are never negative and add up to the amount exactly.
std::vector<std::pair<qint64, qint64>> splitByLine(qint64 amount, const LineFigures &lines)
{
    std::vector<std::pair<qint64, qint64>> parts;
    if (lines.empty()) {
        parts.push_back({0, amount});
        return parts;
    }
    qint64 total = 0;
    for (const auto &l : lines)
        total += l.second.sales;
    const bool even = total == 0; // only free items: split evenly
    if (even)
        total = qint64(lines.size());
    qint64 cumulative = 0, given = 0;
    for (const auto &l : lines) {
        cumulative += even ? 1 : l.second.sales;
        const qint64 upTo = money::mulDivRound(amount, cumulative, total);
        parts.push_back({l.first, upTo - given});
        given = upTo;
    }
    return parts;
}

struct DealAttr
{
    qint64 customerId = 0;
    qint64 campaignId = 0;
    QString source;
    bool sameCurrency = true;
};

struct LeadInfo
{
    QString source;
    qint64 campaignId = 0;
    qint64 ownerId = 0;
    qint64 regionId = 0;
    qint64 createdAt = kNoTime;
    qint64 convertedAt = kNoTime;
    qint64 customerId = 0;
};

// Converted to a customer at or before T.
bool convertedBy(const LeadInfo &lead, qint64 t)
{
    return lead.customerId && lead.convertedAt != kNoTime && lead.convertedAt <= t;
}

struct CustomerInfo
{
    QString tier;
    qint64 regionId = 0;
    bool key = false; // size large or enterprise (大客户)
    qint64 ownerId = 0;
    qint64 createdAt = kNoTime;
};

// What one deal contributes, as of T and in the window.
struct DealFacts
{
    qint64 customerId = 0;
    bool created = false; // in the window
    bool open = false;    // at T
    bool won = false;     // in the window
    bool lost = false;
};

struct Acc
{
    ResultFigures f;
    QSet<qint64> converted;
    QSet<qint64> wonCustomers;

    bool any() const { return f.leads || f.opportunities || f.wonCount || f.lostCount || f.openCount; }
    void addLead(bool isConverted, qint64 customerId)
    {
        ++f.leads;
        if (isConverted)
            addConversion(customerId);
    }
    void addConversion(qint64 customerId)
    {
        ++f.convertedLeads;
        converted.insert(customerId);
    }
    void addDeal(const DealFacts &d, qint64 amount)
    {
        if (d.created)
            ++f.opportunities;
        if (d.open) {
            ++f.openCount;
            f.pipeline += amount;
        }
        if (d.won) {
            ++f.wonCount;
            f.wonAmount += amount;
            wonCustomers.insert(d.customerId);
        }
        if (d.lost)
            ++f.lostCount;
    }
    // A won deal's line items (all of them, or those of one product line).
    void addMargin(const margin::Figures &m)
    {
        ++f.marginDeals;
        f.wonSales += m.sales;
        f.wonCost += m.cost;
    }
    // Adds another tally's counts and customers (the derived figures come from finish()).
    void merge(const Acc &other)
    {
        f.leads += other.f.leads;
        f.convertedLeads += other.f.convertedLeads;
        f.opportunities += other.f.opportunities;
        f.openCount += other.f.openCount;
        f.pipeline += other.f.pipeline;
        f.wonCount += other.f.wonCount;
        f.wonAmount += other.f.wonAmount;
        f.lostCount += other.f.lostCount;
        f.marginDeals += other.f.marginDeals;
        f.wonSales += other.f.wonSales;
        f.wonCost += other.f.wonCost;
        converted.unite(other.converted);
        wonCustomers.unite(other.wonCustomers);
    }
    ResultFigures finish() const
    {
        ResultFigures r = f;
        r.convertedCustomers = converted.size();
        r.wonCustomers = wonCustomers.size();
        if (r.leads > 0)
            r.conversionRate = double(r.convertedLeads) / double(r.leads);
        if (r.wonCount + r.lostCount > 0)
            r.winRate = double(r.wonCount) / double(r.wonCount + r.lostCount);
        if (r.wonCount > 0)
            r.averageDeal = divRound(r.wonAmount, r.wonCount);
        if (r.marginDeals > 0) {
            const margin::Figures m{r.wonSales, r.wonCost};
            r.wonMargin = m.margin();
            r.marginRate = m.rate();
        }
        return r;
    }
};

const QStringList &tierOrder()
{
    static const QStringList tiers{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QString()};
    return tiers;
}

std::vector<TierFigures> tierRows(const QHash<QString, Acc> &byTier)
{
    std::vector<TierFigures> rows;
    for (const QString &tier : tierOrder()) {
        const auto it = byTier.constFind(tier);
        if (it != byTier.constEnd() && (it->any() || !it->converted.isEmpty()))
            rows.push_back({tier, it->finish()});
    }
    return rows;
}

// Cost figures of a campaign or source: none without a cost (a zero cost is "not recorded").
void costFigures(qint64 cost, const ResultFigures &f, std::optional<qint64> *perLead,
                 std::optional<qint64> *perWonCustomer, std::optional<double> *roi)
{
    if (cost <= 0)
        return;
    if (perLead && f.leads > 0)
        *perLead = divRound(cost, f.leads);
    if (perWonCustomer && f.wonCustomers > 0)
        *perWonCustomer = divRound(cost, f.wonCustomers);
    if (roi)
        *roi = double(f.wonAmount - cost) / double(cost);
}

QString cleanText(const RowReader &r, int column)
{
    return r.isNull(column) ? QString() : r.text(column).trimmed();
}

// Every deal's line items by product line.
using DealLines = QHash<qint64, LineFigures>;

// Every lead in id order, and the lead each converted opportunity came from.
struct Leads
{
    std::vector<LeadInfo> all;
    QHash<qint64, size_t> ofDeal; // converted opportunity → index in `all`
};

// The records the figures are attributed to, read once per computation.
struct References
{
    QHash<qint64, CustomerInfo> customers;
    QHash<qint64, DealAttr> deals;
    Leads leads;
    DealLines dealLines;
};

// One campaign: its row, whether its run overlaps the window, and what it brought.
struct Campaign
{
    CampaignRow row;
    bool overlaps = false;
    Acc acc;
    QHash<QString, Acc> tiers;
};

// Every campaign by id, and the cost of the campaigns run in the window by channel.
struct Campaigns
{
    std::map<qint64, Campaign> byId;
    QHash<QString, qint64> channelCost;
};

// What the leads and deals in scope brought, by source, tier, region, product line and in all.
struct Tally
{
    QHash<QString, Acc> sources;
    QHash<QString, Acc> tierTotals;
    QHash<qint64, Acc> regions;
    QHash<qint64, Acc> lines;
    Acc total;
    QHash<QString, Acc> customerTiers; // every deal by its customer's tier
    Acc keyCustomers;
    Acc highTier;
    QSet<qint64> worked; // customers with a deal or an activity in the window
};

// Loads each customer's tier, region, size, owner and creation.
QHash<qint64, CustomerInfo> loadCustomers(Database &db)
{
    QHash<qint64, CustomerInfo> customers;
    RowReader r(db, QStringLiteral("SELECT id, tier, region_id, size, owner_id, created_at FROM customers"));
    while (r.next()) {
        CustomerInfo c;
        c.tier = cleanText(r, 1);
        c.regionId = r.isNull(2) ? 0 : r.integer(2);
        const QString size = cleanText(r, 3);
        c.key = size == QLatin1String("large") || size == QLatin1String("enterprise");
        c.ownerId = r.isNull(4) ? 0 : r.integer(4);
        c.createdAt = r.instant(5);
        customers.insert(r.integer(0), c);
    }
    return customers;
}

// Adds the customers someone in scope logged an activity on in the window (on the customer or
// on one of its deals) to `worked`. `people` null = everyone.
void tallyActivities(Database &db, const QSet<qint64> *people, const TimeRange &window, qint64 t, Tally &tally)
{
    RowReader r(db, QStringLiteral("SELECT a.user_id, a.occurred_at, COALESCE(a.customer_id, o.customer_id) "
                                   "FROM activities a LEFT JOIN opportunities o ON o.id = a.opportunity_id "
                                   "WHERE a.customer_id IS NOT NULL OR o.customer_id IS NOT NULL"));
    while (r.next()) {
        const qint64 at = r.instant(1);
        if (at > t || !window.contains(at) || (people && !people->contains(r.integer(0))))
            continue;
        tally.worked.insert(r.integer(2));
    }
}

// Loads each deal's customer, campaign and source, and whether it is in `currency`.
QHash<qint64, DealAttr> loadDealAttributes(Database &db, const QString &currency)
{
    QHash<qint64, DealAttr> deals;
    RowReader r(db, QStringLiteral("SELECT id, customer_id, campaign_id, source, currency FROM opportunities"));
    while (r.next()) {
        DealAttr a;
        a.customerId = r.integer(1);
        a.campaignId = r.isNull(2) ? 0 : r.integer(2);
        a.source = cleanText(r, 3);
        a.sameCurrency = r.text(4) == currency;
        deals.insert(r.integer(0), a);
    }
    return deals;
}

// Loads every lead and notes the first lead each converted opportunity came from.
Leads loadLeads(Database &db)
{
    Leads leads;
    const SqlCondition visible = ScopeFilter::visibleTo(db).records(RecordType::Lead, QStringLiteral("leads"));
    RowReader r(db,
                QStringLiteral("SELECT source, campaign_id, owner_id, region_id, created_at, converted_at, "
                               "converted_customer_id, converted_opportunity_id FROM leads")
                    + visible.where() + QStringLiteral(" ORDER BY id"),
                visible.binds);
    while (r.next()) {
        LeadInfo l;
        l.source = cleanText(r, 0);
        l.campaignId = r.isNull(1) ? 0 : r.integer(1);
        l.ownerId = r.isNull(2) ? 0 : r.integer(2);
        l.regionId = r.isNull(3) ? 0 : r.integer(3);
        l.createdAt = r.instant(4);
        l.convertedAt = r.instant(5);
        l.customerId = r.isNull(6) ? 0 : r.integer(6);
        if (!r.isNull(7) && !leads.ofDeal.contains(r.integer(7)))
            leads.ofDeal.insert(r.integer(7), leads.all.size());
        leads.all.push_back(l);
    }
    return leads;
}

// Loads each deal's product items added up by product line: their net sales (the split of
// the deal amount) and their cost (the margin; a line without a unit cost takes its product's
// current cost).
void loadDealLines(Database &db, DealLines *dealLines)
{
    RowReader r(db, QStringLiteral("SELECT op.opportunity_id, p.product_line_id, op.quantity, op.unit_price_cents, "
                                   "op.discount_percent, COALESCE(op.unit_cost_cents, p.cost_cents) "
                                   "FROM opportunity_products op "
                                   "JOIN products p ON p.id = op.product_id ORDER BY op.opportunity_id, op.id"));
    while (r.next()) {
        const qint64 line = r.isNull(1) ? 0 : r.integer(1);
        OpportunityProduct item;
        item.quantity = int(r.integer(2));
        item.unitPriceCents = r.integer(3);
        item.discountPercent = int(r.integer(4));
        item.unitCostCents = r.integer(5);
        const margin::Figures m = margin::ofLine(item);
        auto &lines = (*dealLines)[r.integer(0)];
        auto it = std::find_if(lines.begin(), lines.end(), [&](const auto &p) { return p.first == line; });
        if (it == lines.end())
            lines.push_back({line, m});
        else
            it->second += m;
    }
    for (auto &lines : *dealLines) {
        std::sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) {
            // "No product line" last, the others by id.
            return (a.first == 0) != (b.first == 0) ? b.first == 0 : a.first < b.first;
        });
    }
}

// Loads every campaign with its run; the cost counts (in `currency`) when the run overlaps the window.
Campaigns loadCampaigns(Database &db, const TimeRange &window, const QString &currency)
{
    Campaigns campaigns;
    RowReader r(db, QStringLiteral("SELECT id, name, channel, start_date, end_date, cost_cents, currency, created_at "
                                   "FROM campaigns"));
    while (r.next()) {
        Campaign c;
        c.row.campaignId = r.integer(0);
        c.row.name = r.text(1);
        c.row.channel = cleanText(r, 2);
        const qint32 startDay = r.isNull(3) ? kNoDay : r.day(3);
        const qint64 created = r.instant(7);
        c.row.start = startDay != kNoDay ? fromDay(startDay)
                                         : (created != kNoTime ? fromInstant(created).date() : QDate());
        const qint32 endDay = r.isNull(4) ? kNoDay : r.day(4);
        c.row.end = endDay != kNoDay ? fromDay(endDay) : c.row.start;
        c.overlaps = c.row.start.isValid() && startOfDay(c.row.start) <= window.to
                     && endOfDay(std::max(c.row.end, c.row.start)) >= window.from;
        if (c.overlaps && r.text(6) == currency) {
            c.row.cost = r.integer(5);
            if (!c.row.channel.isEmpty())
                campaigns.channelCost[c.row.channel] += c.row.cost;
        }
        campaigns.byId.emplace(c.row.campaignId, std::move(c));
    }
    return campaigns;
}

// Counts the leads created in the window by source and campaign, and their conversions by
// the converted customer's tier. `people`: the scope's people (the lead's current owner must
// be one), null when the scope names none.
void tallyLeads(const References &refs, const QSet<qint64> *people, const TimeRange &window, qint64 t,
                Campaigns &campaigns, Tally &tally)
{
    for (const LeadInfo &l : refs.leads.all) {
        if (!window.contains(l.createdAt))
            continue;
        if (people && !people->contains(l.ownerId))
            continue;
        const bool converted = convertedBy(l, t);
        tally.sources[l.source].addLead(converted, l.customerId);
        const auto c = campaigns.byId.find(l.campaignId);
        if (c != campaigns.byId.end()) {
            c->second.acc.addLead(converted, l.customerId);
            if (converted) {
                const QString tier = refs.customers.value(l.customerId).tier;
                c->second.tiers[tier].addConversion(l.customerId);
                tally.tierTotals[tier].addConversion(l.customerId);
            }
        }
    }
}

// Counts each deal in scope as of T (created, open, won or lost in the window) in all, by
// source, region, campaign and tier, and split over its product lines. Returns the number
// of deals left out for being in another currency.
qint64 tallyDeals(const References &refs, const Snapshot &s, const ScopeMatcher &matcher, const TimeRange &window,
                  qint64 t, Campaigns &campaigns, Tally &tally)
{
    qint64 otherCurrency = 0;
    DealReplay replay;
    for (const DealRow &deal : s.deals) {
        if (deal.createdAt > t)
            continue;
        const DealAttr attr = refs.deals.value(deal.id);
        if (!attr.sameCurrency) {
            ++otherCurrency;
            continue;
        }
        const DealFields fields = s.fieldsAt(deal, t);
        if (!matcher.matches(deal, fields))
            continue;
        replay.run(s, deal, t);
        if (!replay.exists)
            continue;
        DealFacts facts;
        facts.customerId = attr.customerId;
        facts.created = window.contains(deal.createdAt);
        facts.open = replay.status == DealStatus::Open;
        facts.won = replay.status == DealStatus::Won && window.contains(replay.closedAt);
        facts.lost = replay.status == DealStatus::Lost && window.contains(replay.closedAt);
        if (!facts.created && !facts.open && !facts.won && !facts.lost)
            continue;

        // Attribution: the deal's own campaign and source, else those of the lead it came from.
        const auto lead = refs.leads.ofDeal.constFind(deal.id);
        const LeadInfo *origin = lead != refs.leads.ofDeal.constEnd() ? &refs.leads.all[*lead] : nullptr;
        const qint64 campaignId = attr.campaignId ? attr.campaignId : (origin ? origin->campaignId : 0);
        const QString source = !attr.source.isEmpty() ? attr.source : (origin ? origin->source : QString());
        const CustomerInfo customer = refs.customers.value(attr.customerId);

        tally.total.addDeal(facts, fields.amount);
        tally.customerTiers[customer.tier].addDeal(facts, fields.amount);
        if (customer.key)
            tally.keyCustomers.addDeal(facts, fields.amount);
        if (customer.tier == QLatin1String("A"))
            tally.highTier.addDeal(facts, fields.amount);
        tally.worked.insert(attr.customerId);
        tally.sources[source].addDeal(facts, fields.amount);
        tally.regions[customer.regionId].addDeal(facts, fields.amount);
        const auto c = campaigns.byId.find(campaignId);
        if (c != campaigns.byId.end()) {
            c->second.acc.addDeal(facts, fields.amount);
            c->second.tiers[customer.tier].addDeal(facts, fields.amount);
            tally.tierTotals[customer.tier].addDeal(facts, fields.amount);
        }
        const auto margins = refs.dealLines.constFind(deal.id);
        const LineFigures none;
        for (const auto &[line, part] :
             splitByLine(fields.amount, margins != refs.dealLines.constEnd() ? *margins : none))
            tally.lines[line].addDeal(facts, part);
        // Margin: a won deal's line items, each in its own product line (no split needed).
        if (facts.won && margins != refs.dealLines.constEnd()) {
            margin::Figures whole;
            for (const auto &[line, m] : *margins) {
                tally.lines[line].addMargin(m);
                whole += m;
            }
            tally.total.addMargin(whole);
            tally.regions[customer.regionId].addMargin(whole);
        }
    }
    return otherCurrency;
}

// Fills the campaign rows (those whose run overlaps the window, and any other that brought
// something in it), their total and the split of the campaign-attributed deals by tier.
void campaignRows(const Campaigns &campaigns, const QHash<QString, Acc> &tierTotals, ResultsAnalysis &result)
{
    Acc campaignAcc;
    for (const auto &[id, c] : campaigns.byId) {
        const bool brought = c.acc.f.leads || c.acc.f.opportunities || c.acc.f.wonCount || c.acc.f.lostCount;
        if (!c.overlaps && !brought)
            continue;
        CampaignRow row = c.row;
        row.ranInWindow = c.overlaps;
        row.figures = c.acc.finish();
        costFigures(row.cost, row.figures, &row.costPerLead, &row.costPerWonCustomer, &row.roi);
        row.tiers = tierRows(c.tiers);
        result.campaignTotal.cost += row.cost;
        campaignAcc.merge(c.acc);
        result.campaigns.push_back(row);
    }
    std::sort(result.campaigns.begin(), result.campaigns.end(), [](const CampaignRow &a, const CampaignRow &b) {
        if (a.ranInWindow != b.ranInWindow)
            return a.ranInWindow; // the campaigns paid for in the window first
        if (a.start != b.start)
            return a.start < b.start;
        return a.name != b.name ? a.name < b.name : a.campaignId < b.campaignId;
    });
    CampaignRow &tot = result.campaignTotal;
    tot.figures = campaignAcc.finish();
    costFigures(tot.cost, tot.figures, &tot.costPerLead, &tot.costPerWonCustomer, &tot.roi);
    result.tierTotals = tierRows(tierTotals);
    tot.tiers = result.tierTotals;
}

// The source rows: every source with leads or deals in the window, by won amount ("" last).
std::vector<SourceRow> sourceRows(const QHash<QString, Acc> &sources, const QHash<QString, qint64> &channelCost)
{
    std::vector<SourceRow> rows;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        if (!it->any())
            continue;
        SourceRow row;
        row.source = it.key();
        row.figures = it->finish();
        row.cost = it.key().isEmpty() ? 0 : channelCost.value(it.key());
        costFigures(row.cost, row.figures, nullptr, &row.costPerWonCustomer, nullptr);
        rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), [](const SourceRow &a, const SourceRow &b) {
        if (a.source.isEmpty() != b.source.isEmpty())
            return b.source.isEmpty();
        if (a.figures.wonAmount != b.figures.wonAmount)
            return a.figures.wonAmount > b.figures.wonAmount;
        if (a.figures.leads != b.figures.leads)
            return a.figures.leads > b.figures.leads;
        return a.source < b.source;
    });
    return rows;
}

// Each region's customers on file at T (those of the scope's people when it names people) and
// how many of them were worked in the window.
void regionCoverage(const QHash<qint64, CustomerInfo> &customers, const QSet<qint64> &worked,
                    const QSet<qint64> *people, qint64 t, std::vector<PerformanceRow> &regions)
{
    QHash<qint64, std::pair<qint64, qint64>> byRegion; // region → (customers, covered)
    for (auto c = customers.cbegin(); c != customers.cend(); ++c) {
        if (c->createdAt > t || (people && !people->contains(c->ownerId)))
            continue;
        auto &counts = byRegion[c->regionId];
        ++counts.first;
        if (worked.contains(c.key()))
            ++counts.second;
    }
    for (PerformanceRow &row : regions) {
        const auto counts = byRegion.value(row.id);
        row.customers = counts.first;
        row.coveredCustomers = counts.second;
        if (counts.first > 0)
            row.coverage = double(counts.second) / double(counts.first);
    }
}

// Each rep's pay for the months the window covers (§14: a closed month as it was closed, an open
// one as of T), beside their output. Only for a window with a start, of at most kPayMonths
// months, in an office with pay plans; a rep no plan paid and who got nothing keeps "none".
void addPay(Database &db, const Snapshot &s, const ResultsQuery &query, qint64 t, std::vector<RepEfficiency> &rows)
{
    constexpr int kPayMonths = 24;
    const QDate last = std::min(query.to.isValid() ? query.to : fromInstant(t).date(), fromInstant(t).date());
    if (rows.empty() || !query.from.isValid() || query.from > last)
        return;
    const QList<PayPlan> plans = PayPlanRepository(db).all();
    if (plans.isEmpty())
        return;
    QStringList months;
    for (QDate m(query.from.year(), query.from.month(), 1); m <= last && months.size() < kPayMonths; m = m.addMonths(1))
        months << m.toString(QStringLiteral("yyyy-MM"));
    StatementBook book(db, plans, fromInstant(t), s); // the analysis's snapshot, not a second one
    for (RepEfficiency &row : rows) {
        qint64 pay = 0;
        bool paid = false;
        for (const QString &month : months) {
            try {
                const Statement statement = book.statement(row.userId, month);
                if (!statement.planName.isEmpty() || statement.totalCents != 0) {
                    pay += statement.totalCents;
                    paid = true;
                }
            } catch (const PermissionError &) {
                break; // someone whose statements the reader may not see: no pay shown
            }
        }
        if (paid) {
            row.pay = pay;
            if (row.wonAmount > 0)
                row.payShare = double(pay) / double(row.wonAmount);
        }
    }
}

// The efficiency table from rep diagnostics over the same snapshot, window and scope, with each
// rep's leads (owner now) followed to their conversion.
std::vector<RepEfficiency> repEfficiency(Database &db, const Snapshot &s, const ResultsQuery &query,
                                         const TimeRange &window, qint64 t, const Leads &leads)
{
    RepQuery rq;
    rq.scope = query.scope;
    rq.from = query.from;
    rq.to = query.to;
    rq.asOf = fromInstant(t);
    const RepResult reps = computeReps(db, s, rq);
    QHash<qint64, std::pair<qint64, qint64>> leadCounts; // owner → (leads, converted)
    for (const LeadInfo &lead : leads.all) {
        if (lead.createdAt > t || !window.contains(lead.createdAt))
            continue;
        auto &counts = leadCounts[lead.ownerId];
        ++counts.first;
        if (convertedBy(lead, t))
            ++counts.second;
    }
    std::vector<RepEfficiency> rows;
    for (const RepRow &rep : reps.reps) {
        RepEfficiency e;
        e.userId = rep.userId;
        e.name = rep.displayName;
        e.wonCount = rep.wonCount;
        e.wonAmount = rep.wonAmount;
        e.averageDeal = rep.averageDeal;
        e.medianCycleDays = rep.medianCycleDays;
        e.winRate = rep.winRate;
        std::tie(e.leads, e.convertedLeads) = leadCounts.value(rep.userId);
        if (e.leads > 0)
            e.leadConversion = double(e.convertedLeads) / double(e.leads);
        for (const qint64 n : rep.activities)
            e.activities += n;
        if (e.wonCount > 0)
            e.activitiesPerWon = double(e.activities) / double(e.wonCount);
        rows.push_back(e);
    }
    addPay(db, s, query, t, rows);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const RepEfficiency &a, const RepEfficiency &b) { return a.wonAmount > b.wonAmount; });
    return rows;
}

CustomerMix customerMix(const Tally &tally, qint64 totalWon)
{
    CustomerMix mix;
    mix.key = tally.keyCustomers.finish();
    mix.highTier = tally.highTier.finish();
    if (totalWon > 0) {
        mix.keyShare = double(mix.key.wonAmount) / double(totalWon);
        mix.highTierShare = double(mix.highTier.wonAmount) / double(totalWon);
    }
    mix.tiers = tierRows(tally.customerTiers);
    return mix;
}

// Rows for every record `sql` lists (id, name), then "none" (id 0) when deals lack one.
std::vector<PerformanceRow> performanceRows(Database &db, const QString &sql, const QHash<qint64, Acc> &byId)
{
    std::vector<PerformanceRow> rows;
    RowReader r(db, sql);
    while (r.next())
        rows.push_back({r.integer(0), r.text(1), byId.value(r.integer(0)).finish(), 0, 0, std::nullopt});
    if (byId.contains(0) && byId.value(0).any())
        rows.push_back({0, QString(), byId.value(0).finish(), 0, 0, std::nullopt});
    return rows;
}

} // namespace

ResultsAnalysis computeResults(Database &db, const ResultsQuery &query)
{
    const qint64 t = asOfInstant(db, query.asOf);
    Snapshot::Options options;
    options.until = t;
    const Snapshot snapshot = Snapshot::load(db, options);
    ResultsQuery q = query;
    q.asOf = fromInstant(t);
    return computeResults(db, snapshot, q);
}

ResultsAnalysis computeResults(Database &db, const Snapshot &s, const ResultsQuery &query)
{
    const qint64 t = asOfInstant(db, query.asOf);
    const TimeRange window = windowRange(query.from, query.to, t);
    const ScopeMatcher matcher(db, s, query.scope);

    ResultsAnalysis result;
    result.asOf = fromInstant(t);
    result.windowFrom = query.from.isValid() ? fromInstant(window.from) : QDateTime();
    result.windowTo = fromInstant(window.to);
    result.currency = query.currency;

    References refs;
    refs.customers = loadCustomers(db);
    refs.deals = loadDealAttributes(db, query.currency);
    refs.leads = loadLeads(db);
    loadDealLines(db, &refs.dealLines);
    Campaigns campaigns = loadCampaigns(db, window, query.currency);

    Tally tally;
    const ScopeFilter filter(query.scope);
    const QSet<qint64> people = filter.namesPeople() ? filter.peopleIds(db) : QSet<qint64>();
    tallyLeads(refs, filter.namesPeople() ? &people : nullptr, window, t, campaigns, tally);
    result.otherCurrencyDeals = tallyDeals(refs, s, matcher, window, t, campaigns, tally);

    campaignRows(campaigns, tally.tierTotals, result);
    result.sources = sourceRows(tally.sources, campaigns.channelCost);
    // Regions and product lines: every one that exists, then "none" when deals lack one.
    result.regions = performanceRows(db, QStringLiteral("SELECT id, name FROM regions ORDER BY name, id"),
                                     tally.regions);
    result.productLines = performanceRows(db, QStringLiteral("SELECT id, name FROM product_lines ORDER BY name, id"),
                                          tally.lines);
    result.total = {0, QString(), tally.total.finish(), 0, 0, std::nullopt};
    tallyActivities(db, filter.namesPeople() ? &people : nullptr, window, t, tally);
    regionCoverage(refs.customers, tally.worked, filter.namesPeople() ? &people : nullptr, t, result.regions);
    result.customers = customerMix(tally, result.total.figures.wonAmount);
    result.reps = repEfficiency(db, s, query, window, t, refs.leads);
    return result;
}

} // namespace fd::analytics
