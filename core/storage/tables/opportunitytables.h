#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace fd {

class Database;
struct Opportunity;
struct OpportunityProduct;
struct TeamMember;

namespace tables {

// Deals and the rows that hang off a deal: its product lines, its team (with the
// performance split) and the stage tasks done. Stage history: stagehistory.h.

struct OpportunityRow
{
    qint64 id = 0;      // 0: the database numbers the row
    QString externalId; // empty: NULL
    QString title;
    qint64 customerId = 0;
    qint64 contactId = 0; // 0: none
    qint64 ownerId = 0;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    qint64 amountCents = 0;
    QString currency = QStringLiteral("CNY");
    std::optional<qint64> probabilityOverride;
    QString expectedCloseDate; // empty: NULL
    QString status = QStringLiteral("open");
    QString lostReason;    // empty: NULL
    QString closedAt;      // empty: NULL
    QString source;        // empty: NULL
    qint64 campaignId = 0; // 0: none
    QString description;   // empty: NULL
    QString createdAt;
    qint64 createdBy = 0; // 0: none
    QString updatedAt;
    qint64 rowVersion = 1;
    qint64 updatedBy = 0; // 0: none (who saved it last)
    QString splitForm = QStringLiteral("percent");

    static const Table &table();
    QVariantList values() const;
};

struct OpportunityProductRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 opportunityId = 0;
    qint64 productId = 0;
    qint64 quantity = 1;
    qint64 unitPriceCents = 0;
    qint64 discountPercent = 0;
    std::optional<qint64> unitCostCents; // none: NULL (the product's current cost)

    static const Table &table();
    QVariantList values() const;
};

struct TeamMemberRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 opportunityId = 0;
    qint64 userId = 0;
    QString role = QStringLiteral("owner");
    std::optional<qint64> splitPercent;
    std::optional<qint64> splitAmountCents;

    static const Table &table();
    QVariantList values() const;
};

struct TaskCheckRow
{
    qint64 opportunityId = 0;
    qint64 stageTaskId = 0;
    QString doneAt;
    qint64 doneBy = 0; // 0: none

    static const Table &table();
    QVariantList values() const;
};

// Gives the line items of deals firstId..lastId that have no unit cost their product's cost
// (a bulk import writes lines without one; DEFINITIONS.md §10a: the cost is copied).
void copyProductCosts(Database &db, qint64 firstId, qint64 lastId);

// A checked task has no id of its own (its key is the deal and the task).
void insert(Database &db, const TaskCheckRow &row);

// How the domain structs are stored. opportunityRow takes every field as the deal has it
// (title and lost reason trimmed); a new deal's caller sets the times and version it decides.
OpportunityRow opportunityRow(const Opportunity &o);
OpportunityProductRow productLineRow(qint64 opportunityId, const OpportunityProduct &p);
TeamMemberRow teamMemberRow(qint64 opportunityId, const TeamMember &m);

} // namespace tables
} // namespace fd
