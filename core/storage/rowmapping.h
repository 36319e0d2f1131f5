#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <optional>

namespace fd::rows {

// Conversions between stored column values and domain types, shared by repositories.

// Stored ISO text → UTC timestamp (invalid when NULL).
QDateTime timestamp(const QVariant &v);
// Stored "YYYY-MM-DD" → date (invalid when NULL).
QDate date(const QVariant &v);
// Integer id; NULL → 0.
qint64 id(const QVariant &v);
// Nullable integer.
std::optional<int> optionalInt(const QVariant &v);
std::optional<qint64> optionalInt64(const QVariant &v);

// Domain → bindable value (invalid/empty → NULL).
QVariant toStored(const QDateTime &t);
QVariant toStored(const QDate &d);

} // namespace fd::rows
