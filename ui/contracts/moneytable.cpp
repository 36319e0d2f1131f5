#include "moneytable.h"

#include "exportaction.h"

#include "domain/money.h"
#include "io/tablesink.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace fd {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

// Sorts by the typed value when there is one (cents, dates), else by the text.
class TypedItem final : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(ExportValueRole);
        const QVariant b = other.data(ExportValueRole);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        return QTableWidgetItem::operator<(other);
    }
};
} // namespace

TableCell textCell(const QString &text, const QVariant &id)
{
    return {text, id, false};
}

TableCell moneyCell(qint64 cents, const QString &currency)
{
    return {money::format(cents, currency, QLocale()), cents, true};
}

TableCell dateCell(const QDate &date)
{
    return {date.isValid() ? date.toString(Qt::ISODate) : QString(), date.isValid() ? QVariant(date) : QVariant(),
            false};
}

QTableWidget *makeMoneyTable(const QString &exportName, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    setUpMoneyTable(t, exportName);
    return t;
}

void setUpMoneyTable(QTableView *view, const QString &exportName)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(true);
    new ExportAction(view, exportName, view);
}

void fillTable(QTableWidget *table, const QStringList &headers, const QList<QList<TableCell>> &rows)
{
    table->setSortingEnabled(false);
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setRowCount(int(rows.size()));
    QList<bool> moneyColumn(headers.size(), false);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < headers.size(); ++c) {
            const TableCell &cell = rows[r][c];
            auto *item = new TypedItem(cell.text);
            if (cell.money || cell.value.typeId() == QMetaType::QDate)
                item->setData(ExportValueRole, cell.value);
            else if (c == 0 && cell.value.isValid())
                item->setData(kIdRole, cell.value);
            if (cell.money) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                moneyColumn[c] = true;
            }
            table->setItem(r, c, item);
        }
    }
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new QTableWidgetItem(headers[c]);
        if (moneyColumn[c])
            h->setData(ExportTypeRole, int(ColumnType::Money));
        table->setHorizontalHeaderItem(c, h);
    }
    table->resizeColumnsToContents();
    table->setSortingEnabled(true);
}

qint64 rowId(const QTableWidget *table, int row)
{
    const QTableWidgetItem *item = row >= 0 ? table->item(row, 0) : nullptr;
    return item ? item->data(kIdRole).toLongLong() : 0;
}

} // namespace fd
