#pragma once

#include <QList>

namespace fd::tables {

class Table;

// Every table that has a row definition in core/storage/tables/, in schema order: what a
// check of the definitions against the migrated schema walks.
const QList<const Table *> &allTables();

} // namespace fd::tables
