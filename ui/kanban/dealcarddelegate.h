#pragma once

#include <QStyledItemDelegate>

namespace fd {

// Paints a deal card from DealBoardModel roles: customer and amount, title, owner,
// days in stage, expected close date, probability, and the marks (stalled, close
// date passed, no follow-up). Cards are painted, never widgets, so a column of
// thousands of deals costs only what is visible.
class DealCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DealCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Short amount for cards and column headers: "¥123.46 万" / "¥1.23M".
    static QString shortAmount(qint64 cents, const QString &currency);
};

} // namespace fd
