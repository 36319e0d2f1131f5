#pragma once

#include "domain/opportunity.h"
#include "domain/pipeline.h"

#include <QString>

namespace fd {
class Database;
}

namespace fd::test {

// Small fixture builders for tests. Reference data (regions, teams, users, customers)
// is inserted with plain SQL so that tests of one repository do not depend on another.
class Builders final
{
public:
    explicit Builders(Database &db)
        : m_db(db)
    {
    }

    qint64 region(const QString &name);
    qint64 team(const QString &name, qint64 regionId = 0);
    // A user with the given role ("rep", "manager", …); login derived from the name.
    qint64 user(const QString &displayName, qint64 teamId = 0, const QString &role = QStringLiteral("rep"));
    qint64 customer(const QString &name, qint64 regionId = 0, qint64 ownerId = 0);
    qint64 product(const QString &name, const QString &productLine);

    // The default pipeline of 004 (10/30/50/80 %) with a required task in stage 2.
    Pipeline pipeline();

    // An open opportunity in the first stage of `pipeline`, saved through the repository.
    Opportunity opportunity(const Pipeline &pipeline, qint64 customerId, qint64 ownerId, qint64 amountCents,
                            const QString &title = QStringLiteral("测试商机"));

private:
    Database &m_db;
    int m_counter = 0;
};

} // namespace fd::test
