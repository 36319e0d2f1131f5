#pragma once

#include <QListView>

namespace fd {

// The list of cards in one column: drags carry ids (the model's mimeData), a drop
// anywhere in the column goes to the column's proxy; Ctrl+Left / Ctrl+Right ask to
// move the selected cards one stage, Enter (or a double click) opens the current card.
class CardListView final : public QListView
{
    Q_OBJECT

public:
    explicit CardListView(QWidget *parent = nullptr);

    // Ids of the selected cards.
    QList<qint64> selectedIds() const;
    // Selects and shows the card of this deal, if the column holds it.
    bool selectDeal(qint64 id);

signals:
    void stepRequested(const QList<qint64> &ids, int delta);
    void openRequested(qint64 id);
    // Right click or the menu key on cards: the board offers open, move, outcome, delete.
    void menuRequested(const QList<qint64> &ids, const QPoint &globalPos);
    // The Delete key on the current card.
    void deleteRequested(qint64 id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace fd
