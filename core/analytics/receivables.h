#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace fd {

class Database;

// Receivables (应收) as of a day: what each contract's instalments still expect after
// receipts (回款) and write-offs are reconciled against them (核销), the overdue instalments,
// the aging buckets and the receipts expected soon. Definitions: DEFINITIONS.md § 8.

// Aging buckets by days past due: 0–30, 31–60, 61–90, more than 90.
enum class AgingBucket { Days0To30 = 0, Days31To60, Days61To90, Over90 };
constexpr int kAgingBucketCount = 4;
// Days ahead that count as "expected soon".
constexpr int kExpectedWindowDays = 30;

// The bucket for an instalment that is `daysPastDue` (>= 0) days past its due date.
AgingBucket agingBucket(int daysPastDue);
// Stable English key of a bucket ("0_30", "31_60", "61_90", "over_90") for files and the CLI.
QString agingBucketKey(AgingBucket bucket);

// One instalment after reconciliation.
struct InstalmentBalance
{
    qint64 instalmentId = 0;
    qint64 contractId = 0;
    qint64 customerId = 0;
    QString contractNumber;
    QString customerName;
    QString currency = QStringLiteral("CNY");
    int seq = 0;
    QDate due;
    qint64 amount = 0;      // the instalment as planned
    qint64 received = 0;    // receipts reconciled against it
    qint64 adjusted = 0;    // write-offs reconciled against it
    qint64 outstanding = 0; // amount − received − adjusted (never negative)
    int daysPastDue = 0;    // due.daysTo(asOf); negative when not yet due
    QString note;

    bool overdue() const { return outstanding > 0 && daysPastDue > 0; }
};

// One contract's figures.
struct ContractReceivable
{
    qint64 contractId = 0;
    qint64 customerId = 0;
    qint64 ownerId = 0;
    qint64 opportunityId = 0;
    QString number;
    QString title;
    QString customerName;
    QString ownerName;
    QString approvalStatus; // stored text: draft, pending, approved, rejected
    QString currency = QStringLiteral("CNY");
    QDate signedDate;
    qint64 amount = 0;
    qint64 invoiced = 0;    // issued invoices, voided ones left out
    qint64 received = 0;    // all receipts up to the as-of day
    qint64 adjusted = 0;    // all write-offs up to the as-of day
    qint64 balance = 0;     // amount − received − adjusted
    qint64 due = 0;         // outstanding of instalments due on or before the as-of day
    qint64 overdue = 0;     // outstanding of instalments due before the as-of day
    QDate nextDue;          // earliest due date of an instalment with something outstanding
    int maxDaysPastDue = 0; // of its overdue instalments (0 when none)
    bool planned = false;   // has at least one instalment
};

// Aging of one customer (or the total row, customerId 0).
struct AgingRow
{
    qint64 customerId = 0;
    QString customerName;
    std::array<qint64, kAgingBucketCount> buckets{};
    qint64 total = 0;
    int instalments = 0;
};

struct ReceivablesReport
{
    QDate asOf;
    QList<ContractReceivable> contracts;  // by signed date, newest first, then number
    QList<InstalmentBalance> instalments; // every instalment, by due date then contract/seq
    QList<InstalmentBalance> overdue;     // outstanding and due before asOf, oldest first
    QList<InstalmentBalance> expected;    // outstanding and due in (asOf, asOf + 30 days]
    QList<AgingRow> aging;                // per customer with anything due, by customer name
    AgingRow agingTotal;                  // customerId 0
    qint64 expectedTotal = 0;
    qint64 balanceTotal = 0; // Σ contract balances
    qint64 dueTotal = 0;     // Σ contract due
    qint64 overdueTotal = 0; // Σ contract overdue
};

// Everything receivable as of the end of `asOf` (receipts dated on or before it, write-offs
// recorded up to its 23:59:59Z). Contracts that were rejected are left out.
// customerId != 0 limits it to one customer.
ReceivablesReport computeReceivables(Database &db, const QDate &asOf, qint64 customerId = 0);

} // namespace fd
