#include "contractrepository.h"
#include "domain/trcontext.h"

#include "approval/approvaltitles.h"
#include "approvalhistory.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "domain/validator.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/tables/contracttables.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace fd {

namespace {

const QString kContractColumns = QStringLiteral(
    "id, number, title, opportunity_id, customer_id, owner_id, amount_cents, currency, approval_status, signed_date, "
    "start_date, end_date, created_at, updated_at, row_version");

Contract contractFromRow(const SqlQuery &q)
{
    Contract c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.title = q.value(2).toString();
    c.opportunityId = rows::id(q.value(3));
    c.customerId = q.value(4).toLongLong();
    c.ownerId = rows::id(q.value(5));
    c.amount = {q.value(6).toLongLong(), q.value(7).toString()};
    parseApprovalStatus(q.value(8).toString(), &c.approvalStatus);
    c.signedDate = rows::date(q.value(9));
    c.startDate = rows::date(q.value(10));
    c.endDate = rows::date(q.value(11));
    c.createdAt = rows::timestamp(q.value(12));
    c.updatedAt = rows::timestamp(q.value(13));
    c.rowVersion = q.value(14).toInt();
    return c;
}

// The audited fields of a contract as stored (its row definition), in a fixed order.
QList<std::pair<QString, QVariant>> changeableFields(const Contract &c)
{
    static const std::initializer_list<const char *> names = {
        "number",   "title",           "opportunity_id", "customer_id", "owner_id", "amount_cents",
        "currency", "approval_status", "signed_date",    "start_date",  "end_date"};
    const QVariantList values = tables::ContractRow::table().pick(tables::contractRow(c).values(), names);
    QList<std::pair<QString, QVariant>> fields;
    qsizetype i = 0;
    for (const char *name : names)
        fields.append({QString::fromLatin1(name), values[i++]});
    return fields;
}

// Binds number … end_date, in the order of the UPDATE.
void bindFields(SqlQuery &q, const Contract &c)
{
    for (const auto &field : changeableFields(c))
        q.add(field.second);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? isotime::toStored(d) : QString();
}

// What an approval approves: the amount, its currency, the customer and the dates.
// Number, title, owner and the deal it came from may change without a new approval.
bool changesApprovedTerms(const Contract &a, const Contract &b)
{
    return a.amount.cents != b.amount.cents || a.amount.currency != b.amount.currency || a.customerId != b.customerId
           || a.signedDate != b.signedDate || a.startDate != b.startDate || a.endDate != b.endDate;
}
} // namespace

void ContractRepository::validate(const Contract &c)
{
    Validator v(QStringLiteral("contract"));
    v.required(QStringLiteral("number"), c.number, 100);
    v.check(!repo::taken(m_db, "contracts", "number", c.number.trimmed(), c.id), QStringLiteral("number"), c.number,
            Validation::tr("is already used by another contract"));
    v.required(QStringLiteral("title"), c.title, 300);
    v.nonNegative(QStringLiteral("amount"), c.amount.cents);
    v.currency(QStringLiteral("currency"), c.amount.currency);
    v.check(repo::exists(m_db, "customers", c.customerId), QStringLiteral("customer"), QString::number(c.customerId),
            Validation::tr("does not exist"));
    if (c.opportunityId)
        v.check(repo::exists(m_db, "opportunities", c.opportunityId), QStringLiteral("opportunity"),
                QString::number(c.opportunityId), Validation::tr("does not exist"));
    if (c.ownerId)
        v.check(repo::exists(m_db, "users", c.ownerId), QStringLiteral("owner"), QString::number(c.ownerId),
                Validation::tr("does not exist"));
    v.check(!c.startDate.isValid() || !c.endDate.isValid() || c.startDate <= c.endDate, QStringLiteral("end_date"),
            dateText(c.endDate), Validation::tr("is before the start date"));
    v.throwIfInvalid();
}

