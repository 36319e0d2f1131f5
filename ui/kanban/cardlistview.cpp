#include "cardlistview.h"

#include "dealboardmodel.h"

#include <QContextMenuEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace fd {

CardListView::CardListView(QWidget *parent)
    : QListView(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUniformItemSizes(true); // constant-time layout for thousands of cards
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    connect(this, &QListView::doubleClicked, this,
            [this](const QModelIndex &index) { emit openRequested(index.data(DealBoardModel::IdRole).toLongLong()); });
}

QList<qint64> CardListView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : selectionModel()->selectedIndexes())
        ids.append(i.data(DealBoardModel::IdRole).toLongLong());
    return ids;
}

bool CardListView::selectDeal(qint64 id)
{
    for (int r = 0; r < model()->rowCount(); ++r) {
        const QModelIndex i = model()->index(r, 0);
        if (i.data(DealBoardModel::IdRole).toLongLong() == id) {
            setCurrentIndex(i);
            scrollTo(i);
            return true;
        }
    }
    return false;
}

void CardListView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (ctrl && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        QList<qint64> ids = selectedIds();
        if (ids.isEmpty() && currentIndex().isValid())
            ids.append(currentIndex().data(DealBoardModel::IdRole).toLongLong());
        if (!ids.isEmpty())
            emit stepRequested(ids, event->key() == Qt::Key_Left ? -1 : 1);
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit openRequested(currentIndex().data(DealBoardModel::IdRole).toLongLong());
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Delete && currentIndex().isValid()) {
        emit deleteRequested(currentIndex().data(DealBoardModel::IdRole).toLongLong());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void CardListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex at = indexAt(event->pos());
    if (!at.isValid())
        return;
    if (!selectionModel()->isSelected(at))
        setCurrentIndex(at);
    emit menuRequested(selectedIds(), event->globalPos());
}

void CardListView::dragMoveEvent(QDragMoveEvent *event)
{
    // Any point of the column is a valid target: the stage, not the row, matters.
    if (event->mimeData()->hasFormat(DealBoardModel::mimeType()) && event->source() != this) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        return;
    }
    event->ignore();
}

void CardListView::dropEvent(QDropEvent *event)
{
    if (event->source() == this) {
        event->ignore();
        return;
    }
    // The proxy's dropMimeData turns the ids into a move request; the drag source
    // never removes rows itself (the model moves the card through its signals).
    if (model()->dropMimeData(event->mimeData(), Qt::MoveAction, -1, 0, QModelIndex()))
        event->setDropAction(Qt::CopyAction);
    event->accept();
}

} // namespace fd
