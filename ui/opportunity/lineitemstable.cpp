#include "lineitemstable.h"

#include "domain/margin.h"
#include "domain/money.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {

template<typename W>
W *cell(const QTableWidget *table, int row, int column)
{
    return static_cast<W *>(table->cellWidget(row, column));
}

} // namespace

LineItemsTable::LineItemsTable(ChoiceLists &choices, QWidget *parent)
    : QWidget(parent)
    , m_choices(choices)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_margin(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("lineItems"));
    m_margin->setObjectName(QStringLiteral("dealMargin"));
    m_margin->setToolTip(tr("Σ (quantity × unit price less the discount − quantity × unit cost) over the line items"));
    m_table->setHorizontalHeaderLabels(
        {tr("Product"), tr("Quantity"), tr("Unit price"), tr("Discount %"), tr("Unit cost")});
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add product"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] { addLine(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_table->removeRow(m_table->currentRow());
        updateMargin();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_margin);
    layout->addLayout(buttons);
    updateMargin();
}

void LineItemsTable::setLines(const QList<OpportunityProduct> &lines)
{
    m_table->setRowCount(0);
    for (const OpportunityProduct &line : lines)
        addLine(line);
    updateMargin();
}

void LineItemsTable::addLine(const OpportunityProduct &p)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto *product = new QComboBox(m_table);
    const QList<Choice> prices = m_choices.products();
    const QList<Choice> costs = m_choices.productCosts();
    for (const Choice &c : prices)
        product->addItem(c.label, c.id);
    auto *quantity = new QSpinBox(m_table);
    quantity->setRange(1, 1000000);
    quantity->setValue(p.quantity);
    auto *price = new QLineEdit(m_table);
    auto *discount = new QSpinBox(m_table);
    discount->setRange(0, 100);
    discount->setValue(p.discountPercent);
    auto *cost = new QLineEdit(m_table);
    cost->setToolTip(tr("Copied from the product when the line is added; change it to override"));
    if (p.productId) {
        product->setCurrentIndex(product->findData(p.productId));
        price->setText(money::editText(p.unitPriceCents));
        const int i = product->currentIndex();
        cost->setText(money::editText(p.unitCostCents.value_or(i >= 0 && i < costs.size() ? costs.at(i).extra : 0)));
    } else if (!prices.isEmpty()) {
        price->setText(money::editText(prices.first().extra));
        cost->setText(money::editText(costs.value(0).extra));
    }
    // Another product: its list price and its cost.
    connect(product, &QComboBox::currentIndexChanged, this, [price, cost, prices, costs](int i) {
        if (i >= 0 && i < prices.size()) {
            price->setText(money::editText(prices.at(i).extra));
            cost->setText(money::editText(costs.value(i).extra));
        }
    });
    for (QLineEdit *edit : {price, cost})
        connect(edit, &QLineEdit::textChanged, this, &LineItemsTable::updateMargin);
    for (QSpinBox *spin : {quantity, discount})
        connect(spin, &QSpinBox::valueChanged, this, &LineItemsTable::updateMargin);
    m_table->setCellWidget(r, ProductColumn, product);
    m_table->setCellWidget(r, QuantityColumn, quantity);
    m_table->setCellWidget(r, PriceColumn, price);
    m_table->setCellWidget(r, DiscountColumn, discount);
    m_table->setCellWidget(r, CostColumn, cost);
    updateMargin();
}

QList<OpportunityProduct> LineItemsTable::lines(const QString &entity, QList<FieldError> *errors) const
{
    QList<OpportunityProduct> out;
    const auto amount = [&](int r, int column, const QString &problem) {
        const QString text = cell<QLineEdit>(m_table, r, column)->text();
        const std::optional<qint64> cents = money::parse(text, m_currency);
        if (!cents && errors)
            errors->append({entity, QStringLiteral("product"), text, problem.arg(r + 1)});
        return cents.value_or(0);
    };
    for (int r = 0; r < m_table->rowCount(); ++r) {
        OpportunityProduct p;
        p.productId = cell<QComboBox>(m_table, r, ProductColumn)->currentData().toLongLong();
        p.quantity = cell<QSpinBox>(m_table, r, QuantityColumn)->value();
        p.unitPriceCents = amount(r, PriceColumn, tr("Line %1: the unit price is not an amount."));
        p.discountPercent = cell<QSpinBox>(m_table, r, DiscountColumn)->value();
        p.unitCostCents = amount(r, CostColumn, tr("Line %1: the unit cost is not an amount."));
        out.append(p);
    }
    return out;
}

void LineItemsTable::setCurrency(const QString &currency)
{
    m_currency = currency;
    updateMargin();
}

void LineItemsTable::updateMargin()
{
    const std::optional<margin::Figures> m = margin::ofDeal(lines());
    if (!m) {
        m_margin->setText(tr("Margin: — (no line items)"));
        return;
    }
    const QLocale locale;
    const std::optional<double> rate = m->rate();
    m_margin->setText(tr("Margin: %1 (%2) · cost %3")
                          .arg(money::format(m->margin(), m_currency, locale),
                               rate ? locale.toString(*rate * 100, 'f', 1) + QLatin1Char('%') : QStringLiteral("—"),
                               money::format(m->cost, m_currency, locale)));
}

} // namespace fd
