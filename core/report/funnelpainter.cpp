#include "funnelpainter.h"

#include "domain/money.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace fd::report {

namespace {

QPainterPath trapezoidPath(const analytics::FunnelTrapezoid &t)
{
    QPainterPath path;
    path.moveTo(t.topLeft);
    path.lineTo(t.topRight);
    path.lineTo(t.bottomRight);
    path.lineTo(t.bottomLeft);
    path.closeSubpath();
    return path;
}

// Black or white, whichever reads better on `fill`.
QColor textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

std::vector<FunnelPainterStage> FunnelPainter::stagesOf(const analytics::FunnelResult &funnel)
{
    std::vector<FunnelPainterStage> out;
    out.reserve(funnel.stages.size());
    for (const analytics::FunnelStage &s : funnel.stages)
        out.push_back({s.name, s.entered, s.openAmount, s.dropOff});
    return out;
}

void FunnelPainter::setStages(std::vector<FunnelPainterStage> stages, const QString &currency)
{
    m_stages = std::move(stages);
    m_currency = currency;
    if (m_selected >= int(m_stages.size()))
        m_selected = -1;
}

QRectF FunnelPainter::funnelRect(const QRectF &bounds)
{
    // Names, counts and amounts take the left 30 %, drop-off labels the right 14 %.
    const double left = bounds.width() * 0.3;
    const double right = bounds.width() * 0.14;
    return bounds.adjusted(left, 0, -right, 0);
}

std::vector<analytics::FunnelTrapezoid> FunnelPainter::layout(const QRectF &bounds) const
{
    std::vector<double> values;
    values.reserve(m_stages.size());
    for (const FunnelPainterStage &s : m_stages)
        values.push_back(double(s.count));
    analytics::FunnelGeometryOptions options;
    options.gap = std::clamp(bounds.height() * 0.012, 2.0, 6.0);
    return analytics::funnelGeometry(values, funnelRect(bounds), options);
}

QColor FunnelPainter::stageColor(int index, int count)
{
    // From a light to a deep blue: the eye reads the funnel top to bottom as one series.
    const double t = count > 1 ? double(index) / double(count - 1) : 0.0;
    const QColor light(0x6f, 0xa8, 0xdc);
    const QColor deep(0x1f, 0x4e, 0x8c);
    // Whole 8-bit channels: the colour survives any device (QImage, PDF) unchanged.
    const auto mix = [t](int a, int b) { return int(a + (b - a) * t + 0.5); };
    return QColor(mix(light.red(), deep.red()), mix(light.green(), deep.green()), mix(light.blue(), deep.blue()));
}

void FunnelPainter::paint(QPainter &painter, const QRectF &bounds) const
{
    const auto shapes = layout(bounds);
    if (shapes.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QLocale locale;
    const QRectF funnel = funnelRect(bounds);
    const int n = int(shapes.size());
    const double rowHeight = n > 0 ? funnel.height() / n : funnel.height();

    QFont font = painter.font();
    const double pixel = std::clamp(rowHeight * 0.2, 7.0, 14.0);
    font.setPixelSize(int(pixel));
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetricsF bold(boldFont, painter.device());

    for (int i = 0; i < n; ++i) {
        const auto &t = shapes[size_t(i)];
        const FunnelPainterStage &stage = m_stages[size_t(i)];
        const QColor fill = stageColor(i, n);
        const QPainterPath path = trapezoidPath(t);
        painter.setPen(Qt::NoPen);
        painter.fillPath(path, fill);
        if (i == m_selected) {
            painter.setPen(QPen(QColor(0xf2, 0x9d, 0x38), 3.0));
            painter.drawPath(path);
        }

        // The count inside the trapezoid when it fits; the name, and the count and amount
        // under it, in the left column (right-aligned against the funnel).
        const QString count = locale.toString(stage.count);
        const QString amount = money::formatShort(stage.amount, m_currency, locale);
        const double narrow = std::min(t.topRight.x() - t.topLeft.x(), t.bottomRight.x() - t.bottomLeft.x());
        const double top = t.topLeft.y();
        const double height = t.bottomLeft.y() - top;
        const bool countInside = bold.horizontalAdvance(count) + 8 <= narrow;
        if (countInside) {
            painter.setFont(boldFont);
            painter.setPen(textOn(fill));
            painter.drawText(QRectF(t.topLeft.x(), top, t.topRight.x() - t.topLeft.x(), height), Qt::AlignCenter,
                             count);
            painter.setFont(font);
        }
        const QRectF nameRect(bounds.left(), top, funnel.left() - bounds.left() - 10, height);
        const QString detail = countInside
                                   ? amount
                                   : QCoreApplication::translate("FunnelPainter", "%1 deals · %2").arg(count, amount);
        const double lines = metrics.height() * 2.1;
        const QRectF textRect(nameRect.left(), nameRect.center().y() - lines / 2, nameRect.width(), lines);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.setFont(boldFont);
        painter.drawText(textRect, Qt::AlignRight | Qt::AlignTop,
                         bold.elidedText(stage.name, Qt::ElideRight, nameRect.width()));
        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(textRect, Qt::AlignRight | Qt::AlignBottom,
                         metrics.elidedText(detail, Qt::ElideRight, nameRect.width()));

        // Drop-off to the next stage, in the right margin at the gap.
        const std::optional<double> dropOff = stage.dropOff ? stage.dropOff : t.dropOff;
        if (dropOff && i + 1 < n) {
            painter.setPen(QColor(0xb0, 0x3a, 0x2e));
            // More deals entering the next stage (entries in a window, or deals created in
            // it) is a rise, not a negative drop-off.
            const QString text = QStringLiteral("%1 %2%").arg(*dropOff < 0 ? QStringLiteral("↑") : QStringLiteral("↓"),
                                                              locale.toString(std::abs(*dropOff) * 100.0, 'f', 0));
            const QRectF dropRect(funnel.right() + 6, t.dropOffAnchor.y() - metrics.height() / 2,
                                  bounds.right() - funnel.right() - 6, metrics.height());
            painter.drawText(dropRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, text);
        }
    }
    painter.restore();
}

int FunnelPainter::stageAt(const QPointF &point, const QRectF &bounds) const
{
    const auto shapes = layout(bounds);
    for (size_t i = 0; i < shapes.size(); ++i) {
        if (trapezoidPath(shapes[i]).contains(point))
            return int(i);
    }
    return -1;
}

} // namespace fd::report
