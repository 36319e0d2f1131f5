// Receivables as of a day: reconciliation of receipts and write-offs against instalments
// (核销), the 10 % waiver of a final service payment, aging buckets at their edges, invoices
// (voided ones ignored) — on a real SQLite file written through ContractRepository.
#include "catchqt.h"
#include "contractfixture.h"
#include "repositorychecks.h"

#include "analytics/receivables.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "storage/sqlquery.h"

using namespace fd;
using namespace fd::test;

namespace {

const ContractReceivable &contractIn(const ReceivablesReport &r, qint64 id)
{
    for (const ContractReceivable &c : r.contracts) {
        if (c.contractId == id)
            return c;
    }
    FAIL("contract " << id << " missing from the report");
    static ContractReceivable none;
    return none;
}

const InstalmentBalance &instalmentIn(const ReceivablesReport &r, qint64 id)
{
    for (const InstalmentBalance &in : r.instalments) {
        if (in.instalmentId == id)
            return in;
    }
    FAIL("instalment " << id << " missing from the report");
    static InstalmentBalance none;
    return none;
}

} // namespace

TEST_CASE("a plan of three instalments by percent reconciles a partial receipt oldest due first", "[receivables]")
{
    ContractOffice f;
    const QDate today = f.today();
    const qint64 amount = 12345678; // ¥123,456.78: the percents do not divide it evenly
    const Contract c = f.contract(f.customerA, amount);
    const QList<Instalment> ins = f.planByPercent(
        c.id, {{30, today.addDays(-53)}, {40, today.addDays(-3)}, {30, today.addDays(22)}});
    REQUIRE(ins.size() == 3);
    CHECK(ins[0].amountCents == money::percentOf(amount, 30));
    CHECK(ins[1].amountCents == money::percentOf(amount, 40));
    CHECK(ins[0].amountCents + ins[1].amountCents + ins[2].amountCents == amount);

    // Nothing received yet: the first two are overdue, the third expected within 30 days.
    ReceivablesReport before = computeReceivables(f.tdb.db(), today);
    CHECK(contractIn(before, c.id).overdue == ins[0].amountCents + ins[1].amountCents);
    CHECK(before.overdue.size() == 2);
    REQUIRE(before.expected.size() == 1);
    CHECK(before.expected[0].instalmentId == ins[2].id);
    CHECK(before.expectedTotal == ins[2].amountCents);

    // ¥50,000 not naming an instalment covers the first and part of the second (核销).
    const qint64 paid = 5000000;
    f.receipt(c.id, paid, today.addDays(-1));
    // A receipt dated after the as-of day does not count yet.
    f.receipt(c.id, 100, today.addDays(1));
    const ReceivablesReport r = computeReceivables(f.tdb.db(), today);
    CHECK(instalmentIn(r, ins[0].id).received == ins[0].amountCents);
    CHECK(instalmentIn(r, ins[0].id).outstanding == 0);
    const qint64 secondOpen = ins[1].amountCents - (paid - ins[0].amountCents);
    CHECK(instalmentIn(r, ins[1].id).outstanding == secondOpen);
    CHECK(instalmentIn(r, ins[2].id).outstanding == ins[2].amountCents);
    const ContractReceivable &cr = contractIn(r, c.id);
    CHECK(cr.received == paid);
    CHECK(cr.balance == amount - paid);
    CHECK(cr.due == secondOpen);
    CHECK(cr.overdue == secondOpen);
    CHECK(cr.nextDue == ins[1].dueDate);
    CHECK(cr.maxDaysPastDue == 3);
    CHECK(cr.planned);
    REQUIRE(r.overdue.size() == 1);
    CHECK(r.overdue[0].instalmentId == ins[1].id);
    CHECK(r.overdue[0].daysPastDue == 3);
    CHECK(r.agingTotal.buckets[size_t(AgingBucket::Days0To30)] == secondOpen);
    CHECK(r.agingTotal.total == secondOpen);
    CHECK(r.balanceTotal == amount - paid);
    CHECK(r.dueTotal == secondOpen);
    CHECK(r.overdueTotal == secondOpen);

    // A receipt naming the third instalment goes there although the second is older.
    f.receipt(c.id, 1000, today, ins[2].id);
    const ReceivablesReport named = computeReceivables(f.tdb.db(), today);
    CHECK(instalmentIn(named, ins[1].id).outstanding == secondOpen);
    CHECK(instalmentIn(named, ins[2].id).outstanding == ins[2].amountCents - 1000);
    CHECK(named.expectedTotal == ins[2].amountCents - 1000);
}

