#include "democalendar.h"

#include "demorandom.h"

#include <QDateTime>

#include <iterator>

namespace fd::demo {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kBeijingOffset = 8 * 3600;

// 正月初一, 2019 … 2040.
constexpr int kFirstTabulatedYear = 2019;
const int kSpringFestival[][2] = {{2, 5}, {1, 25}, {2, 12}, {2, 1}, {1, 22}, {2, 10}, {1, 29}, {2, 17},
                                  {2, 6}, {1, 26}, {2, 13}, {2, 3}, {1, 23}, {2, 11}, {1, 31}, {2, 19},
                                  {2, 8}, {1, 28}, {2, 15}, {2, 4}, {1, 24}, {2, 12}};

// The Spring Festival pause around one year's 春节.
bool inSpringPause(const QDate &d, int year)
{
    const QDate festival = springFestival(year);
    return d >= festival.addDays(-5) && d <= festival.addDays(10);
}

} // namespace

QDate officeDate(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at + kBeijingOffset, Qt::UTC).date();
}

qint64 startOfOfficeDay(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - kBeijingOffset;
}

qint64 officeTime(DemoRandom &random, qint64 at)
{
    QDate day = officeDate(at);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    const qint64 start = startOfOfficeDay(day) + 9 * 3600;
    return start + random.between(0, 9 * 3600 + 1800);
}

QDate springFestival(int year)
{
    const int index = year - kFirstTabulatedYear;
    if (index < 0 || index >= int(std::size(kSpringFestival)))
        return QDate(year, 2, 1);
    return QDate(year, kSpringFestival[index][0], kSpringFestival[index][1]);
}

bool isBusinessPause(const QDate &d)
{
    if (d.month() == 10 && d.day() <= 7)
        return true;
    // A late-January or February day may belong to this year's festival; a festival in
    // mid-February reaches back into January only by a week.
    return (d.month() <= 3) && inSpringPause(d, d.year());
}

QDate afterBusinessPause(const QDate &d)
{
    QDate day = d;
    while (isBusinessPause(day))
        day = day.addDays(1);
    return day;
}

QDate endOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

bool closesQuarter(const QDate &d)
{
    return d.month() % 3 == 0;
}

} // namespace fd::demo
