#include "demorandom.h"

#include <algorithm>
#include <cmath>

namespace fd::demo {

quint64 DemoRandom::next()
{
    // splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and good enough for test data.
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double DemoRandom::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0); // 53 random bits
}

qint64 DemoRandom::between(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    const quint64 range = quint64(hi - lo) + 1;
    return lo + qint64(next() % range); // the modulo bias is irrelevant for demo data
}

double DemoRandom::normal()
{
    const double u1 = 1.0 - unit(); // (0, 1]: log() stays finite
    const double u2 = unit();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

double DemoRandom::spread(double sigma)
{
    return std::exp(sigma * normal() - sigma * sigma / 2.0);
}

int DemoRandom::weighted(const std::vector<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double x = unit() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (x < weights[i])
            return int(i);
        x -= weights[i];
    }
    return int(weights.size()) - 1;
}

void WeightedPicker::add(double weight)
{
    m_cumulative.push_back((m_cumulative.empty() ? 0.0 : m_cumulative.back()) + weight);
}

int WeightedPicker::pick(DemoRandom &random) const
{
    const double x = random.unit() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
    return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
}

} // namespace fd::demo
