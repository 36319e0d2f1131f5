#include "leadtables.h"

#include "domain/isotime.h"
#include "domain/lead.h"
#include "domain/normalize.h"
#include "storage/sqlquery.h"

namespace fd::tables {

const Table &LeadRow::table()
{
    static const Table t("leads", {"external_id",
                                   "name",
                                   "company",
                                   "normalized_company",
                                   "title",
                                   "phone",
                                   "normalized_phone",
                                   "email",
                                   "source",
                                   "campaign_id",
                                   "status",
                                   "disqualify_reason",
                                   "owner_id",
                                   "region_id",
                                   "assigned_at",
                                   "last_followup_at",
                                   "converted_customer_id",
                                   "converted_contact_id",
                                   "converted_opportunity_id",
                                   "converted_at",
                                   "notes",
                                   "created_at",
                                   "updated_at",
                                   "row_version"});
    return t;
}

QVariantList LeadRow::values() const
{
    return {nullableText(externalId),
            name,
            nullableText(company),
            nullableText(normalizedCompany),
            nullableText(title),
            nullableText(phone),
            nullableText(normalizedPhone),
            nullableText(email),
            nullableText(source),
            nullableId(campaignId),
            status,
            nullableText(disqualifyReason),
            nullableId(ownerId),
            nullableId(regionId),
            nullableText(assignedAt),
            nullableText(lastFollowupAt),
            nullableId(convertedCustomerId),
            nullableId(convertedContactId),
            nullableId(convertedOpportunityId),
            nullableText(convertedAt),
            nullableText(notes),
            createdAt,
            updatedAt,
            rowVersion};
}

LeadRow leadRow(const Lead &l)
{
    const auto stored = [](const QDateTime &t) { return t.isValid() ? isotime::toStored(t) : QString(); };
    LeadRow r;
    r.id = l.id;
    r.externalId = l.externalId.trimmed();
    r.name = l.name.trimmed();
    r.company = l.company.trimmed();
    r.normalizedCompany = normalize::companyName(l.company);
    r.title = l.title.trimmed();
    r.phone = l.phone.trimmed();
    r.normalizedPhone = normalize::phone(l.phone);
    r.email = l.email.trimmed();
    r.source = l.source.trimmed();
    r.campaignId = l.campaignId;
    r.status = toString(l.status);
    r.disqualifyReason = l.disqualifyReason.trimmed();
    r.ownerId = l.ownerId;
    r.regionId = l.regionId;
    r.assignedAt = stored(l.assignedAt);
    r.lastFollowupAt = stored(l.lastFollowUpAt);
    r.convertedCustomerId = l.convertedCustomerId;
    r.convertedContactId = l.convertedContactId;
    r.convertedOpportunityId = l.convertedOpportunityId;
    r.convertedAt = stored(l.convertedAt);
    r.notes = l.notes;
    return r;
}

} // namespace fd::tables
