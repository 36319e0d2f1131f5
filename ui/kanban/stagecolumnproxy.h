#pragma once

#include "boardfilter.h"

#include <QSortFilterProxyModel>

namespace fd {

class DealBoardModel;

// One kanban column: the deals of one stage that pass the board filter, largest
// amount first. Re-filters by itself when a deal's stage changes (dynamic filter),
// so a move shows as a row removed here and inserted in the other column.
class StageColumnProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    StageColumnProxy(DealBoardModel &model, qint64 stageId, QObject *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    // Applies a new board filter (re-filters this column).
    void setFilter(const BoardFilter &filter);

    // Count, amount and weighted amount (amount × effective probability) of the column.
    struct Totals
    {
        int count = 0;
        qint64 amountCents = 0;
        qint64 weightedCents = 0;
    };
    Totals totals() const;

    // A drop anywhere in the column moves the dragged deals into this stage.
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    DealBoardModel &m_model;
    qint64 m_stageId;
    BoardFilter m_filter;
    QDate m_today;
};

} // namespace fd
