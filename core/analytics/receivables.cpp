#include "receivables.h"

#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/scopefilter.h"
#include "storage/sqlquery.h"

#include <QHash>

#include <algorithm>

namespace fd {

AgingBucket agingBucket(int daysPastDue)
{
    if (daysPastDue <= 30)
        return AgingBucket::Days0To30;
    if (daysPastDue <= 60)
        return AgingBucket::Days31To60;
    if (daysPastDue <= 90)
        return AgingBucket::Days61To90;
    return AgingBucket::Over90;
}

QString agingBucketKey(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::Days0To30:
        return QStringLiteral("0_30");
    case AgingBucket::Days31To60:
        return QStringLiteral("31_60");
    case AgingBucket::Days61To90:
        return QStringLiteral("61_90");
    case AgingBucket::Over90:
        return QStringLiteral("over_90");
    }
    return {};
}

namespace {

// A receipt or write-off as far as reconciliation cares.
struct Payment
{
    qint64 contractId = 0;
    qint64 instalmentId = 0; // 0 = not named: allocated by the rules
    qint64 amount = 0;
};

// Applies up to `amount` to `in`; returns what did not fit.
qint64 apply(InstalmentBalance &in, qint64 amount, bool isReceipt)
{
    const qint64 room = in.amount - in.received - in.adjusted;
    const qint64 used = std::clamp<qint64>(amount, 0, std::max<qint64>(room, 0));
    (isReceipt ? in.received : in.adjusted) += used;
    return amount - used;
}

// Reconciles one contract's instalments (sorted oldest due first): named payments go to
// their instalment, the rest of the receipts fill instalments oldest due first, the rest
// of the write-offs newest due first (a waiver is of the tail payment).
void reconcile(QList<InstalmentBalance *> &ins, const QList<Payment> &receipts, const QList<Payment> &adjustments)
{
    QHash<qint64, InstalmentBalance *> byId;
    for (InstalmentBalance *in : ins)
        byId.insert(in->instalmentId, in);
    qint64 poolReceipts = 0;
    qint64 poolAdjustments = 0;
    for (const Payment &p : receipts) {
        InstalmentBalance *named = byId.value(p.instalmentId);
        poolReceipts += named ? apply(*named, p.amount, true) : p.amount;
    }
    for (const Payment &p : adjustments) {
        InstalmentBalance *named = byId.value(p.instalmentId);
        poolAdjustments += named ? apply(*named, p.amount, false) : p.amount;
    }
    for (auto it = ins.begin(); it != ins.end() && poolReceipts > 0; ++it)
        poolReceipts = apply(**it, poolReceipts, true);
    for (auto it = ins.rbegin(); it != ins.rend() && poolAdjustments > 0; ++it)
        poolAdjustments = apply(**it, poolAdjustments, false);
}

using PaymentsByContract = QHash<qint64, QList<Payment>>;

// Which contracts a computation reads: not rejected (they are not receivable), of one
// customer when asked; and the as-of limits of the payments.
struct ContractFilter
{
    QString day;      // the as-of day as stored: receipts dated up to it count
    QString endOfDay; // its last second: write-offs recorded up to it count
    qint64 customerId = 0;
    QString customerSql;       // the customer condition for a query on `contracts ct` (empty: every customer)
    QVariantList visibleBinds; // the values of the visibility condition's ":visN" (restrictTo)

    void bindCustomer(SqlQuery &q) const
    {
        if (customerId)
            q.bind(QStringLiteral(":customer"), customerId);
        for (int i = 0; i < visibleBinds.size(); ++i)
            q.bind(QStringLiteral(":vis%1").arg(i), visibleBinds[i]);
    }

