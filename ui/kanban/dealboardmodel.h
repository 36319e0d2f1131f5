#pragma once

#include "domain/opportunity.h"
#include "domain/pipeline.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

namespace fd {

class DealStore;

// The board's one model: a summary row per open deal of one pipeline (on-hold deals
// too when asked). Columns are proxies over it (StageColumnProxy). The model listens
// to DealStore and turns a changed deal into dataChanged / insert / remove of one row,
// so a moved card leaves one column and enters another without any reset.
class DealBoardModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        CustomerRole,
        OwnerRole,
        OwnerIdRole,
        StageIdRole,
        AmountCentsRole,
        CurrencyRole,
        AmountTextRole,  // "¥1,234,567.00"
        ProbabilityRole, // effective: the deal's override, else the stage's
        ProbabilityOverriddenRole,
        WeightedCentsRole,
        ExpectedCloseRole, // QDate, invalid when unset
        DaysInStageRole,
        StalledRole, // days in stage > stall-after days and no future follow-up
        CloseDatePassedRole,
        NoFollowUpRole, // no open follow-up task
        OnHoldRole,
    };
    Q_ENUM(Role)

    // MIME type of a drag: the dragged opportunity ids, nothing else.
    static QString mimeType();
    // The ids carried by `data` (empty when it is not one of our drags).
    static QList<qint64> idsFromMime(const QMimeData *data);

    explicit DealBoardModel(DealStore &store, QObject *parent = nullptr);

    // Loads every open deal (and on-hold deals if asked) of the pipeline.
    void load(const Pipeline &pipeline, bool includeOnHold);
    const Pipeline &pipeline() const { return m_pipeline; }
    bool includesOnHold() const { return m_includeOnHold; }

    // Direct access for the proxies' fast filtering (row must be valid).
    const DealSummary &summaryAt(int row) const { return m_rows.at(row); }
    // Row of a deal, -1 if not on the board.
    int rowOf(qint64 id) const { return m_index.value(id, -1); }
    // Stall and overdue marks use this time ("now" of the database clock).
    QDateTime now() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // A drop on a card moves the dragged deals into that card's stage.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // A drop into a column: asks (moveRequested) to move the dragged deals to `stageId`.
    bool dropOnStage(const QMimeData *data, qint64 stageId);

signals:
    // The user dropped deals on a stage; the board performs the move as an undoable command.
    void moveRequested(const QList<qint64> &ids, qint64 stageId);

private:
    void dealChanged(qint64 id);
    void dealRemoved(qint64 id);
    bool accepts(const DealSummary &summary) const;
    void reindexFrom(int row);

    DealStore &m_store;
    Pipeline m_pipeline;
    bool m_includeOnHold = false;
    QList<DealSummary> m_rows;
    QHash<qint64, int> m_index;
    QHash<qint64, int> m_stallDays; // per stage id
};

} // namespace fd