qint64 ContractRepository::create(Contract &c)
{
    validate(c);
    Viewer::of(m_db).requireCreate(m_db, RecordType::Contract, c.ownerId);
    // A signed-in person starts a contract as a draft; only a load nobody signed in for
    // (the demo, an import, a test's fixture) records one with another status.
    Validator status(QStringLiteral("contract"));
    status.check(c.approvalStatus == ApprovalStatus::Draft || m_db.actingUserId() == 0,
                 QStringLiteral("approval_status"), toString(c.approvalStatus),
                 Validation::tr("a new contract starts as a draft: submit it for approval"));
    status.throwIfInvalid();
    const QDateTime now = m_db.clock().now();
    const QDateTime createdAt = c.createdAt.isValid() ? c.createdAt.toUTC() : now;
    Transaction tx(m_db);
    tables::ContractRow row = tables::contractRow(c);
    row.id = 0;
    row.createdAt = isotime::toStored(createdAt);
    row.updatedAt = isotime::toStored(now);
    row.updatedBy = m_db.actingUserId();
    c.id = tables::insert(m_db, row);
    audit::record(m_db, QStringLiteral("contract"), c.id, QStringLiteral("insert"));
    if (c.approvalStatus != ApprovalStatus::Draft) {
        ApprovalStep recorded;
        recorded.contractId = c.id;
        recorded.kind = ApprovalStepKind::Recorded;
        recorded.from = recorded.to = c.approvalStatus;
        approvalhistory::record(m_db, recorded);
    }
    tx.commit();
    c.createdAt = createdAt;
    c.updatedAt = now;
    c.rowVersion = 1;
    return c.id;
}

