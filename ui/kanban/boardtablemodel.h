#pragma once

#include "boardfilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace fd {

class DealBoardModel;

// The board as one flat table, for export: a row per deal the board shows (board filter
// applied), in column order (stage by stage, largest amount first, as the cards stand)
// with typed cells: amounts in cents (ExportTypeRole Money), close as QDate, days and
// probability as integers. Follows the board model's changes and the filter it is given.
class BoardTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Stage,
        Title,
        Customer,
        Owner,
        Amount,
        Currency,
        Probability,
        Weighted,
        ExpectedClose,
        DaysInStage,
        NextFollowUp,
        Status,
        ColumnCount
    };

    explicit BoardTableModel(DealBoardModel &board, QObject *parent = nullptr);

    // Shows only the deals passing `filter` (the board's current filter).
    void setFilter(const BoardFilter &filter);
    // Opportunity id of a row.
    qint64 dealId(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void invalidate();
    // Works the rows out again after a change (lazily: see the constructor).
    void ensureRows() const;

    DealBoardModel &m_board;
    BoardFilter m_filter;
    mutable bool m_dirty = true;
    mutable QList<int> m_rows; // board model rows, in board order
};

} // namespace fd
