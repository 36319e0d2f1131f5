#include "scopefilter.h"

#include "storage/sqlquery.h"

#include <QStringList>

namespace fd {

namespace {

const QString kProductLineDeals = QStringLiteral(
    "SELECT op.opportunity_id FROM opportunity_products op JOIN products p ON p.id = op.product_id "
    "WHERE p.product_line_id = ?");

SqlCondition join(const QStringList &parts, const QVariantList &binds)
{
    return {parts.join(QStringLiteral(" AND ")), binds};
}

} // namespace

QString SqlCondition::where() const
{
    return sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + sql;
}

QString SqlCondition::andAlso() const
{
    return sql.isEmpty() ? QString() : QStringLiteral(" AND ") + sql;
}

SqlCondition ScopeFilter::people(const QString &userColumn) const
{
    // Column names come from the calling code, never from input.
    QStringList parts;
    QVariantList binds;
    if (m_scope.ownerId) {
        parts << userColumn + QStringLiteral(" = ?");
        binds << m_scope.ownerId;
    }
    if (m_scope.teamId) {
        parts << userColumn + QStringLiteral(" IN (SELECT id FROM users WHERE team_id = ?)");
        binds << m_scope.teamId;
    }
    if (m_scope.regionId) {
        parts << userColumn
                     + QStringLiteral(
                         " IN (SELECT u.id FROM users u JOIN teams t ON t.id = u.team_id WHERE t.region_id = ?)");
        binds << m_scope.regionId;
    }
    return join(parts, binds);
}

SqlCondition ScopeFilter::deals(const QString &alias) const
{
    QStringList parts;
    QVariantList binds;
    if (m_scope.pipelineId) {
        parts << alias + QStringLiteral(".pipeline_id = ?");
        binds << m_scope.pipelineId;
    }
    const SqlCondition owners = people(alias + QStringLiteral(".owner_id"));
    if (!owners.isEmpty()) {
        parts << owners.sql;
        binds += owners.binds;
    }
    if (m_scope.productLineId) {
        parts << alias + QStringLiteral(".id IN (") + kProductLineDeals + QLatin1Char(')');
        binds << m_scope.productLineId;
    }
    const SqlCondition visible = m_viewer.readCondition(RecordType::Deal, alias);
    if (!visible.isEmpty()) {
        parts << visible.sql;
        binds += visible.binds;
    }
    return join(parts, binds);
}

QSet<qint64> ScopeFilter::peopleIds(Database &db) const
{
    const SqlCondition c = people(QStringLiteral("id"));
    SqlQuery q(db, QStringLiteral("SELECT id FROM users") + c.where());
    for (const QVariant &v : c.binds)
        q.add(v);
    q.exec();
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

QSet<qint64> ScopeFilter::productLineDeals(Database &db) const
{
    QSet<qint64> ids;
    if (!m_scope.productLineId)
        return ids;
    SqlQuery q(db, kProductLineDeals);
    q.add(m_scope.productLineId).exec();
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

} // namespace fd
