#include "importrefs.h"

#include "importlog.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/normalize.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/tables/catalogtables.h"
#include "storage/tables/customertables.h"
#include "storage/tables/organizationtables.h"
#include "storage/tables/pipelinetables.h"

#include <QCoreApplication>

namespace fd {

ImportRefs::ImportRefs(Database &db, ImportLog *log)
    : m_db(db)
    , m_log(log)
    , m_now(isotime::toStored(db.clock().now()))
{
    load(Kind::Region, QStringLiteral("SELECT id, name FROM regions"));
    load(Kind::Team, QStringLiteral("SELECT id, name FROM teams"));
    load(Kind::User, QStringLiteral("SELECT id, display_name FROM users"));
    load(Kind::Customer, QStringLiteral("SELECT id, name FROM customers"));
    load(Kind::Product, QStringLiteral("SELECT id, name FROM products"));
    load(Kind::Campaign, QStringLiteral("SELECT id, name FROM campaigns"));
    // Users are also found by login; a login wins over someone else's display name.
    SqlQuery logins(m_db, QStringLiteral("SELECT id, login FROM users"));
    logins.exec();
    while (logins.next()) {
        const QString login = logins.value(1).toString().toLower();
        m_logins.insert(login, true);
        map(Kind::User).insert(login, logins.value(0).toLongLong());
    }
    loadStages();
}

QString ImportRefs::key(Kind kind, const QString &name)
{
    if (kind == Kind::Customer)
        return normalize::companyName(name);
    return name.trimmed().toLower();
}

void ImportRefs::load(Kind kind, const QString &sql)
{
    SqlQuery q(m_db, sql);
    q.exec();
    QHash<QString, qint64> &m = map(kind);
    while (q.next()) {
        const QString k = key(kind, q.value(1).toString());
        const qint64 id = q.value(0).toLongLong();
        auto it = m.find(k);
        if (it == m.end())
            m.insert(k, id);
        else if (it.value() != id)
            it.value() = kAmbiguous;
    }
}

void ImportRefs::loadStages()
{
    SqlQuery p(m_db,
               QStringLiteral("SELECT id FROM pipelines WHERE active = 1 ORDER BY is_default DESC, position, id"));
    m_defaultPipeline = p.scalar().toLongLong();
    SqlQuery q(m_db, QStringLiteral("SELECT id, pipeline_id, name, active FROM stages ORDER BY position, id"));
    q.exec();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString name = q.value(2).toString();
        auto &byName = m_stages[q.value(1).toLongLong()];
        const QString k = name.trimmed().toLower();
        // An active stage wins over a retired one of the same name.
        if (!byName.contains(k) || (!byName.value(k).second && q.value(3).toInt() == 1))
            byName.insert(k, {id, q.value(3).toInt() == 1});
        m_stageNames.insert(id, name);
    }
}

qint64 ImportRefs::find(Kind kind, const QString &name) const
{
    QHash<QString, qint64> &seen = m_seen[int(kind)];
    const auto it = seen.constFind(name);
    if (it != seen.constEnd())
        return *it;
    const qint64 id = m_maps[int(kind)].value(key(kind, name), 0);
    if (id != 0)
        seen.insert(name, id);
    return id;
}

QString ImportRefs::label(Kind kind)
{
    switch (kind) {
    case Kind::Region:
        return QStringLiteral("region");
    case Kind::Team:
        return QStringLiteral("team");
    case Kind::User:
        return QStringLiteral("user");
    case Kind::Customer:
        return QStringLiteral("customer");
    case Kind::Product:
        return QStringLiteral("product");
    case Kind::Campaign:
        return QStringLiteral("campaign");
    }
    return {};
}

qint64 ImportRefs::create(Kind kind, const QString &nameIn, qint64 parentId, qint64 ownerId)
{
    const QString name = nameIn.trimmed();
    qint64 id = 0;
    switch (kind) {
    case Kind::Region: {
        tables::RegionRow region;
        region.name = name;
        region.createdAt = m_now;
        id = tables::insert(m_db, region);
        break;
    }
    case Kind::Team: {
        tables::TeamRow team;
        team.name = name;
        team.regionId = parentId;
        team.createdAt = m_now;
        id = tables::insert(m_db, team);
        break;
    }
    case Kind::User: {
        // A login from the name when it is plain ASCII, otherwise "rep<N>"; never a clash.
        QString base = name.toLower();
        base.replace(QLatin1Char(' '), QLatin1Char('.'));
        bool ascii = !base.isEmpty() && base.size() <= 60;
        for (QChar c : base)
            ascii = ascii && c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('.'));
        if (!ascii)
            base = QStringLiteral("rep");
        QString login = ascii ? base : base + QString::number(m_logins.size() + 1);
        for (int n = 2; m_logins.contains(login); ++n)
            login = base + QString::number(n);
        tables::UserRow user; // a rep, active
        user.login = login;
        user.displayName = name;
        user.teamId = parentId;
        user.createdAt = m_now;
        user.updatedAt = m_now;
        id = tables::insert(m_db, user);
        m_logins.insert(login, true);
        break;
    }
    case Kind::Customer: {
        tables::CustomerRow customer;
        customer.name = name;
        customer.normalizedName = normalize::companyName(name);
        customer.regionId = parentId;
        customer.ownerId = ownerId;
        customer.createdAt = m_now;
        customer.updatedAt = m_now;
        id = tables::insert(m_db, customer);
        break;
    }
    case Kind::Product: {
        tables::ProductRow product; // no line, no price until someone sets them
        product.name = name;
        id = tables::insert(m_db, product);
        break;
    }
    case Kind::Campaign: {
        tables::CampaignRow campaign;
        campaign.name = name;
        campaign.createdAt = m_now;
        id = tables::insert(m_db, campaign);
        break;
    }
    }
    map(kind).insert(key(kind, name), id);
    m_created << QStringLiteral("%1: %2").arg(label(kind), name);
    if (m_log)
        m_log->created(label(kind), id);
    return id;
}

