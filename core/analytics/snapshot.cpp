#include "snapshot.h"

#include "domain/isotime.h"
#include "storage/database.h"

#include <algorithm>

namespace fd::analytics {

namespace {

QString storedInstant(qint64 t)
{
    return isotime::toStored(fromInstant(t));
}

} // namespace

Snapshot Snapshot::load(Database &db, const Options &options)
{
    Snapshot s;
    QHash<qint64, std::pair<int, int>> stageIndex; // stage id → (pipeline index, rank)
    {
        RowReader r(db, QStringLiteral("SELECT id, name, is_default FROM pipelines ORDER BY position, id"));
        while (r.next()) {
            PipelineInfo p;
            p.id = r.integer(0);
            p.name = r.text(1);
            p.isDefault = r.integer(2) != 0;
            s.pipelines.push_back(p);
        }
    }
    {
        RowReader r(db, QStringLiteral("SELECT id, pipeline_id, name, position, win_probability, active FROM stages "
                                       "ORDER BY pipeline_id, position, id"));
        while (r.next()) {
            const int p = s.pipelineIndex(r.integer(1));
            if (p < 0)
                continue;
            StageInfo st;
            st.id = r.integer(0);
            st.name = r.text(2);
            st.position = int(r.integer(3));
            st.probability = int(r.integer(4));
            st.active = r.integer(5) != 0;
            stageIndex.insert(st.id, {p, int(s.pipelines[p].stages.size())});
            s.pipelines[p].stages.push_back(st);
        }
    }
    {
        RowReader r(db, QStringLiteral("SELECT id, login, display_name, role, team_id, active FROM users"));
        while (r.next()) {
            UserInfo u;
            u.id = r.integer(0);
            u.login = r.text(1);
            u.displayName = r.text(2);
            u.role = r.text(3);
            u.teamId = r.isNull(4) ? 0 : r.integer(4);
            u.active = r.integer(5) != 0;
            s.users.insert(u.id, u);
        }
    }

    QString dealSql = QStringLiteral(
        "SELECT o.id, o.pipeline_id, o.created_at, o.owner_id, o.amount_cents, o.probability_override, "
        "o.expected_close_date, o.closed_at, o.stage_id, CASE o.status WHEN 'open' THEN 0 WHEN 'won' THEN 1 "
        "WHEN 'lost' THEN 2 ELSE 3 END FROM opportunities o");
    QVariantList binds;
    QStringList where;
    if (options.until != kNoTime) {
        where << QStringLiteral("o.created_at <= ?");
        binds << storedInstant(options.until);
    }
    if (options.pipelineId) {
        where << QStringLiteral("o.pipeline_id = ?");
        binds << options.pipelineId;
    }
    if (!where.isEmpty())
        dealSql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    dealSql += QStringLiteral(" ORDER BY o.id");
    std::vector<qint64> closedAt;
    std::vector<std::pair<qint64, int>> stored; // current stage id and status, for deals without history
    {
        RowReader r(db, dealSql, binds);
        while (r.next()) {
            DealRow d;
            d.id = r.integer(0);
            d.pipeline = s.pipelineIndex(r.integer(1));
            d.createdAt = r.instant(2);
            d.current.ownerId = r.integer(3);
            d.current.amount = r.integer(4);
            d.current.probabilityOverride = r.isNull(5) ? -1 : int(r.integer(5));
            d.current.closeDay = r.day(6);
            if (d.pipeline < 0 || d.createdAt == kNoTime)
                continue;
            s.deals.push_back(d);
            closedAt.push_back(r.instant(7));
            stored.push_back({r.integer(8), int(r.integer(9))});
        }
    }

    // Stage history, merged with the deals (both ordered by deal id).
    {
        RowReader r(db, QStringLiteral(
                            "SELECT h.opportunity_id, CASE WHEN h.from_stage_id IS NULL THEN 1 ELSE 0 END, "
                            "h.to_stage_id, CASE h.to_status WHEN 'open' THEN 0 WHEN 'won' THEN 1 WHEN 'lost' THEN 2 "
                            "ELSE 3 END, h.changed_at FROM opportunity_stage_history h "
                            "ORDER BY h.opportunity_id, h.changed_at, h.id"));
        s.events.reserve(s.deals.size() * 8);
        size_t di = 0;
        qint64 currentDeal = -1;
        size_t dealStart = 0;
        auto finishDeal = [&]() {
            if (currentDeal < 0)
                return;
            DealRow &d = s.deals[di];
            d.firstEvent = quint32(dealStart);
            d.eventCount = quint32(s.events.size() - dealStart);
            auto begin = s.events.begin() + qint64(dealStart);
            if (!std::is_sorted(begin, s.events.end(),
                                [](const DealEvent &a, const DealEvent &b) { return a.at < b.at; }))
                std::stable_sort(begin, s.events.end(),
                                 [](const DealEvent &a, const DealEvent &b) { return a.at < b.at; });
            currentDeal = -1;
        };
        while (r.next()) {
            const qint64 oppId = r.integer(0);
            if (oppId != currentDeal) {
                finishDeal();
                while (di < s.deals.size() && s.deals[di].id < oppId)
                    ++di;
                if (di >= s.deals.size())
                    break;
                if (s.deals[di].id != oppId)
                    continue;
                currentDeal = oppId;
                dealStart = s.events.size();
            }
            const DealRow &d = s.deals[di];
            const auto stage = stageIndex.value(r.integer(2), {-1, -1});
            if (stage.first != d.pipeline)
                continue; // a stage of another pipeline: ignore the row
            const auto status = static_cast<DealStatus>(r.integer(3));
            const bool creation = r.integer(1) != 0;
            DealEvent e;
            e.rank = qint16(stage.second);
            if (creation) {
                // The creation row takes effect at created_at; an imported closed deal is open
                // from created_at and closes at closed_at.
                e.at = d.createdAt;
                e.status = DealStatus::Open;
                s.events.push_back(e);
                if (status != DealStatus::Open) {
                    const qint64 closed = closedAt[di];
                    e.at = (status == DealStatus::Won || status == DealStatus::Lost) && closed != kNoTime
                               ? std::max(closed, d.createdAt)
                               : d.createdAt;
                    e.status = status;
                    s.events.push_back(e);
                }
                continue;
            }
            e.at = r.instant(4);
            e.status = status;
            if (e.at == kNoTime || (options.until != kNoTime && e.at > options.until))
                continue;
            s.events.push_back(e);
        }
        finishDeal();
    }

    // A deal stored without any history row (written by an older tool or raw SQL) replays
    // from its stored row: created in its current stage, closed at closed_at.
    for (size_t i = 0; i < s.deals.size(); ++i) {
        DealRow &d = s.deals[i];
        if (d.eventCount > 0)
            continue;
        const auto stage = stageIndex.value(stored[i].first, {-1, -1});
        if (stage.first != d.pipeline)
            continue;
        d.firstEvent = quint32(s.events.size());
        DealEvent e;
        e.at = d.createdAt;
        e.rank = qint16(stage.second);
        s.events.push_back(e);
        const auto status = static_cast<DealStatus>(stored[i].second);
        if (status != DealStatus::Open) {
            e.status = status;
            if ((status == DealStatus::Won || status == DealStatus::Lost) && closedAt[i] != kNoTime)
                e.at = std::max(closedAt[i], d.createdAt);
            if (options.until == kNoTime || e.at <= options.until)
                s.events.push_back(e);
        }
        d.eventCount = quint32(s.events.size() - d.firstEvent);
    }

    // Field changes recorded in the audit log (only what happened after some T matters).
    {
        RowReader r(db, QStringLiteral("SELECT entity_id, field, old_value, occurred_at FROM audit_log "
                                       "WHERE entity = 'opportunity' AND field IN ('amount_cents', "
                                       "'expected_close_date', 'probability_override', 'owner_id') "
                                       "ORDER BY entity_id, occurred_at, id"));
        size_t di = 0;
        qint64 currentDeal = -1;
        size_t start = 0;
        auto finish = [&]() {
            if (currentDeal < 0)
                return;
            s.deals[di].firstChange = quint32(start);
            s.deals[di].changeCount = quint32(s.changes.size() - start);
            currentDeal = -1;
        };
        while (r.next()) {
            const qint64 oppId = r.integer(0);
            if (oppId != currentDeal) {
                finish();
                while (di < s.deals.size() && s.deals[di].id < oppId)
                    ++di;
                if (di >= s.deals.size())
                    break;
                if (s.deals[di].id != oppId)
                    continue;
                currentDeal = oppId;
                start = s.changes.size();
            }
            FieldChange c;
            c.at = r.instant(3);
            const QString field = r.text(1);
            const QString old = r.text(2);
            if (field == QLatin1String("amount_cents")) {
                c.field = FieldChange::Amount;
                c.oldValue = old.toLongLong();
            } else if (field == QLatin1String("expected_close_date")) {
                c.field = FieldChange::CloseDay;
                const QByteArray utf8 = old.toUtf8();
                c.oldValue = old.isEmpty() ? kNoDay : parseDay(utf8.constData(), int(utf8.size()));
            } else if (field == QLatin1String("probability_override")) {
                c.field = FieldChange::Probability;
                c.oldValue = old.isEmpty() ? -1 : old.toInt();
            } else {
                c.field = FieldChange::Owner;
                c.oldValue = old.toLongLong();
            }
            s.changes.push_back(c);
        }
        finish();
    }
    return s;
}

DealFields Snapshot::fieldsAt(const DealRow &deal, qint64 t) const
{
    DealFields f = deal.current;
    // Newest first, so the oldest change after T is applied last and wins.
    for (quint32 i = deal.changeCount; i-- > 0;) {
        const FieldChange &c = changes[deal.firstChange + i];
        if (c.at <= t)
            break;
        switch (c.field) {
        case FieldChange::Amount: f.amount = c.oldValue; break;
        case FieldChange::CloseDay: f.closeDay = qint32(c.oldValue); break;
        case FieldChange::Probability: f.probabilityOverride = int(c.oldValue); break;
        case FieldChange::Owner: f.ownerId = c.oldValue; break;
        }
    }
    return f;
}

qint64 Snapshot::teamOf(qint64 userId) const
{
    const auto it = users.constFind(userId);
    return it == users.constEnd() ? 0 : it->teamId;
}

int Snapshot::pipelineIndex(qint64 pipelineId) const
{
    for (size_t i = 0; i < pipelines.size(); ++i) {
        if (pipelines[i].id == pipelineId)
            return int(i);
    }
    return -1;
}

int Snapshot::defaultPipeline() const
{
    for (size_t i = 0; i < pipelines.size(); ++i) {
        if (pipelines[i].isDefault)
            return int(i);
    }
    return pipelines.empty() ? -1 : 0;
}

qint64 defaultPipelineId(Database &db)
{
    RowReader r(db, QStringLiteral("SELECT id FROM pipelines ORDER BY is_default DESC, position, id"));
    return r.next() ? r.integer(0) : 0;
}

QSet<qint64> dealsWithProductLine(Database &db, qint64 productLineId)
{
    QSet<qint64> ids;
    RowReader r(db, QStringLiteral("SELECT DISTINCT op.opportunity_id FROM opportunity_products op "
                                   "JOIN products p ON p.id = op.product_id WHERE p.product_line_id = ?"),
                {productLineId});
    while (r.next())
        ids.insert(r.integer(0));
    return ids;
}

QSet<qint64> dealsInRegion(Database &db, qint64 regionId)
{
    QSet<qint64> ids;
    RowReader r(db, QStringLiteral("SELECT o.id FROM opportunities o JOIN customers c ON c.id = o.customer_id "
                                   "WHERE c.region_id = ?"),
                {regionId});
    while (r.next())
        ids.insert(r.integer(0));
    return ids;
}

ScopeMatcher::ScopeMatcher(Database &db, const Snapshot &snapshot, const Scope &scope)
    : m_snapshot(snapshot)
    , m_scope(scope)
{
    if (scope.pipelineId)
        m_pipeline = snapshot.pipelineIndex(scope.pipelineId);
    if (scope.productLineId)
        m_productDeals = dealsWithProductLine(db, scope.productLineId);
    if (scope.regionId)
        m_regionDeals = dealsInRegion(db, scope.regionId);
}

bool ScopeMatcher::matches(const DealRow &deal, const DealFields &fields) const
{
    if (m_scope.pipelineId && deal.pipeline != m_pipeline)
        return false;
    if (m_scope.ownerId && fields.ownerId != m_scope.ownerId)
        return false;
    if (m_scope.teamId && m_snapshot.teamOf(fields.ownerId) != m_scope.teamId)
        return false;
    if (m_scope.regionId && !m_regionDeals.contains(deal.id))
        return false;
    if (m_scope.productLineId && !m_productDeals.contains(deal.id))
        return false;
    return true;
}

} // namespace fd::analytics
