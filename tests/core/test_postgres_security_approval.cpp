// Contract approval enforced by the PostgreSQL server (migration 0015): a hostile client
// signed in with a person's own login cannot move a contract's approval, write an approval
// step, change what was approved or bill a contract that is not approved, whatever SQL it
// sends; and FunnelDesk's own ContractApproval works under a manager's and an admin's login.
#include "catchqt.h"
#include "securityoffice.h"

#include "approval/contractapproval.h"
#include "storage/repositories/contractrepository.h"

using namespace fd;
using namespace fd::test;

namespace {

// A draft contract of `owner` (made by the installer), with its id.
qint64 draftContract(Office &o, qint64 owner, qint64 customer, qint64 cents, const QString &number)
{
    SqlQuery k(o.t.db(), QStringLiteral("INSERT INTO contracts (number, title, customer_id, owner_id, amount_cents, "
                                        "approval_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'draft', "
                                        "'2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z') RETURNING id"));
    return k.add(number).add(number + QStringLiteral(" 合同")).add(customer).add(owner).add(cents).insert();
}

// The server's message when it refuses `sql` with an error other than 42501 ("" if it runs).
QString otherRefusal(Database &db, const QString &sql)
{
    try {
        db.exec(sql);
    } catch (const PermissionError &e) {
        FAIL_CHECK("refused as a permission: " << e.message().toStdString());
        return e.message();
    } catch (const StorageError &e) {
        return e.message();
    }
    return {};
}

// One approval step through the server's function, as the connection's login.
QString step(qint64 contract, const char *action, const QString &comment = {})
{
    return QStringLiteral("SELECT fd_contract_approval_step(%1, '%2', %3, '2026-11-23T09:00:00Z', NULL)")
        .arg(contract)
        .arg(QLatin1String(action), pgaccess::quotedLiteral(comment));
}

QString receipt(qint64 contract)
{
    return QStringLiteral("INSERT INTO receipts (contract_id, received_date, amount_cents, created_at) VALUES (%1, "
                          "'2026-11-23', 5000, '2026-11-23T00:00:00Z')")
        .arg(contract);
}

} // namespace

