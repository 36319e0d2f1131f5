// Contracts, their change history, payment plans (resolved to the cent), invoices,
// receipts, write-offs and the receivable balance, on a real SQLite file (and on PostgreSQL
// in test_postgres_repositories).
#include "builders.h"
#include "catchqt.h"
#include "contractfixture.h"
#include "repositorychecks.h"
#include "tempdatabase.h"

#include "domain/errors.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/opportunityrepository.h"

using namespace fd;
using namespace fd::test;

namespace {

struct Office
{
    TempDatabase tdb;
    Builders make{tdb.db()};
    qint64 finance = 0;
    qint64 customer = 0;
    // A fresh repository each time: reopen() replaces the connection.
    ContractRepository repo() { return ContractRepository(tdb.db()); }

    Office()
    {
        finance = make.user(QStringLiteral("财务 陈静"), 0, QStringLiteral("finance"));
        customer = make.customer(QStringLiteral("华东精密机械有限公司"));
        tdb.db().setActingUserId(finance);
    }

    Contract contract(qint64 cents, const QString &number = QStringLiteral("HT-2026-001"))
    {
        Contract c;
        c.number = number;
        c.title = QStringLiteral("MES 一期 实施合同 '; DROP TABLE contracts; --");
        c.customerId = customer;
        c.ownerId = finance;
        c.amount = {cents, QStringLiteral("CNY")};
        c.approvalStatus = ApprovalStatus::Approved;
        c.signedDate = QDate(2026, 11, 2);
        c.startDate = QDate(2026, 11, 10);
        c.endDate = QDate(2027, 11, 9);
        recordContract(tdb.db(), c);
        return c;
    }
};

Instalment byPercent(int percent, const QDate &due)
{
    Instalment i;
    i.percent = percent;
    i.dueDate = due;
    return i;
}

Instalment byAmount(qint64 cents, const QDate &due)
{
    Instalment i;
    i.amountCents = cents;
    i.dueDate = due;
    return i;
}

} // namespace

TEST_CASE("a contract round-trips and its updates are recorded with a reason", "[repositories][contracts]")
{
    Office f;
    Contract c = f.contract(100000000);

    f.tdb.reopen();
    ContractRepository again(f.tdb.db());
    Contract read = again.get(c.id);
    CHECK(read.number == c.number);
    CHECK(read.title == c.title);
    CHECK(read.customerId == f.customer);
    CHECK(read.ownerId == f.finance);
    CHECK(read.opportunityId == 0);
    CHECK(read.amount == c.amount);
    CHECK(read.approvalStatus == ApprovalStatus::Approved);
    CHECK(read.signedDate == c.signedDate);
    CHECK(read.startDate == c.startDate);
    CHECK(read.endDate == c.endDate);
    CHECK(read.createdAt == TempDatabase::defaultNow());
    CHECK(read.rowVersion == 1);

    f.tdb.clock().advanceSeconds(86400);
    Contract stale = read;
    read.amount.cents = 95000000;
    read.endDate = QDate(2027, 12, 31);
    again.update(read, QStringLiteral("客户要求降价 5%"));
    CHECK(read.rowVersion == 2);
    const QList<ContractChange> changes = again.changes(c.id);
    // The amount and term changed what was approved: back to pending, recorded too.
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].field == QStringLiteral("amount_cents"));
    CHECK(changes[0].oldValue == QStringLiteral("100000000"));
    CHECK(changes[0].newValue == QStringLiteral("95000000"));
    CHECK(changes[0].reason == QStringLiteral("客户要求降价 5%"));
    CHECK(changes[0].changedAt == TempDatabase::defaultNow().addSecs(86400));
    CHECK(changes[0].changedBy == f.finance);
    CHECK(changes[1].field == QStringLiteral("approval_status"));
    CHECK(changes[1].oldValue == QStringLiteral("approved"));
    CHECK(changes[1].newValue == QStringLiteral("pending"));
    CHECK(read.approvalStatus == ApprovalStatus::Pending);
    CHECK(changes[2].field == QStringLiteral("end_date"));
    CHECK(changes[2].newValue == QStringLiteral("2027-12-31"));

    // Stale version: conflict, nothing written.
    stale.title = QStringLiteral("改名");
    const QStringList before = databaseDump(f.tdb.db());
    CHECK_THROWS_AS(again.update(stale, QStringLiteral("改名")), ConflictError);
    CHECK(databaseDump(f.tdb.db()) == before);

    // A change needs a reason; a negative amount and a backwards term are located.
    Contract bad = again.get(c.id);
    bad.amount.cents = -1;
    bad.endDate = QDate(2026, 1, 1);
    const ValidationError e = refusedWithoutChange(f.tdb.db(), [&] { again.update(bad, QString()); });
    CHECK(errorFor(e, QStringLiteral("amount")).value == QStringLiteral("-1"));
    CHECK(errorFor(e, QStringLiteral("end_date")).value == QStringLiteral("2026-01-01"));
    Contract noReason = again.get(c.id);
    noReason.title = QStringLiteral("新标题");
    const ValidationError re = refusedWithoutChange(f.tdb.db(), [&] { again.update(noReason, QStringLiteral(" ")); });
    CHECK(errorFor(re, QStringLiteral("change_reason")).entity == QStringLiteral("contract"));
    Contract duplicate;
    duplicate.number = c.number;
    duplicate.title = QStringLiteral("重复编号");
    duplicate.customerId = f.customer;
    const ValidationError de = refusedWithoutChange(f.tdb.db(), [&] { again.create(duplicate); });
    CHECK(errorFor(de, QStringLiteral("number")).value == c.number);
}

