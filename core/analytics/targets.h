#pragma once

#include "snapshot.h"

#include <QString>

#include <optional>

namespace fd {

class Database;

namespace analytics {

// The target of a period ("2026-11" or "2026-Q4") for the level the scope implies
// (owner → rep, team, region, product line, else company). A quarter without its own
// row sums its months' rows. nullopt when no row applies (DEFINITIONS.md §4).
std::optional<qint64> targetFor(Database &db, const QString &period, const Scope &scope);

} // namespace analytics
} // namespace fd
