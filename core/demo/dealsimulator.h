#pragma once

#include "democalendar.h"

#include <QDate>
#include <QString>

#include <vector>

namespace fd::demo {

class DemoRandom;

// The default pipeline's four stages: 初步接洽, 需求确认, 报价, 拟定合同.
constexpr int kStageCount = 4;

enum class DealState { Open, Won, Lost, OnHold };

// How one sales rep works: how fast each stage goes, how often deals are won, how big.
struct RepProfile
{
    double skill = 1.0;                               // > 1 loses fewer deals
    double dwell[kStageCount] = {1.0, 1.0, 1.0, 1.0}; // × the office's typical days per stage
    double dealSize = 1.0;                            // × typical amounts
    // Share of the time a deal really needs that the rep plans for when setting an
    // expected close date (< 1: optimistic, so dates slip).
    double optimism = 0.7;
};

// One row of stage history: a creation (fromStage == -1), a stage move or an outcome.
struct DealEvent
{
    qint64 at = 0; // seconds since the epoch, UTC
    int fromStage = -1;
    int toStage = 0;
    DealState fromState = DealState::Open;
    DealState toState = DealState::Open;
    int lostReason = -1;    // index into lostReasonName() for a loss
    bool byManager = false; // decided in a pipeline review rather than by the owner
};

// A change of the expected close date (kept in the audit trail): postponed, or set for
// the first time (`from` invalid) when a deal without one reaches 报价.
struct DealSlip
{
    qint64 at = 0;
    QDate from;
    QDate to;
};

// Everything that happened to one deal between its creation and "now".
struct DealStory
{
    std::vector<DealEvent> events; // strictly in time order, first = creation
    std::vector<DealSlip> slips;
    DealState state = DealState::Open;
    int stage = 0;
    int lostReason = -1;
    QDate expectedClose; // invalid = none (the owner never set one)
    bool quick = false;  // a repeat order from 报价 on: small, closes within weeks
    qint64 lastChange() const { return events.back().at; }
};

// Plays one deal forward from its creation: dwell times per stage (by rep), losses at
// every stage (more likely the more often the date slipped; stale deals are closed as
// lost in quarter-end reviews), skipped stages, backward moves, holds. The owner sets
// an optimistic expected close date (some deals get none, or only in 报价) and pushes
// it out after it passes, so most deals close a month or more after the first date.
// Nothing happens in the Spring Festival and National Day pauses; wins just after a
// quarter's end are often pulled into its last days. Nothing happens after `now`,
// so recent deals stay open.
DealStory simulateDeal(DemoRandom &random, const RepProfile &rep, qint64 createdAt, qint64 now);

int lostReasonCount();
QString lostReasonName(int index);

// Typical days a deal spends in each stage (before the rep's factor).
double typicalDwellDays(int stage);

} // namespace fd::demo
