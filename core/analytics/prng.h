#pragma once

#include <QtGlobal>

#include <cmath>

namespace fd::analytics {

// xoshiro256** (Blackman & Vigna) seeded through splitmix64: our own generator, so a
// seed gives the same forecast on every platform and standard library (std::
// distributions are implementation-defined).
class Prng final
{
public:
    explicit Prng(quint64 seed)
    {
        for (quint64 &word : m_s) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }

    // The next 64 random bits.
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1) from the top 53 bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

    // Uniform integer in [0, n), n > 0.
    quint64 below(quint64 n) { return quint64(uniform() * double(n)); }

    // Exponential with rate 1.
    double exponential() { return -std::log1p(-uniform()); }

    // Poisson with mean `mu` ≥ 0: multiplication of uniforms below 10, else Hörmann's
    // transformed rejection (PTRS, 1993), constant time for any mean.
    qint64 poisson(double mu)
    {
        if (mu <= 0)
            return 0;
        if (mu < 10) {
            const double limit = std::exp(-mu);
            qint64 k = 0;
            for (double prod = uniform(); prod > limit; prod *= uniform())
                ++k;
            return k;
        }
        const double slam = std::sqrt(mu);
        const double loglam = std::log(mu);
        const double b = 0.931 + 2.53 * slam;
        const double a = -0.059 + 0.02483 * b;
        const double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        const double vr = 0.9277 - 3.6224 / (b - 2);
        for (;;) {
            const double u = uniform() - 0.5;
            const double v = uniform();
            const double us = 0.5 - std::fabs(u);
            const double k = std::floor((2 * a / us + b) * u + mu + 0.43);
            if (us >= 0.07 && v <= vr)
                return qint64(k);
            if (k < 0 || (us < 0.013 && v > us))
                continue;
            if (std::log(v) + std::log(invalpha) - std::log(a / (us * us) + b) <= -mu + k * loglam - std::lgamma(k + 1))
                return qint64(k);
        }
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace fd::analytics
