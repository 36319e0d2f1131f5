#pragma once

// An office for the contract approval tests: two teams with their managers, a rep in
// each, finance, two administrators and a rep without a team, on a TempDatabase (a
// SQLite file, or the PostgreSQL cluster in the team-mode copies of the suites).
#include "builders.h"
#include "tempdatabase.h"

#include "approval/contractapproval.h"
#include "domain/errors.h"
#include "storage/repositories/contractrepository.h"

namespace fd::test {

struct ApprovalOffice
{
    TempDatabase tdb;
    Builders make{tdb.db()};
    qint64 east = 0, north = 0; // teams
    qint64 eastManager = 0, northManager = 0;
    qint64 rep = 0, northRep = 0, loneRep = 0; // loneRep has no team
    qint64 finance = 0, admin = 0, admin2 = 0;
    qint64 customer = 0;
    int numbers = 0;

    ApprovalOffice()
    {
        east = make.team(QStringLiteral("华东一组"));
        north = make.team(QStringLiteral("华北一组"));
        eastManager = make.user(QStringLiteral("经理 王强"), east, QStringLiteral("manager"));
        northManager = make.user(QStringLiteral("经理 赵磊"), north, QStringLiteral("manager"));
        rep = make.user(QStringLiteral("销售 李娜"), east);
        northRep = make.user(QStringLiteral("销售 孙浩"), north);
        loneRep = make.user(QStringLiteral("销售 周敏"));
        finance = make.user(QStringLiteral("财务 陈静"), 0, QStringLiteral("finance"));
        admin = make.user(QStringLiteral("管理员 刘洋"), 0, QStringLiteral("admin"));
        admin2 = make.user(QStringLiteral("管理员 何平"), 0, QStringLiteral("admin"));
        tdb.db().exec(QStringLiteral("UPDATE teams SET manager_id = %1 WHERE id = %2").arg(eastManager).arg(east));
        tdb.db().exec(QStringLiteral("UPDATE teams SET manager_id = %1 WHERE id = %2").arg(northManager).arg(north));
        customer = make.customer(QStringLiteral("华东精密机械有限公司"));
    }

    void as(qint64 user) { tdb.db().setActingUserId(user); }
    ContractRepository contracts() { return ContractRepository(tdb.db()); }
    ContractApproval approval() { return ContractApproval(tdb.db()); }
    // Reads as nobody (every contract), then acts as before.
    template<typename F>
    auto observed(F read)
    {
        const qint64 acting = tdb.db().actingUserId();
        as(0);
        auto value = read();
        as(acting);
        return value;
    }
    // The state as the test sees it (nobody signed in: every contract, whoever acts).
    ApprovalStatus status(qint64 contractId)
    {
        return observed([&] { return contracts().get(contractId).approvalStatus; });
    }
    qint64 steps(qint64 contractId)
    {
        return observed([&] { return qint64(approval().history(contractId).size()); });
    }
    // Whether the acting person sees the contract: on a SQLite file the core's team scoping
    // (storage/viewer.h) hides another team's contracts, as the server does from their login.
    bool sees(qint64 contractId)
    {
        try {
            contracts().get(contractId);
            return true;
        } catch (const NotFoundError &) {
            return false;
        }
    }

    // A draft owned by `owner`, created as them.
    Contract draft(qint64 owner, qint64 cents)
    {
        as(owner);
        Contract c;
        c.number = QStringLiteral("HT-2026-%1").arg(++numbers, 3, 10, QLatin1Char('0'));
        c.title = QStringLiteral("MES 实施合同 %1").arg(numbers);
        c.customerId = customer;
        c.ownerId = owner;
        c.amount = {cents, QStringLiteral("CNY")};
        c.signedDate = QDate(2026, 6, 1);
        contracts().create(c);
        return c;
    }
    // A draft submitted by its owner.
    Contract submitted(qint64 owner, qint64 cents)
    {
        const Contract c = draft(owner, cents);
        approval().submit(c.id);
        return c;
    }
};

} // namespace fd::test
