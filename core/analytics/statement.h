#pragma once

#include "domain/opportunity.h"
#include "domain/payplan.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace fd {

class Database;

namespace analytics {

class Snapshot;

// The monthly statement (绩效单) of one person: what their pay plan pays them for a month, line
// by line, as of a date (DEFINITIONS.md §14). All amounts are integer cents of the office
// currency; every computed figure is rounded once, half away from zero.

// A deal won in the plan period and credited to the person (splits::credits at 100 %).
struct StatementDeal
{
    qint64 dealId = 0;
    QString title;
    QString customer;
    SplitForm form = SplitForm::Percent;
    QDate wonOn;
    qint64 amountCents = 0;             // the deal's value when won (its amount)
    qint64 creditCents = 0;             // the person's credit
    std::optional<qint64> marginCents;  // the deal's margin (none without line items)
    std::optional<qint64> marginCredit; // the person's share of it, by the same split
};

// Money received in the plan period on a contract of a deal credited to the person.
struct StatementReceipt
{
    qint64 receiptId = 0;
    qint64 contractId = 0;
    QString contractNumber;
    QString customer;
    qint64 dealId = 0;
    QDate receivedOn;
    qint64 amountCents = 0;
    qint64 creditCents = 0; // the person's share of it
};

// A write-off dated in the month on a contract of a deal won earlier and credited to the person,
// with what the claw-back needs to know about the commission paid on that deal.
struct StatementWriteOff
{
    qint64 adjustmentId = 0;
    qint64 contractId = 0;
    QString contractNumber;
    qint64 dealId = 0;
    QDate writtenOffOn;
    QDate dealWonOn; // which plan version paid the deal's commission
    qint64 amountCents = 0;
    qint64 creditCents = 0;                 // the person's share of the written-off amount
    qint64 priorCreditCents = 0;            // … of the contract's earlier write-offs
    qint64 dealCreditCents = 0;             // the person's credit of the deal when won
    std::optional<qint64> dealMarginCredit; // the person's share of the deal's margin
};

// What a closed period's statement says was paid, and what it says now.
struct ClosedPeriodChange
{
    QString period;       // "2026-10"
    qint64 liveCents = 0; // the period recomputed now (its own pay, without adjustments)
    qint64 paidCents = 0; // frozen own pay + adjustments for it already carried by later closes
    QStringList changes;  // what changed, as people read it ("合同 HT-1 receipt 2026-10-15 removed −¥300.00")
};

// Everything the computation reads, gathered by gatherStatementInputs (or by hand in a test).
struct StatementInputs
{
    qint64 userId = 0;
    QString userName;
    QString login;
    UserRole role = UserRole::Rep;
    QString month; // "2026-11"
    QDateTime asOf;
    QList<PayPlan> plans;                    // every plan; the engine picks the person's
    std::optional<qint64> target;            // the person's target of the plan period
    std::optional<qint64> committed;         // their committed forecast of the plan period
    int activities = 0;                      // activities they completed in the plan period
    QList<StatementDeal> deals;              // won in the plan period (up to the month's end)
    QList<StatementReceipt> receipts;        // received in the plan period (up to the month's end)
    QList<StatementWriteOff> writeOffs;      // dated in the month
    QList<ClosedPeriodChange> closedPeriods; // closed periods before the month, oldest first
};

// One component of the pay, in the order the statement shows them.
struct StatementComponent
{
    enum Kind { Base, Commission, Tiers, Band, Cap, Clawback, Accuracy, Activity, Adjustment };
    Kind kind = Base;
    // Commission: the rule's base; Band: its slice of the commission; Clawback: the rule;
    // Accuracy: the committed forecast; Activity: the count.
    CommissionBase rule = CommissionBase::Won;
    qint64 baseCents = 0;          // what the component is computed on (commission base, band slice…)
    int rateBasisPoints = 0;       // Commission / Clawback: the rule's rate
    int fromPercent = 0;           // Band: where it starts
    std::optional<int> toPercent;  // Band: where the next starts (none for the last)
    int multiplierPermille = 1000; // Band
    qint64 compareCents = 0;       // Accuracy: what was won; Activity: the norm
    qint64 amountCents = 0;        // what it adds to the pay (negative for claw-backs and caps)
    qint64 refId = 0;              // Clawback: the write-off
    QString period;                // Adjustment: the closed period
    QStringList changes;           // Adjustment: what changed in it
    bool counted = true;           // Band: false for information only (the tier effect is the sum)
};

enum class StatementStatus { Open, Reviewed, Closed };
QString toString(StatementStatus status); // "open", "reviewed", "closed"

struct Statement
{
    // Header.
    qint64 userId = 0;
    QString userName;
    QString login;
    QString month;
    QDateTime asOf;
    QString planName; // empty when no plan pays the person this month
    qint64 planId = 0;
    qint64 versionId = 0;
    QDate versionFrom;
    PlanPeriod planPeriod = PlanPeriod::Month;
    QString planPeriodLabel; // "2026-11" or "2026-Q4": what commission is computed on
    bool settles = false;    // commission and bonuses are paid on this statement
    std::optional<qint64> target;
    qint64 creditedWon = 0;
    std::optional<int> completionPermille; // none without a positive target
    // Lines.
    QList<StatementDeal> deals;
    QList<StatementReceipt> receipts;
    QList<StatementWriteOff> writeOffs;
    // Components and totals.
    QList<StatementComponent> components;
    qint64 ownCents = 0;   // this month's own pay (everything but adjustments)
    qint64 totalCents = 0; // ownCents + adjustments
    // Review and close, filled from storage.
    StatementStatus status = StatementStatus::Open;
    qint64 reviewedBy = 0;
    QString reviewedByName;
    QDateTime reviewedAt;
    QString reviewNote;
    QDateTime closedAt;
    QString closedByName;
};

// The statement of `in` (pure: no database, no clock).
Statement computeStatement(const StatementInputs &in);

// The plan period a month belongs to under `period` ("2026-11" or "2026-Q4") and whether
// the month is its last.
QString planPeriodOf(const QString &month, PlanPeriod period, bool *lastMonth = nullptr);

// A statement as stored when its period is closed, and back; the round trip is exact.
QJsonObject toJson(const Statement &statement);
Statement statementFromJson(const QJsonObject &json);

// What changed between a statement as closed and the same period recomputed now, as people
// read it; empty when no line differs.
QStringList describeChanges(const Statement &closed, const Statement &live, const QString &currency);

// Gathers the inputs of `userId`'s statement for `month` ("2026-11") as of `asOf` (invalid =
// now), reading the database the acting user sees; `plans` are the office's pay plans.
// Closed periods are not filled in here (the statement book does, when months are closed).
// Throws ValidationError for a bad month, StorageError.
class StatementSource
{
public:
    StatementSource(Database &db, const QDateTime &asOf);
    // Replays `snapshot` (loaded to reach T) instead of loading another; null loads one.
    StatementSource(Database &db, const QDateTime &asOf, const Snapshot *snapshot);
    ~StatementSource();
    StatementSource(const StatementSource &) = delete;
    StatementSource &operator=(const StatementSource &) = delete;

    StatementInputs inputs(qint64 userId, const QString &month, const QList<PayPlan> &plans);
    // People a statement is made for in `month`: those a plan pays, plus anyone credited.
    QList<qint64> people(const QString &month, const QList<PayPlan> &plans);
    // The as-of day (UTC).
    QDate asOfDay() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace analytics
} // namespace fd
