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

// Stage id → (pipeline index, rank in the pipeline's position order).
using StageIndex = QHash<qint64, std::pair<int, int>>;

// What the deal rows hold beyond DealRow, by deal index: for the replay of deals without history.
struct StoredState
{
    std::vector<qint64> closedAt;
    std::vector<std::pair<qint64, int>> stageAndStatus; // current stage id and status
};

// Merge-joins rows ordered by deal id (column 0) with `deals`, ordered by id too: for each
// deal that has rows, open(index) before its first row, row(index) for each of its rows and
// close(index) after its last. Rows of deals that are not in the snapshot are skipped.
template<typename Open, typename Row, typename Close>
void joinByDeal(RowReader &r, const std::vector<DealRow> &deals, Open open, Row row, Close close)
{
    size_t di = 0;
    qint64 current = -1; // the deal whose rows are being read; -1 between deals
    while (r.next()) {
        const qint64 oppId = r.integer(0);
        if (oppId != current) {
            if (current >= 0)
                close(di);
            current = -1;
            while (di < deals.size() && deals[di].id < oppId)
                ++di;
            if (di >= deals.size())
                break;
            if (deals[di].id != oppId)
                continue;
            current = oppId;
            open(di);
        }
        row(di);
    }
    if (current >= 0)
        close(di);
}

// Loads the pipelines in position order.
std::vector<PipelineInfo> loadPipelines(Database &db)
{
    std::vector<PipelineInfo> pipelines;
    RowReader r(db, QStringLiteral("SELECT id, name, is_default FROM pipelines ORDER BY position, id"));
    while (r.next()) {
        PipelineInfo p;
        p.id = r.integer(0);
        p.name = r.text(1);
        p.isDefault = r.integer(2) != 0;
        pipelines.push_back(p);
    }
    return pipelines;
}

// Loads every stage into its pipeline, in position order; returns where each stage went.
StageIndex loadStages(Database &db, Snapshot &s)
{
    StageIndex stageIndex;
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
    return stageIndex;
}

// Loads every user by id.
QHash<qint64, UserInfo> loadUsers(Database &db)
{
    QHash<qint64, UserInfo> users;
    RowReader r(db, QStringLiteral("SELECT id, login, display_name, role, team_id, active FROM users"));
    while (r.next()) {
        UserInfo u;
        u.id = r.integer(0);
        u.login = r.text(1);
        u.displayName = r.text(2);
        u.role = r.text(3);
        u.teamId = r.isNull(4) ? 0 : r.integer(4);
        u.active = r.integer(5) != 0;
        users.insert(u.id, u);
    }
    return users;
}

// Loads the deals created up to `until` (of one pipeline when asked) by id, with their
// stored close time, stage and status.
StoredState loadDeals(Database &db, const Snapshot::Options &options, Snapshot &s)
{
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
    // Only the deals the acting user sees (their history and changes follow by deal id).
    const SqlCondition visible = ScopeFilter::visibleTo(db).deals(QStringLiteral("o"));
    if (!visible.isEmpty()) {
        where << visible.sql;
        binds += visible.binds;
    }
    if (!where.isEmpty())
        dealSql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    dealSql += QStringLiteral(" ORDER BY o.id");
    StoredState stored;
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
        stored.closedAt.push_back(r.instant(7));
        stored.stageAndStatus.push_back({r.integer(8), int(r.integer(9))});
    }
    return stored;
}