TEST_CASE("waiving 10 % of the final service payment writes it off and keeps the history", "[receivables]")
{
    ContractOffice f;
    const QDate today = f.today();
    const Contract c = f.contract(f.customerB, 20000000); // ¥200,000
    const QList<Instalment> ins = f.planByAmount(c.id, {{18000000, today.addDays(-70)}, {2000000, today.addDays(-10)}});
    f.receipt(c.id, 18000000, today.addDays(-65), ins[0].id);
    ReceivablesReport before = computeReceivables(f.tdb.db(), today);
    CHECK(contractIn(before, c.id).overdue == 2000000);

    // A write-off with no reason is refused and stores nothing.
    ReceivableAdjustment noReason;
    noReason.contractId = c.id;
    noReason.instalmentId = ins[1].id;
    noReason.amountCents = 2000000;
    const ValidationError e = refusedWithoutChange(f.tdb.db(), [&] { f.repo().addAdjustment(noReason); });
    CHECK(errorFor(e, QStringLiteral("reason")).entity == QStringLiteral("receivable_adjustment"));

    const QString reason = QStringLiteral("客户验收延期，免除 10% 服务尾款");
    f.writeOff(c.id, 2000000, reason, ins[1].id);
    const ReceivablesReport r = computeReceivables(f.tdb.db(), today);
    const ContractReceivable &cr = contractIn(r, c.id);
    CHECK(cr.adjusted == 2000000);
    CHECK(cr.balance == 0);
    CHECK(cr.overdue == 0);
    CHECK_FALSE(cr.nextDue.isValid());
    CHECK(instalmentIn(r, ins[1].id).adjusted == 2000000);
    CHECK(r.overdue.isEmpty());
    CHECK(r.aging.isEmpty());
    CHECK(r.agingTotal.total == 0);
    CHECK(f.repo().receivableBalance(c.id) == 0);

    // The history stays: the write-off with its reason, who and when; as of the day
    // before it was recorded the instalment was still open.
    const QList<ReceivableAdjustment> history = f.repo().adjustments(c.id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].reason == reason);
    CHECK(history[0].createdBy == f.finance);
    CHECK(history[0].adjustedAt == TempDatabase::defaultNow());
    const ReceivablesReport yesterday = computeReceivables(f.tdb.db(), today.addDays(-1));
    CHECK(contractIn(yesterday, c.id).overdue == 2000000);

    // A write-off naming no instalment goes to the newest due (the tail payment).
    const Contract d = f.contract(f.customerB, 1000000);
    const QList<Instalment> dins = f.planByPercent(d.id, {{50, today.addDays(-5)}, {50, today.addDays(-2)}});
    f.writeOff(d.id, 100000, QStringLiteral("尾款减免"));
    const ReceivablesReport tail = computeReceivables(f.tdb.db(), today);
    CHECK(instalmentIn(tail, dins[0].id).outstanding == 500000);
    CHECK(instalmentIn(tail, dins[1].id).outstanding == 400000);
}