void ContractRepository::update(Contract &c, const QString &reason)
{
    const Contract before = get(c.id);
    validate(c);
    repo::requireWrite(m_db, RecordType::Contract, c.id);
    Validator why(QStringLiteral("contract"));
    why.required(QStringLiteral("change_reason"), reason, 1000);
    why.throwIfInvalid();
    if (before.rowVersion != c.rowVersion)
        throw ConflictError(QStringLiteral("Contract %1 was changed by someone else (version %2, yours %3)")
                                .arg(c.id)
                                .arg(before.rowVersion)
                                .arg(c.rowVersion));
    why.check(c.approvalStatus == before.approvalStatus, QStringLiteral("approval_status"), toString(c.approvalStatus),
              Validation::tr("changes only by submitting, approving or rejecting contract %1").arg(before.number));
    why.throwIfInvalid();
    // A change to what was approved (or is being approved) starts the approval over.
    const bool reopens = (before.approvalStatus == ApprovalStatus::Approved
                          || before.approvalStatus == ApprovalStatus::Pending)
                         && changesApprovedTerms(before, c);
    if (reopens)
        c.approvalStatus = ApprovalStatus::Pending;
    const QDateTime now = m_db.clock().now();
    Transaction tx(m_db);
    if (reopens) {
        ApprovalStep reopen;
        reopen.contractId = c.id;
        reopen.kind = ApprovalStepKind::Reopen;
        reopen.from = before.approvalStatus;
        reopen.to = ApprovalStatus::Pending;
        reopen.comment = reason.left(1000);
        approvalhistory::record(m_db, reopen);
    }
    SqlQuery q(m_db, QStringLiteral("UPDATE contracts SET number = ?, title = ?, opportunity_id = ?, customer_id = ?, "
                                    "owner_id = ?, amount_cents = ?, currency = ?, approval_status = ?, "
                                    "signed_date = ?, start_date = ?, end_date = ?, updated_at = ?, "
                                    "updated_by = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    bindFields(q, c);
    q.add(isotime::toStored(now)).add(nullableId(m_db.actingUserId())).add(c.id).add(c.rowVersion).exec();
    if (q.numRowsAffected() != 1)
        throw ConflictError(QStringLiteral("Contract %1 was changed by someone else").arg(c.id));
    const auto oldFields = changeableFields(before);
    const auto newFields = changeableFields(c);
    for (int i = 0; i < oldFields.size(); ++i) {
        const QVariant &a = oldFields[i].second;
        const QVariant &b = newFields[i].second;
        if (a.isNull() == b.isNull() && a.toString() == b.toString())
            continue;
        tables::ContractChangeRow change;
        change.contractId = c.id;
        change.changedAt = isotime::toStored(now);
        change.changedBy = m_db.actingUserId();
        change.field = oldFields[i].first;
        change.oldValue = a;
        change.newValue = b;
        change.reason = reason.trimmed();
        tables::insert(m_db, change);
        audit::recordChange(m_db, QStringLiteral("contract"), c.id, oldFields[i].first, a, b);
    }
    tx.commit();
    c.createdAt = before.createdAt;
    c.updatedAt = now;
    c.rowVersion += 1;
}

void ContractRepository::checkApproved(Validator &v, qint64 contractId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT number, approval_status FROM contracts WHERE id = ?"));
    q.add(contractId).exec();
    if (!q.next())
        return; // "does not exist" is said already
    ApprovalStatus status = ApprovalStatus::Draft;
    parseApprovalStatus(q.value(1).toString(), &status);
    v.check(status == ApprovalStatus::Approved, QStringLiteral("contract"), q.value(0).toString(),
            Validation::tr("is %1: invoices and receipts are recorded only on an approved contract")
                .arg(approvalStatusTitle(status)));
}

Contract ContractRepository::get(qint64 id)
{
    QVariantList binds{id};
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM contracts").arg(kContractColumns)
                         + repo::visibleOnly(m_db, RecordType::Contract, QStringLiteral("contracts"),
                                             QStringLiteral("WHERE id = ?"), binds));
    repo::execWith(q, binds);
    if (!q.next())
        throw NotFoundError(QStringLiteral("Contract %1 does not exist").arg(id));
    return contractFromRow(q);
}

std::optional<Contract> ContractRepository::byNumber(const QString &number)
{
    QVariantList binds{number.trimmed()};
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM contracts").arg(kContractColumns)
                         + repo::visibleOnly(m_db, RecordType::Contract, QStringLiteral("contracts"),
                                             QStringLiteral("WHERE number = ?"), binds));
    repo::execWith(q, binds);
    if (!q.next())
        return std::nullopt;
    return contractFromRow(q);
}

QList<Contract> ContractRepository::list(qint64 customerId)
{
    QVariantList binds;
    if (customerId)
        binds << customerId;
    const QString where = repo::visibleOnly(m_db, RecordType::Contract, QStringLiteral("contracts"),
                                            customerId ? QStringLiteral("WHERE customer_id = ?") : QString(), binds);
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT %1 FROM contracts %2 ORDER BY signed_date DESC, id DESC").arg(kContractColumns, where));
    repo::execWith(q, binds);
    QList<Contract> list;
    while (q.next())
        list.append(contractFromRow(q));
    return list;
}

QString ContractRepository::nextNumber()
{
    const int year = m_db.clock().now().date().year();
    SqlQuery count(m_db, QStringLiteral("SELECT count(*) FROM contracts"));
    for (qint64 n = count.scalar().toLongLong() + 1;; ++n) {
        const QString number = QStringLiteral("HT-%1-%2").arg(year).arg(n, 3, 10, QLatin1Char('0'));
        if (!repo::taken(m_db, "contracts", "number", number))
            return number;
    }
}

