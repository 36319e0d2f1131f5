#pragma once

#include "domain/contract.h"

#include <QList>
#include <QString>

namespace fd {

class Database;

// The one place a contract's approval changes, on behalf of the acting user
// (Database::actingUserId). The GUI's contract editor and `funneldesk-cli contract` go
// through here; ContractRepository no longer lets approval_status be set by an edit.
//
//   draft / rejected --submit--> pending --approve--> approved
//                                        --reject (comment required)--> rejected
//
// Who may:
// - Submit: the contract's owner, the manager who approves it, or an administrator.
// - Approve / reject at the first level ("manager"): the manager of the owner's team
//   (teams.manager_id). Where the owner has no team, the team no active manager, or the
//   owner is that manager, an administrator other than the owner stands in.
// - Above the office's threshold (adminThresholdCents, amount strictly above it) a manager's
//   approval leaves the contract pending and an administrator approves as the second level
//   ("admin"): not the owner and not the person who gave the first approval.
// - Nobody else: finance and administrators have no way round the chain (an administrator
//   acts only where the rule above names one).
// A change to an approved or pending contract's amount, currency, customer or dates sends
// it back to pending, and approval starts over (ContractRepository::update, step "reopen").
//
// Every step is written, in the transaction that changes the status, to contract_approvals
// (who, when, comment) and to the audit log. A refused step throws and stores nothing:
// ValidationError (contract.approval_status or contract.comment, naming the contract
// number) when the contract's state does not allow it, PermissionError (saying who may)
// when the acting user may not.
class ContractApproval final
{
public:
    enum class Action { Submit, Approve, Reject };

    // The setting that holds the threshold, and its default: ¥500,000.00.
    static const char *const kThresholdKey;
    static constexpr qint64 kDefaultThresholdCents = 50000000;

    explicit ContractApproval(Database &db)
        : m_db(db)
    {
    }

    // Why the acting user may not take `action` on the contract now (translated), or ""
    // when they may. For the editor's tooltips; the actions themselves check the same.
    QString whyNot(qint64 contractId, Action action);
    // The level the contract waits for (None unless it is pending).
    ApprovalLevel awaitedLevel(qint64 contractId);

    void submit(qint64 contractId, const QString &comment = {});
    void approve(qint64 contractId, const QString &comment = {});
    void reject(qint64 contractId, const QString &comment);
    // The steps the contract's approval took, oldest first.
    QList<ApprovalStep> history(qint64 contractId);

    // Amounts strictly above this (in cents) need the administrator's second approval.
    qint64 adminThresholdCents();
    // Administrators only (PermissionError); ValidationError when negative.
    void setAdminThresholdCents(qint64 cents);

private:
    struct Refusal
    {
        enum class Kind { None, State, Permission } kind = Kind::None;
        QString reason;
    };
    Refusal check(const Contract &contract, Action action, const QString &comment);
    void take(qint64 contractId, Action action, const QString &comment);
    // The user who approves at the first level, or 0 when an administrator stands in.
    qint64 managerOf(const Contract &contract);
    ApprovalLevel awaitedLevel(const Contract &contract);

    Database &m_db;
};

} // namespace fd
