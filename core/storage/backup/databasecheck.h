#pragma once

#include <QList>
#include <QString>

namespace fd {

// One thing wrong in a database, located as far as the check can tell.
struct CheckProblem
{
    QString table;  // empty when the check cannot tell (a damaged page of no known table)
    qint64 row = 0; // the row's id (rowid), 0 when not known
    QString what;   // "opportunity_id = 99 refers to no row of opportunities", SQLite's text, …
};

struct CheckReport
{
    QString location;   // the file or the server address
    QStringList checks; // what was checked, for the report ("integrity_check", "foreign_key_check")
    QList<CheckProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

namespace databasecheck {

// Checks a SQLite file without opening it as a FunnelDesk database (a damaged file still
// gets a report): PRAGMA integrity_check (pages, indexes, NOT NULL and CHECK constraints) and
// PRAGMA foreign_key_check, each finding located by table, row and what is wrong.
// Throws StorageError only when the file cannot be opened at all.
CheckReport checkSqliteFile(const QString &path);

// Checks a team database on PostgreSQL (the server keeps its pages and constraints itself):
// every foreign key verified row by row against its parent table (a constraint may have been
// added NOT VALID, or triggers disabled during a load), and constraints left NOT VALID.
// Needs a login that sees every row (row level security would hide parents): PermissionError
// otherwise. Throws StorageError.
CheckReport checkPostgres(const QString &address);

// Either, by what funneldesk-cli --db accepts.
CheckReport check(const QString &target);

} // namespace databasecheck
} // namespace fd
