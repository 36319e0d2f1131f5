#pragma once

#include <QDate>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace fd::analytics {

// The two forecasts a manager could make by hand, which every other method must beat
// (DEFINITIONS.md §4b). Both read only what was won, as known at T.
class WonHistory final
{
public:
    // Adds a deal won at `at` (closure as of T) for `amount` cents.
    void add(qint64 at, qint64 amount) { m_won.push_back({at, amount}); }
    // Sorts; call once after adding.
    void finish();
    // Σ amount won in [from, to].
    qint64 between(qint64 from, qint64 to) const;
    bool empty() const { return m_won.empty(); }

private:
    std::vector<std::pair<qint64, qint64>> m_won; // closure instant, amount
    std::vector<qint64> m_cumulative;             // running sums
};

// Run rate: the mean won of the three calendar months completed by T, times the months
// the window still holds. nullopt when no month before T has any history.
// `firstCreated` = the first deal's creation (months before it are not history).
std::optional<double> runRateForecast(const WonHistory &won, qint64 t, qint64 windowFrom, qint64 windowTo,
                                      qint64 firstCreated);

// Seasonal naive: what was won in the same window one year earlier, times the growth of the
// 12 months completed by T over the same 12 months a year earlier (fewer, at least 3, when the
// history is shorter; none: growth 1). nullopt when the window a year earlier predates the data.
std::optional<double> seasonalNaiveForecast(const WonHistory &won, qint64 t, qint64 windowFrom, qint64 windowTo,
                                            qint64 firstCreated);

} // namespace fd::analytics
