#include "targetprogress.h"

#include "dealreplay.h"
#include "dealsplits.h"
#include "snapshot.h"
#include "timerange.h"

#include "domain/splitcredit.h"
#include "domain/validator.h"
#include "storage/database.h"
#include "storage/scopefilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace fd::analytics {

QString toString(TargetNodeKind kind)
{
    switch (kind) {
    case TargetNodeKind::Company:
        return QStringLiteral("company");
    case TargetNodeKind::Region:
        return QStringLiteral("region");
    case TargetNodeKind::Team:
        return QStringLiteral("team");
    case TargetNodeKind::Rep:
        return QStringLiteral("rep");
    }
    return {};
}

int TargetProgress::find(TargetNodeKind kind, qint64 subjectId) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind == kind && nodes[i].subjectId == subjectId && !nodes[i].unassigned)
            return int(i);
    }
    return -1;
}

QStringList subPeriods(const QString &period)
{
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    QStringList out;
    if (const auto m = quarter.match(period); m.hasMatch()) {
        const int first = (m.captured(2).toInt() - 1) * 3 + 1;
        for (int i = 0; i < 3; ++i)
            out << QStringLiteral("%1-%2").arg(m.captured(1)).arg(first + i, 2, 10, QLatin1Char('0'));
    } else if (year.match(period).hasMatch()) {
        for (int q = 1; q <= 4; ++q)
            out << QStringLiteral("%1-Q%2").arg(period).arg(q);
    }
    return out;
}

namespace {

// Targets of the period and of the periods it is made of, by (level, subject) then period.
class TargetRows final
{
public:
    TargetRows(Database &db, const QString &period)
    {
        QStringList periods{period};
        for (const QString &p : subPeriods(period)) {
            periods << p;
            periods << subPeriods(p);
        }
        QStringList marks;
        QVariantList binds;
        for (const QString &p : periods) {
            marks << QStringLiteral("?");
            binds << p;
        }
        RowReader r(db,
                    QStringLiteral("SELECT level, subject_id, period, amount_cents FROM targets WHERE "
                                   "level IN ('company', 'region', 'team', 'rep') AND period IN (%1)")
                        .arg(marks.join(QLatin1Char(','))),
                    binds);
        while (r.next())
            m_rows[{r.text(0), r.isNull(1) ? 0 : r.integer(1)}][r.text(2)] = r.integer(3);
    }

    // The period's own row, else the sum of its parts that resolve (derived); nullopt if none.
    std::optional<qint64> resolve(TargetNodeKind kind, qint64 subject, const QString &period, bool *derived) const
    {
        const auto it = m_rows.find({toString(kind), subject});
        if (it == m_rows.end())
            return std::nullopt;
        return resolve(it->second, period, derived);
    }

private:
    static std::optional<qint64> resolve(const std::map<QString, qint64> &rows, const QString &period, bool *derived)
    {
        if (const auto own = rows.find(period); own != rows.end())
            return own->second;
        std::optional<qint64> sum;
        for (const QString &part : subPeriods(period)) {
            bool ignored = false;
            if (const auto v = resolve(rows, part, &ignored))
                sum = sum.value_or(0) + *v;
        }
        if (sum)
            *derived = true;
        return sum;
    }

