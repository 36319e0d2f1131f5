#pragma once

#include "storage/scopefilter.h"

#include "rowreader.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace fd {

class Database;

namespace analytics {

// Status of a deal at some instant, as replayed from its stage history.
enum class DealStatus : quint8 { Open = 0, Won = 1, Lost = 2, OnHold = 3 };

// One stage of a pipeline; `rank` is its index in the pipeline's position order.
struct StageInfo
{
    qint64 id = 0;
    QString name;
    int position = 0;
    int probability = 0; // configured, 0..100
    bool active = true;
};

// A pipeline with every stage it ever had (retired ones too), in position order.
struct PipelineInfo
{
    qint64 id = 0;
    QString name;
    bool isDefault = false;
    std::vector<StageInfo> stages;
};

struct UserInfo
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString role;
    qint64 teamId = 0;
    bool active = true;
};

// One replayable history row: at `at` the deal is in stage `rank` with `status`.
struct DealEvent
{
    qint64 at = 0;
    qint16 rank = 0;
    DealStatus status = DealStatus::Open;
};

// A field change from the audit log: before `at` the field held `oldValue`.
struct FieldChange
{
    enum Field : quint8 { Amount, CloseDay, Probability, Owner };
    qint64 at = 0;
    Field field = Amount;
    qint64 oldValue = 0; // close day kNoDay / probability -1 when there was none
};

// The deal's editable fields as they were at an instant.
struct DealFields
{
    qint64 ownerId = 0;
    qint64 amount = 0;
    int probabilityOverride = -1; // -1 = none
    qint32 closeDay = kNoDay;
};

struct DealRow
{
    qint64 id = 0;
    int pipeline = 0; // index into Snapshot::pipelines
    qint64 createdAt = 0;
    DealFields current; // as stored now
    quint32 firstEvent = 0, eventCount = 0;
    quint32 firstChange = 0, changeCount = 0;
};

// Everything the analytics need, read once with a few queries: pipelines and stages,
// users, deals created up to `until`, their stage history and the audit-log changes of
// their amount, close date, probability and owner. The engines replay it at any T ≤ until.
class Snapshot final
{
public:
    struct Options
    {
        qint64 pipelineId = 0;  // 0 = every pipeline
        qint64 until = kNoTime; // latest instant any computation will ask for; kNoTime = everything
    };

    // Loads the snapshot. Throws StorageError.
    static Snapshot load(Database &db, const Options &options);

    // The deal's fields at T (audit changes after T undone).
    DealFields fieldsAt(const DealRow &deal, qint64 t) const;
    // Team of a user (0 = none or unknown).
    qint64 teamOf(qint64 userId) const;
    // Index of a pipeline id, -1 if absent.
    int pipelineIndex(qint64 pipelineId) const;
    // The default pipeline's index (else the first), -1 if there is none.
    int defaultPipeline() const;

    std::vector<PipelineInfo> pipelines;
    QHash<qint64, UserInfo> users;
    std::vector<DealRow> deals;       // by id
    std::vector<DealEvent> events;    // per deal, in replay order
    std::vector<FieldChange> changes; // per deal, oldest first
};

// Id of the default pipeline (else the first by position); 0 if there is none.
qint64 defaultPipelineId(Database &db);

// The filter of every analytics query (storage/scopefilter.h: one meaning of pipeline, rep,
// team, region and product line for SQL and for memory).
using Scope = fd::Scope;

// Decides scope membership of a deal as of T quickly: its owner at T among the scope's
// people, its pipeline, its product lines (ScopeFilter's definition; the sets are read once).
class ScopeMatcher final
{
public:
    ScopeMatcher(Database &db, const Snapshot &snapshot, const Scope &scope);
    bool matches(const DealRow &deal, const DealFields &fields) const;

private:
    Scope m_scope;
    int m_pipeline = -1;
    bool m_byPeople = false;
    QSet<qint64> m_people;
    QSet<qint64> m_productDeals;
};

} // namespace analytics
} // namespace fd
