#include "funnelgeometry.h"

#include <algorithm>

namespace fd::analytics {

std::vector<FunnelTrapezoid> funnelGeometry(const std::vector<double> &values, const QRectF &bounds,
                                            const FunnelGeometryOptions &options)
{
    std::vector<FunnelTrapezoid> out;
    const size_t n = values.size();
    if (n == 0 || bounds.width() <= 0 || bounds.height() <= 0)
        return out;
    const double gap = std::max(0.0, options.gap);
    const double totalGap = gap * double(n - 1);
    const double height = std::max(0.0, (bounds.height() - totalGap) / double(n));
    const double maxValue = std::max(0.0, *std::max_element(values.begin(), values.end()));
    const double minFraction = std::clamp(options.minWidthFraction, 0.0, 1.0);
    const double cx = bounds.center().x();

    std::vector<double> widths(n);
    for (size_t i = 0; i < n; ++i) {
        const double share = maxValue > 0 ? std::max(0.0, values[i]) / maxValue : 1.0;
        widths[i] = bounds.width() * std::max(minFraction, share);
    }
    for (size_t i = 0; i < n; ++i) {
        const double top = bounds.top() + double(i) * (height + gap);
        const double bottom = top + height;
        const double wTop = widths[i];
        const double wBottom = i + 1 < n ? widths[i + 1] : std::max(bounds.width() * minFraction * 0.8, wTop * 0.8);
        FunnelTrapezoid t;
        t.topLeft = {cx - wTop / 2, top};
        t.topRight = {cx + wTop / 2, top};
        t.bottomRight = {cx + wBottom / 2, bottom};
        t.bottomLeft = {cx - wBottom / 2, bottom};
        t.labelAnchor = {cx, (top + bottom) / 2};
        t.dropOffAnchor = {cx + std::max(wTop, wBottom) / 2, bottom + gap / 2};
        // A drop-off exists only where the next stage holds fewer deals; a snapshot of
        // open deals can hold more in a later stage, and "↓ -2 %" would mean nothing.
        if (i + 1 < n && values[i] > 0 && values[i + 1] <= values[i])
            t.dropOff = 1.0 - std::max(0.0, values[i + 1]) / values[i];
        out.push_back(t);
    }
    return out;
}

} // namespace fd::analytics