    std::map<std::pair<QString, qint64>, std::map<QString, qint64>> m_rows;
};

// One deal's part in the period: won (achieved) or open (weighted pipeline), its value
// counted once, and each person's credit.
struct DealCredit
{
    bool won = false;
    qint64 value = 0;
    QList<splits::Credit> credits;
};

struct Credits
{
    QHash<qint64, std::pair<qint64, qint64>> byUser; // user → (achieved, weighted pipeline)
    std::vector<DealCredit> deals;
};

struct Team
{
    qint64 id;
    QString name;
    qint64 region;
};

// The regions and teams by id (as they are now: the schema keeps no history of team moves).
struct Organisation
{
    std::vector<std::pair<qint64, QString>> regions;
    std::vector<Team> teams;
};

// Checks the period's form and returns its range and first and last day (into `result`).
TimeRange periodOrThrow(const QString &period, TargetProgress &result)
{
    TimeRange range;
    if (!periodRange(period, &range, &result.periodStart, &result.periodEnd)) {
        Validator v(QStringLiteral("targets"));
        v.check(false, QStringLiteral("period"), period,
                QCoreApplication::translate("Validation", "is not a period such as 2026, 2026-Q4 or 2026-11"));
        v.throwIfInvalid();
    }
    return range;
}

// Credits each user with what they achieved (won in the period by T) and their weighted
// pipeline (open at T, expected to close in the period), by the deals' splits, else to
// the owner (DEFINITIONS.md §8), and keeps each deal's value and credits for the roll-up.
Credits creditUsers(const Snapshot &snapshot, const Splits &splits, const TimeRange &range,
                    const TargetProgress &result, qint64 t)
{
    Credits credit;
    const qint32 firstDay = toDay(result.periodStart);
    const qint32 lastDay = toDay(result.periodEnd);
    DealReplay replay;
    for (const DealRow &deal : snapshot.deals) {
        if (deal.createdAt > t)
            continue;
        replay.run(snapshot, deal, t);
        if (!replay.exists)
            continue;
        const bool won = replay.status == DealStatus::Won && range.contains(replay.closedAt) && replay.closedAt <= t;
        const DealFields fields = snapshot.fieldsAt(deal, t);
        const bool open = replay.status == DealStatus::Open && fields.closeDay != kNoDay && fields.closeDay >= firstDay
                          && fields.closeDay <= lastDay;
        if (!won && !open)
            continue;
        int p = 100;
        if (open) {
            const StageInfo &stage = snapshot.pipelines[size_t(deal.pipeline)].stages[size_t(replay.rank)];
            p = fields.probabilityOverride >= 0 ? fields.probabilityOverride : stage.probability;
        }
        const DealSplit split = splits.value(deal.id);
        DealCredit d;
        d.won = won;
        d.value = splits::dealValue(fields.amount, p);
        d.credits = splits::credits(split.form, fields.amount, p, split.team, fields.ownerId);
        for (const splits::Credit &c : std::as_const(d.credits)) {
            auto &sum = credit.byUser[c.userId];
            (won ? sum.first : sum.second) += c.cents;
        }
        credit.deals.push_back(std::move(d));
    }
    return credit;
}

// Loads the regions and teams.
Organisation loadOrganisation(Database &db)
{
    Organisation org;
    RowReader r(db, QStringLiteral("SELECT id, name FROM regions ORDER BY id"));
    while (r.next())
        org.regions.push_back({r.integer(0), r.text(1)});
    RowReader tr(db, QStringLiteral("SELECT id, name, region_id FROM teams ORDER BY id"));
    while (tr.next())
        org.teams.push_back({tr.integer(0), tr.text(1), tr.isNull(2) ? 0 : tr.integer(2)});
    return org;
}

// Loads the users with a rep target of exactly `period`.
QSet<qint64> loadRepTargets(Database &db, const QString &period)
{
    QSet<qint64> repTargets;
    RowReader r(db, QStringLiteral("SELECT DISTINCT subject_id FROM targets WHERE level = 'rep' AND period = ?"),
                {period});
    while (r.next())
        repTargets.insert(r.integer(0));
    return repTargets;
}

// Who is listed, by id: active reps, and anyone credited or with a rep target in the period.
std::vector<const UserInfo *> listedPeople(const Snapshot &snapshot, const Credits &credit,
                                           const QSet<qint64> &repTargets)
{
    std::vector<const UserInfo *> people;
    for (const UserInfo &u : snapshot.users) {
        if ((u.active && u.role == QLatin1String("rep")) || credit.byUser.contains(u.id) || repTargets.contains(u.id))
            people.push_back(&u);
    }
    std::sort(people.begin(), people.end(), [](const UserInfo *a, const UserInfo *b) { return a->id < b->id; });
    return people;
}

// Builds the organisation tree: company → regions → teams → reps; the unassigned groups
// (a team without a known region, a person without a known team) only when they hold someone.
class TreeBuilder final
{
public:
    TreeBuilder(std::vector<TargetNode> &nodes, const Organisation &org, const std::vector<const UserInfo *> &people)
        : m_nodes(nodes)
        , m_org(org)
        , m_people(people)
    {
        for (const auto &r : org.regions)
            m_knownRegions.insert(r.first);
        for (const Team &tm : org.teams)
            m_knownTeams.insert(tm.id);
    }

    void build()
    {
        add(TargetNodeKind::Company, 0, QString(), -1);
        for (const auto &r : m_org.regions)
            addTeams(add(TargetNodeKind::Region, r.first, r.second, 0), r.first);
        const bool teamsWithoutRegion = std::any_of(m_org.teams.begin(), m_org.teams.end(), [&](const Team &tm) {
            return !m_knownRegions.contains(tm.region);
        });
        const bool peopleWithoutTeam = std::any_of(
            m_people.begin(), m_people.end(), [&](const UserInfo *u) { return !m_knownTeams.contains(u->teamId); });
        if (teamsWithoutRegion || peopleWithoutTeam) {
            const int none = add(TargetNodeKind::Region, 0, QString(), 0, true);
            addTeams(none, 0);
            if (peopleWithoutTeam)
                addPeople(add(TargetNodeKind::Team, 0, QString(), none, true), 0);
        }
    }

private:
    int add(TargetNodeKind kind, qint64 subject, const QString &name, int parent, bool unassigned = false)
    {
        TargetNode n;
        n.kind = kind;
        n.subjectId = subject;
        n.name = name;
        n.parent = parent;
        n.unassigned = unassigned;
        m_nodes.push_back(n);
        const int index = int(m_nodes.size()) - 1;
        if (parent >= 0)
            m_nodes[size_t(parent)].children.push_back(index);
        return index;
    }

