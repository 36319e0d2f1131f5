#pragma once

// A small office with contracts, payment plans, receipts and write-offs, written through
// ContractRepository on a real SQLite file; shared by the receivables, CLI and UI tests.
#include "builders.h"
#include "tempdatabase.h"

#include "storage/database.h"
#include "storage/repositories/contractrepository.h"

namespace fd::test {

// Creates a contract with its status as a load nobody signs in for (the demo, an import)
// would: a signed-in user creates drafts only. The acting user is restored afterwards.
inline void recordContract(Database &db, Contract &c)
{
    const qint64 acting = db.actingUserId();
    db.setActingUserId(0);
    try {
        ContractRepository(db).create(c);
    } catch (...) {
        db.setActingUserId(acting);
        throw;
    }
    db.setActingUserId(acting);
}

struct ContractOffice
{
    TempDatabase tdb;
    Builders make{tdb.db()};
    qint64 finance = 0;
    qint64 customerA = 0; // 华东精密机械有限公司
    qint64 customerB = 0; // 北方重工集团
    int numbers = 0;

    ContractOffice()
    {
        finance = make.user(QStringLiteral("财务 陈静"), 0, QStringLiteral("finance"));
        customerA = make.customer(QStringLiteral("华东精密机械有限公司"));
        customerB = make.customer(QStringLiteral("北方重工集团"));
        tdb.db().setActingUserId(finance);
    }

    ContractRepository repo() { return ContractRepository(tdb.db()); }
    // The fixed clock's day (2026-11-23).
    QDate today() const { return TempDatabase::defaultNow().date(); }

    Contract contract(qint64 customer, qint64 cents, ApprovalStatus status = ApprovalStatus::Approved)
    {
        Contract c;
        c.number = QStringLiteral("HT-2026-%1").arg(++numbers, 3, 10, QLatin1Char('0'));
        c.title = QStringLiteral("MES 实施合同 %1").arg(numbers);
        c.customerId = customer;
        c.ownerId = finance;
        c.amount = {cents, QStringLiteral("CNY")};
        c.approvalStatus = status;
        c.signedDate = QDate(2026, 6, 1).addDays(numbers);
        recordContract(tdb.db(), c);
        return c;
    }

    // A plan of instalments given as (percent, due) pairs; returns the instalments with ids.
    QList<Instalment> planByPercent(qint64 contractId, const QList<std::pair<int, QDate>> &parts)
    {
        PaymentPlan p;
        p.contractId = contractId;
        p.name = QStringLiteral("回款计划");
        for (const auto &part : parts) {
            Instalment i;
            i.percent = part.first;
            i.dueDate = part.second;
            p.instalments.append(i);
        }
        repo().createPaymentPlan(p);
        return p.instalments;
    }

    // A plan of instalments given as (cents, due) pairs.
    QList<Instalment> planByAmount(qint64 contractId, const QList<std::pair<qint64, QDate>> &parts)
    {
        PaymentPlan p;
        p.contractId = contractId;
        p.name = QStringLiteral("回款计划");
        for (const auto &part : parts) {
            Instalment i;
            i.amountCents = part.first;
            i.dueDate = part.second;
            p.instalments.append(i);
        }
        repo().createPaymentPlan(p);
        return p.instalments;
    }

    qint64 receipt(qint64 contractId, qint64 cents, const QDate &on, qint64 instalmentId = 0)
    {
        Receipt r;
        r.contractId = contractId;
        r.instalmentId = instalmentId;
        r.amountCents = cents;
        r.receivedDate = on;
        r.method = QStringLiteral("银行转账");
        return repo().addReceipt(r);
    }

    qint64 writeOff(qint64 contractId, qint64 cents, const QString &reason, qint64 instalmentId = 0)
    {
        ReceivableAdjustment a;
        a.contractId = contractId;
        a.instalmentId = instalmentId;
        a.amountCents = cents;
        a.reason = reason;
        return repo().addAdjustment(a);
    }

    qint64 invoice(qint64 contractId, const QString &number, qint64 cents, const QDate &on)
    {
        Invoice inv;
        inv.contractId = contractId;
        inv.number = number;
        inv.amountCents = cents;
        inv.issuedDate = on;
        inv.taxRateBasisPoints = 600;
        return repo().addInvoice(inv);
    }
};

} // namespace fd::test
