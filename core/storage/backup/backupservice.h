#pragma once

#include "backupfile.h"

#include <QString>

#include <functional>

namespace fd {

class Database;

// Backing up and restoring a whole FunnelDesk database, for File → Back up… / Restore… and
// funneldesk-cli backup / restore. A SQLite file is copied through SQLite's online backup API
// (storage/backup/sqlitecopy.h: consistent while other desktops write); a team database on
// PostgreSQL is dumped with pg_dump in its custom format and read back with pg_restore
// (storage/backup/pgtools.h), what its administrator would run.
namespace backupservice {

// Told the work done so far out of `total` (pages for SQLite; 0 of 0 while a PostgreSQL
// program runs); returns false to cancel (SQLite only).
using Progress = std::function<bool(int done, int total)>;

// Writes a backup of `db` to `file` (replaced if it exists; never left half-written).
// Throws StorageError.
void backup(Database &db, const QString &file, const Progress &progress = {});

struct RestoreResult
{
    BackupFileInfo restored; // what the file held
    QString replacedCopy;    // where the data it replaced was kept; empty when there was none
};

// Replaces the database `target` (a SQLite file path, created if missing, or a postgresql://
// address; `password` for PostgreSQL when PGPASSWORD does not give it) with the backup in
// `file`. Refuses (StorageError, nothing changed) a file that is not a FunnelDesk database or
// backup, is damaged, comes from a newer schema, or is of the other kind (a dump for a file,
// a file for a server). Before replacing, keeps the current data: a SQLite file as
// "<target>.replaced-<UTC stamp>.sqlite" beside it, a team database as
// "<database>-replaced-<UTC stamp>.dump" beside `file`. The replacement is one transaction
// (backup API into the live file; pg_restore --single-transaction). The restored database
// keeps its schema version: opening it migrates it (the caller reopens).
RestoreResult restore(const QString &target, const QString &file, const Progress &progress = {},
                      const QString &password = {});

} // namespace backupservice
} // namespace fd