TEST_CASE("percent instalments resolve to cents that add up exactly", "[repositories][contracts]")
{
    Office f;
    // ¥10,000.01 split 33 / 33 / 34 %: 3,300.00 + 3,300.00 + the remainder 3,400.01.
    Contract c = f.contract(1000001);
    PaymentPlan plan;
    plan.contractId = c.id;
    plan.name = QStringLiteral("三期付款");
    plan.instalments = {byPercent(33, QDate(2026, 12, 1)), byPercent(33, QDate(2027, 3, 1)),
                        byPercent(34, QDate(2027, 6, 1))};
    f.repo().createPaymentPlan(plan);

    f.tdb.reopen();
    ContractRepository again(f.tdb.db());
    const QList<PaymentPlan> plans = again.paymentPlans(c.id);
    REQUIRE(plans.size() == 1);
    const QList<Instalment> &in = plans.first().instalments;
    REQUIRE(in.size() == 3);
    CHECK(in[0].amountCents == 330000);
    CHECK(in[1].amountCents == 330000);
    CHECK(in[2].amountCents == 1000001 - 660000);
    CHECK(in[0].amountCents + in[1].amountCents + in[2].amountCents == c.amount.cents);
    CHECK(in[2].percent == 34);
    CHECK(in[2].seq == 3);
    CHECK(in[0].dueDate == QDate(2026, 12, 1));
    CHECK(plans.first().name == QStringLiteral("三期付款"));

    // Mixed: a fixed deposit then percents; still exact.
    Contract mixed = f.contract(999999, QStringLiteral("HT-2026-002"));
    PaymentPlan p2;
    p2.contractId = mixed.id;
    p2.name = QStringLiteral("定金 + 两期");
    p2.instalments = {byAmount(100000, QDate(2026, 12, 1)), byPercent(45, QDate(2027, 1, 1)),
                      byPercent(45, QDate(2027, 2, 1))};
    // 100,000 + 449,999.55→450,000 + remainder 449,999 = 999,999.
    again.createPaymentPlan(p2);
    qint64 sum = 0;
    const QList<PaymentPlan> mixedPlans = again.paymentPlans(mixed.id);
    REQUIRE(mixedPlans.size() == 1);
    for (const Instalment &i : mixedPlans.first().instalments)
        sum += i.amountCents;
    CHECK(sum == 999999);

    // Amounts that do not cover the contract are refused.
    PaymentPlan gap;
    gap.contractId = mixed.id;
    gap.name = QStringLiteral("缺口");
    gap.instalments = {byPercent(50, QDate(2027, 1, 1)), byPercent(30, QDate(2027, 2, 1))};
    const ValidationError e = refusedWithoutChange(f.tdb.db(), [&] { again.createPaymentPlan(gap); });
    CHECK(errorFor(e, QStringLiteral("instalments")).entity == QStringLiteral("payment_plan"));
}

