#include "approvaltitles.h"

#include "domain/trcontext.h"

namespace fd {

QString approvalStatusTitle(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Draft:
        return Approval::tr("Draft");
    case ApprovalStatus::Pending:
        return Approval::tr("Pending approval");
    case ApprovalStatus::Approved:
        return Approval::tr("Approved");
    case ApprovalStatus::Rejected:
        return Approval::tr("Rejected");
    }
    return {};
}

QString approvalStepTitle(ApprovalStepKind kind)
{
    switch (kind) {
    case ApprovalStepKind::Recorded:
        return Approval::tr("Recorded");
    case ApprovalStepKind::Submit:
        return Approval::tr("Submitted");
    case ApprovalStepKind::Approve:
        return Approval::tr("Approved");
    case ApprovalStepKind::Reject:
        return Approval::tr("Rejected");
    case ApprovalStepKind::Reopen:
        return Approval::tr("Changed, back to approval");
    }
    return {};
}

QString approvalLevelTitle(ApprovalLevel level)
{
    switch (level) {
    case ApprovalLevel::None:
        return {};
    case ApprovalLevel::Manager:
        return Approval::tr("manager");
    case ApprovalLevel::Admin:
        return Approval::tr("administrator");
    }
    return {};
}

} // namespace fd
