#include "contractapproval.h"

#include "approvaltitles.h"
#include "auth/roletitles.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "domain/trcontext.h"
#include "domain/validator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/pgaccess.h"
#include "storage/repositories/approvalhistory.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/organizationrepository.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

namespace fd {

const char *const ContractApproval::kThresholdKey = "contract_approval.admin_threshold_cents";

namespace {
ApprovalStatus targetOf(ContractApproval::Action action, bool needsSecondLevel)
{
    switch (action) {
    case ContractApproval::Action::Submit:
        return ApprovalStatus::Pending;
    case ContractApproval::Action::Approve:
        return needsSecondLevel ? ApprovalStatus::Pending : ApprovalStatus::Approved;
    case ContractApproval::Action::Reject:
        return ApprovalStatus::Rejected;
    }
    return ApprovalStatus::Pending;
}

ApprovalStepKind stepOf(ContractApproval::Action action)
{
    switch (action) {
    case ContractApproval::Action::Submit:
        return ApprovalStepKind::Submit;
    case ContractApproval::Action::Approve:
        return ApprovalStepKind::Approve;
    case ContractApproval::Action::Reject:
        return ApprovalStepKind::Reject;
    }
    return ApprovalStepKind::Submit;
}

// "王芳（销售）" — who is signed in, for the refusals.
QString actingName(const User &user)
{
    return Access::tr("%1 (%2)").arg(user.displayName, roleTitle(user.role));
}
} // namespace

qint64 ContractApproval::adminThresholdCents()
{
    return SettingsRepository(m_db).integer(QString::fromLatin1(kThresholdKey), kDefaultThresholdCents);
}

void ContractApproval::setAdminThresholdCents(qint64 cents)
{
    OrganizationRepository org(m_db);
    const qint64 acting = m_db.actingUserId();
    bool admin = false;
    if (acting) {
        try {
            const User user = org.user(acting);
            admin = user.active && user.role == UserRole::Admin;
        } catch (const NotFoundError &) {
        }
    }
    if (!admin)
        throw PermissionError(Access::tr("Only an administrator may set the amount above which contracts need "
                                         "an administrator's approval."));
    Validator v(QStringLiteral("setting"));
    v.check(cents >= 0, QString::fromLatin1(kThresholdKey), QString::number(cents),
            Validation::tr("must not be negative"));
    v.throwIfInvalid();
    SettingsRepository(m_db).setInteger(QString::fromLatin1(kThresholdKey), cents);
}

qint64 ContractApproval::managerOf(const Contract &contract)
{
    if (!contract.ownerId)
        return 0;
    OrganizationRepository org(m_db);
    try {
        const User owner = org.user(contract.ownerId);
        if (!owner.teamId)
            return 0;
        const Team team = org.team(owner.teamId);
        if (!team.managerId || team.managerId == contract.ownerId)
            return 0;
        return org.user(team.managerId).active ? team.managerId : 0;
    } catch (const NotFoundError &) {
        return 0;
    }
}

ApprovalLevel ContractApproval::awaitedLevel(const Contract &contract)
{
    if (contract.approvalStatus != ApprovalStatus::Pending)
        return ApprovalLevel::None;
    for (const ApprovalStep &step : approvalhistory::currentRound(m_db, contract.id)) {
        if (step.kind == ApprovalStepKind::Approve && step.level == ApprovalLevel::Manager)
            return ApprovalLevel::Admin;
    }
    return ApprovalLevel::Manager;
}

ApprovalLevel ContractApproval::awaitedLevel(qint64 contractId)
{
    return awaitedLevel(ContractRepository(m_db).get(contractId));
}

ContractApproval::Refusal ContractApproval::check(const Contract &c, Action action, const QString &comment)
{
    using Kind = Refusal::Kind;
    const QString status = approvalStatusTitle(c.approvalStatus);
    if (action == Action::Submit && c.approvalStatus != ApprovalStatus::Draft
        && c.approvalStatus != ApprovalStatus::Rejected)
        return {Kind::State, Validation::tr("contract %1 is %2: only a draft or rejected contract can be submitted")
                                 .arg(c.number, status)};
    if (action != Action::Submit && c.approvalStatus != ApprovalStatus::Pending)
        return {Kind::State,
                Validation::tr("contract %1 is %2: only a contract waiting for approval can be approved or rejected")
                    .arg(c.number, status)};
    if (action == Action::Reject && comment.trimmed().isEmpty())
        return {Kind::State, Validation::tr("contract %1: say why it is rejected").arg(c.number)};

    OrganizationRepository org(m_db);
    User acting;
    try {
        acting = org.user(m_db.actingUserId());
    } catch (const NotFoundError &) {
        return {Kind::Permission,
                Access::tr("Contract %1: sign in to submit, approve or reject contracts.").arg(c.number)};
    }
    if (!acting.active)
        return {Kind::Permission, Access::tr("Contract %1: %2 is deactivated.").arg(c.number, acting.displayName)};

    const qint64 manager = managerOf(c);
    const bool isAdmin = acting.role == UserRole::Admin;
    if (action == Action::Submit) {
        if (acting.id == c.ownerId || acting.id == manager || isAdmin)
            return {};
        QString ownerName = Access::tr("nobody");
        if (c.ownerId) {
            try {
                ownerName = org.user(c.ownerId).displayName;
            } catch (const NotFoundError &) {
            }
        }
        return {Kind::Permission, Access::tr("Contract %1 can be submitted only by its owner %2, their manager or an "
                                             "administrator; %3 is signed in.")
                                      .arg(c.number, ownerName, actingName(acting))};
    }

    const ApprovalLevel level = awaitedLevel(c);
    if (acting.id == c.ownerId)
        return {Kind::Permission,
                Access::tr("Contract %1 is %2's own: somebody else approves it.").arg(c.number, acting.displayName)};
    if (level == ApprovalLevel::Manager) {
        if (manager) {
            if (acting.id == manager)
                return {};
            return {Kind::Permission, Access::tr("Contract %1 waits for the approval of %2, the owner's team manager; "
                                                 "%3 is signed in.")
                                          .arg(c.number, org.user(manager).displayName, actingName(acting))};
        }
        if (isAdmin)
            return {};
        return {Kind::Permission, Access::tr("Contract %1 waits for an administrator's approval (its owner has no "
                                             "other manager); %2 is signed in.")
                                      .arg(c.number, actingName(acting))};
    }
    // The second level: an administrator who did not give the first approval.
    if (!isAdmin)
        return {Kind::Permission,
                Access::tr("Contract %1 is above %2 and waits for an administrator's second "
                           "approval; %3 is signed in.")
                    .arg(c.number, money::format(adminThresholdCents(), c.amount.currency), actingName(acting))};
    for (const ApprovalStep &step : approvalhistory::currentRound(m_db, c.id)) {
        if (step.kind == ApprovalStepKind::Approve && step.actedBy == acting.id)
            return {Kind::Permission, Access::tr("Contract %1: %2 gave the first approval; the second must come "
                                                 "from another administrator.")
                                          .arg(c.number, acting.displayName)};
    }
    return {};
}

QString ContractApproval::whyNot(qint64 contractId, Action action)
{
    const Contract c = ContractRepository(m_db).get(contractId);
    // The comment is asked for after the button: it does not disable Reject.
    return check(c, action, action == Action::Reject ? QStringLiteral("-") : QString()).reason;
}

void ContractApproval::submit(qint64 contractId, const QString &comment)
{
    take(contractId, Action::Submit, comment);
}

void ContractApproval::approve(qint64 contractId, const QString &comment)
{
    take(contractId, Action::Approve, comment);
}

void ContractApproval::reject(qint64 contractId, const QString &comment)
{
    take(contractId, Action::Reject, comment);
}

void ContractApproval::take(qint64 contractId, Action action, const QString &comment)
{
    Transaction tx(m_db);
    const Contract c = ContractRepository(m_db).get(contractId);
    Validator v(QStringLiteral("contract"));
    v.check(comment.trimmed().size() <= 1000, QStringLiteral("comment"), c.number,
            Validation::tr("must have at most %1 characters").arg(1000));
    v.throwIfInvalid();
    const Refusal refusal = check(c, action, comment);
    if (refusal.kind == Refusal::Kind::Permission)
        throw PermissionError(refusal.reason);
    if (refusal.kind == Refusal::Kind::State) {
        const bool aboutComment = action == Action::Reject && comment.trimmed().isEmpty();
        throw ValidationError(FieldError{QStringLiteral("contract"),
                                         aboutComment ? QStringLiteral("comment") : QStringLiteral("approval_status"),
                                         aboutComment ? QString() : toString(c.approvalStatus), refusal.reason});
    }
    const ApprovalLevel level = action == Action::Submit ? ApprovalLevel::None : awaitedLevel(c);
    const bool needsSecondLevel = action == Action::Approve && level == ApprovalLevel::Manager
                                  && c.amount.cents > adminThresholdCents();
    const ApprovalStatus to = targetOf(action, needsSecondLevel);

    if (pgaccess::hasTeamSecurity(m_db)) {
        // The server checks the same rules again and writes status and step itself: a client's
        // own UPDATE of approval_status or approval step is refused there (migration 0015).
        SqlQuery q(m_db, QStringLiteral("SELECT fd_contract_approval_step(?, ?, ?, ?, ?)"));
        const QString stored = q.add(c.id)
                                   .add(toString(stepOf(action)))
                                   .add(comment)
                                   .add(isotime::toStored(m_db.clock().now()))
                                   .add(m_db.actingUserId()) // heeded for the installer's connection only
                                   .scalar()
                                   .toString();
        if (stored != toString(to))
            throw ConflictError(Access::tr("Contract %1 was changed by someone else meanwhile.").arg(c.number));
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE contracts SET approval_status = ?, updated_at = ?, updated_by = ?, "
                                        "row_version = row_version + 1 WHERE id = ? AND approval_status = ?"));
        q.add(toString(to))
            .add(isotime::toStored(m_db.clock().now()))
            .add(nullableId(m_db.actingUserId()))
            .add(c.id)
            .add(toString(c.approvalStatus))
            .exec();
        if (q.numRowsAffected() != 1)
            throw ConflictError(Access::tr("Contract %1 was changed by someone else meanwhile.").arg(c.number));
        ApprovalStep step;
        step.contractId = c.id;
        step.kind = stepOf(action);
        step.level = level;
        step.from = c.approvalStatus;
        step.to = to;
        step.comment = comment;
        approvalhistory::record(m_db, step);
    }
    if (to != c.approvalStatus)
        audit::recordChange(m_db, QStringLiteral("contract"), c.id, QStringLiteral("approval_status"),
                            toString(c.approvalStatus), toString(to));
    tx.commit();
}

QList<ApprovalStep> ContractApproval::history(qint64 contractId)
{
    ContractRepository(m_db).get(contractId); // NotFoundError for an unknown contract
    return approvalhistory::list(m_db, contractId);
}

} // namespace fd