QList<WonDeal> ContractRepository::wonDealsWithoutContract()
{
    QVariantList binds;
    SqlQuery q(m_db, QStringLiteral("SELECT o.id, o.title, o.customer_id, c.name, o.owner_id, o.amount_cents, "
                                    "o.currency, o.closed_at FROM opportunities o "
                                    "JOIN customers c ON c.id = o.customer_id ")
                         + repo::visibleOnly(m_db, RecordType::Deal, QStringLiteral("o"),
                                             QStringLiteral("WHERE o.status = 'won' AND NOT EXISTS (SELECT 1 FROM "
                                                            "contracts k WHERE k.opportunity_id = o.id) ORDER BY "
                                                            "o.closed_at DESC, o.id DESC"),
                                             binds));
    repo::execWith(q, binds);
    QList<WonDeal> deals;
    while (q.next())
        deals.append({q.value(0).toLongLong(),
                      q.value(1).toString(),
                      q.value(2).toLongLong(),
                      q.value(3).toString(),
                      q.value(4).toLongLong(),
                      {q.value(5).toLongLong(), q.value(6).toString()},
                      isotime::parseTimestamp(q.value(7).toString()).value_or(QDateTime()).date()});
    return deals;
}

QList<ContractChange> ContractRepository::changes(qint64 contractId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, contract_id, changed_at, changed_by, field, old_value, new_value, "
                                    "reason FROM contract_changes WHERE contract_id = ? ORDER BY changed_at, id"));
    q.add(contractId).exec();
    QList<ContractChange> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), rows::timestamp(q.value(2)),
                     rows::id(q.value(3)), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                     q.value(7).toString()});
    return list;
}

// Payment plans ---------------------------------------------------------------------

qint64 ContractRepository::createPaymentPlan(PaymentPlan &plan)
{
    Validator v(QStringLiteral("payment_plan"));
    v.required(QStringLiteral("name"), plan.name, 200);
    SqlQuery amountQuery(m_db, QStringLiteral("SELECT amount_cents, currency FROM contracts WHERE id = ?"));
    amountQuery.add(plan.contractId).exec();
    const bool found = amountQuery.next();
    const QVariant contractAmount = found ? amountQuery.value(0) : QVariant();
    const QString currency = found ? amountQuery.value(1).toString() : QString();
    v.check(contractAmount.isValid(), QStringLiteral("contract"), QString::number(plan.contractId),
            Validation::tr("does not exist"));
    v.check(!plan.instalments.isEmpty(), QStringLiteral("instalments"), QString(),
            Validation::tr("a plan needs at least one instalment"));
    const qint64 total = contractAmount.toLongLong();
    // The last instalment defined by percent absorbs rounding so the plan sums exactly.
    int remainderIndex = -1;
    for (int i = plan.instalments.size() - 1; i >= 0 && remainderIndex < 0; --i) {
        if (plan.instalments[i].percent)
            remainderIndex = i;
    }
    qint64 resolvedSum = 0;
    int percentSum = 0;
    for (int i = 0; i < plan.instalments.size(); ++i) {
        Instalment &in = plan.instalments[i];
        in.seq = i + 1;
        const QString at = QStringLiteral("instalment[%1].").arg(in.seq);
        v.check(in.dueDate.isValid(), at + QStringLiteral("due_date"), QString(),
                Validation::tr("is not a valid date"));
        v.maxLength(at + QStringLiteral("note"), in.note, 1000);
        if (in.percent) {
            v.range(at + QStringLiteral("percent"), *in.percent, 0, 100);
            percentSum += *in.percent;
            in.amountCents = money::percentOf(total, *in.percent);
        } else {
            v.nonNegative(at + QStringLiteral("amount"), in.amountCents);
        }
        if (i != remainderIndex)
            resolvedSum += in.amountCents;
    }
    v.check(percentSum <= 100, QStringLiteral("instalments.percent"), QString::number(percentSum),
            Validation::tr("percents add up to more than 100 %"));
    if (remainderIndex >= 0 && contractAmount.isValid()) {
        Instalment &last = plan.instalments[remainderIndex];
        const qint64 remainder = total - resolvedSum;
        // Only a rounding difference may be absorbed, never a gap in the plan.
        v.check(qAbs(remainder - last.amountCents) < plan.instalments.size(), QStringLiteral("instalments"),
                money::format(resolvedSum + last.amountCents, currency),
                Validation::tr("do not add up to the contract amount %1").arg(money::format(total, currency)));
        last.amountCents = remainder;
        resolvedSum += remainder;
    }
    v.check(!contractAmount.isValid() || resolvedSum == total, QStringLiteral("instalments"),
            QString::number(resolvedSum), Validation::tr("do not add up to the contract amount %1").arg(total));
    v.throwIfInvalid();

    const QDateTime now = m_db.clock().now();
    Transaction tx(m_db);
    tables::PaymentPlanRow planRow;
    planRow.contractId = plan.contractId;
    planRow.name = plan.name.trimmed();
    planRow.createdAt = isotime::toStored(now);
    plan.id = tables::insert(m_db, planRow);
    for (Instalment &in : plan.instalments) {
        in.planId = plan.id;
        tables::InstalmentRow row;
        row.planId = plan.id;
        row.seq = in.seq;
        row.dueDate = isotime::toStored(in.dueDate);
        row.amountCents = in.amountCents;
        if (in.percent)
            row.percent = *in.percent;
        row.note = in.note.trimmed();
        in.id = tables::insert(m_db, row);
    }
    audit::record(m_db, QStringLiteral("payment_plan"), plan.id, QStringLiteral("insert"));
    tx.commit();
    plan.createdAt = now;
    return plan.id;
}

