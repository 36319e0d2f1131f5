#include "contracttables.h"

#include "domain/contract.h"
#include "domain/isotime.h"
#include "storage/sqlquery.h"

namespace fd::tables {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? isotime::toStored(d) : QString();
}

} // namespace

const Table &ContractRow::table()
{
    static const Table t("contracts", {"number", "title", "opportunity_id", "customer_id", "owner_id", "amount_cents",
                                       "currency", "approval_status", "signed_date", "start_date", "end_date",
                                       "created_at", "updated_at", "row_version", "updated_by"});
    return t;
}

QVariantList ContractRow::values() const
{
    return {number,
            title,
            nullableId(opportunityId),
            customerId,
            nullableId(ownerId),
            amountCents,
            currency,
            approvalStatus,
            nullableText(signedDate),
            nullableText(startDate),
            nullableText(endDate),
            createdAt,
            updatedAt,
            rowVersion,
            nullableId(updatedBy)};
}

const Table &ContractChangeRow::table()
{
    static const Table t("contract_changes",
                         {"contract_id", "changed_at", "changed_by", "field", "old_value", "new_value", "reason"});
    return t;
}

QVariantList ContractChangeRow::values() const
{
    return {contractId,           changedAt,           nullableId(changedBy), field, textOrNull(oldValue),
            textOrNull(newValue), nullableText(reason)};
}

const Table &PaymentPlanRow::table()
{
    static const Table t("payment_plans", {"contract_id", "name", "created_at"});
    return t;
}

QVariantList PaymentPlanRow::values() const
{
    return {contractId, name, createdAt};
}

const Table &InstalmentRow::table()
{
    static const Table t("payment_instalments", {"plan_id", "seq", "due_date", "amount_cents", "percent", "note"});
    return t;
}

QVariantList InstalmentRow::values() const
{
    return {planId, seq, dueDate, amountCents, nullable(percent), nullableText(note)};
}

const Table &InvoiceRow::table()
{
    static const Table t("invoices", {"contract_id", "instalment_id", "number", "issued_date", "amount_cents",
                                      "tax_rate_bp", "status", "created_at"});
    return t;
}

QVariantList InvoiceRow::values() const
{
    return {contractId, nullableId(instalmentId), number, issuedDate, amountCents, taxRateBp, status, createdAt};
}

const Table &ReceiptRow::table()
{
    static const Table t("receipts", {"contract_id", "instalment_id", "received_date", "amount_cents", "method",
                                      "reference", "created_by", "created_at"});
    return t;
}

QVariantList ReceiptRow::values() const
{
    return {contractId,           nullableId(instalmentId), receivedDate,          amountCents,
            nullableText(method), nullableText(reference),  nullableId(createdBy), createdAt};
}

const Table &AdjustmentRow::table()
{
    static const Table t("receivable_adjustments",
                         {"contract_id", "instalment_id", "adjusted_at", "amount_cents", "reason", "created_by"});
    return t;
}

QVariantList AdjustmentRow::values() const
{
    return {contractId, nullableId(instalmentId), adjustedAt, amountCents, reason, nullableId(createdBy)};
}

const Table &ContractApprovalRow::table()
{
    static const Table t("contract_approvals", {"contract_id", "step", "level", "from_status", "to_status", "acted_by",
                                                "acted_at", "comment"});
    return t;
}

QVariantList ContractApprovalRow::values() const
{
    // A null QString would bind as NULL; the comment column is NOT NULL with '' for none.
    return {contractId,
            step,
            nullableText(level),
            fromStatus,
            toStatus,
            nullableId(actedBy),
            actedAt,
            comment.isNull() ? QStringLiteral("") : comment};
}

ContractRow contractRow(const Contract &c)
{
    ContractRow r;
    r.id = c.id;
    r.number = c.number.trimmed();
    r.title = c.title.trimmed();
    r.opportunityId = c.opportunityId;
    r.customerId = c.customerId;
    r.ownerId = c.ownerId;
    r.amountCents = c.amount.cents;
    r.currency = c.amount.currency;
    r.approvalStatus = toString(c.approvalStatus);
    r.signedDate = dateText(c.signedDate);
    r.startDate = dateText(c.startDate);
    r.endDate = dateText(c.endDate);
    return r;
}

} // namespace fd::tables
