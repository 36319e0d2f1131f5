#include "auditscope.h"

#include "storage/database.h"
#include "storage/repositories/organizationrepository.h"
#include "storage/sqlquery.h"

namespace fd {

AuditScope::AuditScope(Database &db)
{
    const qint64 me = db.actingUserId();
    // On PostgreSQL row level security already applies this rule, whoever the client says it is.
    if (!me || db.dialect().kind() == Dialect::Kind::Postgres)
        return;
    const User user = OrganizationRepository(db).user(me);
    if (user.role == UserRole::Finance || user.role == UserRole::Admin)
        return;
    m_people.append(me);
    if (user.role != UserRole::Manager)
        return;
    SqlQuery team(db, QStringLiteral("SELECT id FROM users WHERE id <> ? AND team_id IN "
                                     "(SELECT id FROM teams WHERE manager_id = ? OR id = ?)"));
    team.add(me).add(me).add(nullableId(user.teamId)).exec();
    while (team.next())
        m_people.append(team.value(0));
}

QString AuditScope::condition(const QString &alias, QVariantList &binds) const
{
    if (all())
        return {};
    // Each use of the people list binds it again, so the text is built strictly left to
    // right (never two binding calls in one expression: their order would be unspecified).
    const auto people = [&]() {
        QStringList marks;
        for (const QVariant &id : m_people) {
            marks << QStringLiteral("?");
            binds.append(id);
        }
        return marks.join(QStringLiteral(", "));
    };
    const auto deals = [&]() {
        QString sql = QStringLiteral("SELECT id FROM opportunities WHERE owner_id IN (%1)").arg(people());
        sql += QStringLiteral(" UNION SELECT opportunity_id FROM opportunity_team_members WHERE user_id IN (%1)")
                   .arg(people());
        return sql;
    };
    const auto customers = [&]() {
        QString sql = QStringLiteral("SELECT id FROM customers WHERE owner_id IS NULL OR owner_id IN (%1)").arg(people());
        sql += QStringLiteral(" UNION SELECT customer_id FROM opportunities WHERE id IN (%1)").arg(deals());
        return sql;
    };
    const QString a = alias;
    QString sql = QStringLiteral("(%1.user_id IN (%2)").arg(a, people());
    sql += QStringLiteral(" OR (%1.entity = 'opportunity' AND %1.entity_id IN (%2))").arg(a, deals());
    sql += QStringLiteral(" OR (%1.entity = 'customer' AND %1.entity_id IN (%2))").arg(a, customers());
    sql += QStringLiteral(" OR (%1.entity = 'contact' AND %1.entity_id IN "
                          "(SELECT id FROM contacts WHERE customer_id IN (%2)))")
               .arg(a, customers());
    sql += QStringLiteral(" OR (%1.entity = 'lead' AND %1.entity_id IN "
                          "(SELECT id FROM leads WHERE owner_id IS NULL OR owner_id IN (%2)))")
               .arg(a, people());
    const QString owned = people();
    sql += QStringLiteral(" OR (%1.entity = 'contract' AND %1.entity_id IN "
                          "(SELECT id FROM contracts WHERE owner_id IN (%2) OR opportunity_id IN (%3))))")
               .arg(a, owned, deals());
    return sql;
}

} // namespace fd