    // Restricts the filter to the contracts visible to the acting user of `db`.
    void restrictTo(Database &db)
    {
        const SqlCondition c = ScopeFilter::visibleTo(db).records(RecordType::Contract, QStringLiteral("ct"));
        if (c.isEmpty())
            return;
        QString sql;
        int n = 0;
        for (const QChar ch : c.sql)
            sql += ch == QLatin1Char('?') ? QStringLiteral(":vis%1").arg(n++) : QString(ch);
        customerSql += QStringLiteral(" AND ") + sql;
        visibleBinds = c.binds;
    }
};

// Loads the contracts with their sums (amount, invoiced up to the as-of day), newest signed first.
QList<ContractReceivable> loadContracts(Database &db, const ContractFilter &filter)
{
    SqlQuery cq(db,
                QStringLiteral(
                    "SELECT ct.id, ct.customer_id, ct.owner_id, ct.opportunity_id, ct.number, ct.title, cu.name, "
                    "COALESCE(u.display_name, ''), ct.approval_status, ct.currency, ct.signed_date, ct.amount_cents, "
                    "COALESCE((SELECT SUM(x.amount_cents) FROM invoices x WHERE x.contract_id = ct.id "
                    "  AND x.status = 'issued' AND x.issued_date <= :day), 0) "
                    "FROM contracts ct JOIN customers cu ON cu.id = ct.customer_id "
                    "LEFT JOIN users u ON u.id = ct.owner_id "
                    "WHERE ct.approval_status <> 'rejected'%1 "
                    "ORDER BY ct.signed_date DESC, ct.number")
                    .arg(filter.customerSql));
    cq.bind(QStringLiteral(":day"), filter.day);
    filter.bindCustomer(cq);
    cq.exec();
    QList<ContractReceivable> contracts;
    while (cq.next()) {
        ContractReceivable c;
        c.contractId = cq.value(0).toLongLong();
        c.customerId = cq.value(1).toLongLong();
        c.ownerId = rows::id(cq.value(2));
        c.opportunityId = rows::id(cq.value(3));
        c.number = cq.value(4).toString();
        c.title = cq.value(5).toString();
        c.customerName = cq.value(6).toString();
        c.ownerName = cq.value(7).toString();
        c.approvalStatus = cq.value(8).toString();
        c.currency = cq.value(9).toString();
        c.signedDate = rows::date(cq.value(10));
        c.amount = cq.value(11).toLongLong();
        c.invoiced = cq.value(12).toLongLong();
        contracts.append(c);
    }
    return contracts;
}

// Loads the instalments of `contracts`, grouped by contract and oldest due first (ties by
// seq, then id), with their contract's details and their days past due on `asOf`.
QList<InstalmentBalance> loadInstalments(Database &db, const ContractFilter &filter,
                                         const QList<ContractReceivable> &contracts, const QDate &asOf)
{
    QHash<qint64, int> contractIndex;
    for (int i = 0; i < contracts.size(); ++i)
        contractIndex.insert(contracts[i].contractId, i);
    SqlQuery iq(
        db, QStringLiteral("SELECT i.id, p.contract_id, i.seq, i.due_date, i.amount_cents, COALESCE(i.note, '') "
                           "FROM payment_instalments i JOIN payment_plans p ON p.id = i.plan_id "
                           "JOIN contracts ct ON ct.id = p.contract_id "
                           "WHERE ct.approval_status <> 'rejected'%1 ORDER BY p.contract_id, i.due_date, i.seq, i.id")
                .arg(filter.customerSql));
    filter.bindCustomer(iq);
    iq.exec();
    QList<InstalmentBalance> all;
    while (iq.next()) {
        InstalmentBalance in;
        in.instalmentId = iq.value(0).toLongLong();
        in.contractId = iq.value(1).toLongLong();
        in.seq = iq.value(2).toInt();
        in.due = rows::date(iq.value(3));
        in.amount = iq.value(4).toLongLong();
        in.note = iq.value(5).toString();
        const auto ci = contractIndex.find(in.contractId);
        if (ci == contractIndex.end())
            continue;
        const ContractReceivable &c = contracts[*ci];
        in.customerId = c.customerId;
        in.contractNumber = c.number;
        in.customerName = c.customerName;
        in.currency = c.currency;
        in.daysPastDue = in.due.isValid() ? int(in.due.daysTo(asOf)) : 0;
        all.append(in);
    }
    return all;
}

// Loads the payments in `table` (receipts or write-offs) by contract, those whose
// `dateColumn` is up to `limit`, oldest first.
PaymentsByContract loadPayments(Database &db, const ContractFilter &filter, const QString &table,
                                const QString &dateColumn, const QString &limit)
{
    PaymentsByContract byContract;
    SqlQuery q(db, QStringLiteral("SELECT x.contract_id, x.instalment_id, x.amount_cents FROM %1 x "
                                  "JOIN contracts ct ON ct.id = x.contract_id "
                                  "WHERE x.%2 <= :limit AND ct.approval_status <> 'rejected'%3 "
                                  "ORDER BY x.%2, x.id")
                       .arg(table, dateColumn, filter.customerSql));
    q.bind(QStringLiteral(":limit"), limit);
    filter.bindCustomer(q);
    q.exec();
    while (q.next())
        byContract[q.value(0).toLongLong()].append(
            {q.value(0).toLongLong(), rows::id(q.value(1)), q.value(2).toLongLong()});
    return byContract;
}

// Reconciles contract by contract (the instalments are grouped by contract already): each
// contract's received, written off, balance, due, overdue and next due date, each
// instalment's outstanding amount, and the report's totals.
void reconcileContracts(ReceivablesReport &r, QList<InstalmentBalance> &all, const PaymentsByContract &receipts,
                        const PaymentsByContract &adjustments)
{
    QHash<qint64, QList<InstalmentBalance *>> insByContract;
    for (InstalmentBalance &in : all)
        insByContract[in.contractId].append(&in);
    for (ContractReceivable &c : r.contracts) {
        for (const Payment &p : receipts.value(c.contractId))
            c.received += p.amount;
        for (const Payment &p : adjustments.value(c.contractId))
            c.adjusted += p.amount;
        c.balance = c.amount - c.received - c.adjusted;
        QList<InstalmentBalance *> ins = insByContract.value(c.contractId);
        c.planned = !ins.isEmpty();
        reconcile(ins, receipts.value(c.contractId), adjustments.value(c.contractId));
        for (InstalmentBalance *in : ins) {
            in->outstanding = std::max<qint64>(in->amount - in->received - in->adjusted, 0);
            if (in->outstanding <= 0)
                continue;
            if (!c.nextDue.isValid() || in->due < c.nextDue)
                c.nextDue = in->due;
            if (in->daysPastDue >= 0)
                c.due += in->outstanding;
            if (in->daysPastDue > 0) {
                c.overdue += in->outstanding;
                c.maxDaysPastDue = std::max(c.maxDaysPastDue, in->daysPastDue);
            }
        }
        r.balanceTotal += c.balance;
        r.dueTotal += c.due;
        r.overdueTotal += c.overdue;
    }
}

// Lists the instalments by due date (then contract number, seq) into the report: the
// overdue ones, those expected within kExpectedWindowDays, and the aging by customer.
void listAndAge(ReceivablesReport &r, QList<InstalmentBalance> all)
{
    std::stable_sort(all.begin(), all.end(), [](const InstalmentBalance &a, const InstalmentBalance &b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.contractNumber != b.contractNumber)
            return a.contractNumber < b.contractNumber;
        return a.seq < b.seq;
    });
    QHash<qint64, int> agingIndex;
    for (const InstalmentBalance &in : all) {
        if (in.outstanding > 0 && in.daysPastDue > 0)
            r.overdue.append(in);
        if (in.outstanding > 0 && in.daysPastDue < 0 && in.daysPastDue >= -kExpectedWindowDays) {
            r.expected.append(in);
            r.expectedTotal += in.outstanding;
        }
        if (in.outstanding <= 0 || in.daysPastDue < 0)
            continue;
        auto ai = agingIndex.find(in.customerId);
        if (ai == agingIndex.end()) {
            ai = agingIndex.insert(in.customerId, r.aging.size());
            AgingRow row;
            row.customerId = in.customerId;
            row.customerName = in.customerName;
            r.aging.append(row);
        }
        const int b = int(agingBucket(in.daysPastDue));
        for (AgingRow *row : {&r.aging[*ai], &r.agingTotal}) {
            row->buckets[size_t(b)] += in.outstanding;
            row->total += in.outstanding;
            row->instalments += 1;
        }
    }
    std::sort(r.aging.begin(), r.aging.end(), [](const AgingRow &a, const AgingRow &b) {
        return a.customerName != b.customerName ? a.customerName < b.customerName : a.customerId < b.customerId;
    });
    r.instalments = std::move(all);
}

} // namespace

ReceivablesReport computeReceivables(Database &db, const QDate &asOf, qint64 customerId)
{
    ReceivablesReport r;
    r.asOf = asOf;
    r.agingTotal.customerId = 0;
    ContractFilter filter;
    filter.day = isotime::toStored(asOf);
    filter.endOfDay = isotime::toStored(QDateTime(asOf, QTime(23, 59, 59), Qt::UTC));
    filter.customerId = customerId;
    filter.customerSql = customerId ? QStringLiteral(" AND ct.customer_id = :customer") : QString();
    filter.restrictTo(db);

    r.contracts = loadContracts(db, filter);
    QList<InstalmentBalance> all = loadInstalments(db, filter, r.contracts, asOf);
    // Receipts dated up to the as-of day, write-offs recorded up to its end.
    const PaymentsByContract receipts = loadPayments(db, filter, QStringLiteral("receipts"),
                                                     QStringLiteral("received_date"), filter.day);
    const PaymentsByContract adjustments = loadPayments(db, filter, QStringLiteral("receivable_adjustments"),
                                                        QStringLiteral("adjusted_at"), filter.endOfDay);
    reconcileContracts(r, all, receipts, adjustments);
    listAndAge(r, std::move(all));
    return r;
}

} // namespace fd
