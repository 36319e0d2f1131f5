#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

enum class OpportunityStatus { Open, Won, Lost, OnHold };

// "open", "won", "lost", "on_hold" as stored.
QString toString(OpportunityStatus status);
bool parseOpportunityStatus(const QString &text, OpportunityStatus *status);

// A product line item of a deal. The unit cost is copied from the product when the line is
// written without one (so a later catalog change never rewrites a won deal's margin) and may
// be overridden; a loaded line always has one (domain/margin.h).
struct OpportunityProduct
{
    qint64 id = 0;
    qint64 productId = 0;
    int quantity = 1;
    qint64 unitPriceCents = 0;
    int discountPercent = 0;
    std::optional<qint64> unitCostCents; // none: take the product's cost when written
};

// How a deal's performance (业绩拆分) is split among its team (domain/splitcredit.h):
// by percentage (百分比, adding up to 100 %), by amount (按金额, adding up to the deal
// amount), the whole amount to each member (整额, overlay teams) or by percentages that may
// add up to more than 100 % (超额, e.g. owner 100 % + solution engineer 30 %).
enum class SplitForm { Percent, Amount, Whole, Over };

// "percent", "amount", "whole", "over" as stored.
QString toString(SplitForm form);
bool parseSplitForm(const QString &text, SplitForm *form);

// A member of the deal team and their share of the split: a percent (百分比, 超额; 整额
// stores 100), or an amount (按金额).
struct TeamMember
{
    qint64 id = 0;
    qint64 userId = 0;
    QString role = QStringLiteral("owner");
    std::optional<int> splitPercent;
    std::optional<qint64> splitAmountCents;
};

// The full record, loaded by the editor.
struct Opportunity
{
    qint64 id = 0;
    QString externalId;
    QString title;
    qint64 customerId = 0;
    qint64 contactId = 0; // 0 = none
    qint64 ownerId = 0;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    Money amount;
    std::optional<int> probabilityOverride; // survives stage changes unless cleared
    QDate expectedCloseDate;                // invalid = not set
    OpportunityStatus status = OpportunityStatus::Open;
    QString lostReason;
    QDateTime closedAt; // set exactly when won or lost
    QString source;
    qint64 campaignId = 0; // 0 = none
    QString description;
    QDateTime createdAt;
    qint64 createdBy = 0;
    QDateTime updatedAt;
    qint64 updatedBy = 0; // who saved it last (0 = not known); a save conflict names them
    int rowVersion = 0;   // optimistic locking; 0 before the first insert
    QList<OpportunityProduct> products;
    SplitForm splitForm = SplitForm::Percent;
    QList<TeamMember> team;
};

// One stage or outcome change. The first entry of a deal has fromStageId 0.
struct StageHistoryEntry
{
    qint64 id = 0;
    qint64 opportunityId = 0;
    qint64 fromStageId = 0;
    qint64 toStageId = 0;
    std::optional<OpportunityStatus> fromStatus;
    OpportunityStatus toStatus = OpportunityStatus::Open;
    QDateTime changedAt;
    qint64 changedBy = 0;
    QString note;
};

// Light row for the kanban card and list views: what a list shows, nothing more.
struct DealSummary
{
    qint64 id = 0;
    QString title;
    qint64 customerId = 0;
    QString customerName;
    qint64 ownerId = 0;
    QString ownerName;
    qint64 teamId = 0;
    qint64 regionId = 0; // the owner's team's region (the scope's region, DEFINITIONS.md §1a)
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    Money amount;
    int probability = 0; // effective: override, else the stage's
    bool probabilityOverridden = false;
    QDate expectedCloseDate;
    OpportunityStatus status = OpportunityStatus::Open;
    QDateTime stageEnteredAt;
    QDateTime nextFollowUpAt; // earliest open follow-up task, invalid if none
    int rowVersion = 0;

    // amount × probability, rounded to the cent.
    qint64 weightedCents() const { return money::percentOf(amount.cents, probability); }
};

} // namespace fd
