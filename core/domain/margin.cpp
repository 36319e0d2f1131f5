#include "margin.h"

#include "money.h"

namespace fd::margin {

std::optional<double> Figures::rate() const
{
    if (sales == 0)
        return std::nullopt;
    return double(margin()) / double(sales);
}

Figures &Figures::operator+=(const Figures &other)
{
    sales += other.sales;
    cost += other.cost;
    return *this;
}

qint64 lineSales(qint64 quantity, qint64 unitPriceCents, int discountPercent)
{
    return money::percentOf(quantity * unitPriceCents, 100 - discountPercent);
}

Figures ofLine(const OpportunityProduct &line, qint64 productCostCents)
{
    return {lineSales(line.quantity, line.unitPriceCents, line.discountPercent),
            line.quantity * line.unitCostCents.value_or(productCostCents)};
}

std::optional<Figures> ofDeal(const QList<OpportunityProduct> &lines)
{
    if (lines.isEmpty())
        return std::nullopt;
    Figures f;
    for (const OpportunityProduct &line : lines)
        f += ofLine(line);
    return f;
}

} // namespace fd::margin
