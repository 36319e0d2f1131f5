#include "productspage.h"

#include "rolepolicy.h"
#include "session.h"

#include "domain/errors.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/repositories/catalogrepository.h"
#include "storage/repositories/choicelists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

namespace {

template<typename W>
W *cell(const QTableWidget *table, int row, int column)
{
    return static_cast<W *>(table->cellWidget(row, column));
}

bool sameProduct(const Product &a, const Product &b)
{
    return a.name == b.name && a.productLineId == b.productLineId && a.sku == b.sku && a.listPrice == b.listPrice
           && a.costCents == b.costCents && a.active == b.active;
}

} // namespace

ProductsPage::ProductsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("productsPage"));
    m_table->setObjectName(QStringLiteral("products"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_error->setObjectName(QStringLiteral("productsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ProductsPage::addProduct);
    connect(m_save, &QPushButton::clicked, this, &ProductsPage::save);
    connect(&m_session, &Session::databaseChanged, this, &ProductsPage::reload);
    retranslateUi();
    reload();
}

void ProductsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProductsPage::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Product"), tr("Product line"), tr("SKU"), tr("List price"), tr("Cost per unit"), tr("Active")});
    m_table->horizontalHeaderItem(CostColumn)
        ->setToolTip(tr("What one unit costs the company; new line items of deals copy it"));
    m_add->setText(tr("Add product"));
    m_save->setText(tr("Save changes"));
}

void ProductsPage::reload()
{
    m_table->setRowCount(0);
    m_loaded.clear();
    m_error->clear();
    Database *db = m_session.database();
    if (!db)
        return;
    for (const Product &p : CatalogRepository(*db).products(0, true))
        appendRow(p);
    const QString why = rolepolicy::whyNot(*db, rolepolicy::Action::EditCatalog);
    rolepolicy::gate(m_add, why);
    rolepolicy::gate(m_save, why);
}

void ProductsPage::addProduct()
{
    Product p;
    p.listPrice = {0, m_session.currency()};
    appendRow(p);
    m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
}

void ProductsPage::appendRow(const Product &p)
{
    Database *db = m_session.database();
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_loaded.append(p);
    auto *name = new QLineEdit(p.name, m_table);
    auto *line = new QComboBox(m_table);
    line->addItem(tr("(none)"), 0);
    if (db) {
        for (const Choice &c : ChoiceLists(*db).productLines())
            line->addItem(c.label, c.id);
    }
    line->setCurrentIndex(std::max(0, line->findData(p.productLineId)));
    auto *sku = new QLineEdit(p.sku, m_table);
    auto *price = new QLineEdit(money::editText(p.listPrice.cents), m_table);
    auto *cost = new QLineEdit(money::editText(p.costCents), m_table);
    auto *active = new QCheckBox(m_table);
    active->setChecked(p.active);
    m_table->setCellWidget(r, NameColumn, name);
    m_table->setCellWidget(r, LineColumn, line);
    m_table->setCellWidget(r, SkuColumn, sku);
    m_table->setCellWidget(r, PriceColumn, price);
    m_table->setCellWidget(r, CostColumn, cost);
    m_table->setCellWidget(r, ActiveColumn, active);
}

bool ProductsPage::rowProduct(int r, Product *p, QString *error) const
{
    *p = m_loaded.value(r);
    if (p->listPrice.currency.isEmpty())
        p->listPrice.currency = m_session.currency();
    p->name = cell<QLineEdit>(m_table, r, NameColumn)->text().trimmed();
    p->productLineId = cell<QComboBox>(m_table, r, LineColumn)->currentData().toLongLong();
    p->sku = cell<QLineEdit>(m_table, r, SkuColumn)->text().trimmed();
    const QString currency = p->listPrice.currency;
    const std::optional<qint64> price = money::parse(cell<QLineEdit>(m_table, r, PriceColumn)->text(), currency);
    const std::optional<qint64> cost = money::parse(cell<QLineEdit>(m_table, r, CostColumn)->text(), currency);
    if (!price || !cost) {
        *error = (!price ? tr("Row %1: the list price is not an amount.") : tr("Row %1: the cost is not an amount."))
                     .arg(r + 1);
        return false;
    }
    p->listPrice.cents = *price;
    p->costCents = *cost;
    p->active = cell<QCheckBox>(m_table, r, ActiveColumn)->isChecked();
    return true;
}

bool ProductsPage::save()
{
    Database *db = m_session.database();
    if (!db)
        return false;
    QList<Product> changed;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Product p;
        QString error;
        if (!rowProduct(r, &p, &error)) {
            m_error->setText(error);
            return false;
        }
        if (!p.id || !sameProduct(p, m_loaded.at(r)))
            changed.append(p);
    }
    try {
        CatalogRepository(*db).saveProducts(changed);
    } catch (const Error &e) { // a refused name, SKU or amount: nothing was stored
        m_error->setText(e.message());
        return false;
    }
    reload();
    m_session.notifyDataChanged();
    return true;
}

} // namespace fd
