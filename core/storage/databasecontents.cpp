#include "databasecontents.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace fd::contents {

bool isFresh(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT (SELECT count(*) FROM pipelines) + (SELECT count(*) FROM opportunities)"));
    return q.scalar().toLongLong() == 0;
}

qint64 opportunityCount(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM opportunities"));
    return q.scalar().toLongLong();
}

bool hasOpportunities(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM opportunities)"));
    return q.scalar().toBool();
}

QStringList tableNames(Database &db)
{
    QStringList tables;
    SqlQuery names(db, db.dialect().tableNamesQuery());
    names.exec();
    while (names.next())
        tables << names.value(0).toString();
    return tables;
}

QMap<QString, qint64> tableRowCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const QString &table : tableNames(db)) {
        // Table names come from the database catalogue, never from user input.
        SqlQuery q(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        counts.insert(table, q.scalar().toLongLong());
    }
    return counts;
}

} // namespace fd::contents
