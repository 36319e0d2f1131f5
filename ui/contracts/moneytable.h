#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

class QTableView;
class QTableWidget;
class QWidget;

namespace fd {

// A cell of the small read-only tables of the Contracts & Payments area: the text shown
// and the typed value that sorts and exports (cents for money, QDate for dates).
struct TableCell
{
    QString text;
    QVariant value;
    bool money = false;
};

TableCell textCell(const QString &text, const QVariant &id = {});
// "¥1,234,567.00" shown, cents sorted and exported.
TableCell moneyCell(qint64 cents, const QString &currency);
TableCell dateCell(const QDate &date);

// A read-only, sortable table that selects rows and offers Export… (as `exportName`).
QTableWidget *makeMoneyTable(const QString &exportName, QWidget *parent);
// The same look and behaviour for a view of a model of such cells (its model set first).
void setUpMoneyTable(QTableView *view, const QString &exportName);
// Replaces headers and rows; money columns are right-aligned and typed for export.
void fillTable(QTableWidget *table, const QStringList &headers, const QList<QList<TableCell>> &rows);
// The id kept in a row's first cell (textCell's `id`), 0 when none.
qint64 rowId(const QTableWidget *table, int row);

} // namespace fd
