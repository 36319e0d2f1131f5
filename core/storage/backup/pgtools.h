#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fd {

struct PostgresParams;

// PostgreSQL's own client programs for team databases: pg_dump writes a backup in the
// custom format, pg_restore reads it back. A FunnelDesk client cannot copy a server's files;
// these programs are what a server's administrator would run, with the same login.
namespace pgtools {

// The full path of `program` ("pg_dump", "pg_restore"): first the newest PostgreSQL found
// in the usual installation folders (/usr/lib/postgresql/N/bin, /usr/pgsql-N/bin,
// /opt/homebrew/opt/postgresql@N/bin, …) — a dump needs a pg_dump at least as new as the
// server, and Debian's PATH wrapper may pick an older one — then PATH. Empty when none.
QString find(const QString &program);

// What to run by hand when `program` is missing, for error messages.
QString missingProgramAdvice(const QString &program, const QStringList &arguments);

// The connection options of `params` for pg_dump / pg_restore (never the password: it goes
// through the PGPASSWORD environment variable).
QStringList connectionArguments(const PostgresParams &params);

// Runs `program` with `arguments` (the password of `params`, if any, in PGPASSWORD) and
// returns its standard output. Throws StorageError with its error output when it cannot be
// found, does not start or exits with a failure.
QByteArray run(const QString &program, const QStringList &arguments, const PostgresParams &params);

} // namespace pgtools
} // namespace fd