qint64 ImportRefs::ensurePipeline()
{
    if (m_defaultPipeline)
        return m_defaultPipeline;
    const QString name = QCoreApplication::translate("Import", "Sales process");
    tables::PipelineRow pipeline;
    pipeline.name = name;
    pipeline.isDefault = 1;
    pipeline.createdAt = m_now;
    m_defaultPipeline = tables::insert(m_db, pipeline);
    m_created << QStringLiteral("pipeline: %1").arg(name);
    if (m_log)
        m_log->created(QStringLiteral("pipeline"), m_defaultPipeline);
    return m_defaultPipeline;
}

qint64 ImportRefs::findStage(qint64 pipelineId, const QString &name, bool activeOnly) const
{
    const auto it = m_stages.constFind(pipelineId);
    if (it == m_stages.constEnd())
        return 0;
    const auto s = it->value(name.trimmed().toLower(), {0, false});
    return (activeOnly && !s.second) ? 0 : s.first;
}

qint64 ImportRefs::createStage(qint64 pipelineId, const QString &nameIn)
{
    const QString name = nameIn.trimmed();
    SqlQuery pos(m_db, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM stages WHERE pipeline_id = ?"));
    const int position = pos.add(pipelineId).scalar().toInt();
    // The win rate of an imported stage is a guess until a manager sets it (Settings).
    constexpr int kWinRate = 50;
    tables::StageRow stage;
    stage.pipelineId = pipelineId;
    stage.name = name;
    stage.position = position;
    stage.winProbability = kWinRate;
    stage.createdAt = m_now;
    const qint64 id = tables::insert(m_db, stage);
    m_stages[pipelineId].insert(name.toLower(), {id, true});
    m_stageNames.insert(id, name);
    m_created << QStringLiteral("stage: %1 (win rate %2 %)").arg(name).arg(kWinRate);
    if (m_log)
        m_log->created(QStringLiteral("stage"), id);
    return id;
}

ImportRefs::Deal ImportRefs::deal(const QString &externalId)
{
    const auto it = m_deals.constFind(externalId);
    if (it != m_deals.constEnd())
        return *it;
    SqlQuery q(m_db, QStringLiteral("SELECT id, pipeline_id, stage_id, status, closed_at, created_at "
                                    "FROM opportunities WHERE external_id = ?"));
    q.add(externalId).exec();
    Deal d;
    if (q.next()) {
        d = {q.value(0).toLongLong(), q.value(1).toLongLong(),     q.value(2).toLongLong(),
             q.value(3).toString(),   rows::timestamp(q.value(4)), rows::timestamp(q.value(5))};
    } else if (externalId.startsWith(QLatin1String("FD-"))) {
        bool ok = false;
        const qint64 id = externalId.mid(3).toLongLong(&ok);
        SqlQuery byId(m_db, QStringLiteral("SELECT id, pipeline_id, stage_id, status, closed_at, created_at "
                                           "FROM opportunities WHERE id = ? AND external_id IS NULL"));
        byId.add(ok ? id : -1).exec();
        if (byId.next())
            d = {byId.value(0).toLongLong(), byId.value(1).toLongLong(),     byId.value(2).toLongLong(),
                 byId.value(3).toString(),   rows::timestamp(byId.value(4)), rows::timestamp(byId.value(5))};
    }
    if (d.id)
        m_deals.insert(externalId, d);
    return d;
}

qint64 ImportRefs::lead(const QString &externalId)
{
    const auto it = m_leads.constFind(externalId);
    if (it != m_leads.constEnd())
        return *it;
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM leads WHERE external_id = ?"));
    qint64 id = q.add(externalId).scalar().toLongLong();
    if (!id && externalId.startsWith(QLatin1String("FD-"))) {
        SqlQuery byId(m_db, QStringLiteral("SELECT id FROM leads WHERE id = ? AND external_id IS NULL"));
        id = byId.add(externalId.mid(3).toLongLong()).scalar().toLongLong();
    }
    if (id)
        m_leads.insert(externalId, id);
    return id;
}

} // namespace fd