TEST_CASE("aging buckets split at 30/31, 60/61 and 90/91 days past due", "[receivables]")
{
    CHECK(agingBucket(0) == AgingBucket::Days0To30);
    CHECK(agingBucket(30) == AgingBucket::Days0To30);
    CHECK(agingBucket(31) == AgingBucket::Days31To60);
    CHECK(agingBucket(60) == AgingBucket::Days31To60);
    CHECK(agingBucket(61) == AgingBucket::Days61To90);
    CHECK(agingBucket(90) == AgingBucket::Days61To90);
    CHECK(agingBucket(91) == AgingBucket::Over90);

    ContractOffice f;
    const QDate today = f.today();
    // One instalment per edge; amounts are powers of two so each bucket's sum says which.
    const QList<int> days{0, 30, 31, 60, 61, 90, 91};
    QList<std::pair<qint64, QDate>> parts;
    qint64 total = 0;
    for (int i = 0; i < days.size(); ++i) {
        parts.append({qint64(100) << i, today.addDays(-days[i])});
        total += qint64(100) << i;
    }
    parts.append({100000, today.addDays(31)}); // not due: outside aging, outside "expected"
    const Contract c = f.contract(f.customerA, total + 100000);
    f.planByAmount(c.id, parts);
    const Contract other = f.contract(f.customerB, 5000);
    f.planByAmount(other.id, {{5000, today.addDays(-45)}});
    const Contract rejected = f.contract(f.customerB, 7000, ApprovalStatus::Rejected);
    f.planByAmount(rejected.id, {{7000, today.addDays(-45)}});

    const ReceivablesReport r = computeReceivables(f.tdb.db(), today);
    REQUIRE(r.aging.size() == 2);
    const AgingRow &b = r.aging[0].customerId == f.customerB ? r.aging[0] : r.aging[1];
    const AgingRow &a = r.aging[0].customerId == f.customerA ? r.aging[0] : r.aging[1];
    CHECK(a.buckets[0] == 100 + 200);   // 0 and 30 days
    CHECK(a.buckets[1] == 400 + 800);   // 31 and 60
    CHECK(a.buckets[2] == 1600 + 3200); // 61 and 90
    CHECK(a.buckets[3] == 6400);        // 91
    CHECK(a.total == total);
    CHECK(a.instalments == 7);
    CHECK(b.buckets[1] == 5000); // the rejected contract is not receivable
    CHECK(b.total == 5000);
    CHECK(r.agingTotal.buckets[1] == 400 + 800 + 5000);
    CHECK(r.agingTotal.total == total + 5000);
    // Due today is in the 0–30 bucket but not yet overdue.
    CHECK(r.overdue.size() == 7);
    CHECK(r.expected.isEmpty());
    for (const ContractReceivable &cr : r.contracts)
        CHECK(cr.contractId != rejected.id);

    // One customer only.
    const ReceivablesReport onlyB = computeReceivables(f.tdb.db(), today, f.customerB);
    REQUIRE(onlyB.contracts.size() == 1);
    CHECK(onlyB.agingTotal.total == 5000);
}

TEST_CASE("invoiced amounts leave voided invoices out", "[receivables]")
{
    ContractOffice f;
    const QDate today = f.today();
    const Contract c = f.contract(f.customerA, 1000000);
    f.planByPercent(c.id, {{100, today.addDays(10)}});
    f.invoice(c.id, QStringLiteral("FP-001"), 300000, today.addDays(-2));
    const qint64 wrong = f.invoice(c.id, QStringLiteral("FP-002"), 700000, today.addDays(-1));
    f.invoice(c.id, QStringLiteral("FP-004"), 50000, today.addDays(3)); // after the as-of day
    CHECK(contractIn(computeReceivables(f.tdb.db(), today), c.id).invoiced == 1000000);
    f.repo().voidInvoice(wrong);
    const ReceivablesReport r = computeReceivables(f.tdb.db(), today);
    CHECK(contractIn(r, c.id).invoiced == 300000);
    // An invoice is not money received: the balance is unchanged.
    CHECK(contractIn(r, c.id).balance == 1000000);
}

TEST_CASE("a receipt or write-off larger than what is open on its instalment is refused", "[receivables]")
{
    ContractOffice f;
    const QDate today = f.today();
    const Contract c = f.contract(f.customerA, 1000000);
    const QList<Instalment> ins = f.planByPercent(c.id, {{40, today}, {60, today.addDays(30)}});
    f.receipt(c.id, 300000, today, ins[0].id);
    Receipt over;
    over.contractId = c.id;
    over.instalmentId = ins[0].id;
    over.amountCents = 100001; // 100000 open
    over.receivedDate = today;
    const ValidationError e = refusedWithoutChange(f.tdb.db(), [&] { f.repo().addReceipt(over); });
    CHECK(errorFor(e, QStringLiteral("amount")).value == QStringLiteral("100001"));
    ReceivableAdjustment big;
    big.contractId = c.id;
    big.instalmentId = ins[0].id;
    big.amountCents = 100001;
    big.reason = QStringLiteral("减免");
    const ValidationError ae = refusedWithoutChange(f.tdb.db(), [&] { f.repo().addAdjustment(big); });
    CHECK(errorFor(ae, QStringLiteral("amount")).entity == QStringLiteral("receivable_adjustment"));
    // Exactly what is open is accepted.
    over.amountCents = 100000;
    f.repo().addReceipt(over);
    CHECK(instalmentIn(computeReceivables(f.tdb.db(), today), ins[0].id).outstanding == 0);
}

