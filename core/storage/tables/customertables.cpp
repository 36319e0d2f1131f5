#include "customertables.h"

#include "domain/customer.h"
#include "domain/normalize.h"
#include "storage/sqlquery.h"

namespace fd::tables {

const Table &CustomerRow::table()
{
    static const Table t("customers", {"external_id", "name", "normalized_name", "tier", "score", "industry", "size",
                                       "region_id", "owner_id", "phone", "email", "address", "website", "source",
                                       "notes", "created_at", "updated_at", "row_version"});
    return t;
}

QVariantList CustomerRow::values() const
{
    return {nullableText(externalId),
            name,
            normalizedName,
            nullableText(tier),
            score,
            nullableText(industry),
            nullableText(size),
            nullableId(regionId),
            nullableId(ownerId),
            nullableText(phone),
            nullableText(email),
            nullableText(address),
            nullableText(website),
            nullableText(source),
            nullableText(notes),
            createdAt,
            updatedAt,
            rowVersion};
}

const Table &ContactRow::table()
{
    static const Table t("contacts", {"customer_id", "name", "title", "phone", "mobile", "email", "wechat",
                                      "is_primary", "notes", "created_at", "updated_at"});
    return t;
}

QVariantList ContactRow::values() const
{
    return {customerId,
            name,
            nullableText(title),
            nullableText(phone),
            nullableText(mobile),
            nullableText(email),
            nullableText(wechat),
            isPrimary,
            nullableText(notes),
            createdAt,
            updatedAt};
}

CustomerRow customerRow(const Customer &c)
{
    CustomerRow r;
    r.id = c.id;
    r.externalId = c.externalId.trimmed();
    r.name = c.name.trimmed();
    r.normalizedName = normalize::companyName(c.name);
    r.tier = c.tier;
    r.score = c.score;
    r.industry = c.industry.trimmed();
    r.size = c.size;
    r.regionId = c.regionId;
    r.ownerId = c.ownerId;
    r.phone = c.phone.trimmed();
    r.email = c.email.trimmed();
    r.address = c.address.trimmed();
    r.website = c.website.trimmed();
    r.source = c.source.trimmed();
    r.notes = c.notes;
    return r;
}

ContactRow contactRow(const Contact &c)
{
    ContactRow r;
    r.id = c.id;
    r.customerId = c.customerId;
    r.name = c.name.trimmed();
    r.title = c.title.trimmed();
    r.phone = c.phone.trimmed();
    r.mobile = c.mobile.trimmed();
    r.email = c.email.trimmed();
    r.wechat = c.wechat.trimmed();
    r.isPrimary = c.isPrimary ? 1 : 0;
    r.notes = c.notes;
    return r;
}

} // namespace fd::tables
