#pragma once

#include "domain/errors.h"
#include "domain/opportunity.h"
#include "storage/repositories/choicelists.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace fd {

// The deal editor's line items (its Products tab): product, quantity, unit price, discount
// and unit cost per line, with the deal's margin under them (core/analytics/DEFINITIONS.md
// §10a, computed by domain/margin.h as everywhere else) kept up to date while lines are
// edited. A new line, or a line whose product is changed, takes the product's list price and
// cost; the cost may then be overridden. Kept apart from the editor so it stays small.
class LineItemsTable final : public QWidget
{
    Q_OBJECT

public:
    explicit LineItemsTable(ChoiceLists &choices, QWidget *parent = nullptr);

    // Replaces every line.
    void setLines(const QList<OpportunityProduct> &lines);
    // Appends one line (a default one: the first product at its list price and cost).
    void addLine(const OpportunityProduct &line = {});
    // The lines as entered. A price or cost that is not an amount adds a FieldError on
    // `entity`.product (when `errors` is given) and counts as 0.
    QList<OpportunityProduct> lines(const QString &entity = {}, QList<FieldError> *errors = nullptr) const;
    // The deal's currency, for the margin line.
    void setCurrency(const QString &currency);

    QTableWidget *table() const { return m_table; }
    // "Margin: … (…%)", or "Margin: —" without line items.
    QLabel *marginLabel() const { return m_margin; }

    enum Column { ProductColumn, QuantityColumn, PriceColumn, DiscountColumn, CostColumn, ColumnCount };

private:
    void updateMargin();

    ChoiceLists &m_choices;
    QTableWidget *m_table;
    QLabel *m_margin;
    QString m_currency = QStringLiteral("CNY");
};

} // namespace fd
