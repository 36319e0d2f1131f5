// The undo side of ContractRepository's payment entries: removing an invoice, a receipt
// or a write-off that was just added, issuing a voided invoice again. Kept apart from the
// functions it reverses.
#include "contractrepository.h"

#include "domain/errors.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

namespace fd {

void ContractRepository::removePayment(const char *table, const QString &entity, qint64 id)
{
    Viewer::of(m_db).requireMoney();
    Transaction tx(m_db);
    SqlQuery amount(m_db, QStringLiteral("SELECT amount_cents FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    const QVariant cents = amount.add(id).scalar();
    if (!cents.isValid())
        throw NotFoundError(QStringLiteral("%1 %2 does not exist").arg(entity).arg(id));
    SqlQuery del(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    del.add(id).exec();
    audit::record(m_db, entity, id, QStringLiteral("delete"), QStringLiteral("amount_cents"), cents, {});
    tx.commit();
}

void ContractRepository::removeInvoice(qint64 invoiceId)
{
    removePayment("invoices", QStringLiteral("invoice"), invoiceId);
}

void ContractRepository::removeReceipt(qint64 receiptId)
{
    removePayment("receipts", QStringLiteral("receipt"), receiptId);
}

void ContractRepository::removeAdjustment(qint64 adjustmentId)
{
    removePayment("receivable_adjustments", QStringLiteral("receivable_adjustment"), adjustmentId);
}

void ContractRepository::reissueInvoice(qint64 invoiceId)
{
    Viewer::of(m_db).requireMoney();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE invoices SET status = 'issued' WHERE id = ? AND status = 'void'"));
    q.add(invoiceId).exec();
    if (q.numRowsAffected() == 1)
        audit::recordChange(m_db, QStringLiteral("invoice"), invoiceId, QStringLiteral("status"),
                            QStringLiteral("void"), QStringLiteral("issued"));
    else if (!repo::exists(m_db, "invoices", invoiceId))
        throw NotFoundError(QStringLiteral("Invoice %1 does not exist").arg(invoiceId));
    tx.commit();
}

} // namespace fd
