#include "repositorysupport.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace fd::repo {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

bool exists(Database &db, const char *table, qint64 id)
{
    if (id <= 0)
        return false;
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.add(id);
    return q.scalar().isValid();
}

bool taken(Database &db, const char *table, const char *column, const QVariant &value, qint64 exceptId)
{
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND id <> ?")
                       .arg(QLatin1String(table), QLatin1String(column)));
    q.add(value).add(exceptId);
    return q.scalar().isValid();
}

qint64 countReferences(Database &db, const char *table, const char *column, qint64 id)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                       .arg(QLatin1String(table), QLatin1String(column)));
    q.add(id);
    return q.scalar().toLongLong();
}

} // namespace fd::repo
