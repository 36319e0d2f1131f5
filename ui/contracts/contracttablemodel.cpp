#include "contracttablemodel.h"

#include "exportaction.h"

#include "domain/money.h"
#include "io/tablesink.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace fd {

namespace {
// Sorting uses raw values (cents, dates), not the formatted text.
constexpr int SortRole = Qt::UserRole + 5;

bool isMoney(int column)
{
    switch (column) {
    case ContractTableModel::Amount:
    case ContractTableModel::Invoiced:
    case ContractTableModel::Received:
    case ContractTableModel::WrittenOff:
    case ContractTableModel::Balance:
    case ContractTableModel::Overdue:
        return true;
    default:
        return false;
    }
}

qint64 moneyOf(const ContractReceivable &c, int column)
{
    switch (column) {
    case ContractTableModel::Amount:
        return c.amount;
    case ContractTableModel::Invoiced:
        return c.invoiced;
    case ContractTableModel::Received:
        return c.received;
    case ContractTableModel::WrittenOff:
        return c.adjusted;
    case ContractTableModel::Balance:
        return c.balance;
    case ContractTableModel::Overdue:
        return c.overdue;
    default:
        return 0;
    }
}
} // namespace

ContractTableModel::ContractTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContractTableModel::setContracts(const QList<ContractReceivable> &contracts)
{
    beginResetModel();
    m_rows = contracts;
    endResetModel();
}

QString ContractTableModel::statusText(const QString &stored)
{
    if (stored == QLatin1String("draft"))
        return tr("Draft");
    if (stored == QLatin1String("pending"))
        return tr("Pending approval");
    if (stored == QLatin1String("approved"))
        return tr("Approved");
    if (stored == QLatin1String("rejected"))
        return tr("Rejected");
    return stored;
}

int ContractTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContractTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ContractReceivable &c = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case IdRole:
        return c.contractId;
    case StatusRole:
        return c.approvalStatus;
    case CustomerRole:
        return c.customerId;
    case OverdueRole:
        return c.overdue > 0;
    case Qt::TextAlignmentRole:
        return isMoney(col) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        if ((col == Overdue || col == NextDue) && c.overdue > 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::ToolTipRole:
        if (col == Overdue && c.overdue > 0)
            return tr("%n day(s) past due at most", nullptr, c.maxDaysPastDue);
        if (col == NextDue && !c.planned)
            return tr("No payment plan yet");
        return {};
    case ExportValueRole:
    case SortRole:
        if (isMoney(col))
            return moneyOf(c, col);
        if (col == Signed)
            return c.signedDate;
        if (col == NextDue)
            return c.nextDue;
        break; // the text
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    if (isMoney(col)) {
        if (col == Overdue && c.overdue == 0)
            return QString();
        return money::format(moneyOf(c, col), c.currency, locale);
    }
    switch (col) {
    case Number:
        return c.number;
    case Title:
        return c.title;
    case Customer:
        return c.customerName;
    case Owner:
        return c.ownerName;
    case Status:
        return statusText(c.approvalStatus);
    case Signed:
        return c.signedDate.isValid() ? c.signedDate.toString(Qt::ISODate) : QString();
    case NextDue:
        if (!c.planned)
            return tr("no plan");
        return c.nextDue.isValid() ? c.nextDue.toString(Qt::ISODate) : tr("settled");
    default:
        return {};
    }
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ExportTypeRole) {
        if (isMoney(section))
            return int(ColumnType::Money);
        if (section == Signed || section == NextDue)
            return int(ColumnType::Date);
        return int(ColumnType::Text);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Title:
        return tr("Title");
    case Customer:
        return tr("Customer");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Approval");
    case Signed:
        return tr("Signed");
    case Amount:
        return tr("Amount");
    case Invoiced:
        return tr("Invoiced");
    case Received:
        return tr("Received");
    case WrittenOff:
        return tr("Written off");
    case Balance:
        return tr("Receivable balance");
    case NextDue:
        return tr("Next due");
    case Overdue:
        return tr("Overdue");
    default:
        return {};
    }
}

ContractFilterProxy::ContractFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void ContractFilterProxy::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void ContractFilterProxy::setStatus(const QString &stored)
{
    m_status = stored;
    invalidateFilter();
}

void ContractFilterProxy::setCustomer(qint64 customerId)
{
    m_customer = customerId;
    invalidateFilter();
}

void ContractFilterProxy::setOverdueOnly(bool on)
{
    m_overdueOnly = on;
    invalidateFilter();
}

bool ContractFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && m->data(first, ContractTableModel::StatusRole).toString() != m_status)
        return false;
    if (m_customer && m->data(first, ContractTableModel::CustomerRole).toLongLong() != m_customer)
        return false;
    if (m_overdueOnly && !m->data(first, ContractTableModel::OverdueRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    for (int col : {ContractTableModel::Number, ContractTableModel::Title, ContractTableModel::Customer,
                    ContractTableModel::Owner}) {
        if (m->data(m->index(sourceRow, col, sourceParent), Qt::DisplayRole)
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace fd