TEST_CASE("a plan whose third instalment is invalid leaves no plan and no instalments", "[repositories][contracts]")
{
    Office f;
    Contract c = f.contract(300000);
    PaymentPlan plan;
    plan.contractId = c.id;
    plan.name = QStringLiteral("三期");
    plan.instalments = {byAmount(100000, QDate(2026, 12, 1)), byAmount(100000, QDate(2027, 1, 1)),
                        byAmount(100000, QDate(2027, 2, 30))}; // no such day
    const ValidationError e = refusedWithoutChange(f.tdb.db(), [&] { f.repo().createPaymentPlan(plan); });
    const FieldError due = errorFor(e, QStringLiteral("instalment[3].due_date"));
    CHECK(due.entity == QStringLiteral("payment_plan"));
    CHECK(due.reason.contains(QStringLiteral("valid date")));
    PaymentPlan negative = plan;
    negative.instalments[2] = byAmount(-100000, QDate(2027, 2, 1));
    const ValidationError ne = refusedWithoutChange(f.tdb.db(), [&] { f.repo().createPaymentPlan(negative); });
    CHECK(errorFor(ne, QStringLiteral("instalment[3].amount")).value == QStringLiteral("-100000"));

    // A failure inside the transaction (here: the database refuses the 3rd row) rolls
    // back the plan and the two instalments already inserted.
    injectFailure(f.tdb.db(), QStringLiteral("refuse_third"), QStringLiteral("INSERT"),
                  QStringLiteral("payment_instalments"), QStringLiteral("ROW.seq = 3"));
    PaymentPlan valid = plan;
    valid.instalments[2] = byAmount(100000, QDate(2027, 2, 28));
    const qint64 auditBefore = f.tdb.count(QStringLiteral("audit_log"));
    CHECK_THROWS_AS(f.repo().createPaymentPlan(valid), StorageError);
    CHECK(f.tdb.count(QStringLiteral("payment_plans")) == 0);
    CHECK(f.tdb.count(QStringLiteral("payment_instalments")) == 0);
    CHECK(f.tdb.count(QStringLiteral("audit_log")) == auditBefore);
    removeInjectedFailure(f.tdb.db(), QStringLiteral("refuse_third"), QStringLiteral("payment_instalments"));
    PaymentPlan retry = valid;
    f.repo().createPaymentPlan(retry);
    CHECK(f.tdb.count(QStringLiteral("payment_instalments")) == 3);
}

TEST_CASE("invoices, receipts and write-offs drive the receivable balance", "[repositories][contracts]")
{
    Office f;
    Contract c = f.contract(1000000);
    PaymentPlan plan;
    plan.contractId = c.id;
    plan.name = QStringLiteral("两期");
    plan.instalments = {byPercent(60, QDate(2026, 11, 30)), byPercent(40, QDate(2027, 5, 31))};
    f.repo().createPaymentPlan(plan);
    const qint64 first = plan.instalments[0].id;
    const qint64 second = plan.instalments[1].id;

    Invoice inv;
    inv.contractId = c.id;
    inv.instalmentId = first;
    inv.number = QStringLiteral("FP-0001");
    inv.issuedDate = QDate(2026, 11, 20);
    inv.amountCents = 600000;
    inv.taxRateBasisPoints = 1300;
    f.repo().addInvoice(inv);
    Receipt r;
    r.contractId = c.id;
    r.instalmentId = first;
    r.receivedDate = QDate(2026, 11, 22);
    r.amountCents = 600000;
    r.method = QStringLiteral("银行转账");
    r.reference = QStringLiteral("招行 8899");
    f.repo().addReceipt(r);
    ReceivableAdjustment w;
    w.contractId = c.id;
    w.instalmentId = second;
    w.amountCents = 40000;
    w.reason = QStringLiteral("尾款减免 10%");
    f.repo().addAdjustment(w);

    f.tdb.reopen();
    ContractRepository again(f.tdb.db());
    CHECK(again.receivableBalance(c.id) == 1000000 - 600000 - 40000);
    const Invoice ri = again.invoices(c.id).first();
    CHECK(ri.number == inv.number);
    CHECK(ri.instalmentId == first);
    CHECK(ri.issuedDate == inv.issuedDate);
    CHECK(ri.amountCents == 600000);
    CHECK(ri.taxRateBasisPoints == 1300);
    CHECK_FALSE(ri.voided);
    again.voidInvoice(inv.id);
    CHECK(again.invoices(c.id).first().voided);
    const Receipt rr = again.receipts(c.id).first();
    CHECK(rr.receivedDate == r.receivedDate);
    CHECK(rr.amountCents == 600000);
    CHECK(rr.method == r.method);
    CHECK(rr.reference == r.reference);
    CHECK(rr.createdBy == f.finance);
    CHECK(rr.createdAt == TempDatabase::defaultNow());
    const ReceivableAdjustment ra = again.adjustments(c.id).first();
    CHECK(ra.reason == w.reason);
    CHECK(ra.amountCents == 40000);
    CHECK(ra.instalmentId == second);
    CHECK(ra.adjustedAt == TempDatabase::defaultNow());
    CHECK(ra.createdBy == f.finance);

    // More than is outstanding, no amount, an invalid date, a foreign instalment: refused.
    Contract other = f.contract(500, QStringLiteral("HT-2026-009"));
    Receipt over = r;
    over.id = 0;
    over.amountCents = 360001;
    over.receivedDate = QDate(2026, 2, 30);
    over.instalmentId = 0;
    const ValidationError e = refusedWithoutChange(f.tdb.db(), [&] { again.addReceipt(over); });
    CHECK(errorFor(e, QStringLiteral("amount")).value == QStringLiteral("360001"));
    CHECK(errorFor(e, QStringLiteral("received_date")).entity == QStringLiteral("receipt"));
    ReceivableAdjustment bad;
    bad.contractId = other.id;
    bad.instalmentId = second;
    bad.amountCents = 0;
    const ValidationError ae = refusedWithoutChange(f.tdb.db(), [&] { again.addAdjustment(bad); });
    CHECK(errorFor(ae, QStringLiteral("instalment")).value == QString::number(second));
    CHECK(errorFor(ae, QStringLiteral("amount")).value == QStringLiteral("0"));
    CHECK(errorFor(ae, QStringLiteral("reason")).reason == QStringLiteral("is required"));

    // A plan whose instalments carry receipts cannot be removed.
    const ValidationError pe = refusedWithoutChange(f.tdb.db(), [&] { again.removePaymentPlan(plan.id); });
    CHECK(errorFor(pe, QStringLiteral("id")).entity == QStringLiteral("payment_plan"));
}

