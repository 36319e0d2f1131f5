#pragma once

#include "domain/catalog.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fd {

class Session;

// Settings → Products: the catalog (name, product line, SKU, list price, cost per unit,
// active) edited in place. Save stores every changed row at once through CatalogRepository
// (all or none, each change in the audit trail); a refusal is shown under the table and
// nothing is stored. The cost is what new line items copy (DEFINITIONS.md §10a).
// Administrators edit; everybody else reads.
class ProductsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProductsPage(Session &session, QWidget *parent = nullptr);

    enum Column { NameColumn, LineColumn, SkuColumn, PriceColumn, CostColumn, ActiveColumn, ColumnCount };

    // Reads the catalog again (every product, inactive ones too).
    void reload();
    // Appends an empty product row.
    void addProduct();
    // Stores the changed and new rows; false with the reason shown.
    bool save();
    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void appendRow(const Product &p);
    // The row as a product; false (reason in `error`) when an amount is not one.
    bool rowProduct(int row, Product *p, QString *error) const;

    Session &m_session;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_save;
    QLabel *m_error;
    QList<Product> m_loaded; // by row; new rows have none
};

} // namespace fd
