#include "alltables.h"

#include "activitytables.h"
#include "audittable.h"
#include "catalogtables.h"
#include "contracttables.h"
#include "customertables.h"
#include "leadtables.h"
#include "opportunitytables.h"
#include "organizationtables.h"
#include "payplantables.h"
#include "pipelinetables.h"
#include "stagehistory.h"
#include "statementtables.h"
#include "targettables.h"

namespace fd::tables {

const QList<const Table *> &allTables()
{
    static const QList<const Table *> all = {
        &RegionRow::table(),
        &TeamRow::table(),
        &UserRow::table(),
        &PipelineRow::table(),
        &StageRow::table(),
        &StageTaskRow::table(),
        &StageRoleRow::table(),
        &LostReasonRow::table(),
        &ProductLineRow::table(),
        &ProductRow::table(),
        &CampaignRow::table(),
        &CustomerRow::table(),
        &ContactRow::table(),
        &OpportunityRow::table(),
        &StageChangeRow::table(),
        &TaskCheckRow::table(),
        &OpportunityProductRow::table(),
        &TeamMemberRow::table(),
        &LeadRow::table(),
        &ActivityRow::table(),
        &FollowupTaskRow::table(),
        &TargetRow::table(),
        &ContractRow::table(),
        &ContractChangeRow::table(),
        &PaymentPlanRow::table(),
        &InstalmentRow::table(),
        &InvoiceRow::table(),
        &ReceiptRow::table(),
        &AdjustmentRow::table(),
        &ContractApprovalRow::table(),
        &PayPlanRow::table(),
        &PayPlanVersionRow::table(),
        &PayPlanCommissionRow::table(),
        &PayPlanTierRow::table(),
        &AuditRow::table(),
        &StatementReviewRow::table(),
        &PeriodCloseRow::table(),
        &FrozenStatementRow::table(),
    };
    return all;
}

} // namespace fd::tables
