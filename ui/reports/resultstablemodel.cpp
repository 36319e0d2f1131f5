#include "resultstablemodel.h"

#include "exportaction.h"

#include "domain/money.h"

#include <QFont>
#include <QLocale>

#include <limits>

namespace fd {

ResultsTableModel::ResultsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultsTableModel::setTable(const QList<Column> &columns, const QList<Row> &rows, const QString &currency)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    m_currency = currency;
    endResetModel();
}

int ResultsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Kind kind = m_columns.at(index.column()).kind;
    const QVariant value = index.column() < row.values.size() ? row.values.at(index.column()) : QVariant();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        if (!value.isValid())
            return QStringLiteral("—");
        switch (kind) {
        case Kind::Text:
            return value.toString();
        case Kind::Money:
            return money::formatShort(value.toLongLong(), m_currency, locale);
        case Kind::Count:
            return locale.toString(value.toLongLong());
        case Kind::Percent:
            return locale.toString(value.toDouble() * 100.0, 'f', 1) + locale.percent();
        case Kind::Decimal:
            return locale.toString(value.toDouble(), 'f', 1);
        }
        return {};
    case Qt::ToolTipRole:
        if (kind == Kind::Money && value.isValid())
            return money::format(value.toLongLong(), m_currency, locale);
        return {};
    case Qt::TextAlignmentRole:
        return int(kind == Kind::Text ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (row.total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        if (!value.isValid())
            return kind == Kind::Text ? QVariant(QString()) : QVariant(std::numeric_limits<double>::lowest());
        return kind == Kind::Text ? value : QVariant(value.toDouble());
    case TotalRole:
        return row.total;
    case ExportValueRole:
        // Exact figures: cents for money, integers for counts, the fraction's percent to 0.1.
        if (!value.isValid() || kind == Kind::Text)
            return {};
        if (kind == Kind::Percent)
            return QString(locale.toString(value.toDouble() * 100.0, 'f', 1) + locale.percent());
        if (kind == Kind::Decimal)
            return value.toDouble();
        return value.toLongLong();
    default:
        return {};
    }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &c = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return c.header;
    if (role == Qt::ToolTipRole && !c.toolTip.isEmpty())
        return c.toolTip;
    if (role == ExportTypeRole && c.kind == Kind::Money)
        return int(ColumnType::Money);
    return {};
}

ResultsSortProxy::ResultsSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResultsTableModel::SortRole);
    setSortLocaleAware(true);
}

bool ResultsSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftTotal = left.data(ResultsTableModel::TotalRole).toBool();
    const bool rightTotal = right.data(ResultsTableModel::TotalRole).toBool();
    // The total row stays last: the view reverses the comparison for a descending sort.
    if (leftTotal != rightTotal)
        return sortOrder() == Qt::AscendingOrder ? rightTotal : leftTotal;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace fd
