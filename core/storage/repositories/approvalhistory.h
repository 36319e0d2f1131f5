#pragma once

#include "domain/contract.h"

#include <QList>

namespace fd {

class Database;

// The contract_approvals table: the steps a contract's approval took. Written only by
// ContractApproval (submit, approve, reject) and ContractRepository (recorded, reopen),
// inside their transactions; never changed or deleted afterwards.
namespace approvalhistory {

// Appends a step (acted_at = the database clock's now, acted_by = the acting user unless
// step.actedBy is set); fills in id and actedAt.
void record(Database &db, ApprovalStep &step);
// The steps of a contract, oldest first.
QList<ApprovalStep> list(Database &db, qint64 contractId);
// The steps since the contract last went to pending (its current approval round), oldest
// first; empty when it is not pending.
QList<ApprovalStep> currentRound(Database &db, qint64 contractId);

} // namespace approvalhistory
} // namespace fd
