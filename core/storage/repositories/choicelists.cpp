#include "choicelists.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace fd {

QList<Choice> ChoiceLists::query(const QString &sql, const QVariantList &binds)
{
    SqlQuery q(m_db, sql);
    for (const QVariant &b : binds)
        q.add(b);
    q.exec();
    QList<Choice> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return list;
}

QList<Choice> ChoiceLists::users()
{
    return query(QStringLiteral("SELECT id, display_name, COALESCE(team_id, 0) FROM users WHERE active = 1 "
                                "ORDER BY display_name, id"));
}

QList<Choice> ChoiceLists::teams()
{
    return query(QStringLiteral("SELECT id, name, COALESCE(region_id, 0) FROM teams ORDER BY name, id"));
}

QList<Choice> ChoiceLists::regions()
{
    return query(QStringLiteral("SELECT id, name, 0 FROM regions ORDER BY name, id"));
}

QList<Choice> ChoiceLists::productLines()
{
    return query(QStringLiteral("SELECT id, name, 0 FROM product_lines ORDER BY name, id"));
}

QList<Choice> ChoiceLists::products()
{
    return query(QStringLiteral("SELECT id, name, list_price_cents FROM products WHERE active = 1 ORDER BY name, id"));
}

QList<Choice> ChoiceLists::productCosts()
{
    return query(QStringLiteral("SELECT id, name, cost_cents FROM products WHERE active = 1 ORDER BY name, id"));
}

QList<Choice> ChoiceLists::customers()
{
    return query(QStringLiteral("SELECT id, name, 0 FROM customers ORDER BY name, id"));
}

QList<Choice> ChoiceLists::contacts(qint64 customerId)
{
    return query(QStringLiteral("SELECT id, name, customer_id FROM contacts WHERE customer_id = ? "
                                "ORDER BY is_primary DESC, name, id"),
                 {customerId});
}

QList<Choice> ChoiceLists::campaigns()
{
    return query(QStringLiteral("SELECT id, name, 0 FROM campaigns ORDER BY name, id"));
}

} // namespace fd