    // The teams of `regionId` (0: of no known region) under `regionNode`, each with its people.
    void addTeams(int regionNode, qint64 regionId)
    {
        for (const Team &tm : m_org.teams) {
            const qint64 region = m_knownRegions.contains(tm.region) ? tm.region : 0;
            if (region == regionId)
                addPeople(add(TargetNodeKind::Team, tm.id, tm.name, regionNode), tm.id);
        }
    }

    // The people of `teamId` (0: of no known team) under `teamNode`.
    void addPeople(int teamNode, qint64 teamId)
    {
        for (const UserInfo *u : m_people) {
            const qint64 team = m_knownTeams.contains(u->teamId) ? u->teamId : 0;
            if (team == teamId)
                add(TargetNodeKind::Rep, u->id, u->displayName, teamNode);
        }
    }

    std::vector<TargetNode> &m_nodes;
    const Organisation &m_org;
    const std::vector<const UserInfo *> &m_people;
    QSet<qint64> m_knownRegions;
    QSet<qint64> m_knownTeams;
};

// Adds each deal to every node above its credited people once: a node counts the smaller of
// the deal's value and the credits of its people under that node, so an 整额 or 超额 split
// (credits adding up to more than the deal) never counts a deal twice in a team, a region or
// the company, while each person keeps their full credit.
void rollUpDeals(std::vector<TargetNode> &nodes, const Credits &credit)
{
    QHash<qint64, int> personNode;
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind == TargetNodeKind::Rep)
            personNode.insert(nodes[i].subjectId, int(i));
    }
    QHash<int, qint64> under; // node → credits of the deal's people under it
    for (const DealCredit &deal : credit.deals) {
        under.clear();
        for (const splits::Credit &c : deal.credits) {
            const int person = personNode.value(c.userId, -1);
            for (int n = person >= 0 ? nodes[size_t(person)].parent : 0; n >= 0; n = nodes[size_t(n)].parent)
                under[n] += c.cents;
        }
        for (auto it = under.cbegin(); it != under.cend(); ++it) {
            TargetNode &n = nodes[size_t(it.key())];
            (deal.won ? n.achieved : n.weightedPipeline) += std::min(deal.value, it.value());
        }
    }
}

// Fills in each node's target, achieved, weighted pipeline, gap and completion, leaves
// first (children always come after their parent in `nodes`).
void addUpFigures(std::vector<TargetNode> &nodes, const TargetRows &targets, const QString &period,
                  const Credits &credit)
{
    rollUpDeals(nodes, credit);
    for (size_t i = nodes.size(); i-- > 0;) {
        TargetNode &n = nodes[i];
        if (!n.unassigned)
            n.target = targets.resolve(n.kind, n.subjectId, period, &n.targetDerived);
        if (n.kind == TargetNodeKind::Rep) {
            const auto c = credit.byUser.value(n.subjectId);
            n.achieved = c.first;
            n.weightedPipeline = c.second;
        }
        for (int child : n.children)
            n.childTargets += nodes[size_t(child)].target.value_or(0);
        if (n.target) {
            if (!n.children.empty())
                n.unallocated = *n.target - n.childTargets;
            n.gap = *n.target - n.achieved;
            if (*n.target > 0)
                n.completion = double(n.achieved) / double(*n.target);
        }
    }
}

} // namespace

TargetProgress computeTargetProgress(Database &db, const QString &period, const QDateTime &asOf)
{
    TargetProgress result;
    const TimeRange range = periodOrThrow(period, result);
    const qint64 t = asOfInstant(db, asOf);
    result.period = period;
    result.asOf = fromInstant(t);
    result.timeProgress = std::clamp(double(t - range.from) / double(range.to + 1 - range.from), 0.0, 1.0);

    const Splits splits = loadSplits(db);
    Snapshot::Options options;
    options.until = t;
    const Snapshot snapshot = Snapshot::load(db, options);
    const Credits credit = creditUsers(snapshot, splits, range, result, t);

    const TargetRows targets(db, period);
    const Organisation org = loadOrganisation(db);
    const std::vector<const UserInfo *> people = listedPeople(snapshot, credit, loadRepTargets(db, period));
    TreeBuilder(result.nodes, org, people).build();
    addUpFigures(result.nodes, targets, period, credit);
    return result;
}

} // namespace fd::analytics
