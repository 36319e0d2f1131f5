#include "baselines.h"

#include "rowreader.h"
#include "timerange.h"

#include <algorithm>

namespace fd::analytics {

namespace {

// First day of the month containing instant `at`.
QDate monthOf(qint64 at)
{
    const QDate d = fromInstant(at).date();
    return QDate(d.year(), d.month(), 1);
}

// The window's length in months: its seconds over the seconds of the months it touches.
double monthsIn(qint64 from, qint64 to)
{
    double months = 0;
    for (QDate m = monthOf(from); startOfDay(m) <= to; m = m.addMonths(1)) {
        const qint64 start = startOfDay(m);
        const qint64 end = startOfDay(m.addMonths(1)) - 1;
        const qint64 a = std::max(start, from), b = std::min(end, to);
        if (b >= a)
            months += double(b - a + 1) / double(end - start + 1);
    }
    return months;
}

// The first month completed by T: the month after T's (T + 1 s starts a new month when T
// is its last second).
QDate firstIncompleteMonth(qint64 t)
{
    return monthOf(t + 1);
}

} // namespace

void WonHistory::finish()
{
    std::sort(m_won.begin(), m_won.end());
    m_cumulative.resize(m_won.size());
    qint64 sum = 0;
    for (size_t i = 0; i < m_won.size(); ++i)
        m_cumulative[i] = sum += m_won[i].second;
}

qint64 WonHistory::between(qint64 from, qint64 to) const
{
    if (to < from)
        return 0;
    const auto lessAt = [](const std::pair<qint64, qint64> &w, qint64 at) { return w.first < at; };
    const auto a = std::lower_bound(m_won.begin(), m_won.end(), from, lessAt) - m_won.begin();
    const auto b = std::lower_bound(m_won.begin(), m_won.end(), to + 1, lessAt) - m_won.begin();
    if (b <= a)
        return 0;
    return m_cumulative[size_t(b - 1)] - (a > 0 ? m_cumulative[size_t(a - 1)] : 0);
}

std::optional<double> runRateForecast(const WonHistory &won, qint64 t, qint64 windowFrom, qint64 windowTo,
                                      qint64 firstCreated)
{
    const QDate end = firstIncompleteMonth(t);
    // Months that began before the office's first deal are not history.
    QDate start = end.addMonths(-3);
    while (start < end && startOfDay(start.addMonths(1)) <= firstCreated)
        start = start.addMonths(1);
    const int months = (end.year() - start.year()) * 12 + end.month() - start.month();
    if (months <= 0)
        return std::nullopt;
    const double perMonth = double(won.between(startOfDay(start), startOfDay(end) - 1)) / months;
    return perMonth * monthsIn(windowFrom, windowTo);
}

std::optional<double> seasonalNaiveForecast(const WonHistory &won, qint64 t, qint64 windowFrom, qint64 windowTo,
                                            qint64 firstCreated)
{
    const QDateTime from = fromInstant(windowFrom).addYears(-1), to = fromInstant(windowTo).addYears(-1);
    const QDate firstMonth = monthOf(firstCreated);
    if (from.date() < firstMonth)
        return std::nullopt; // the same window last year is not history
    // Growth: the k months completed by T over the same k months a year earlier, k = 12, or
    // as many (at least 3) as have a year-earlier counterpart; none: no growth.
    const QDate end = firstIncompleteMonth(t);
    int k = 12;
    while (k >= 3 && end.addMonths(-k - 12) < firstMonth)
        --k;
    double growth = 1.0;
    if (k >= 3) {
        const qint64 recent = won.between(startOfDay(end.addMonths(-k)), startOfDay(end) - 1);
        const qint64 before = won.between(startOfDay(end.addMonths(-k - 12)), startOfDay(end.addMonths(-12)) - 1);
        if (before > 0)
            growth = double(recent) / double(before);
    }
    return double(won.between(toInstant(from), toInstant(to))) * growth;
}

} // namespace fd::analytics
