#include "activitytables.h"

#include "storage/sqlquery.h"

namespace fd::tables {

const Table &ActivityRow::table()
{
    static const Table t("activities",
                         {"kind", "subject", "occurred_at", "duration_minutes", "outcome", "notes", "user_id",
                          "lead_id", "customer_id", "contact_id", "opportunity_id", "created_at"});
    return t;
}

QVariantList ActivityRow::values() const
{
    return {kind,
            subject,
            occurredAt,
            nullable(durationMinutes),
            nullableText(outcome),
            nullableText(notes),
            userId,
            nullableId(leadId),
            nullableId(customerId),
            nullableId(contactId),
            nullableId(opportunityId),
            createdAt};
}

const Table &FollowupTaskRow::table()
{
    static const Table t("followup_tasks", {"title", "due_at", "remind_at", "done", "done_at", "user_id", "lead_id",
                                            "customer_id", "opportunity_id", "activity_id", "created_at"});
    return t;
}

QVariantList FollowupTaskRow::values() const
{
    return {title,
            dueAt,
            nullableText(remindAt),
            done,
            nullableText(doneAt),
            userId,
            nullableId(leadId),
            nullableId(customerId),
            nullableId(opportunityId),
            nullableId(activityId),
            createdAt};
}

} // namespace fd::tables