TEST_CASE("a new contract is offered HT-YYYY-NNN: contracts on file + 1, past numbers taken",
          "[repositories][contracts]")
{
    Office f;
    // The fixed clock's year (2026-11-23); none on file yet.
    CHECK(f.repo().nextNumber() == QStringLiteral("HT-2026-001"));
    f.contract(100000, QStringLiteral("HT-2026-001"));
    CHECK(f.repo().nextNumber() == QStringLiteral("HT-2026-002"));
    // A number typed ahead by hand is skipped, not offered twice.
    f.contract(100000, QStringLiteral("HT-2026-003"));
    CHECK(f.repo().nextNumber() == QStringLiteral("HT-2026-004"));
    // Offering writes nothing.
    CHECK(f.tdb.count(QStringLiteral("contracts")) == 2);
    // The year follows the clock; the sequence counts every contract on file.
    f.tdb.clock().set(QDateTime(QDate(2027, 1, 2), QTime(8, 0), Qt::UTC));
    CHECK(f.repo().nextNumber() == QStringLiteral("HT-2027-003"));
    // The offered number is accepted as it is.
    Contract c = f.contract(100000, f.repo().nextNumber());
    CHECK(f.repo().get(c.id).number == QStringLiteral("HT-2027-003"));
    CHECK(f.repo().nextNumber() == QStringLiteral("HT-2027-004"));
}

TEST_CASE("won deals without a contract are offered for a new one, most recently won first",
          "[repositories][contracts]")
{
    Office f;
    const Pipeline pipeline = f.make.pipeline();
    const qint64 rep = f.make.user(QStringLiteral("王芳"));
    const qint64 other = f.make.customer(QStringLiteral("北方重工集团"));
    f.tdb.db().setActingUserId(0); // the sales side's deals (finance may not add or win deals)
    OpportunityRepository deals(f.tdb.db());
    const Opportunity first = f.make.opportunity(pipeline, f.customer, rep, 50000000, QStringLiteral("MES 一期"));
    const Opportunity second = f.make.opportunity(pipeline, other, rep, 12345678, QStringLiteral("ERP 接口"));
    const Opportunity open = f.make.opportunity(pipeline, other, rep, 9900, QStringLiteral("还在谈"));
    const Opportunity lost = f.make.opportunity(pipeline, other, rep, 9900, QStringLiteral("丢单"));
    const Opportunity contracted = f.make.opportunity(pipeline, f.customer, rep, 7700, QStringLiteral("已签合同"));
    deals.setOutcome(first.id, OpportunityStatus::Won);
    f.tdb.clock().advanceSeconds(3 * 86400);
    deals.setOutcome(second.id, OpportunityStatus::Won);
    deals.setOutcome(lost.id, OpportunityStatus::Lost, QStringLiteral("价格"));
    deals.setOutcome(contracted.id, OpportunityStatus::Won);
    Contract c;
    c.number = QStringLiteral("HT-2026-009");
    c.title = QStringLiteral("已签合同");
    c.opportunityId = contracted.id;
    c.customerId = f.customer;
    c.ownerId = rep;
    c.amount = {7700, QStringLiteral("CNY")};
    f.tdb.db().setActingUserId(f.finance);
    f.repo().create(c);
    Q_UNUSED(open);

    const QList<WonDeal> won = f.repo().wonDealsWithoutContract();
    REQUIRE(won.size() == 2);
    CHECK(won[0].id == second.id);
    CHECK(won[0].title == QStringLiteral("ERP 接口"));
    CHECK(won[0].customerId == other);
    CHECK(won[0].customerName == QStringLiteral("北方重工集团"));
    CHECK(won[0].ownerId == rep);
    CHECK(won[0].amount == Money{12345678, QStringLiteral("CNY")});
    CHECK(won[0].closed == QDate(2026, 11, 26));
    CHECK(won[1].id == first.id);
    CHECK(won[1].customerName == QStringLiteral("华东精密机械有限公司"));
    CHECK(won[1].closed == QDate(2026, 11, 23));
}
