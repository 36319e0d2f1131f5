#include "completiondelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace fd {

CompletionDelegate::CompletionDelegate(int completionRole, int timeProgressRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_completionRole(completionRole)
    , m_timeRole(timeProgressRole)
{
}

QColor CompletionDelegate::colourFor(double completion, double timeProgress)
{
    if (completion >= timeProgress)
        return QColor(0x43, 0xa0, 0x47); // on track
    if (completion >= timeProgress * 0.8)
        return QColor(0xf5, 0xa6, 0x23); // a little behind
    return QColor(0xd9, 0x4b, 0x3d);     // behind
}

void CompletionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant completion = index.data(m_completionRole);
    if (!completion.isValid()) {
        QStyledItemDelegate::paint(painter, option, index); // "—"
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // selection background

    const double done = completion.toDouble();
    const double time = std::clamp(index.data(m_timeRole).toDouble(), 0.0, 1.0);
    // The percentage stands right of the bar, never on the coloured fill (unreadable there).
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("888.8 %")) + 8;
    const QRect textRect(option.rect.right() - textWidth, option.rect.top(), textWidth, option.rect.height());
    const QRect bar = option.rect.adjusted(4, 5, -textWidth - 4, -5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe8, 0xea, 0xed));
    painter->drawRoundedRect(bar, 3, 3);
    QRect fill = bar;
    fill.setWidth(int(bar.width() * std::clamp(done, 0.0, 1.0)));
    painter->setBrush(colourFor(done, time));
    if (fill.width() > 0)
        painter->drawRoundedRect(fill, 3, 3);
    // Where completion should be by now.
    const int x = bar.left() + int(bar.width() * time);
    painter->setPen(QPen(QColor(0x37, 0x47, 0x4f), 2));
    painter->drawLine(x, bar.top() - 2, x, bar.bottom() + 2);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize CompletionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 90, 170));
    return size;
}

} // namespace fd
