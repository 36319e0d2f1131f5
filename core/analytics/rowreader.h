#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <limits>
#include <memory>

namespace fd {

class Database;

namespace analytics {

// Day numbers count days since 1970-01-01; kNoDay marks a missing date.
constexpr qint32 kNoDay = std::numeric_limits<qint32>::min();
// Instants are seconds since 1970-01-01T00:00:00Z; kNoTime marks a missing one.
constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

// Days since the epoch of a proleptic Gregorian date (no QDate, no allocation).
qint32 dayNumber(int year, int month, int day);
// "YYYY-MM-DDTHH:MM:SSZ" (or any ISO 8601 timestamp) → seconds since the epoch; kNoTime if invalid.
qint64 parseInstant(const char *text, int length);
// "YYYY-MM-DD" → day number; kNoDay if invalid.
qint32 parseDay(const char *text, int length);
// Conversions between the compact forms and Qt types.
qint64 toInstant(const QDateTime &utc);
QDateTime fromInstant(qint64 seconds);
qint32 toDay(const QDate &date);
QDate fromDay(qint32 day);

// A forward-only reader of a SELECT's rows for the analytics loaders. On SQLite it steps
// the statement through the sqlite3 C API on the connection's own handle: the Qt driver's
// per-row QVariant copies cost more than the aggregate itself on a million history rows.
// On any other driver it falls back to a forward-only QSqlQuery. Throws StorageError.
class RowReader final
{
public:
    RowReader(Database &db, const QString &sql, const QVariantList &binds = {});
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // Advances to the next row; false after the last.
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // Timestamp column → instant (kNoTime when NULL or invalid).
    qint64 instant(int column) const;
    // Date column → day number (kNoDay when NULL or invalid).
    qint32 day(int column) const;
    QString text(int column) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace analytics
} // namespace fd
