#pragma once

#include <QString>

namespace fd {

// Everything that SQLite and PostgreSQL spell differently lives here and nowhere else:
// the rest of the SQL in FunnelDesk is written once, portably.
class Dialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit Dialect(Kind kind)
        : m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }
    // Qt SQL driver name: "QSQLITE" or "QPSQL".
    QString driverName() const;

    // Replaces the {{PK}} and {{BLOB}} placeholders used in migration files.
    QString expandMigration(const QString &sql) const;

    // Statements run on every new connection (SQLite: WAL, foreign keys, busy timeout;
    // PostgreSQL: UTF-8, UTC, standard strings, a lock wait limit, the application name).
    QStringList connectionSetup() const;
    // PostgreSQL: statements that create (if needed) and select a schema. The name must be
    // a plain identifier (letters, digits, "_"); throws StorageError otherwise.
    QStringList schemaSetup(const QString &schema) const;
    // How long a PostgreSQL statement waits for a row another desktop has locked before it
    // fails (the user then sees a clear error instead of a frozen window).
    static constexpr int lockTimeoutMs = 10000;

    // Days between two ISO timestamp/date expressions, as a REAL SQL expression.
    QString daysBetween(const QString &fromExpr, const QString &toExpr) const;

    // A query listing the names of FunnelDesk's tables, sorted: on PostgreSQL only those of
    // the session's schema (a team database may share the server with other schemas) that
    // the signed-in login may read (team security grants each role only its tables).
    QString tableNamesQuery() const;

    // Case-insensitive "LIKE" operator for free-text filters.
    QString likeOperator() const;

    // Statements around a very large one-transaction write (the demo office at benchmark
    // scale): SQLite gets a big page cache while it runs, and its default back after.
    QStringList bulkWriteBegin() const;
    QStringList bulkWriteEnd() const;

private:
    Kind m_kind;
};

} // namespace fd