TEST_CASE("PostgreSQL security: a contract's approval moves only by the server's rules, whatever SQL a client sends",
          "[postgres][security][approval]")
{
    Office o;
    const qint64 k = draftContract(o, o.repA1, o.custA1, 10000000, QStringLiteral("HT-D1")); // ¥100,000
    auto rep = o.as(QStringLiteral("repa1"));
    auto colleague = o.as(QStringLiteral("repa2"));
    auto mgrA = o.as(QStringLiteral("mgra"));
    auto mgrB = o.as(QStringLiteral("mgrb"));
    auto fin = o.as(QStringLiteral("fin"));
    auto adm = o.as(QStringLiteral("adm"));
    const auto status = [&] {
        return o.t.scalar(QStringLiteral("SELECT approval_status FROM contracts WHERE id = %1").arg(k)).toString();
    };
    const QString setStatus = QStringLiteral("UPDATE contracts SET approval_status = '%1' WHERE id = %2");

    // Writing the status by hand is refused for everybody, whatever the target.
    for (const char *to : {"pending", "approved", "rejected"})
        CHECK(refused(*rep, setStatus.arg(QLatin1String(to)).arg(k)));
    CHECK(refused(*mgrA, setStatus.arg(QStringLiteral("approved")).arg(k)));
    CHECK(refused(*fin, setStatus.arg(QStringLiteral("approved")).arg(k)));
    CHECK(refused(*adm, setStatus.arg(QStringLiteral("approved")).arg(k)));
    // A new contract starts as a draft.
    const QString newContract = QStringLiteral("INSERT INTO contracts (number, title, customer_id, owner_id, "
                                               "amount_cents, approval_status, created_at, updated_at) VALUES "
                                               "('HT-X', 'x', %1, %2, 100, '%3', '2026-11-23', '2026-11-23')");
    CHECK(refused(*rep, newContract.arg(o.custA1).arg(o.repA1).arg(QStringLiteral("approved"))));
    rep->exec(newContract.arg(o.custA1).arg(o.repA1).arg(QStringLiteral("draft")));
    // No invoice or receipt on a contract that is not approved, not even by finance.
    CHECK(otherRefusal(*fin, receipt(k)).contains(QStringLiteral("only on an approved contract")));
    CHECK(otherRefusal(*fin, QStringLiteral("INSERT INTO invoices (contract_id, number, issued_date, amount_cents, "
                                            "tax_rate_bp, status, created_at) VALUES (%1, 'FP-1', '2026-11-23', 100, "
                                            "600, 'issued', '2026-11-23')")
                                 .arg(k))
              .contains(QStringLiteral("only on an approved contract")));

    // Submitting: not finance; the other team's manager does not even find it.
    CHECK(refused(*fin, step(k, "submit")));
    CHECK(otherRefusal(*mgrB, step(k, "submit")).contains(QStringLiteral("does not exist")));
    rep->exec(step(k, "submit", QStringLiteral("客户已盖章")));
    CHECK(status() == QStringLiteral("pending"));
    // Approving: not the owner, finance, nor an admin while the team has a manager; a
    // colleague and the other team's manager do not even find it.
    for (Database *db : {rep.get(), fin.get(), adm.get()})
        CHECK(refused(*db, step(k, "approve")));
    for (Database *db : {colleague.get(), mgrB.get()})
        CHECK(otherRefusal(*db, step(k, "approve")).contains(QStringLiteral("does not exist")));
    CHECK(otherRefusal(*mgrA, step(k, "reject")).contains(QStringLiteral("say why")));
    CHECK(status() == QStringLiteral("pending"));
    mgrA->exec(step(k, "approve"));
    CHECK(status() == QStringLiteral("approved"));
    CHECK(otherRefusal(*mgrA, step(k, "approve")).contains(QStringLiteral("only a contract waiting for approval")));
    // Each step in the name of the session's user.
    CHECK(o.t.scalar(QStringLiteral("SELECT string_agg(step || ':' || acted_by, ',' ORDER BY id) FROM "
                                    "contract_approvals WHERE contract_id = %1")
                         .arg(k))
              .toString()
          == QStringLiteral("submit:%1,approve:%2").arg(o.repA1).arg(o.managerA));
    // Approved: finance records the receipt.
    fin->exec(receipt(k));

    // What was approved cannot change under the approval: the title may, the amount only
    // by sending the contract back to pending, with the reopening in the session's name.
    CHECK(refused(*rep, QStringLiteral("UPDATE contracts SET amount_cents = 9000000 WHERE id = %1").arg(k)));
    CHECK(affected(*rep, QStringLiteral("UPDATE contracts SET title = '改名' WHERE id = %1").arg(k)) == 1);
    rep->exec(
        QStringLiteral("INSERT INTO contract_approvals (contract_id, step, from_status, to_status, acted_by, "
                       "acted_at, comment) VALUES (%1, 'reopen', 'approved', 'pending', %2, '2026-11-23', '降价')")
            .arg(k)
            .arg(o.managerA));
    CHECK(affected(*rep, QStringLiteral("UPDATE contracts SET amount_cents = 9000000, approval_status = 'pending' "
                                        "WHERE id = %1")
                             .arg(k))
          == 1);
    CHECK(o.t.scalar(QStringLiteral("SELECT acted_by FROM contract_approvals WHERE contract_id = %1 ORDER BY id DESC "
                                    "LIMIT 1")
                         .arg(k))
              .toLongLong()
          == o.repA1);
    // A reopening of a contract in another state, or any other step, is refused.
    CHECK(refused(*rep, QStringLiteral("INSERT INTO contract_approvals (contract_id, step, from_status, to_status, "
                                       "acted_at) VALUES (%1, 'reopen', 'draft', 'pending', '2026-11-23')")
                            .arg(k)));
    CHECK(refused(*rep, QStringLiteral("INSERT INTO contract_approvals (contract_id, step, level, from_status, "
                                       "to_status, acted_at) VALUES (%1, 'approve', 'manager', 'pending', "
                                       "'approved', '2026-11-23')")
                            .arg(k)));
    CHECK(status() == QStringLiteral("pending"));
}

