#pragma once

#include <QString>

#include <functional>

namespace fd {

class Database;

// Whole-database copies of SQLite files through SQLite's online backup API
// (sqlite3_backup_*), the copy a running FunnelDesk may make while other connections —
// other desktops on a shared file, a worker thread — go on writing.
namespace sqlitecopy {

// Told the pages copied so far and the pages in all; returns false to cancel.
using Progress = std::function<bool(int done, int total)>;

// Copies the database open on `source` (its QSQLITE connection's handle) into a new file
// `target`. The copy is taken inside one read transaction of `source`, so it is the
// database as it was at one instant even while other connections write (WAL lets them go
// on meanwhile), and it includes what is still in the WAL. It is written beside `target`
// under a temporary name, switched to a single self-contained file (journal_mode DELETE),
// checked (PRAGMA quick_check) and only then renamed to `target`: a crash or a cancel
// never leaves a half-written `target`. An existing `target` is replaced.
// Throws StorageError (the copy failed, or was cancelled: nothing left behind).
void copyTo(Database &source, const QString &target, const Progress &progress = {});

// The same from a closed file `sourcePath` (opened read-only) into `target`.
void copyFile(const QString &sourcePath, const QString &target, const Progress &progress = {});

// Replaces the content of the SQLite file `targetPath` (created if missing) with the
// database in `sourcePath`, through the backup API into a connection on `targetPath`:
// one write transaction of that file, so other connections see either the old or the new
// database, and a crash midway leaves the old one (the journal / WAL rolls it back).
// Throws StorageError.
void replaceContent(const QString &sourcePath, const QString &targetPath, const Progress &progress = {});

} // namespace sqlitecopy
} // namespace fd
