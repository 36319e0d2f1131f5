#include "repositorysupport.h"

#include "storage/database.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    SqlQuery q(
        db,
        QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND id <> ?").arg(QLatin1String(table), QLatin1String(column)));
    q.add(value).add(exceptId);
    return q.scalar().isValid();
}

qint64 countReferences(Database &db, const char *table, const char *column, qint64 id)
{
    SqlQuery q(db,
               QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(column)));
    q.add(id);
    return q.scalar().toLongLong();
}

bool isEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return text.isEmpty() || email.match(text.trimmed()).hasMatch();
}

QString where(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString placeholders(const QVariantList &values, QVariantList &binds)
{
    QStringList marks;
    for (const QVariant &v : values) {
        marks << QStringLiteral("?");
        binds << v;
    }
    return marks.join(QStringLiteral(", "));
}

QList<QVariantList> idChunks(const QList<qint64> &ids, int size)
{
    QList<QVariantList> parts;
    for (int i = 0; i < ids.size(); ++i) {
        if (i % size == 0)
            parts.append(QVariantList());
        parts.last() << ids.at(i);
    }
    return parts;
}

QString containsPattern(const QString &text)
{
    return QLatin1Char('%') + text.trimmed() + QLatin1Char('%');
}

QString page(int limit, int offset, QVariantList &binds)
{
    if (limit <= 0)
        return {};
    binds << limit << qMax(0, offset);
    return QStringLiteral(" LIMIT ? OFFSET ?");
}

SqlQuery &execWith(SqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &b : binds)
        q.add(b);
    return q.exec();
}

QString visibleOnly(Database &db, RecordType kind, const QString &alias, const QString &clause, QVariantList &binds)
{
    const SqlCondition visible = ScopeFilter::visibleTo(db).records(kind, alias);
    if (visible.isEmpty())
        return clause.isEmpty() ? clause : QLatin1Char(' ') + clause;
    binds = visible.binds + binds;
    const QString trimmed = clause.trimmed();
    if (trimmed.startsWith(QLatin1String("WHERE "), Qt::CaseInsensitive))
        return QStringLiteral(" WHERE ") + visible.sql + QStringLiteral(" AND ") + trimmed.mid(6);
    return QStringLiteral(" WHERE ") + visible.sql + QLatin1Char(' ') + trimmed;
}

void requireWrite(Database &db, RecordType kind, qint64 id)
{
    Viewer::of(db).requireWrite(db, kind, id);
}

} // namespace fd::repo
