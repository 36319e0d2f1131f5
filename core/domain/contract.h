#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

enum class ApprovalStatus { Draft, Pending, Approved, Rejected };

QString toString(ApprovalStatus status);
bool parseApprovalStatus(const QString &text, ApprovalStatus *status);

// One step of a contract's approval (contract_approvals): who did what, when and why.
enum class ApprovalStepKind { Recorded, Submit, Approve, Reject, Reopen };
// Who approves or rejects: the owner's team manager first, an administrator as the second
// level above the office's threshold (or the first where the owner has no other manager).
enum class ApprovalLevel { None, Manager, Admin };

QString toString(ApprovalStepKind kind);
bool parseApprovalStepKind(const QString &text, ApprovalStepKind *kind);
QString toString(ApprovalLevel level); // "" for None
bool parseApprovalLevel(const QString &text, ApprovalLevel *level);

struct ApprovalStep
{
    qint64 id = 0;
    qint64 contractId = 0;
    ApprovalStepKind kind = ApprovalStepKind::Submit;
    ApprovalLevel level = ApprovalLevel::None;
    ApprovalStatus from = ApprovalStatus::Draft;
    ApprovalStatus to = ApprovalStatus::Draft;
    qint64 actedBy = 0; // 0 = nobody signed in (a recorded status)
    QDateTime actedAt;
    QString comment;
};

// A recorded change of a contract field, with who, when and why.
struct ContractChange
{
    qint64 id = 0;
    qint64 contractId = 0;
    QDateTime changedAt;
    qint64 changedBy = 0;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
};

struct Instalment
{
    qint64 id = 0;
    qint64 planId = 0;
    int seq = 1;
    QDate dueDate;
    qint64 amountCents = 0;     // always resolved, also when set by percent
    std::optional<int> percent; // set when the instalment was defined as a percent
    QString note;
};

struct PaymentPlan
{
    qint64 id = 0;
    qint64 contractId = 0;
    QString name;
    QDateTime createdAt;
    QList<Instalment> instalments;
};

struct Contract
{
    qint64 id = 0;
    QString number;
    QString title;
    qint64 opportunityId = 0;
    qint64 customerId = 0;
    qint64 ownerId = 0;
    Money amount;
    ApprovalStatus approvalStatus = ApprovalStatus::Draft;
    QDate signedDate;
    QDate startDate;
    QDate endDate;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;
};

struct Invoice
{
    qint64 id = 0;
    qint64 contractId = 0;
    qint64 instalmentId = 0;
    QString number;
    QDate issuedDate;
    qint64 amountCents = 0;
    int taxRateBasisPoints = 0; // 1300 = 13 %
    bool voided = false;
    QDateTime createdAt;
};

struct Receipt
{
    qint64 id = 0;
    qint64 contractId = 0;
    qint64 instalmentId = 0;
    QDate receivedDate;
    qint64 amountCents = 0;
    QString method;
    QString reference;
    qint64 createdBy = 0;
    QDateTime createdAt;
};

// A write-off of part of what is receivable (e.g. waiving 10 % of the last payment).
struct ReceivableAdjustment
{
    qint64 id = 0;
    qint64 contractId = 0;
    qint64 instalmentId = 0;
    QDateTime adjustedAt;
    qint64 amountCents = 0;
    QString reason;
    qint64 createdBy = 0;
};

} // namespace fd
