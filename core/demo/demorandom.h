#pragma once

#include <QtGlobal>

#include <vector>

namespace fd::demo {

// The demo office's only source of chance: splitmix64 with hand-written distributions,
// so one seed gives the same office with every compiler and standard library
// (std:: distributions differ between implementations).
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {
    }

    // Next raw 64-bit value.
    quint64 next();
    // Uniform in [0, 1).
    double unit();
    // Uniform integer in [lo, hi] (inclusive; lo ≤ hi).
    qint64 between(qint64 lo, qint64 hi);
    // True with probability p.
    bool chance(double p) { return unit() < p; }
    // Standard normal (Box–Muller).
    double normal();
    // Positive factor with median ~1 and the given spread (log-normal, mean kept at 1).
    double spread(double sigma);
    // Index into `weights` chosen with probability proportional to its weight.
    int weighted(const std::vector<double> &weights);
    // One element of a C array.
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[between(0, qint64(N) - 1)];
    }

private:
    quint64 m_state;
};

// Cumulative weights for picking among many items (customers) in O(log n).
class WeightedPicker final
{
public:
    // Adds an item with a weight > 0; items are numbered in insertion order.
    void add(double weight);
    // Index of the chosen item; the picker must not be empty.
    int pick(DemoRandom &random) const;
    int size() const { return int(m_cumulative.size()); }

private:
    std::vector<double> m_cumulative;
};

} // namespace fd::demo
