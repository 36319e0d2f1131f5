#include "approvalhistory.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "repositorysupport.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/tables/contracttables.h"

namespace fd::approvalhistory {

void record(Database &db, ApprovalStep &step)
{
    step.actedAt = db.clock().now();
    if (step.kind != ApprovalStepKind::Recorded && step.actedBy == 0)
        step.actedBy = db.actingUserId();
    tables::ContractApprovalRow row;
    row.contractId = step.contractId;
    row.step = toString(step.kind);
    row.level = toString(step.level);
    row.fromStatus = toString(step.from);
    row.toStatus = toString(step.to);
    row.actedBy = step.actedBy;
    row.actedAt = isotime::toStored(step.actedAt);
    row.comment = step.comment.trimmed();
    step.id = tables::insert(db, row);
}

QList<ApprovalStep> list(Database &db, qint64 contractId)
{
    SqlQuery q(db, QStringLiteral("SELECT id, contract_id, step, level, from_status, to_status, acted_by, acted_at, "
                                  "comment FROM contract_approvals WHERE contract_id = ? ORDER BY id"));
    q.add(contractId).exec();
    QList<ApprovalStep> steps;
    while (q.next()) {
        ApprovalStep s;
        s.id = q.value(0).toLongLong();
        s.contractId = q.value(1).toLongLong();
        parseApprovalStepKind(q.value(2).toString(), &s.kind);
        parseApprovalLevel(q.value(3).toString(), &s.level);
        parseApprovalStatus(q.value(4).toString(), &s.from);
        parseApprovalStatus(q.value(5).toString(), &s.to);
        s.actedBy = rows::id(q.value(6));
        s.actedAt = rows::timestamp(q.value(7));
        s.comment = q.value(8).toString();
        steps.append(s);
    }
    return steps;
}

QList<ApprovalStep> currentRound(Database &db, qint64 contractId)
{
    QList<ApprovalStep> steps = list(db, contractId);
    if (steps.isEmpty() || steps.last().to != ApprovalStatus::Pending)
        return {};
    // Back to the step that (re)started it: a submission, a change, or a recorded status.
    qsizetype start = steps.size() - 1;
    while (start > 0 && steps[start].kind == ApprovalStepKind::Approve)
        --start;
    return steps.mid(start);
}

} // namespace fd::approvalhistory
