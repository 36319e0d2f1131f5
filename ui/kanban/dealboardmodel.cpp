#include "dealboardmodel.h"

#include "opportunity/dealstore.h"

#include "domain/clock.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace fd {

QString DealBoardModel::mimeType()
{
    return QStringLiteral("application/x-funneldesk-opportunity-ids");
}

QList<qint64> DealBoardModel::idsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QByteArray bytes = data->data(mimeType());
    QDataStream in(&bytes, QIODevice::ReadOnly);
    in >> ids;
    if (in.status() != QDataStream::Ok)
        return {};
    ids.removeAll(0);
    return ids;
}

DealBoardModel::DealBoardModel(DealStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&store, &DealStore::dealChanged, this, &DealBoardModel::dealChanged);
    connect(&store, &DealStore::dealRemoved, this, &DealBoardModel::dealRemoved);
}

QDateTime DealBoardModel::now() const
{
    return m_store.database().clock().now();
}

void DealBoardModel::load(const Pipeline &pipeline, bool includeOnHold)
{
    beginResetModel();
    m_pipeline = pipeline;
    m_includeOnHold = includeOnHold;
    m_stallDays.clear();
    for (const Stage &s : pipeline.stages)
        m_stallDays.insert(s.id, s.stallAfterDays);
    DealFilter filter;
    filter.pipelineId = pipeline.id;
    filter.statuses.insert(OpportunityStatus::Open);
    if (includeOnHold)
        filter.statuses.insert(OpportunityStatus::OnHold);
    m_rows = pipeline.id ? m_store.opportunities().summaries(filter) : QList<DealSummary>();
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].id, i);
    endResetModel();
}

bool DealBoardModel::accepts(const DealSummary &s) const
{
    return s.pipelineId == m_pipeline.id && m_stallDays.contains(s.stageId)
           && (s.status == OpportunityStatus::Open || (m_includeOnHold && s.status == OpportunityStatus::OnHold));
}

void DealBoardModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].id, i);
}

void DealBoardModel::dealChanged(qint64 id)
{
    DealSummary s;
    bool found = true;
    try {
        s = m_store.opportunities().summary(id);
    } catch (const std::exception &) {
        found = false;
    }
    const int row = rowOf(id);
    if (!found || !accepts(s)) {
        if (row >= 0)
            dealRemoved(id);
        return;
    }
    if (row >= 0) {
        m_rows[row] = s;
        emit dataChanged(index(row), index(row));
        return;
    }
    const int at = m_rows.size();
    beginInsertRows(QModelIndex(), at, at);
    m_rows.append(s);
    m_index.insert(id, at);
    endInsertRows();
}

void DealBoardModel::dealRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_index.remove(id);
    reindexFrom(row);
    endRemoveRows();
}

int DealBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DealBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealSummary &s = m_rows.at(index.row());
    const QDateTime now = this->now();
    const auto days = [&] { return s.stageEnteredAt.isValid() ? int(s.stageEnteredAt.daysTo(now)) : 0; };
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return s.title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(s.customerName, s.title);
    case IdRole:
        return s.id;
    case CustomerRole:
        return s.customerName;
    case OwnerRole:
        return s.ownerName;
    case OwnerIdRole:
        return s.ownerId;
    case StageIdRole:
        return s.stageId;
    case AmountCentsRole:
        return s.amount.cents;
    case CurrencyRole:
        return s.amount.currency;
    case AmountTextRole:
        return money::format(s.amount.cents, s.amount.currency);
    case ProbabilityRole:
        return s.probability;
    case ProbabilityOverriddenRole:
        return s.probabilityOverridden;
    case WeightedCentsRole:
        return s.weightedCents();
    case ExpectedCloseRole:
        return s.expectedCloseDate;
    case DaysInStageRole:
        return days();
    case StalledRole: {
        const bool followUpAhead = s.nextFollowUpAt.isValid() && s.nextFollowUpAt > now;
        return days() > m_stallDays.value(s.stageId, 0) && !followUpAhead;
    }
    case CloseDatePassedRole:
        return s.expectedCloseDate.isValid() && s.expectedCloseDate < now.date();
    case NoFollowUpRole:
        return !s.nextFollowUpAt.isValid();
    case OnHoldRole:
        return s.status == OpportunityStatus::OnHold;
    default:
        return {};
    }
}

QHash<int, QByteArray> DealBoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(CustomerRole, "customer");
    names.insert(OwnerRole, "owner");
    names.insert(StageIdRole, "stageId");
    names.insert(AmountCentsRole, "amountCents");
    names.insert(ProbabilityRole, "probability");
    names.insert(WeightedCentsRole, "weightedCents");
    names.insert(ExpectedCloseRole, "expectedClose");
    names.insert(DaysInStageRole, "daysInStage");
    names.insert(StalledRole, "stalled");
    names.insert(CloseDatePassedRole, "closeDatePassed");
    names.insert(NoFollowUpRole, "noFollowUp");
    return names;
}

Qt::ItemFlags DealBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
           | Qt::ItemNeverHasChildren;
}

QStringList DealBoardModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *DealBoardModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.model() == this && !ids.contains(m_rows.at(i.row()).id))
            ids.append(m_rows.at(i.row()).id);
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

Qt::DropActions DealBoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions DealBoardModel::supportedDragActions() const
{
    // Targets answer Copy so that the dragging view never removes rows itself.
    return Qt::MoveAction | Qt::CopyAction;
}

bool DealBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(mimeType());
}

bool DealBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent) || !parent.isValid() || parent.model() != this)
        return false;
    return dropOnStage(data, m_rows.at(parent.row()).stageId);
}

bool DealBoardModel::dropOnStage(const QMimeData *data, qint64 stageId)
{
    QList<qint64> ids;
    for (qint64 id : idsFromMime(data)) {
        const int row = rowOf(id);
        // Unknown ids (a drag from another window on another database) are ignored.
        if (row >= 0 && m_rows.at(row).stageId != stageId)
            ids.append(id);
    }
    if (ids.isEmpty() || !m_stallDays.contains(stageId))
        return false;
    emit moveRequested(ids, stageId);
    return true;
}

} // namespace fd
