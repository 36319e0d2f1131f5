#pragma once

#include <QString>

namespace fd {

// What a file offered for a restore holds, read without changing it.
struct BackupFileInfo
{
    enum class Format { SqliteFile, PostgresDump };
    Format format = Format::SqliteFile;
    int schemaVersion = 0; // the highest migration recorded in its schema_version
    qint64 deals = -1;     // opportunities in it; -1 when not read (a PostgreSQL dump)
};

namespace backupfile {

// Reads `path`: a SQLite file (any FunnelDesk database or backup of one) or a PostgreSQL
// custom-format dump (pg_dump -Fc, read through pg_restore). Throws StorageError saying
// what is wrong: missing, not a database, not a FunnelDesk database (no schema_version or
// no opportunities table), damaged (integrity check fails).
BackupFileInfo inspect(const QString &path);

// inspect() plus the checks a restore needs before it replaces anything: the file was
// written by this FunnelDesk's schema or an older one (a newer one is refused: this build
// could not open it), in the format the target database takes (`toPostgres`).
// Throws StorageError.
BackupFileInfo checkRestorable(const QString &path, bool toPostgres);

} // namespace backupfile
} // namespace fd
