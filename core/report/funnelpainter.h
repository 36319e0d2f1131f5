#pragma once

#include "analytics/funnel.h"
#include "analytics/funnelgeometry.h"

#include <QColor>
#include <QRectF>
#include <QString>

#include <optional>

#include <vector>

class QPainter;

namespace fd::report {

// One stage as the funnel shows it.
struct FunnelPainterStage
{
    QString name;
    qint64 count = 0;              // deals in the stage (the widths follow the counts)
    qint64 amount = 0;             // their amount, cents
    std::optional<double> dropOff; // to the next stage; none = from the counts (funnelGeometry)
};

// Draws the sales funnel (analytics::funnelGeometry) into any QPainter: trapezoids with
// the count inside, stage names and amounts on the left, the drop-off % between stages on
// the right. Holds no device, so the screen widget and the PDF report share it.
class FunnelPainter final
{
public:
    // How every funnel is drawn (the Funnel page and the weekly report): width and count =
    // deals that entered the stage in the funnel's window, amount = open in it at T, the
    // engine's drop-off between stages (DEFINITIONS.md §3).
    static std::vector<FunnelPainterStage> stagesOf(const analytics::FunnelResult &funnel);
    // The stages, top first, and the currency of their amounts.
    void setStages(std::vector<FunnelPainterStage> stages, const QString &currency = QStringLiteral("CNY"));
    const std::vector<FunnelPainterStage> &stages() const { return m_stages; }
    // Highlights one stage (-1 = none) with an outline.
    void setSelectedStage(int index) { m_selected = index; }
    int selectedStage() const { return m_selected; }

    // Paints the funnel inside `bounds` (the painter's state is restored afterwards).
    void paint(QPainter &painter, const QRectF &bounds) const;
    // Index of the stage whose trapezoid contains `point` when painted in `bounds`, else -1.
    int stageAt(const QPointF &point, const QRectF &bounds) const;
    // The trapezoids of the stages when painted in `bounds`.
    std::vector<analytics::FunnelTrapezoid> layout(const QRectF &bounds) const;
    // The rectangle the trapezoids use inside `bounds` (the rest holds the labels).
    static QRectF funnelRect(const QRectF &bounds);
    // The fill colour of stage `index` of `count` (a blue ramp, darker toward the bottom).
    static QColor stageColor(int index, int count);

private:
    std::vector<FunnelPainterStage> m_stages;
    QString m_currency = QStringLiteral("CNY");
    int m_selected = -1;
};

} // namespace fd::report
