// Contract approval through ContractApproval: each allowed and refused step by role, the
// administrator's second level above the threshold, invoices and receipts refused on a
// contract that is not approved, and a change after approval going back. Runs on SQLite
// files and again on the PostgreSQL cluster (test_postgres_contract_approval).
#include "catchqt.h"

#include "approvaloffice.h"

#include "domain/errors.h"

using namespace fd;
using namespace fd::test;

namespace {

// Runs `step` expecting the exception type E, whose message names the contract; checks
// the contract's status and history did not move.
template<typename E, typename F>
void refused(ApprovalOffice &o, const Contract &c, F step)
{
    const ApprovalStatus before = o.status(c.id);
    const qint64 steps = o.steps(c.id);
    if (!o.sees(c.id)) { // another team's contract on a SQLite file: not there for them
        CHECK_THROWS_AS(step(), NotFoundError);
        CHECK(o.status(c.id) == before);
        CHECK(o.steps(c.id) == steps);
        return;
    }
    try {
        step();
        FAIL("the step was not refused");
    } catch (const E &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(c.number));
    }
    CHECK(o.status(c.id) == before);
    CHECK(o.steps(c.id) == steps);
}

} // namespace

TEST_CASE("approval: the owner submits and the owner's team manager approves, each step recorded", "[approval]")
{
    ApprovalOffice o;
    const Contract c = o.draft(o.rep, 10000000); // ¥100,000
    CHECK(o.status(c.id) == ApprovalStatus::Draft);
    CHECK(o.steps(c.id) == 0);

    o.as(o.rep);
    o.approval().submit(c.id, QStringLiteral("客户已盖章"));
    CHECK(o.status(c.id) == ApprovalStatus::Pending);
    CHECK(o.approval().awaitedLevel(c.id) == ApprovalLevel::Manager);

    o.tdb.clock().advanceSeconds(3600);
    o.as(o.eastManager);
    CHECK(o.approval().whyNot(c.id, ContractApproval::Action::Approve).isEmpty());
    o.approval().approve(c.id);
    CHECK(o.status(c.id) == ApprovalStatus::Approved);

    const QList<ApprovalStep> h = o.approval().history(c.id);
    REQUIRE(h.size() == 2);
    CHECK(h[0].kind == ApprovalStepKind::Submit);
    CHECK(h[0].actedBy == o.rep);
    CHECK(h[0].from == ApprovalStatus::Draft);
    CHECK(h[0].to == ApprovalStatus::Pending);
    CHECK(h[0].comment == QStringLiteral("客户已盖章"));
    CHECK(h[0].actedAt == TempDatabase::defaultNow());
    CHECK(h[1].kind == ApprovalStepKind::Approve);
    CHECK(h[1].level == ApprovalLevel::Manager);
    CHECK(h[1].actedBy == o.eastManager);
    CHECK(h[1].to == ApprovalStatus::Approved);
    CHECK(h[1].actedAt == TempDatabase::defaultNow().addSecs(3600));
}

TEST_CASE("approval: every role that is not the approver is refused, and nothing moves", "[approval]")
{
    ApprovalOffice o;
    const Contract c = o.draft(o.rep, 10000000);
    const auto approve = [&] { o.approval().approve(c.id); };
    const auto submit = [&] { o.approval().submit(c.id); };

    // The state: a draft is not approved, and rejecting needs a reason.
    o.as(o.eastManager);
    refused<ValidationError>(o, c, approve);
    // Submitting: not finance, not a rep or manager of another team.
    for (const qint64 who : {o.finance, o.northRep, o.northManager}) {
        o.as(who);
        if (o.sees(c.id))
            CHECK_FALSE(o.approval().whyNot(c.id, ContractApproval::Action::Submit).isEmpty());
        refused<PermissionError>(o, c, submit);
    }
    o.as(0);
    refused<PermissionError>(o, c, submit);

    o.as(o.rep);
    o.approval().submit(c.id);
    refused<ValidationError>(o, c, submit); // pending already

    // Approving at the manager level: not the owner, not another team's manager, not
    // finance, and not an administrator while the team has a manager (no bypass).
    for (const qint64 who : {o.rep, o.northManager, o.finance, o.admin, o.northRep}) {
        o.as(who);
        if (o.sees(c.id)) {
            CHECK_FALSE(o.approval().whyNot(c.id, ContractApproval::Action::Approve).isEmpty());
            CHECK_FALSE(o.approval().whyNot(c.id, ContractApproval::Action::Reject).isEmpty());
        }
        refused<PermissionError>(o, c, approve);
        refused<PermissionError>(o, c, [&] { o.approval().reject(c.id, QStringLiteral("不行")); });
    }
    o.as(o.eastManager);
    try {
        o.approval().reject(c.id, QStringLiteral("  "));
        FAIL("a rejection without a comment was accepted");
    } catch (const ValidationError &e) {
        REQUIRE(e.errors().size() == 1);
        CHECK(e.errors()[0].field == QStringLiteral("comment"));
        CHECK(e.errors()[0].reason.contains(c.number));
    }
    CHECK(o.status(c.id) == ApprovalStatus::Pending);
    CHECK(o.steps(c.id) == 1);
}

