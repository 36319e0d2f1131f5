#pragma once

#include "domain/contract.h"

#include <QString>

namespace fd {

// Translated titles of an approval status, step and level, for messages, the editor's
// history list and the CLI ("草稿", "待审批", "经理审批").
QString approvalStatusTitle(ApprovalStatus status);
QString approvalStepTitle(ApprovalStepKind kind);
QString approvalLevelTitle(ApprovalLevel level); // "" for None

} // namespace fd
