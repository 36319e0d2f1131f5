#include "builders.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/pipelinerepository.h"
#include "storage/sqlquery.h"

namespace fd::test {

namespace {
QString now(Database &db)
{
    return isotime::toStored(db.clock().now());
}
} // namespace

qint64 Builders::region(const QString &name)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO regions (name, created_at) VALUES (?, ?) RETURNING id"));
    return q.add(name).add(now(m_db)).insert();
}

qint64 Builders::team(const QString &name, qint64 regionId)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO teams (name, region_id, created_at) VALUES (?, ?, ?) RETURNING id"));
    return q.add(name).add(nullableId(regionId)).add(now(m_db)).insert();
}

qint64 Builders::user(const QString &displayName, qint64 teamId, const QString &role)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO users (login, display_name, role, team_id, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString login = QStringLiteral("user%1").arg(++m_counter);
    return q.add(login).add(displayName).add(role).add(nullableId(teamId)).add(now(m_db)).add(now(m_db)).insert();
}

qint64 Builders::customer(const QString &name, qint64 regionId, qint64 ownerId)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO customers (name, normalized_name, region_id, owner_id, created_at, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    return q.add(name)
        .add(name.toLower())
        .add(nullableId(regionId))
        .add(nullableId(ownerId))
        .add(now(m_db))
        .add(now(m_db))
        .insert();
}

qint64 Builders::product(const QString &name, const QString &productLine)
{
    SqlQuery find(m_db, QStringLiteral("SELECT id FROM product_lines WHERE name = ?"));
    find.add(productLine);
    QVariant lineId = find.scalar();
    if (!lineId.isValid()) {
        SqlQuery line(m_db, QStringLiteral("INSERT INTO product_lines (name) VALUES (?) RETURNING id"));
        lineId = line.add(productLine).insert();
    }
    SqlQuery q(m_db, QStringLiteral("INSERT INTO products (product_line_id, name, list_price_cents) VALUES (?, ?, 0) "
                                    "RETURNING id"));
    return q.add(lineId).add(name).insert();
}

Pipeline Builders::pipeline()
{
    PipelineRepository repo(m_db);
    repo.ensureDefault();
    Pipeline p = repo.defaultPipeline();
    Stage second = p.stages.at(1);
    second.tasks.append({0, 0, QStringLiteral("确认预算"), true});
    second.tasks.append({0, 1, QStringLiteral("拜访决策人"), false});
    repo.saveStage(second);
    return repo.defaultPipeline();
}

Opportunity Builders::opportunity(const Pipeline &pipeline, qint64 customerId, qint64 ownerId, qint64 amountCents,
                                  const QString &title)
{
    Opportunity o;
    o.title = title;
    o.customerId = customerId;
    o.ownerId = ownerId;
    o.pipelineId = pipeline.id;
    o.stageId = pipeline.stages.first().id;
    o.amount = {amountCents, QStringLiteral("CNY")};
    o.expectedCloseDate = m_db.clock().now().date().addDays(30);
    OpportunityRepository(m_db).create(o);
    return o;
}

} // namespace fd::test
