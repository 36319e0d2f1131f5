#pragma once

#include <optional>
#include <vector>

namespace fd::analytics {

// Summary of a sample of durations in days (DEFINITIONS.md §3).
struct DayStats
{
    int count = 0;
    std::optional<double> median;
    std::optional<double> mean;
    std::optional<double> p90;
};

// Median (mean of the two middle values for an even count); nullopt for no values.
std::optional<double> median(std::vector<double> values);
// Nearest-rank percentile (the ⌈q·n⌉-th smallest), q in (0, 1]; nullopt for no values.
std::optional<double> percentile(std::vector<double> values, double q);
// Count, median, mean and P90 of `values`.
DayStats dayStats(std::vector<double> values);

// Seconds → days.
inline double toDays(long long seconds)
{
    return double(seconds) / 86400.0;
}

} // namespace fd::analytics
