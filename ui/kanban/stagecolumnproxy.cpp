#include "stagecolumnproxy.h"

#include "dealboardmodel.h"

namespace fd {

StageColumnProxy::StageColumnProxy(DealBoardModel &model, qint64 stageId, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
    , m_stageId(stageId)
    , m_today(model.now().date())
{
    setSourceModel(&model);
    setDynamicSortFilter(true);
    setSortRole(DealBoardModel::AmountCentsRole);
    sort(0, Qt::DescendingOrder);
}

void StageColumnProxy::setFilter(const BoardFilter &filter)
{
    m_filter = filter;
    m_today = m_model.now().date();
    invalidateFilter();
}

StageColumnProxy::Totals StageColumnProxy::totals() const
{
    Totals t;
    const int rows = rowCount();
    t.count = rows;
    for (int r = 0; r < rows; ++r) {
        const DealSummary &d = m_model.summaryAt(mapToSource(index(r, 0)).row());
        t.amountCents += d.amount.cents;
        t.weightedCents += d.weightedCents();
    }
    return t;
}

bool StageColumnProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const DealSummary &d = m_model.summaryAt(sourceRow);
    return d.stageId == m_stageId && m_filter.matches(d, m_today);
}

bool StageColumnProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const DealSummary &a = m_model.summaryAt(left.row());
    const DealSummary &b = m_model.summaryAt(right.row());
    if (a.amount.cents != b.amount.cents)
        return a.amount.cents < b.amount.cents;
    return a.id > b.id; // descending sort shows older deals first among equal amounts
}

bool StageColumnProxy::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent) const
{
    return m_model.canDropMimeData(data, action, row, column, mapToSource(parent));
}

bool StageColumnProxy::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    return m_model.dropOnStage(data, m_stageId);
}

} // namespace fd
