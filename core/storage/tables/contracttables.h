#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace fd {

struct Contract;

namespace tables {

// Contracts and their money: changes, payment plans and instalments, invoices,
// receipts and write-offs (receivable adjustments).

struct ContractRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString number;
    QString title;
    qint64 opportunityId = 0; // 0: none
    qint64 customerId = 0;
    qint64 ownerId = 0; // 0: none
    qint64 amountCents = 0;
    QString currency = QStringLiteral("CNY");
    QString approvalStatus = QStringLiteral("draft");
    QString signedDate; // empty: NULL
    QString startDate;  // empty: NULL
    QString endDate;    // empty: NULL
    QString createdAt;
    QString updatedAt;
    qint64 rowVersion = 1;
    qint64 updatedBy = 0; // 0: none (who saved it last)

    static const Table &table();
    QVariantList values() const;
};

struct ContractChangeRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 contractId = 0;
    QString changedAt;
    qint64 changedBy = 0; // 0: none
    QString field;
    QVariant oldValue; // as text; null: NULL
    QVariant newValue; // as text; null: NULL
    QString reason;    // empty: NULL

    static const Table &table();
    QVariantList values() const;
};

struct PaymentPlanRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 contractId = 0;
    QString name;
    QString createdAt;

    static const Table &table();
    QVariantList values() const;
};

struct InstalmentRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 planId = 0;
    qint64 seq = 0;
    QString dueDate;
    qint64 amountCents = 0;
    std::optional<qint64> percent;
    QString note; // empty: NULL

    static const Table &table();
    QVariantList values() const;
};

struct InvoiceRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 contractId = 0;
    qint64 instalmentId = 0; // 0: none
    QString number;
    QString issuedDate;
    qint64 amountCents = 0;
    qint64 taxRateBp = 0;
    QString status = QStringLiteral("issued");
    QString createdAt;

    static const Table &table();
    QVariantList values() const;
};

struct ReceiptRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 contractId = 0;
    qint64 instalmentId = 0; // 0: none
    QString receivedDate;
    qint64 amountCents = 0;
    QString method;       // empty: NULL
    QString reference;    // empty: NULL
    qint64 createdBy = 0; // 0: none
    QString createdAt;

    static const Table &table();
    QVariantList values() const;
};

struct AdjustmentRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 contractId = 0;
    qint64 instalmentId = 0; // 0: none
    QString adjustedAt;
    qint64 amountCents = 0;
    QString reason;
    qint64 createdBy = 0; // 0: none

    static const Table &table();
    QVariantList values() const;
};

// One step of a contract's approval (0007): written by approvalhistory::record and the demo.
struct ContractApprovalRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 contractId = 0;
    QString step;       // recorded, submit, approve, reject, reopen
    QString level;      // manager, admin; empty: NULL
    QString fromStatus; // draft, pending, approved, rejected
    QString toStatus;
    qint64 actedBy = 0; // 0: none (a recorded step)
    QString actedAt;
    QString comment; // NOT NULL, '' when there is none

    static const Table &table();
    QVariantList values() const;
};

// How a contract is stored: number and title trimmed; created_at and updated_at left to
// the caller.
ContractRow contractRow(const Contract &c);

} // namespace tables
} // namespace fd
