#include "dealcarddelegate.h"

#include "dealboardmodel.h"

#include "domain/money.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace fd {

namespace {
constexpr int kMargin = 4;  // around the card
constexpr int kPadding = 8; // inside the card

// A small rounded label ("停滞") drawn right to left from `right`; returns its left edge.
int paintMark(QPainter *p, int right, int top, const QString &text, const QColor &color, const QFont &font)
{
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 8;
    const QRect r(right - w, top, w, fm.height() + 2);
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawRoundedRect(r, 3, 3);
    p->setPen(Qt::white);
    p->setFont(font);
    p->drawText(r, Qt::AlignCenter, text);
    return r.left() - 4;
}
} // namespace

DealCardDelegate::DealCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString DealCardDelegate::shortAmount(qint64 cents, const QString &currency)
{
    const QString text = money::formatShort(cents, currency);
    const QString sym = money::symbol(currency);
    return text.startsWith(sym) ? text : sym + text;
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, 3 * (fm.height() + 4) + 2 * kPadding + 2 * kMargin};
}

void DealCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const QRect card = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool stalled = index.data(DealBoardModel::StalledRole).toBool();
    const bool late = index.data(DealBoardModel::CloseDatePassedRole).toBool();
    const bool noFollowUp = index.data(DealBoardModel::NoFollowUpRole).toBool();
    const bool onHold = index.data(DealBoardModel::OnHoldRole).toBool();

    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    p->fillPath(path, onHold ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
    p->drawPath(path);
    // A coloured edge says "look at me" before any text is read.
    const QColor edge = late ? QColor(0xd9, 0x3f, 0x3f) : stalled ? QColor(0xe8, 0x8a, 0x1a) : QColor(0x3d, 0x8b, 0xd9);
    p->fillRect(QRect(card.left() + 1, card.top() + 4, 3, card.height() - 8), edge);

    const QRect inner = card.adjusted(kPadding + 2, kPadding, -kPadding, -kPadding);
    const QFontMetrics fm(option.font);
    const int line = fm.height() + 4;
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);

    // Line 1: customer … amount
    const QString amount = shortAmount(index.data(DealBoardModel::AmountCentsRole).toLongLong(),
                                       index.data(DealBoardModel::CurrencyRole).toString());
    const int amountWidth = QFontMetrics(bold).horizontalAdvance(amount);
    p->setFont(bold);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(QRect(inner.right() - amountWidth, inner.top(), amountWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                amount);
    const QString customer = QFontMetrics(bold).elidedText(index.data(DealBoardModel::CustomerRole).toString(),
                                                           Qt::ElideRight, inner.width() - amountWidth - 8);
    p->drawText(QRect(inner.left(), inner.top(), inner.width() - amountWidth - 8, line),
                Qt::AlignLeft | Qt::AlignVCenter, customer);

    // Line 2: title … probability
    p->setFont(option.font);
    const int probability = index.data(DealBoardModel::ProbabilityRole).toInt();
    const bool overridden = index.data(DealBoardModel::ProbabilityOverriddenRole).toBool();
    const QString prob = QStringLiteral("%1%%2").arg(probability).arg(overridden ? QStringLiteral("*") : QString());
    const int probWidth = fm.horizontalAdvance(prob);
    p->setPen(pal.color(QPalette::PlaceholderText));
    p->drawText(QRect(inner.right() - probWidth, inner.top() + line, probWidth, line),
                Qt::AlignRight | Qt::AlignVCenter, prob);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(
        QRect(inner.left(), inner.top() + line, inner.width() - probWidth - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(DealBoardModel::TitleRole).toString(), Qt::ElideRight, inner.width() - probWidth - 8));

    // Line 3: marks on the right, owner · days · close date on the left
    const int top3 = inner.top() + 2 * line;
    int right = inner.right();
    if (noFollowUp)
        right = paintMark(p, right, top3 + 1, tr("No follow-up"), QColor(0x8a, 0x8f, 0x98), small);
    if (late)
        right = paintMark(p, right, top3 + 1, tr("Overdue"), QColor(0xd9, 0x3f, 0x3f), small);
    if (stalled)
        right = paintMark(p, right, top3 + 1, tr("Stalled"), QColor(0xe8, 0x8a, 0x1a), small);
    if (onHold)
        right = paintMark(p, right, top3 + 1, tr("On hold"), QColor(0x6b, 0x5b, 0xb5), small);
    const int days = index.data(DealBoardModel::DaysInStageRole).toInt();
    const QDate close = index.data(DealBoardModel::ExpectedCloseRole).toDate();
    QString info = index.data(DealBoardModel::OwnerRole).toString() + QStringLiteral(" · ")
                   + tr("%1 d", "days in the current stage").arg(days);
    if (close.isValid())
        info += QStringLiteral(" · ") + QLocale().toString(close, QLocale::ShortFormat);
    p->setFont(small);
    p->setPen(late ? QColor(0xd9, 0x3f, 0x3f) : pal.color(QPalette::PlaceholderText));
    const QFontMetrics sfm(small);
    p->drawText(QRect(inner.left(), top3, right - inner.left(), line), Qt::AlignLeft | Qt::AlignVCenter,
                sfm.elidedText(info, Qt::ElideRight, right - inner.left()));
    p->restore();
}

} // namespace fd
