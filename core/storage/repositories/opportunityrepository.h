#pragma once

#include "domain/opportunity.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace fd {

class Database;

// What a list or the board shows. Unset members do not filter.
struct DealFilter
{
    qint64 pipelineId = 0;
    QSet<OpportunityStatus> statuses;  // empty = every status
    QSet<qint64> ownerIds;
    qint64 teamId = 0;                 // the owner's team
    qint64 regionId = 0;               // the customer's region
    qint64 productLineId = 0;          // any product line item in this line
    QDate closeFrom;                   // expected close date range, inclusive
    QDate closeTo;
    QString text;                      // in title or customer name
};

// Opportunities (商机): the full record, its stage history and the light summaries
// that lists and the board read. Every write is one transaction; stage and outcome
// changes append a stage-history row with the time and the acting user.
class OpportunityRepository final
{
public:
    explicit OpportunityRepository(Database &db) : m_db(db) {}

    // The full record with product lines and team. Throws NotFoundError.
    Opportunity get(qint64 id);

    // Validates and inserts `opp` (with its product lines and team), writes its first
    // stage-history row, and fills in id, timestamps and rowVersion. Returns the id.
    // Throws ValidationError (nothing stored) or StorageError.
    qint64 create(Opportunity &opp);

    // Saves every field but stage and status (use moveToStage / setOutcome) and
    // replaces product lines and team. Fails with ConflictError when the stored
    // rowVersion differs from opp.rowVersion. Audit rows for each changed field.
    void update(Opportunity &opp);

    // Moves an open (or on-hold) deal to another stage of its pipeline; the probability
    // override is kept. Appends history. Returns the new row version.
    int moveToStage(qint64 id, qint64 stageId, const QString &note = {});

    // Marks the deal won, lost (reason required), on hold, or open again (reopen).
    // closed_at is set for won/lost and cleared otherwise. Appends history.
    int setOutcome(qint64 id, OpportunityStatus status, const QString &lostReason = {});

    // Deletes the deal with its history, product lines and team.
    void remove(qint64 id);

    // Stage history of one deal, oldest first.
    QList<StageHistoryEntry> history(qint64 id);

    // Summaries matching the filter, ordered by stage position then amount descending.
    QList<DealSummary> summaries(const DealFilter &filter);
    // One summary (for refreshing a single card). Throws NotFoundError.
    DealSummary summary(qint64 id);

    // Validation shared by create() and update(); throws ValidationError.
    void validate(const Opportunity &opp);

private:
    void writeHistory(qint64 oppId, qint64 fromStage, qint64 toStage, std::optional<OpportunityStatus> fromStatus,
                      OpportunityStatus toStatus, const QString &note);
    void replaceChildren(Opportunity &opp);
    QList<DealSummary> querySummaries(const QString &where, const QVariantList &binds);

    Database &m_db;
};

} // namespace fd
