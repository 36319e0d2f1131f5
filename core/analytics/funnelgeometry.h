#pragma once

#include <QPointF>
#include <QRectF>

#include <optional>
#include <vector>

namespace fd::analytics {

// How the funnel is laid out inside its rectangle.
struct FunnelGeometryOptions
{
    double minWidthFraction = 0.2; // the narrowest stage keeps this share of the width (stays readable)
    double gap = 4.0;              // vertical space between stages
};

// One stage drawn as a trapezoid: corners clockwise from the top left.
struct FunnelTrapezoid
{
    QPointF topLeft;
    QPointF topRight;
    QPointF bottomRight;
    QPointF bottomLeft;
    QPointF labelAnchor;           // centre of the trapezoid: count and amount go here
    QPointF dropOffAnchor;         // right of the gap below this stage: the drop-off label
    std::optional<double> dropOff; // 1 − next / this; none for the last stage or a zero value
};

// Maps per-stage values (counts or amounts, top stage first) to trapezoids stacked from the
// top of `bounds`. A stage's top width is proportional to its value against the largest
// (never below minWidthFraction of the width); its bottom edge meets the next stage's top
// width, the last stage narrows to 80 % of its top. Pure: no painting, so it is unit-tested
// and shared by the screen and the printed report.
std::vector<FunnelTrapezoid> funnelGeometry(const std::vector<double> &values, const QRectF &bounds,
                                            const FunnelGeometryOptions &options = {});

} // namespace fd::analytics