TEST_CASE("approval: a rejection carries its comment and the owner may submit again", "[approval]")
{
    ApprovalOffice o;
    const Contract c = o.submitted(o.rep, 10000000);
    o.as(o.eastManager);
    o.approval().reject(c.id, QStringLiteral("付款条件需重新谈判"));
    CHECK(o.status(c.id) == ApprovalStatus::Rejected);
    o.as(o.eastManager);
    refused<ValidationError>(o, c, [&] { o.approval().approve(c.id); });

    o.as(o.rep);
    o.approval().submit(c.id, QStringLiteral("已改为 30/70"));
    CHECK(o.status(c.id) == ApprovalStatus::Pending);
    o.as(o.eastManager);
    o.approval().approve(c.id);
    const QList<ApprovalStep> h = o.approval().history(c.id);
    REQUIRE(h.size() == 4);
    CHECK(h[1].kind == ApprovalStepKind::Reject);
    CHECK(h[1].comment == QStringLiteral("付款条件需重新谈判"));
    CHECK(h[1].actedBy == o.eastManager);
    CHECK(h[2].from == ApprovalStatus::Rejected);
    CHECK(h[3].to == ApprovalStatus::Approved);
}

TEST_CASE("approval: above the administrator's threshold a second approval by an administrator", "[approval]")
{
    ApprovalOffice o;
    CHECK(o.approval().adminThresholdCents() == ContractApproval::kDefaultThresholdCents);
    o.as(o.eastManager);
    CHECK_THROWS_AS(o.approval().setAdminThresholdCents(100), PermissionError);
    o.as(o.admin);
    CHECK_THROWS_AS(o.approval().setAdminThresholdCents(-1), ValidationError);
    o.approval().setAdminThresholdCents(20000000); // ¥200,000
    CHECK(o.approval().adminThresholdCents() == 20000000);

    // At the threshold the manager's approval is enough.
    const Contract atLimit = o.submitted(o.rep, 20000000);
    o.as(o.eastManager);
    o.approval().approve(atLimit.id);
    CHECK(o.status(atLimit.id) == ApprovalStatus::Approved);

    // Above it the contract stays pending for an administrator.
    const Contract big = o.submitted(o.rep, 20000001);
    o.as(o.eastManager);
    o.approval().approve(big.id);
    CHECK(o.status(big.id) == ApprovalStatus::Pending);
    CHECK(o.approval().awaitedLevel(big.id) == ApprovalLevel::Admin);
    for (const qint64 who : {o.eastManager, o.finance, o.rep, o.northManager}) {
        o.as(who);
        refused<PermissionError>(o, big, [&] { o.approval().approve(big.id); });
    }
    o.as(o.admin);
    o.approval().approve(big.id, QStringLiteral("同意"));
    CHECK(o.status(big.id) == ApprovalStatus::Approved);
    const QList<ApprovalStep> h = o.approval().history(big.id);
    REQUIRE(h.size() == 3);
    CHECK(h[1].level == ApprovalLevel::Manager);
    CHECK(h[1].to == ApprovalStatus::Pending);
    CHECK(h[2].level == ApprovalLevel::Admin);
    CHECK(h[2].actedBy == o.admin);

    // A rep without a team manager: an administrator approves the first level, and above
    // the threshold another administrator the second.
    const Contract lone = o.submitted(o.loneRep, 30000000);
    o.as(o.admin);
    o.approval().approve(lone.id);
    CHECK(o.status(lone.id) == ApprovalStatus::Pending);
    refused<PermissionError>(o, lone, [&] { o.approval().approve(lone.id); });
    o.as(o.admin2);
    o.approval().approve(lone.id);
    CHECK(o.status(lone.id) == ApprovalStatus::Approved);
}