QList<PaymentPlan> ContractRepository::paymentPlans(qint64 contractId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, contract_id, name, created_at FROM payment_plans WHERE contract_id = ? "
                                    "ORDER BY id"));
    q.add(contractId).exec();
    QList<PaymentPlan> plans;
    while (q.next()) {
        PaymentPlan p;
        p.id = q.value(0).toLongLong();
        p.contractId = q.value(1).toLongLong();
        p.name = q.value(2).toString();
        p.createdAt = rows::timestamp(q.value(3));
        plans.append(p);
    }
    for (PaymentPlan &p : plans) {
        SqlQuery i(m_db, QStringLiteral("SELECT id, plan_id, seq, due_date, amount_cents, percent, note "
                                        "FROM payment_instalments WHERE plan_id = ? ORDER BY seq"));
        i.add(p.id).exec();
        while (i.next())
            p.instalments.append({i.value(0).toLongLong(), i.value(1).toLongLong(), i.value(2).toInt(),
                                  rows::date(i.value(3)), i.value(4).toLongLong(), rows::optionalInt(i.value(5)),
                                  i.value(6).toString()});
    }
    return plans;
}

void ContractRepository::removePaymentPlan(qint64 planId)
{
    if (!repo::exists(m_db, "payment_plans", planId))
        throw NotFoundError(QStringLiteral("Payment plan %1 does not exist").arg(planId));
    SqlQuery refs(
        m_db,
        QStringLiteral("SELECT (SELECT count(*) FROM invoices x JOIN payment_instalments i ON i.id = x.instalment_id "
                       "WHERE i.plan_id = ?) + (SELECT count(*) FROM receipts x JOIN payment_instalments i ON "
                       "i.id = x.instalment_id WHERE i.plan_id = ?) + (SELECT count(*) FROM receivable_adjustments "
                       "x JOIN payment_instalments i ON i.id = x.instalment_id WHERE i.plan_id = ?)"));
    refs.add(planId).add(planId).add(planId);
    const qint64 n = refs.scalar().toLongLong();
    Validator v(QStringLiteral("payment_plan"));
    v.check(n == 0, QStringLiteral("id"), QString::number(planId),
            QCoreApplication::translate("Validation", "is referenced by %n record(s)", nullptr, int(n)));
    v.throwIfInvalid();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("DELETE FROM payment_plans WHERE id = ?"));
    q.add(planId).exec();
    audit::record(m_db, QStringLiteral("payment_plan"), planId, QStringLiteral("delete"));
    tx.commit();
}

