#include "opportunitytables.h"

#include "domain/isotime.h"
#include "domain/opportunity.h"
#include "storage/sqlquery.h"

namespace fd::tables {

const Table &OpportunityRow::table()
{
    static const Table t("opportunities",
                         {"external_id",         "title",       "customer_id",  "contact_id", "owner_id",
                          "pipeline_id",         "stage_id",    "amount_cents", "currency",   "probability_override",
                          "expected_close_date", "status",      "lost_reason",  "closed_at",  "source",
                          "campaign_id",         "description", "created_at",   "created_by", "updated_at",
                          "row_version",         "updated_by",  "split_form"});
    return t;
}

QVariantList OpportunityRow::values() const
{
    return {nullableText(externalId),
            title,
            customerId,
            nullableId(contactId),
            ownerId,
            pipelineId,
            stageId,
            amountCents,
            currency,
            nullable(probabilityOverride),
            nullableText(expectedCloseDate),
            status,
            nullableText(lostReason),
            nullableText(closedAt),
            nullableText(source),
            nullableId(campaignId),
            nullableText(description),
            createdAt,
            nullableId(createdBy),
            updatedAt,
            rowVersion,
            nullableId(updatedBy),
            splitForm};
}

const Table &OpportunityProductRow::table()
{
    static const Table t("opportunity_products", {"opportunity_id", "product_id", "quantity", "unit_price_cents",
                                                  "discount_percent", "unit_cost_cents"});
    return t;
}

QVariantList OpportunityProductRow::values() const
{
    return {opportunityId, productId, quantity, unitPriceCents, discountPercent, nullable(unitCostCents)};
}

const Table &TeamMemberRow::table()
{
    static const Table t("opportunity_team_members",
                         {"opportunity_id", "user_id", "role", "split_percent", "split_amount_cents"});
    return t;
}

QVariantList TeamMemberRow::values() const
{
    return {opportunityId, userId, role, nullable(splitPercent), nullable(splitAmountCents)};
}

const Table &TaskCheckRow::table()
{
    static const Table t("opportunity_task_checks", {"opportunity_id", "stage_task_id", "done_at", "done_by"}, false);
    return t;
}

QVariantList TaskCheckRow::values() const
{
    return {opportunityId, stageTaskId, doneAt, nullableId(doneBy)};
}

void insert(Database &db, const TaskCheckRow &row)
{
    insertRow(db, TaskCheckRow::table(), row.values());
}

void copyProductCosts(Database &db, qint64 firstId, qint64 lastId)
{
    SqlQuery q(db, QStringLiteral("UPDATE opportunity_products SET unit_cost_cents = "
                                  "(SELECT p.cost_cents FROM products p WHERE p.id = opportunity_products.product_id) "
                                  "WHERE unit_cost_cents IS NULL AND opportunity_id BETWEEN ? AND ?"));
    q.add(firstId).add(lastId).exec();
}

OpportunityRow opportunityRow(const Opportunity &o)
{
    OpportunityRow r;
    r.id = o.id;
    r.externalId = o.externalId;
    r.title = o.title.trimmed();
    r.customerId = o.customerId;
    r.contactId = o.contactId;
    r.ownerId = o.ownerId;
    r.pipelineId = o.pipelineId;
    r.stageId = o.stageId;
    r.amountCents = o.amount.cents;
    r.currency = o.amount.currency;
    if (o.probabilityOverride)
        r.probabilityOverride = *o.probabilityOverride;
    if (o.expectedCloseDate.isValid())
        r.expectedCloseDate = isotime::toStored(o.expectedCloseDate);
    r.status = toString(o.status);
    r.lostReason = o.lostReason.trimmed();
    if (o.closedAt.isValid())
        r.closedAt = isotime::toStored(o.closedAt);
    r.source = o.source;
    r.campaignId = o.campaignId;
    r.description = o.description;
    if (o.createdAt.isValid())
        r.createdAt = isotime::toStored(o.createdAt);
    r.createdBy = o.createdBy;
    r.updatedBy = o.createdBy; // a new deal was last saved by who made it
    if (o.updatedAt.isValid())
        r.updatedAt = isotime::toStored(o.updatedAt);
    r.rowVersion = o.rowVersion;
    r.splitForm = toString(o.splitForm);
    return r;
}

OpportunityProductRow productLineRow(qint64 opportunityId, const OpportunityProduct &p)
{
    OpportunityProductRow r;
    r.id = p.id;
    r.opportunityId = opportunityId;
    r.productId = p.productId;
    r.quantity = p.quantity;
    r.unitPriceCents = p.unitPriceCents;
    r.discountPercent = p.discountPercent;
    r.unitCostCents = p.unitCostCents;
    return r;
}

TeamMemberRow teamMemberRow(qint64 opportunityId, const TeamMember &m)
{
    TeamMemberRow r;
    r.id = m.id;
    r.opportunityId = opportunityId;
    r.userId = m.userId;
    r.role = m.role;
    if (m.splitPercent)
        r.splitPercent = *m.splitPercent;
    r.splitAmountCents = m.splitAmountCents;
    return r;
}

} // namespace fd::tables
