#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

class Database;

namespace analytics {

// Level of a node of the target tree (DEFINITIONS.md §8).
enum class TargetNodeKind { Company, Region, Team, Rep };

// "company", "region", "team", "rep" (the targets.level spelling).
QString toString(TargetNodeKind kind);

// One node of the target tree: its target, how much of it is handed down to its
// children, and what was achieved and is weighted in the pipeline (with splits).
struct TargetNode
{
    TargetNodeKind kind = TargetNodeKind::Company;
    qint64 subjectId = 0;      // region, team or user id; 0 for the company and unassigned groups
    QString name;              // empty for the company and the unassigned groups
    bool unassigned = false;   // "no region" / "no team" group: holds no target of its own
    int parent = -1;           // index in TargetProgress::nodes
    std::vector<int> children; // indices, in display order

    std::optional<qint64> target; // cents; nullopt = not set
    bool targetDerived = false;   // summed from the period's quarters/months (no row of its own)
    qint64 childTargets = 0;      // Σ of the children's targets that are set
    std::optional<qint64>
        unallocated;     // target − childTargets (negative = over-allocated); nullopt without target or children
    qint64 achieved = 0; // won in the period, credited by splits
    qint64 weightedPipeline = 0;      // open, expected to close in the period, × win rate × split share
    std::optional<double> completion; // achieved / target (0..); nullopt without a positive target
    std::optional<qint64> gap;        // target − achieved; nullopt without target
};

struct TargetProgress
{
    QString period; // "2026-11", "2026-Q4" or "2026"
    QDate periodStart;
    QDate periodEnd;
    QDateTime asOf;
    double timeProgress = 0;       // elapsed share of the period at as-of, 0..1
    std::vector<TargetNode> nodes; // nodes[0] = company, then depth first

    // Index of the node of `kind` and `subjectId` (not an unassigned group); -1 if absent.
    int find(TargetNodeKind kind, qint64 subjectId) const;
};

// The target tree company → regions → teams → reps of a period as of an instant
// (invalid = the clock's now). Throws ValidationError for a bad period, StorageError.
TargetProgress computeTargetProgress(Database &db, const QString &period, const QDateTime &asOf = {});

// The periods a period is made of, for targets summed when it has no row of its own:
// a quarter → its 3 months, a year → its 4 quarters; a month → none.
QStringList subPeriods(const QString &period);

} // namespace analytics
} // namespace fd
