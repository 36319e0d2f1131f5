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
    const QRect bar = option.rect.adjusted(4, 4, -4, -4);
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
    painter->setPen(QColor(0x21, 0x21, 0x21));
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->restore();
}

QSize CompletionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 24, 120));
    return size;
}

} // namespace fd
