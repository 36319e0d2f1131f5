#pragma once

#include <QStyledItemDelegate>

namespace fd {

// Paints a completion rate as a progress bar with the percentage, coloured against the
// time elapsed in the period (a mark on the bar): green when completion keeps up with
// time, amber when it is behind by less than a fifth, red otherwise. Reads the model's
// completion (fraction) and time-progress roles given at construction.
class CompletionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CompletionDelegate(int completionRole, int timeProgressRole, QObject *parent = nullptr);

    // The bar's colour for a completion against the elapsed time share.
    static QColor colourFor(double completion, double timeProgress);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_completionRole;
    int m_timeRole;
};

} // namespace fd
