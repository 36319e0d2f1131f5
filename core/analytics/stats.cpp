#include "stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fd::analytics {

std::optional<double> median(std::vector<double> v)
{
    if (v.empty())
        return std::nullopt;
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + long(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + long(mid));
    return (lower + upper) / 2.0;
}

std::optional<double> percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return std::nullopt;
    size_t rank = size_t(std::ceil(q * double(v.size()) - 1e-9));
    rank = std::clamp<size_t>(rank, 1, v.size());
    std::nth_element(v.begin(), v.begin() + long(rank - 1), v.end());
    return v[rank - 1];
}

DayStats dayStats(std::vector<double> values)
{
    DayStats s;
    s.count = int(values.size());
    if (values.empty())
        return s;
    s.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    s.p90 = percentile(values, 0.9);
    s.median = median(std::move(values));
    return s;
}

} // namespace fd::analytics