void ContractRepository::checkInstalment(Validator &v, qint64 contractId, qint64 instalmentId)
{
    if (!instalmentId)
        return;
    SqlQuery q(m_db, QStringLiteral("SELECT p.contract_id FROM payment_instalments i JOIN payment_plans p "
                                    "ON p.id = i.plan_id WHERE i.id = ?"));
    q.add(instalmentId);
    const QVariant owner = q.scalar();
    v.check(owner.isValid() && owner.toLongLong() == contractId, QStringLiteral("instalment"),
            QString::number(instalmentId), Validation::tr("is not an instalment of this contract"));
}

// Invoices, receipts, adjustments ---------------------------------------------------

void ContractRepository::checkInstalmentRoom(Validator &v, qint64 contractId, qint64 instalmentId, qint64 cents)
{
    if (!instalmentId || cents <= 0)
        return;
    // What is still open on the instalment from the receipts and write-offs that name it;
    // more than that would be an over-allocation (核销 beyond the instalment).
    SqlQuery q(
        m_db, QStringLiteral("SELECT i.amount_cents "
                             "- COALESCE((SELECT SUM(x.amount_cents) FROM receipts x WHERE x.instalment_id = i.id), 0) "
                             "- COALESCE((SELECT SUM(a.amount_cents) FROM receivable_adjustments a "
                             "  WHERE a.instalment_id = i.id), 0), c.currency "
                             "FROM payment_instalments i JOIN payment_plans p ON p.id = i.plan_id "
                             "JOIN contracts c ON c.id = p.contract_id "
                             "WHERE i.id = ? AND p.contract_id = ?"));
    q.add(instalmentId).add(contractId).exec();
    if (!q.next())
        return; // checkInstalment reports a foreign instalment
    const qint64 open = q.value(0).toLongLong();
    v.check(cents <= open, QStringLiteral("amount"), QString::number(cents),
            Validation::tr("is more than what is open on the instalment, %1")
                .arg(money::format(open, q.value(1).toString())));
}

qint64 ContractRepository::addInvoice(Invoice &invoice)
{
    return storeInvoice(invoice, false);
}

void ContractRepository::restoreInvoice(Invoice &invoice)
{
    storeInvoice(invoice, true);
}

qint64 ContractRepository::storeInvoice(Invoice &inv, bool restoring)
{
    Viewer::of(m_db).requireMoney();
    Validator v(QStringLiteral("invoice"));
    v.check(repo::exists(m_db, "contracts", inv.contractId), QStringLiteral("contract"),
            QString::number(inv.contractId), Validation::tr("does not exist"));
    checkApproved(v, inv.contractId);
    checkInstalment(v, inv.contractId, inv.instalmentId);
    v.required(QStringLiteral("number"), inv.number, 100);
    v.check(!repo::taken(m_db, "invoices", "number", inv.number.trimmed()), QStringLiteral("number"), inv.number,
            Validation::tr("is already used by another invoice"));
    v.check(inv.issuedDate.isValid(), QStringLiteral("issued_date"), QString(), Validation::tr("is not a valid date"));
    v.nonNegative(QStringLiteral("amount"), inv.amountCents);
    v.range(QStringLiteral("tax_rate_bp"), inv.taxRateBasisPoints, 0, 10000);
    v.throwIfInvalid();
    const QDateTime now = restoring && inv.createdAt.isValid() ? inv.createdAt : m_db.clock().now();
    Transaction tx(m_db);
    tables::InvoiceRow row;
    row.id = restoring ? inv.id : 0;
    row.contractId = inv.contractId;
    row.instalmentId = inv.instalmentId;
    row.number = inv.number.trimmed();
    row.issuedDate = isotime::toStored(inv.issuedDate);
    row.amountCents = inv.amountCents;
    row.taxRateBp = inv.taxRateBasisPoints;
    row.status = inv.voided ? QStringLiteral("void") : QStringLiteral("issued");
    row.createdAt = isotime::toStored(now);
    inv.id = tables::insert(m_db, row);
    audit::record(m_db, QStringLiteral("invoice"), inv.id, QStringLiteral("insert"));
    tx.commit();
    inv.createdAt = now;
    return inv.id;
}

