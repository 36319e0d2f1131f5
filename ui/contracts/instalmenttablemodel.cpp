#include "instalmenttablemodel.h"

#include "exportaction.h"

#include "domain/money.h"
#include "io/tablesink.h"

#include <QLocale>

#include <algorithm>

namespace fd {

namespace {
bool isMoney(int column)
{
    return column == InstalmentTableModel::Amount || column == InstalmentTableModel::Reconciled
           || column == InstalmentTableModel::Outstanding;
}
} // namespace

void InstalmentTableModel::setRows(const QList<InstalmentBalance> *all, std::vector<int> rows,
                                   const QStringList &headers)
{
    beginResetModel();
    m_all = all;
    m_rows = std::move(rows);
    m_headers = headers;
    endResetModel();
}

void InstalmentTableModel::clear()
{
    beginResetModel();
    m_all = nullptr;
    m_rows = {};
    endResetModel();
}

int InstalmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_all ? 0 : int(m_rows.size());
}

int InstalmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InstalmentTableModel::text(const InstalmentBalance &in, int column) const
{
    switch (column) {
    case Contract:
        return in.contractNumber;
    case Customer:
        return in.customerName;
    case Seq:
        return QString::number(in.seq);
    case Due:
        return in.due.isValid() ? in.due.toString(Qt::ISODate) : QString();
    case DaysPastDue:
        return QString::number(in.daysPastDue);
    case Amount:
        return money::format(in.amount, in.currency, QLocale());
    case Reconciled:
        return money::format(in.received + in.adjusted, in.currency, QLocale());
    case Outstanding:
        return money::format(in.outstanding, in.currency, QLocale());
    default:
        return {};
    }
}

QVariant InstalmentTableModel::value(const InstalmentBalance &in, int column) const
{
    switch (column) {
    case Due:
        return in.due.isValid() ? QVariant(in.due) : QVariant();
    case Amount:
        return in.amount;
    case Reconciled:
        return in.received + in.adjusted;
    case Outstanding:
        return in.outstanding;
    default:
        return {}; // shown and exported as text, as the money tables do
    }
}

QVariant InstalmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_all || index.row() >= int(m_rows.size()))
        return {};
    const InstalmentBalance &in = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text(in, index.column());
    case ExportValueRole:
        return value(in, index.column());
    case Qt::TextAlignmentRole:
        return isMoney(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant InstalmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_headers[section];
    if (role == ExportTypeRole && isMoney(section))
        return int(ColumnType::Money);
    return {};
}

void InstalmentTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_all || column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> oldRows;
    for (const QModelIndex &i : before)
        oldRows.push_back(m_rows[size_t(i.row())]);
    // As the money tables' items compare: the typed values when both have one, else the texts.
    const auto less = [&](int a, int b) {
        const InstalmentBalance &x = (*m_all)[a];
        const InstalmentBalance &y = (*m_all)[b];
        const QVariant vx = value(x, column);
        const QVariant vy = value(y, column);
        if (vx.isValid() && vy.isValid())
            return QVariant::compare(vx, vy) == QPartialOrdering::Less;
        return text(x, column) < text(y, column);
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(m_rows.begin(), m_rows.end(), less);
    else
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) { return less(b, a); });
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k) {
        const auto at = std::find(m_rows.begin(), m_rows.end(), oldRows[size_t(k)]);
        after << index(int(at - m_rows.begin()), before[k].column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace fd