TEST_CASE("approval: receipts and invoices are refused on a contract that is not approved, nothing stored",
          "[approval][receivables]")
{
    ApprovalOffice o;
    const Contract draft = o.draft(o.rep, 1000000);
    const Contract rejected = o.submitted(o.rep, 1000000);
    o.as(o.eastManager);
    o.approval().reject(rejected.id, QStringLiteral("价格过低"));
    const Contract pending = o.submitted(o.rep, 1000000);

    o.as(o.finance);
    for (const Contract &c : {draft, rejected, pending}) {
        Receipt r;
        r.contractId = c.id;
        r.amountCents = 1000;
        r.receivedDate = QDate(2026, 11, 1);
        try {
            o.contracts().addReceipt(r);
            FAIL("a receipt on a contract that is not approved was stored");
        } catch (const ValidationError &e) {
            REQUIRE(e.errors().size() == 1);
            CHECK(e.errors()[0].entity == QStringLiteral("receipt"));
            CHECK(e.errors()[0].field == QStringLiteral("contract"));
            CHECK(e.errors()[0].value == c.number);
        }
        Invoice inv;
        inv.contractId = c.id;
        inv.number = QStringLiteral("FP-%1").arg(c.id);
        inv.amountCents = 1000;
        inv.issuedDate = QDate(2026, 11, 1);
        CHECK_THROWS_AS(o.contracts().addInvoice(inv), ValidationError);
    }
    CHECK(o.tdb.count(QStringLiteral("receipts")) == 0);
    CHECK(o.tdb.count(QStringLiteral("invoices")) == 0);

    o.as(o.eastManager);
    o.approval().approve(pending.id);
    o.as(o.finance);
    Receipt r;
    r.contractId = pending.id;
    r.amountCents = 1000;
    r.receivedDate = QDate(2026, 11, 1);
    o.contracts().addReceipt(r);
    CHECK(o.tdb.count(QStringLiteral("receipts")) == 1);
}

TEST_CASE("approval: a change to an approved contract's amount or dates sends it back to pending", "[approval]")
{
    ApprovalOffice o;
    const Contract c = o.submitted(o.rep, 10000000);
    o.as(o.eastManager);
    o.approval().approve(c.id);

    // The title is not what was approved: it stays approved.
    o.as(o.rep);
    Contract edit = o.contracts().get(c.id);
    edit.title = QStringLiteral("MES 实施合同（一期）");
    o.contracts().update(edit, QStringLiteral("标题更正"));
    CHECK(o.status(c.id) == ApprovalStatus::Approved);

    // The status itself is not editable.
    edit = o.contracts().get(c.id);
    edit.approvalStatus = ApprovalStatus::Draft;
    CHECK_THROWS_AS(o.contracts().update(edit, QStringLiteral("改状态")), ValidationError);
    CHECK(o.status(c.id) == ApprovalStatus::Approved);

    edit = o.contracts().get(c.id);
    edit.amount.cents = 12000000;
    o.contracts().update(edit, QStringLiteral("增加二期模块"));
    CHECK(edit.approvalStatus == ApprovalStatus::Pending);
    CHECK(o.status(c.id) == ApprovalStatus::Pending);
    const QList<ApprovalStep> h = o.approval().history(c.id);
    REQUIRE(h.size() == 3);
    CHECK(h[2].kind == ApprovalStepKind::Reopen);
    CHECK(h[2].from == ApprovalStatus::Approved);
    CHECK(h[2].actedBy == o.rep);
    CHECK(h[2].comment == QStringLiteral("增加二期模块"));

    // No receipt until it is approved again.
    o.as(o.finance);
    Receipt r;
    r.contractId = c.id;
    r.amountCents = 1000;
    r.receivedDate = QDate(2026, 11, 1);
    CHECK_THROWS_AS(o.contracts().addReceipt(r), ValidationError);
    o.as(o.eastManager);
    o.approval().approve(c.id);
    CHECK(o.status(c.id) == ApprovalStatus::Approved);

    // A change while waiting for the second level starts the round over at the manager.
    o.as(o.admin);
    o.approval().setAdminThresholdCents(5000000);
    const Contract big = o.submitted(o.rep, 9000000);
    o.as(o.eastManager);
    o.approval().approve(big.id);
    REQUIRE(o.approval().awaitedLevel(big.id) == ApprovalLevel::Admin);
    o.as(o.rep);
    edit = o.contracts().get(big.id);
    edit.endDate = QDate(2027, 5, 31);
    o.contracts().update(edit, QStringLiteral("延长服务期"));
    CHECK(o.status(big.id) == ApprovalStatus::Pending);
    CHECK(o.approval().awaitedLevel(big.id) == ApprovalLevel::Manager);
}

TEST_CASE("approval: a signed-in user creates drafts only, a load with nobody signed in is recorded", "[approval]")
{
    ApprovalOffice o;
    o.as(o.admin);
    Contract c;
    c.number = QStringLiteral("HT-2026-900");
    c.title = QStringLiteral("直接批准的合同");
    c.customerId = o.customer;
    c.amount = {100, QStringLiteral("CNY")};
    c.approvalStatus = ApprovalStatus::Approved;
    CHECK_THROWS_AS(o.contracts().create(c), ValidationError);
    CHECK(o.tdb.count(QStringLiteral("contracts")) == 0);

    o.as(0);
    o.contracts().create(c);
    const QList<ApprovalStep> h = o.approval().history(c.id);
    REQUIRE(h.size() == 1);
    CHECK(h[0].kind == ApprovalStepKind::Recorded);
    CHECK(h[0].to == ApprovalStatus::Approved);
    CHECK(h[0].actedBy == 0);
}