bool ContractRepository::voidInvoice(qint64 invoiceId)
{
    Viewer::of(m_db).requireMoney();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE invoices SET status = 'void' WHERE id = ? AND status <> 'void'"));
    q.add(invoiceId).exec();
    const bool voided = q.numRowsAffected() == 1;
    if (voided)
        audit::recordChange(m_db, QStringLiteral("invoice"), invoiceId, QStringLiteral("status"),
                            QStringLiteral("issued"), QStringLiteral("void"));
    else if (!repo::exists(m_db, "invoices", invoiceId))
        throw NotFoundError(QStringLiteral("Invoice %1 does not exist").arg(invoiceId));
    tx.commit();
    return voided;
}

QList<Invoice> ContractRepository::invoices(qint64 contractId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, contract_id, instalment_id, number, issued_date, amount_cents, "
                                    "tax_rate_bp, status, created_at FROM invoices WHERE contract_id = ? "
                                    "ORDER BY issued_date, id"));
    q.add(contractId).exec();
    QList<Invoice> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), rows::id(q.value(2)), q.value(3).toString(),
                     rows::date(q.value(4)), q.value(5).toLongLong(), q.value(6).toInt(),
                     q.value(7).toString() == QLatin1String("void"), rows::timestamp(q.value(8))});
    return list;
}

qint64 ContractRepository::addReceipt(Receipt &receipt)
{
    return storeReceipt(receipt, false);
}

void ContractRepository::restoreReceipt(Receipt &receipt)
{
    storeReceipt(receipt, true);
}

qint64 ContractRepository::storeReceipt(Receipt &r, bool restoring)
{
    Viewer::of(m_db).requireMoney();
    Validator v(QStringLiteral("receipt"));
    const bool contractExists = repo::exists(m_db, "contracts", r.contractId);
    v.check(contractExists, QStringLiteral("contract"), QString::number(r.contractId),
            Validation::tr("does not exist"));
    checkApproved(v, r.contractId);
    checkInstalment(v, r.contractId, r.instalmentId);
    v.check(r.receivedDate.isValid(), QStringLiteral("received_date"), QString(),
            Validation::tr("is not a valid date"));
    v.check(r.amountCents > 0, QStringLiteral("amount"), QString::number(r.amountCents),
            Validation::tr("must be greater than zero"));
    if (contractExists && r.amountCents > 0) {
        const qint64 balance = receivableBalance(r.contractId);
        v.check(r.amountCents <= balance, QStringLiteral("amount"), QString::number(r.amountCents),
                Validation::tr("is more than the outstanding balance %1").arg(balance));
    }
    checkInstalmentRoom(v, r.contractId, r.instalmentId, r.amountCents);
    v.maxLength(QStringLiteral("method"), r.method, 100);
    v.maxLength(QStringLiteral("reference"), r.reference, 200);
    v.throwIfInvalid();
    const QDateTime now = restoring && r.createdAt.isValid() ? r.createdAt : m_db.clock().now();
    if (!r.createdBy)
        r.createdBy = m_db.actingUserId();
    Transaction tx(m_db);
    tables::ReceiptRow row;
    row.id = restoring ? r.id : 0;
    row.contractId = r.contractId;
    row.instalmentId = r.instalmentId;
    row.receivedDate = isotime::toStored(r.receivedDate);
    row.amountCents = r.amountCents;
    row.method = r.method.trimmed();
    row.reference = r.reference.trimmed();
    row.createdBy = r.createdBy;
    row.createdAt = isotime::toStored(now);
    r.id = tables::insert(m_db, row);
    audit::record(m_db, QStringLiteral("receipt"), r.id, QStringLiteral("insert"));
    tx.commit();
    r.createdAt = now;
    return r.id;
}