TEST_CASE("a receipt, write-off or invoice removed (undo) and stored again (redo) is exactly what was there",
          "[receivables][undo]")
{
    ContractOffice f;
    const QDate today = f.today();
    const Contract c = f.contract(f.customerA, 1000000);
    const QList<Instalment> ins = f.planByPercent(c.id, {{40, today.addDays(-10)}, {60, today.addDays(30)}});
    const qint64 receiptId = f.receipt(c.id, 400000, today, ins[0].id);
    const qint64 writeOffId = f.writeOff(c.id, 60000, QStringLiteral("尾款减免 10%"), ins[1].id);
    const qint64 invoiceId = f.invoice(c.id, QStringLiteral("FP-0101"), 400000, today);
    const Receipt receipt = f.repo().receipts(c.id).first();
    ReceivableAdjustment writeOff = f.repo().adjustments(c.id).first();
    Invoice invoice = f.repo().invoices(c.id).first();
    CHECK(instalmentIn(computeReceivables(f.tdb.db(), today), ins[0].id).outstanding == 0);
    f.tdb.clock().advanceSeconds(3600); // undo and redo happen later than the entry

    // Undo: the receipt is gone and the first instalment is overdue again.
    f.repo().removeReceipt(receiptId);
    CHECK(f.repo().receipts(c.id).isEmpty());
    ReceivablesReport r = computeReceivables(f.tdb.db(), today);
    CHECK(instalmentIn(r, ins[0].id).outstanding == 400000);
    CHECK(contractIn(r, c.id).overdue == 400000);
    CHECK(contractIn(r, c.id).balance == 1000000 - 60000);
    f.repo().removeAdjustment(writeOffId);
    f.repo().removeInvoice(invoiceId);
    CHECK(f.tdb.count(QStringLiteral("receivable_adjustments")) == 0);
    CHECK(f.tdb.count(QStringLiteral("invoices")) == 0);
    CHECK(f.repo().receivableBalance(c.id) == 1000000);
    SqlQuery trail(f.tdb.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND "
                                              "entity IN ('receipt', 'receivable_adjustment', 'invoice')"));
    CHECK(trail.scalar().toInt() == 3);
    CHECK_THROWS_AS(f.repo().removeReceipt(receiptId), NotFoundError);

    // Redo: the same rows come back under their ids, with their author and creation time.
    Receipt again = receipt;
    f.repo().restoreReceipt(again);
    f.repo().restoreAdjustment(writeOff);
    f.repo().restoreInvoice(invoice);
    const Receipt back = f.repo().receipts(c.id).first();
    CHECK(back.id == receiptId);
    CHECK(back.amountCents == 400000);
    CHECK(back.instalmentId == ins[0].id);
    CHECK(back.method == receipt.method);
    CHECK(back.createdBy == f.finance);
    CHECK(back.createdAt == receipt.createdAt);
    CHECK(f.repo().adjustments(c.id).first().id == writeOffId);
    CHECK(f.repo().adjustments(c.id).first().reason == QStringLiteral("尾款减免 10%"));
    CHECK(f.repo().invoices(c.id).first().id == invoiceId);
    CHECK(f.repo().invoices(c.id).first().number == QStringLiteral("FP-0101"));
    r = computeReceivables(f.tdb.db(), today);
    CHECK(instalmentIn(r, ins[0].id).outstanding == 0);
    CHECK(contractIn(r, c.id).balance == 1000000 - 400000 - 60000);

    // Voiding is undone by issuing the invoice again; voiding twice changes nothing.
    CHECK(f.repo().voidInvoice(invoiceId));
    CHECK_FALSE(f.repo().voidInvoice(invoiceId));
    CHECK(f.repo().invoices(c.id).first().voided);
    f.repo().reissueInvoice(invoiceId);
    CHECK_FALSE(f.repo().invoices(c.id).first().voided);
    SqlQuery reissued(f.tdb.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'invoice' AND "
                                                 "field = 'status' AND old_value = 'void' AND new_value = 'issued'"));
    CHECK(reissued.scalar().toInt() == 1);
    CHECK_THROWS_AS(f.repo().reissueInvoice(invoiceId + 100), NotFoundError);

    // A redo that no longer fits (the balance was paid meanwhile) is refused and stores nothing.
    f.repo().removeReceipt(receiptId);
    f.receipt(c.id, 1000000 - 60000, today);
    Receipt late = receipt;
    CHECK_THROWS_AS(f.repo().restoreReceipt(late), ValidationError);
    CHECK(f.tdb.count(QStringLiteral("receipts")) == 1);
}
