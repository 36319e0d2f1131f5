#include "namedrecords.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QStringList>

namespace fd {

namespace {
struct NamedTable
{
    QString table;
    QStringList nameColumns;
};

NamedTable namedTable(NamedRecord kind)
{
    const QString name = QStringLiteral("name");
    switch (kind) {
    case NamedRecord::Pipeline:
        return {QStringLiteral("pipelines"), {name}};
    case NamedRecord::User:
        return {QStringLiteral("users"), {QStringLiteral("login"), QStringLiteral("display_name")}};
    case NamedRecord::Team:
        return {QStringLiteral("teams"), {name}};
    case NamedRecord::Region:
        return {QStringLiteral("regions"), {name}};
    case NamedRecord::ProductLine:
        return {QStringLiteral("product_lines"), {name}};
    }
    return {};
}
} // namespace

QList<qint64> idsNamed(Database &db, NamedRecord kind, const QString &text)
{
    // Table and column names come from the table above; the text is always bound.
    const NamedTable t = namedTable(kind);
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    QString sql;
    if (numeric) {
        sql = QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(t.table);
    } else {
        QStringList where;
        for (const QString &c : t.nameColumns)
            where << QStringLiteral("%1 = ?").arg(c);
        sql = QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY id").arg(t.table, where.join(QStringLiteral(" OR ")));
    }
    SqlQuery q(db, sql);
    if (numeric)
        q.add(id);
    else
        for (int i = 0; i < t.nameColumns.size(); ++i)
            q.add(text);
    q.exec();
    QList<qint64> found;
    while (q.next())
        found << q.value(0).toLongLong();
    return found;
}

} // namespace fd