QList<Receipt> ContractRepository::receipts(qint64 contractId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, contract_id, instalment_id, received_date, amount_cents, method, "
                                    "reference, created_by, created_at FROM receipts WHERE contract_id = ? "
                                    "ORDER BY received_date, id"));
    q.add(contractId).exec();
    QList<Receipt> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), rows::id(q.value(2)), rows::date(q.value(3)),
                     q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(), rows::id(q.value(7)),
                     rows::timestamp(q.value(8))});
    return list;
}

qint64 ContractRepository::addAdjustment(ReceivableAdjustment &adjustment)
{
    return storeAdjustment(adjustment, false);
}

void ContractRepository::restoreAdjustment(ReceivableAdjustment &adjustment)
{
    storeAdjustment(adjustment, true);
}

qint64 ContractRepository::storeAdjustment(ReceivableAdjustment &a, bool restoring)
{
    Viewer::of(m_db).requireMoney();
    Validator v(QStringLiteral("receivable_adjustment"));
    const bool contractExists = repo::exists(m_db, "contracts", a.contractId);
    v.check(contractExists, QStringLiteral("contract"), QString::number(a.contractId),
            Validation::tr("does not exist"));
    checkInstalment(v, a.contractId, a.instalmentId);
    v.check(a.amountCents > 0, QStringLiteral("amount"), QString::number(a.amountCents),
            Validation::tr("must be greater than zero"));
    if (contractExists && a.amountCents > 0) {
        const qint64 balance = receivableBalance(a.contractId);
        v.check(a.amountCents <= balance, QStringLiteral("amount"), QString::number(a.amountCents),
                Validation::tr("is more than the outstanding balance %1").arg(balance));
    }
    checkInstalmentRoom(v, a.contractId, a.instalmentId, a.amountCents);
    v.required(QStringLiteral("reason"), a.reason, 1000);
    v.throwIfInvalid();
    const QDateTime now = m_db.clock().now();
    if (!a.adjustedAt.isValid())
        a.adjustedAt = now;
    if (!a.createdBy)
        a.createdBy = m_db.actingUserId();
    Transaction tx(m_db);
    tables::AdjustmentRow row;
    row.id = restoring ? a.id : 0;
    row.contractId = a.contractId;
    row.instalmentId = a.instalmentId;
    row.adjustedAt = isotime::toStored(a.adjustedAt);
    row.amountCents = a.amountCents;
    row.reason = a.reason.trimmed();
    row.createdBy = a.createdBy;
    a.id = tables::insert(m_db, row);
    audit::record(m_db, QStringLiteral("receivable_adjustment"), a.id, QStringLiteral("insert"));
    tx.commit();
    return a.id;
}

QList<ReceivableAdjustment> ContractRepository::adjustments(qint64 contractId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, contract_id, instalment_id, adjusted_at, amount_cents, reason, "
                                    "created_by FROM receivable_adjustments WHERE contract_id = ? "
                                    "ORDER BY adjusted_at, id"));
    q.add(contractId).exec();
    QList<ReceivableAdjustment> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), rows::id(q.value(2)),
                     rows::timestamp(q.value(3)), q.value(4).toLongLong(), q.value(5).toString(),
                     rows::id(q.value(6))});
    return list;
}

qint64 ContractRepository::receivableBalance(qint64 contractId)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT c.amount_cents "
                              "- COALESCE((SELECT SUM(r.amount_cents) FROM receipts r WHERE r.contract_id = c.id), 0) "
                              "- COALESCE((SELECT SUM(a.amount_cents) FROM receivable_adjustments a "
                              "  WHERE a.contract_id = c.id), 0) FROM contracts c WHERE c.id = ?"));
    q.add(contractId);
    const QVariant v = q.scalar();
    if (!v.isValid())
        throw NotFoundError(QStringLiteral("Contract %1 does not exist").arg(contractId));
    return v.toLongLong();
}

} // namespace fd
