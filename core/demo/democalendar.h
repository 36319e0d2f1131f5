#pragma once

#include <QDate>

namespace fd::demo {

class DemoRandom;

// The demo office's calendar: Beijing office days and hours, and the holidays when its
// customers sign nothing. Instants are seconds since the epoch (UTC).

// The office's (Beijing, UTC+8) date of an instant.
QDate officeDate(qint64 at);
// The instant the office's day `d` begins (00:00 Beijing).
qint64 startOfOfficeDay(const QDate &d);

// A moment during office hours (09:00–18:30 Beijing time, Monday–Friday) on or after
// the day of `at`.
qint64 officeTime(DemoRandom &random, qint64 at);

// 春节 (the first day of the lunar year) in `year`; tabulated for 2019–2040, early
// February outside that range.
QDate springFestival(int year);
// Whether business pauses on day `d`: the Spring Festival season (five days before to
// ten days after 春节) and the National Day week (1–7 October). Customers decide,
// sign and buy nothing then; the demo moves such events to the first day after.
bool isBusinessPause(const QDate &d);
// The first day after the pause that holds `d` (d itself when it is no pause day).
QDate afterBusinessPause(const QDate &d);

// The last day of d's month.
QDate endOfMonth(const QDate &d);
// Whether d's month closes a quarter (March, June, September, December).
bool closesQuarter(const QDate &d);

} // namespace fd::demo
