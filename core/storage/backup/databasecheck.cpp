#include "databasecheck.h"

#include "domain/errors.h"
#include "sqliteconnection.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QRegularExpression>

namespace fd::databasecheck {

namespace {

// Identifiers read from the schema itself (never user input), quoted for SQL text.
QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Runs `sql` with integer/text parameters and calls `row` for each result row.
template<typename RowFn>
void each(sqlite3 *db, const QString &sql, const QVariantList &binds, RowFn row)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        throw StorageError(QStringLiteral("%1\nin: %2").arg(sqlitecopy::message(db), sql));
    for (int i = 0; i < binds.size(); ++i) {
        if (binds[i].typeId() == QMetaType::QString) {
            const QByteArray text = binds[i].toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, i + 1, binds[i].toLongLong());
        }
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        row(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        throw StorageError(QStringLiteral("%1\nin: %2").arg(QString::fromUtf8(sqlite3_errstr(rc)), sql));
}

QString text(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
}

// Locates one line of PRAGMA integrity_check: "row 12 missing from index idx_x",
// "NULL value in opportunities.title", "On tree page 7 cell 3: …".
CheckProblem locate(const QString &line, const QHash<QString, QString> &tableOfIndex,
                    const QHash<int, QString> &tableOfRootPage)
{
    CheckProblem p;
    p.what = line;
    static const QRegularExpression rowRe(QStringLiteral("\\brow (\\d+)\\b"));
    static const QRegularExpression indexRe(QStringLiteral("\\bindex (\\w+)"));
    static const QRegularExpression columnRe(QStringLiteral("\\bin (\\w+)\\.(\\w+)"));
    static const QRegularExpression tableRe(QStringLiteral("\\b(?:in|on) (?:table )?(\\w+)$"));
    static const QRegularExpression pageRe(QStringLiteral("[Tt]ree page (\\d+)"));
    if (const auto m = rowRe.match(line); m.hasMatch())
        p.row = m.captured(1).toLongLong();
    if (const auto m = indexRe.match(line); m.hasMatch())
        p.table = tableOfIndex.value(m.captured(1));
    else if (const auto m2 = columnRe.match(line); m2.hasMatch())
        p.table = m2.captured(1);
    else if (const auto m3 = pageRe.match(line); m3.hasMatch())
        p.table = tableOfRootPage.value(m3.captured(1).toInt());
    else if (const auto m4 = tableRe.match(line); m4.hasMatch())
        p.table = m4.captured(1);
    return p;
}

} // namespace

CheckReport checkSqliteFile(const QString &path)
{
    CheckReport report;
    report.location = path;
    report.checks = {QStringLiteral("integrity_check"), QStringLiteral("foreign_key_check")};
    sqlitecopy::Connection conn(path, SQLITE_OPEN_READONLY);
    sqlite3 *db = conn.handle();

    QHash<QString, QString> tableOfIndex;
    QHash<int, QString> tableOfRootPage;
    try {
        each(db, QStringLiteral("SELECT type, name, tbl_name, rootpage FROM sqlite_master"), {}, [&](sqlite3_stmt *s) {
            if (text(s, 0) == QLatin1String("index"))
                tableOfIndex.insert(text(s, 1), text(s, 2));
            tableOfRootPage.insert(sqlite3_column_int(s, 3), text(s, 2));
        });
    } catch (const StorageError &e) {
        // The schema itself does not read: nothing more can be located.
        report.problems.append({QString(), 0, e.message().section(QLatin1Char('\n'), 0, 0)});
        return report;
    }

    try {
        each(db, QStringLiteral("PRAGMA integrity_check(1000)"), {}, [&](sqlite3_stmt *s) {
            const QString line = text(s, 0);
            if (line != QLatin1String("ok"))
                report.problems.append(locate(line, tableOfIndex, tableOfRootPage));
        });
    } catch (const StorageError &e) {
        report.problems.append({QString(), 0, e.message().section(QLatin1Char('\n'), 0, 0)});
    }

    // foreign_key_check gives the child table, its rowid, the parent table and which key.
    struct Orphan
    {
        QString table;
        qint64 row;
        QString parent;
        int key;
    };
    QList<Orphan> orphans;
    try {
        each(db, QStringLiteral("SELECT \"table\", rowid, parent, fkid FROM pragma_foreign_key_check"), {},
             [&](sqlite3_stmt *s) {
                 orphans.append({text(s, 0), sqlite3_column_int64(s, 1), text(s, 2), sqlite3_column_int(s, 3)});
             });
    } catch (const StorageError &e) {
        report.problems.append({QString(), 0, e.message().section(QLatin1Char('\n'), 0, 0)});
    }
    for (const Orphan &o : orphans) {
        QString column;
        each(db, QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ? ORDER BY seq"),
             {o.table, o.key}, [&](sqlite3_stmt *s) { column = text(s, 0); });
        QString value;
        if (!column.isEmpty() && o.row) {
            each(db, QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?").arg(quoted(column), quoted(o.table)), {o.row},
                 [&](sqlite3_stmt *s) { value = text(s, 0); });
        }
        report.problems.append({o.table, o.row,
                                QStringLiteral("%1 = %2 refers to no row of %3")
                                    .arg(column.isEmpty() ? QStringLiteral("a reference") : column, value, o.parent)});
    }
    return report;
}

CheckReport checkPostgres(const QString &address)
{
    auto db = Database::open(address);
    CheckReport report;
    report.location = db->location();
    report.checks = {QStringLiteral("foreign keys row by row"), QStringLiteral("constraints not validated")};

    // Row level security hides rows of other teams from a FunnelDesk login: its parents would
    // look missing. Only a login that sees every row can check.
    SqlQuery seesAll(*db, QStringLiteral("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = session_user"));
    if (!seesAll.scalar().toBool())
        throw PermissionError(QStringLiteral("check on a team database needs a login that sees every row (the "
                                             "superuser that migrated it): row level security hides other teams' rows "
                                             "from %1")
                                  .arg(db->postgresParams().user));

    SqlQuery invalid(*db, QStringLiteral("SELECT conrelid::regclass::text, conname FROM pg_constraint "
                                         "WHERE connamespace = current_schema()::regnamespace AND NOT convalidated"));
    invalid.exec();
    while (invalid.next())
        report.problems.append({invalid.value(0).toString(), 0,
                                QStringLiteral("constraint %1 was never validated").arg(invalid.value(1).toString())});

    // Single-column foreign keys of this schema (every FunnelDesk reference is one column).
    struct Key
    {
        QString table, column, parent, parentColumn;
    };
    QList<Key> keys;
    SqlQuery fk(*db, QStringLiteral("SELECT c.relname, a.attname, p.relname, pa.attname FROM pg_constraint k "
                                    "JOIN pg_class c ON c.oid = k.conrelid "
                                    "JOIN pg_class p ON p.oid = k.confrelid "
                                    "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
                                    "JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1] "
                                    "WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace "
                                    "AND cardinality(k.conkey) = 1 ORDER BY 1, 2"));
    fk.exec();
    while (fk.next())
        keys.append({fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString(), fk.value(3).toString()});
    for (const Key &k : keys) {
        // The table may have no id column (a link table): report the row by its reference then.
        SqlQuery hasId(*db, QStringLiteral("SELECT 1 FROM information_schema.columns WHERE table_schema = "
                                           "current_schema() AND table_name = ? AND column_name = 'id'"));
        hasId.add(k.table);
        const bool withId = hasId.scalar().isValid();
        SqlQuery orphans(*db, QStringLiteral("SELECT %1, c.%2::text FROM %3 c WHERE c.%2 IS NOT NULL AND NOT EXISTS "
                                             "(SELECT 1 FROM %4 p WHERE p.%5 = c.%2) LIMIT 1000")
                                  .arg(withId ? QStringLiteral("c.id") : QStringLiteral("0"), quoted(k.column),
                                       quoted(k.table), quoted(k.parent), quoted(k.parentColumn)));
        orphans.exec();
        while (orphans.next())
            report.problems.append({k.table, orphans.value(0).toLongLong(),
                                    QStringLiteral("%1 = %2 refers to no row of %3")
                                        .arg(k.column, orphans.value(1).toString(), k.parent)});
    }
    return report;
}

CheckReport check(const QString &target)
{
    return PostgresParams::isUrl(target) ? checkPostgres(target) : checkSqliteFile(target);
}

} // namespace fd::databasecheck
