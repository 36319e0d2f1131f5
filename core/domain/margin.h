#pragma once

#include "opportunity.h"

#include <QList>

#include <optional>

namespace fd::margin {

// Margin (毛利) of line items, deals and contracts (core/analytics/DEFINITIONS.md §10a): one
// computation for the deal editor, the contract dialog, results analysis, print and the CLI.

// Sales, cost and margin of some line items, in cents of the deal's currency.
struct Figures
{
    qint64 sales = 0; // Σ quantity × unit price × (100 − discount) %, each line rounded half away from zero
    qint64 cost = 0;  // Σ quantity × unit cost
    qint64 margin() const { return sales - cost; }
    // margin ÷ sales; none when nothing was sold (free items only).
    std::optional<double> rate() const;
    Figures &operator+=(const Figures &other);
};

// One line's net sales: quantity × unit price less the discount, rounded half away from zero
// (the amount results analysis splits a deal by).
qint64 lineSales(qint64 quantity, qint64 unitPriceCents, int discountPercent);
// One line's figures; a line without a unit cost takes `productCostCents`.
Figures ofLine(const OpportunityProduct &line, qint64 productCostCents = 0);
// A deal's margin: the sum over its line items. None for a deal without line items (its margin
// is unknown, shown "—", never 0). Lines without a unit cost count a cost of 0.
std::optional<Figures> ofDeal(const QList<OpportunityProduct> &lines);

} // namespace fd::margin