// Loads each deal's stage history up to `until` as replay events, in time order. The
// creation row takes effect at created_at; an imported closed deal is open from created_at
// and closes at closed_at. Rows in a stage of another pipeline are ignored.
void loadHistory(Database &db, const Snapshot::Options &options, const StageIndex &stageIndex,
                 const StoredState &stored, Snapshot &s)
{
    // Reserved once for every event there can be: the history's rows (the largest id bounds their
    // count), a closure per creation row and the two events of a deal stored without history.
    // Growing by doubling instead held the old and the new block at once near the end (13 and
    // 26 MB for a million rows) and kept up to twice the size needed; reserved pages that are
    // never written take no memory.
    qint64 historyRows = 0;
    {
        RowReader maxId(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM opportunity_stage_history"));
        if (maxId.next())
            historyRows = maxId.integer(0);
    }
    s.events.reserve(size_t(historyRows) + 2 * s.deals.size());
    RowReader r(
        db, QStringLiteral("SELECT h.opportunity_id, CASE WHEN h.from_stage_id IS NULL THEN 1 ELSE 0 END, "
                           "h.to_stage_id, CASE h.to_status WHEN 'open' THEN 0 WHEN 'won' THEN 1 WHEN 'lost' THEN 2 "
                           "ELSE 3 END, h.changed_at FROM opportunity_stage_history h "
                           "ORDER BY h.opportunity_id, h.changed_at, h.id"));
    const auto byTime = [](const DealEvent &a, const DealEvent &b) { return a.at < b.at; };
    const auto open = [&](size_t di) { s.deals[di].firstEvent = quint32(s.events.size()); };
    const auto row = [&](size_t di) {
        const DealRow &d = s.deals[di];
        const auto stage = stageIndex.value(r.integer(2), {-1, -1});
        if (stage.first != d.pipeline)
            return; // a stage of another pipeline: ignore the row
        const auto status = static_cast<DealStatus>(r.integer(3));
        const bool creation = r.integer(1) != 0;
        DealEvent e;
        e.rank = qint16(stage.second);
        if (creation) {
            e.at = d.createdAt;
            e.status = DealStatus::Open;
            s.events.push_back(e);
            if (status != DealStatus::Open) {
                const qint64 closed = stored.closedAt[di];
                e.at = (status == DealStatus::Won || status == DealStatus::Lost) && closed != kNoTime
                           ? std::max(closed, d.createdAt)
                           : d.createdAt;
                e.status = status;
                s.events.push_back(e);
            }
            return;
        }
        e.at = r.instant(4);
        e.status = status;
        if (e.at == kNoTime || (options.until != kNoTime && e.at > options.until))
            return;
        s.events.push_back(e);
    };
    const auto close = [&](size_t di) {
        DealRow &d = s.deals[di];
        d.eventCount = quint32(s.events.size() - d.firstEvent);
        auto begin = s.events.begin() + qint64(d.firstEvent);
        if (!std::is_sorted(begin, s.events.end(), byTime))
            std::stable_sort(begin, s.events.end(), byTime);
    };
    joinByDeal(r, s.deals, open, row, close);
}

// Gives a deal stored without any history row (written by an older tool or raw SQL) the
// events of its stored row: created in its current stage, closed at closed_at.
void replayStoredState(const Snapshot::Options &options, const StageIndex &stageIndex, const StoredState &stored,
                       Snapshot &s)
{
    for (size_t i = 0; i < s.deals.size(); ++i) {
        DealRow &d = s.deals[i];
        if (d.eventCount > 0)
            continue;
        const auto stage = stageIndex.value(stored.stageAndStatus[i].first, {-1, -1});
        if (stage.first != d.pipeline)
            continue;
        d.firstEvent = quint32(s.events.size());
        DealEvent e;
        e.at = d.createdAt;
        e.rank = qint16(stage.second);
        s.events.push_back(e);
        const auto status = static_cast<DealStatus>(stored.stageAndStatus[i].second);
        if (status != DealStatus::Open) {
            e.status = status;
            if ((status == DealStatus::Won || status == DealStatus::Lost) && stored.closedAt[i] != kNoTime)
                e.at = std::max(stored.closedAt[i], d.createdAt);
            if (options.until == kNoTime || e.at <= options.until)
                s.events.push_back(e);
        }
        d.eventCount = quint32(s.events.size() - d.firstEvent);
    }
}

// Loads the field changes recorded in the audit log (amount, close date, probability,
// owner), oldest first per deal: only what happened after some T matters.
void loadFieldChanges(Database &db, Snapshot &s)
{
    RowReader r(db, QStringLiteral("SELECT entity_id, field, old_value, occurred_at FROM audit_log "
                                   "WHERE entity = 'opportunity' AND field IN ('amount_cents', "
                                   "'expected_close_date', 'probability_override', 'owner_id') "
                                   "ORDER BY entity_id, occurred_at, id"));
    const auto open = [&](size_t di) { s.deals[di].firstChange = quint32(s.changes.size()); };
    const auto row = [&](size_t) {
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
    };
    const auto close = [&](size_t di) {
        s.deals[di].changeCount = quint32(s.changes.size() - s.deals[di].firstChange);
    };
    joinByDeal(r, s.deals, open, row, close);
}

} // namespace

Snapshot Snapshot::load(Database &db, const Options &options)
{
    Snapshot s;
    s.pipelines = loadPipelines(db);
    const StageIndex stageIndex = loadStages(db, s);
    s.users = loadUsers(db);
    const StoredState stored = loadDeals(db, options, s);
    loadHistory(db, options, stageIndex, stored, s);
    replayStoredState(options, stageIndex, stored, s);
    loadFieldChanges(db, s);
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
        case FieldChange::Amount:
            f.amount = c.oldValue;
            break;
        case FieldChange::CloseDay:
            f.closeDay = qint32(c.oldValue);
            break;
        case FieldChange::Probability:
            f.probabilityOverride = int(c.oldValue);
            break;
        case FieldChange::Owner:
            f.ownerId = c.oldValue;
            break;
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

ScopeMatcher::ScopeMatcher(Database &db, const Snapshot &snapshot, const Scope &scope)
    : m_scope(scope)
{
    const ScopeFilter filter(scope);
    if (scope.pipelineId)
        m_pipeline = snapshot.pipelineIndex(scope.pipelineId);
    m_byPeople = filter.namesPeople();
    if (m_byPeople)
        m_people = filter.peopleIds(db);
    m_productDeals = filter.productLineDeals(db);
}

bool ScopeMatcher::matches(const DealRow &deal, const DealFields &fields) const
{
    if (m_scope.pipelineId && deal.pipeline != m_pipeline)
        return false;
    if (m_byPeople && !m_people.contains(fields.ownerId))
        return false;
    if (m_scope.productLineId && !m_productDeals.contains(deal.id))
        return false;
    return true;
}

} // namespace fd::analytics
