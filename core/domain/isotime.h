#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fd::isotime {

// Timestamps are stored as ISO 8601 UTC with a Z: "2026-11-23T09:15:00Z".
QString toStored(const QDateTime &utc);
// Parses a stored or user-given timestamp (any ISO 8601 offset); invalid → nullopt.
std::optional<QDateTime> parseTimestamp(const QString &text);

// Calendar dates are stored as "YYYY-MM-DD".
QString toStored(const QDate &date);
// Strict: rejects 2026-02-30, 2026-2-3 and anything but YYYY-MM-DD.
std::optional<QDate> parseDate(const QString &text);

} // namespace fd::isotime
