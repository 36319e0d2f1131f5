#pragma once

#include "rowreader.h"

#include <QDate>
#include <QDateTime>

namespace fd {

class Database;

namespace analytics {

// A closed range of instants [from, to] (DEFINITIONS.md §1).
struct TimeRange
{
    qint64 from = kNoTime;
    qint64 to = kNoTime;
    bool contains(qint64 t) const { return t != kNoTime && t >= from && t <= to; }
};

// First second of a date (00:00:00Z).
qint64 startOfDay(const QDate &date);
// Last second of a date (23:59:59Z).
qint64 endOfDay(const QDate &date);
// The as-of instant: `asOf` itself, or the database clock's now when invalid.
qint64 asOfInstant(Database &db, const QDateTime &asOf);
// The window [from 00:00, to 23:59:59] cut at T; an invalid from/to leaves that end open (to = T).
TimeRange windowRange(const QDate &from, const QDate &to, qint64 t);
// The whole days of a period ("2026-11", "2026-Q4", "2026"); false if malformed.
bool periodRange(const QString &period, TimeRange *range, QDate *first = nullptr, QDate *last = nullptr);

} // namespace analytics
} // namespace fd