TEST_CASE("PostgreSQL security: above the threshold an admin approves second, and a change restarts the round",
          "[postgres][security][approval]")
{
    Office o;
    const qint64 k = draftContract(o, o.repA1, o.custA1, 60000000, QStringLiteral("HT-D2")); // ¥600,000 > ¥500,000
    auto rep = o.as(QStringLiteral("repa1"));
    auto mgrA = o.as(QStringLiteral("mgra"));
    auto adm = o.as(QStringLiteral("adm"));
    const auto status = [&] {
        return o.t.scalar(QStringLiteral("SELECT approval_status FROM contracts WHERE id = %1").arg(k)).toString();
    };
    rep->exec(step(k, "submit"));
    mgrA->exec(step(k, "approve"));
    CHECK(status() == QStringLiteral("pending"));
    CHECK(refused(*mgrA, step(k, "approve"))); // the second level is an admin's
    // The manager's approval does not cover a changed amount: the round starts over first.
    CHECK(refused(*rep, QStringLiteral("UPDATE contracts SET amount_cents = 59000000 WHERE id = %1").arg(k)));
    adm->exec(step(k, "approve"));
    CHECK(status() == QStringLiteral("approved"));
    CHECK(o.t.scalar(QStringLiteral("SELECT string_agg(level, ',' ORDER BY id) FROM contract_approvals WHERE "
                                    "contract_id = %1 AND step = 'approve'")
                         .arg(k))
              .toString()
          == QStringLiteral("manager,admin"));

    // The team manager's own contract: an admin stands in at the first level, and the second
    // must come from another admin.
    const qint64 own = draftContract(o, o.managerA, o.custA1, 60000000, QStringLiteral("HT-D3"));
    mgrA->exec(step(own, "submit"));
    CHECK(refused(*mgrA, step(own, "approve")));
    adm->exec(step(own, "approve"));
    CHECK(refused(*adm, step(own, "approve")));
    CHECK(o.t.scalar(QStringLiteral("SELECT approval_status FROM contracts WHERE id = %1").arg(own)).toString()
          == QStringLiteral("pending"));
}

TEST_CASE("PostgreSQL security: ContractApproval works under a manager's and an admin's own login",
          "[postgres][security][approval]")
{
    Office o;
    const qint64 k = draftContract(o, o.repA1, o.custA1, 60000000, QStringLiteral("HT-C1"));
    auto rep = o.as(QStringLiteral("repa1"));
    auto mgr = o.as(QStringLiteral("mgra"));
    auto adm = o.as(QStringLiteral("adm"));
    ContractApproval(*rep).submit(k, QStringLiteral("客户已盖章"));
    ContractApproval managerSide(*mgr);
    CHECK(managerSide.whyNot(k, ContractApproval::Action::Approve).isEmpty());
    managerSide.approve(k);
    CHECK(managerSide.awaitedLevel(k) == ApprovalLevel::Admin);
    CHECK_FALSE(managerSide.whyNot(k, ContractApproval::Action::Approve).isEmpty());
    CHECK_THROWS_AS(managerSide.approve(k), PermissionError);
    // The other team's manager does not find the contract at all.
    CHECK_THROWS_AS(ContractApproval(*o.as(QStringLiteral("mgrb"))).approve(k), NotFoundError);

    ContractApproval adminSide(*adm);
    CHECK(adminSide.whyNot(k, ContractApproval::Action::Approve).isEmpty());
    adminSide.approve(k, QStringLiteral("二级审批"));
    const QList<ApprovalStep> h = adminSide.history(k);
    REQUIRE(h.size() == 3);
    CHECK(h[0].actedBy == o.repA1);
    CHECK(h[0].comment == QStringLiteral("客户已盖章"));
    CHECK(h[1].actedBy == o.managerA);
    CHECK(h[1].level == ApprovalLevel::Manager);
    CHECK(h[1].to == ApprovalStatus::Pending);
    CHECK(h[2].actedBy == o.admin);
    CHECK(h[2].level == ApprovalLevel::Admin);
    CHECK(h[2].to == ApprovalStatus::Approved);

    // The rep changes the approved amount through the repository: back to pending, reopened
    // in their name with their reason.
    ContractRepository repo(*rep);
    Contract c = repo.get(k);
    c.amount.cents = 59000000;
    repo.update(c, QStringLiteral("客户要求降价"));
    CHECK(repo.get(k).approvalStatus == ApprovalStatus::Pending);
    const ApprovalStep reopen = ContractApproval(*rep).history(k).last();
    CHECK(reopen.kind == ApprovalStepKind::Reopen);
    CHECK(reopen.actedBy == o.repA1);
    CHECK(reopen.comment == QStringLiteral("客户要求降价"));
    // Finance cannot record a receipt on it now (the core's message; the server would refuse too).
    Receipt r;
    r.contractId = k;
    r.receivedDate = QDate(2026, 11, 23);
    r.amountCents = 5000;
    CHECK_THROWS_AS(ContractRepository(*o.as(QStringLiteral("fin"))).addReceipt(r), ValidationError);

    // The admin raises the threshold (a setting only admins write): the manager alone approves.
    adminSide.setAdminThresholdCents(70000000);
    managerSide.approve(k);
    CHECK(repo.get(k).approvalStatus == ApprovalStatus::Approved);
    CHECK_THROWS_AS(managerSide.setAdminThresholdCents(1), PermissionError);
}
