#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fd::importvalues {

// Cell text → typed values, strictly: what cannot be read exactly is refused (nullopt)
// so that the row is reported rather than stored wrong.

// "2026-11-23" (strict: 2026-02-30 is refused), "2026/11/23" or "2026/1/5" as Chinese
// Excel writes dates, and — from a spreadsheet — a serial day number (46349).
std::optional<QDate> date(const QString &text, bool allowSerial);
// ISO 8601 (with or without an offset; none = UTC), "2026-11-23 09:30[:00]", a date
// alone (midnight UTC), or a serial with a day fraction from a spreadsheet.
std::optional<QDateTime> timestamp(const QString &text, bool allowSerial);
// An amount of money in cents in `currency`, as money::parse reads it (plain decimals the fast
// way; a writing of another currency is refused).
std::optional<qint64> amount(const QString &text, const QString &currency);
// 1/0, true/false, yes/no, 是/否, y/n.
std::optional<bool> boolean(const QString &text);
// A whole number (no sign unless allowNegative).
std::optional<qint64> integer(const QString &text, bool allowNegative = false);

} // namespace fd::importvalues
