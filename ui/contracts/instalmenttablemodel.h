#pragma once

#include "analytics/receivables.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace fd {

// The instalments behind an aging cell, read from the list the contracts page keeps instead
// of copied into table items (tens of thousands of rows on a large file, two kilobytes of
// items each): the texts are formatted when drawn. Its cells are those of a money table
// (moneytable.h): cents and dates answer ExportValueRole, money columns are right-aligned and
// typed for export, and a column sorts by the typed value where there is one, else the text.
class InstalmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Contract, Customer, Seq, Due, DaysPastDue, Amount, Reconciled, Outstanding, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // Shows rows `rows` of `all`, which must outlive the model or the next setRows/clear.
    void setRows(const QList<InstalmentBalance> *all, std::vector<int> rows, const QStringList &headers);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const InstalmentBalance &row(int r) const { return (*m_all)[m_rows[size_t(r)]]; }
    QString text(const InstalmentBalance &in, int column) const;
    QVariant value(const InstalmentBalance &in, int column) const;

    const QList<InstalmentBalance> *m_all = nullptr;
    std::vector<int> m_rows; // indexes into *m_all, in display order
    QStringList m_headers;
};

} // namespace fd
