#include "boardtablemodel.h"

#include "dealboardmodel.h"
#include "exportaction.h"

#include "domain/money.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace fd {

BoardTableModel::BoardTableModel(DealBoardModel &board, QObject *parent)
    : QAbstractTableModel(parent)
    , m_board(board)
{
    // Any board change resets this table; the rows are worked out again only when somebody
    // reads them (an export), so a card move or a keystroke in the filter costs nothing here.
    connect(&board, &QAbstractItemModel::modelReset, this, &BoardTableModel::invalidate);
    connect(&board, &QAbstractItemModel::layoutChanged, this, &BoardTableModel::invalidate);
    connect(&board, &QAbstractItemModel::rowsInserted, this, &BoardTableModel::invalidate);
    connect(&board, &QAbstractItemModel::rowsRemoved, this, &BoardTableModel::invalidate);
    connect(&board, &QAbstractItemModel::dataChanged, this, &BoardTableModel::invalidate);
}

void BoardTableModel::setFilter(const BoardFilter &filter)
{
    m_filter = filter;
    invalidate();
}

void BoardTableModel::invalidate()
{
    beginResetModel();
    m_dirty = true;
    endResetModel();
}

void BoardTableModel::ensureRows() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_rows.clear();
    QHash<qint64, int> stageOrder;
    const QList<fd::Stage> &stages = m_board.pipeline().stages;
    for (int i = 0; i < stages.size(); ++i)
        stageOrder.insert(stages.at(i).id, i);
    const QDate today = m_board.now().date();
    for (int r = 0; r < m_board.rowCount(); ++r) {
        const DealSummary &d = m_board.summaryAt(r);
        if (stageOrder.contains(d.stageId) && m_filter.matches(d, today))
            m_rows.append(r);
    }
    // The order of the cards: stage columns left to right, each largest amount first.
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int left, int right) {
        const DealSummary &a = m_board.summaryAt(left);
        const DealSummary &b = m_board.summaryAt(right);
        const int sa = stageOrder.value(a.stageId);
        const int sb = stageOrder.value(b.stageId);
        if (sa != sb)
            return sa < sb;
        if (a.amount.cents != b.amount.cents)
            return a.amount.cents > b.amount.cents;
        return a.id < b.id;
    });
}

qint64 BoardTableModel::dealId(int row) const
{
    ensureRows();
    return m_board.summaryAt(m_rows.at(row)).id;
}

int BoardTableModel::rowCount(const QModelIndex &parent) const
{
    ensureRows();
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::TextAlignmentRole)
        return {};
    ensureRows();
    const int source = m_rows.at(index.row());
    const DealSummary &d = m_board.summaryAt(source);
    const bool edit = role == Qt::EditRole;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Amount:
        case Probability:
        case Weighted:
        case DaysInStage:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    const QLocale locale;
    switch (index.column()) {
    case Stage:
        for (const fd::Stage &s : m_board.pipeline().stages) {
            if (s.id == d.stageId)
                return s.name;
        }
        return {};
    case Title:
        return d.title;
    case Customer:
        return d.customerName;
    case Owner:
        return d.ownerName;
    case Amount:
        return edit ? QVariant(d.amount.cents) : QVariant(money::format(d.amount.cents, d.amount.currency, locale));
    case Currency:
        return d.amount.currency;
    case Probability:
        return edit ? QVariant(qint64(d.probability)) : QVariant(locale.toString(d.probability));
    case Weighted:
        return edit ? QVariant(d.weightedCents())
                    : QVariant(money::format(d.weightedCents(), d.amount.currency, locale));
    case ExpectedClose:
        if (!d.expectedCloseDate.isValid())
            return {};
        return edit ? QVariant(d.expectedCloseDate) : QVariant(d.expectedCloseDate.toString(Qt::ISODate));
    case DaysInStage: {
        const QModelIndex boardIndex = m_board.index(source);
        const qint64 days = boardIndex.data(DealBoardModel::DaysInStageRole).toLongLong();
        return edit ? QVariant(days) : QVariant(locale.toString(days));
    }
    case NextFollowUp:
        if (!d.nextFollowUpAt.isValid())
            return {};
        return edit ? QVariant(d.nextFollowUpAt)
                    : QVariant(d.nextFollowUpAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    case Status: {
        QStringList marks{d.status == OpportunityStatus::OnHold ? tr("On hold") : tr("Open")};
        const QModelIndex boardIndex = m_board.index(source);
        if (boardIndex.data(DealBoardModel::StalledRole).toBool())
            marks << tr("Stalled");
        if (boardIndex.data(DealBoardModel::CloseDatePassedRole).toBool())
            marks << tr("Close date passed");
        if (boardIndex.data(DealBoardModel::NoFollowUpRole).toBool())
            marks << tr("No follow-up");
        return marks.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant BoardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == ExportTypeRole)
        return section == Amount || section == Weighted ? QVariant(int(ColumnType::Money)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Stage:
        return tr("Stage");
    case Title:
        return tr("Deal");
    case Customer:
        return tr("Customer");
    case Owner:
        return tr("Owner");
    case Amount:
        return tr("Amount");
    case Currency:
        return tr("Currency");
    case Probability:
        return tr("Probability (%)");
    case Weighted:
        return tr("Weighted amount");
    case ExpectedClose:
        return tr("Expected close");
    case DaysInStage:
        return tr("Days in stage");
    case NextFollowUp:
        return tr("Next follow-up");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace fd
