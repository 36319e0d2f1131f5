#include "leadrepository.h"
#include "domain/trcontext.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/normalize.h"
#include "domain/validator.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/tables/leadtables.h"
#include "storage/transaction.h"

#include <QStringList>

namespace fd {

namespace {
const QString kLeadColumns = QStringLiteral(
    "id, external_id, name, company, title, phone, email, source, campaign_id, status, disqualify_reason, owner_id, "
    "region_id, assigned_at, last_followup_at, converted_customer_id, converted_contact_id, "
    "converted_opportunity_id, converted_at, notes, created_at, updated_at, row_version");

Lead leadFromRow(const SqlQuery &q)
{
    Lead l;
    l.id = q.value(0).toLongLong();
    l.externalId = q.value(1).toString();
    l.name = q.value(2).toString();
    l.company = q.value(3).toString();
    l.title = q.value(4).toString();
    l.phone = q.value(5).toString();
    l.email = q.value(6).toString();
    l.source = q.value(7).toString();
    l.campaignId = rows::id(q.value(8));
    parseLeadStatus(q.value(9).toString(), &l.status);
    l.disqualifyReason = q.value(10).toString();
    l.ownerId = rows::id(q.value(11));
    l.regionId = rows::id(q.value(12));
    l.assignedAt = rows::timestamp(q.value(13));
    l.lastFollowUpAt = rows::timestamp(q.value(14));
    l.convertedCustomerId = rows::id(q.value(15));
    l.convertedContactId = rows::id(q.value(16));
    l.convertedOpportunityId = rows::id(q.value(17));
    l.convertedAt = rows::timestamp(q.value(18));
    l.notes = q.value(19).toString();
    l.createdAt = rows::timestamp(q.value(20));
    l.updatedAt = rows::timestamp(q.value(21));
    l.rowVersion = q.value(22).toInt();
    return l;
}

// Binds the columns an edit of a lead sets, external_id … notes, in that order.
void bindEdited(SqlQuery &q, const Lead &l)
{
    const QVariantList values = tables::LeadRow::table().pick(tables::leadRow(l).values(), {"external_id",
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
                                                                                            "notes"});
    for (const QVariant &v : values)
        q.add(v);
}
} // namespace

void LeadRepository::validate(const Lead &l)
{
    Validator v(QStringLiteral("lead"));
    v.required(QStringLiteral("name"), l.name, 200);
    v.maxLength(QStringLiteral("external_id"), l.externalId, 100);
    if (!l.externalId.isEmpty())
        v.check(!repo::taken(m_db, "leads", "external_id", l.externalId.trimmed(), l.id), QStringLiteral("external_id"),
                l.externalId, Validation::tr("is already used by another lead"));
    v.maxLength(QStringLiteral("company"), l.company, 300);
    v.maxLength(QStringLiteral("title"), l.title, 200);
    v.maxLength(QStringLiteral("phone"), l.phone, 50);
    v.check(l.phone.trimmed().isEmpty() || !normalize::phone(l.phone).isEmpty(), QStringLiteral("phone"), l.phone,
            Validation::tr("contains no digits"));
    v.maxLength(QStringLiteral("email"), l.email, 200);
    v.check(repo::isEmail(l.email), QStringLiteral("email"), l.email, Validation::tr("is not an e-mail address"));
    v.maxLength(QStringLiteral("source"), l.source, 200);
    v.maxLength(QStringLiteral("notes"), l.notes, Validator::kMaxTextLength);
    v.maxLength(QStringLiteral("disqualify_reason"), l.disqualifyReason, 500);
    v.check(l.status != LeadStatus::Disqualified || !l.disqualifyReason.trimmed().isEmpty(),
            QStringLiteral("disqualify_reason"), l.disqualifyReason,
            Validation::tr("is required for a disqualified lead"));
    v.check(l.status != LeadStatus::Converted || l.convertedCustomerId > 0, QStringLiteral("converted_customer"),
            QString::number(l.convertedCustomerId), Validation::tr("is required for a converted lead"));
    const struct
    {
        const char *field;
        const char *table;
        qint64 id;
    } refs[] = {{"campaign", "campaigns", l.campaignId},
                {"owner", "users", l.ownerId},
                {"region", "regions", l.regionId},
                {"converted_customer", "customers", l.convertedCustomerId},
                {"converted_contact", "contacts", l.convertedContactId},
                {"converted_opportunity", "opportunities", l.convertedOpportunityId}};
    for (const auto &r : refs) {
        if (r.id)
            v.check(repo::exists(m_db, r.table, r.id), QString::fromLatin1(r.field), QString::number(r.id),
                    Validation::tr("does not exist"));
    }
    v.throwIfInvalid();
}

qint64 LeadRepository::create(Lead &l)
{
    validate(l);
    Viewer::of(m_db).requireCreate(m_db, RecordType::Lead, l.ownerId);
    const QDateTime now = m_db.clock().now();
    if (l.ownerId && !l.assignedAt.isValid())
        l.assignedAt = now;
    if (l.status == LeadStatus::Converted && !l.convertedAt.isValid())
        l.convertedAt = now;
    const QDateTime createdAt = l.createdAt.isValid() ? l.createdAt.toUTC() : now;
    Transaction tx(m_db);
    tables::LeadRow row = tables::leadRow(l);
    row.id = 0;
    row.createdAt = isotime::toStored(createdAt);
    row.updatedAt = isotime::toStored(now);
    l.id = tables::insert(m_db, row);
    audit::record(m_db, QStringLiteral("lead"), l.id, QStringLiteral("insert"));
    tx.commit();
    l.createdAt = createdAt;
    l.updatedAt = now;
    l.rowVersion = 1;
    return l.id;
}

void LeadRepository::update(Lead &l)
{
    const Lead before = get(l.id);
    validate(l);
    const Viewer viewer = Viewer::of(m_db);
    viewer.requireWrite(m_db, RecordType::Lead, l.id);
    if (l.ownerId != before.ownerId)
        viewer.requireReassign(RecordType::Lead, l.id); // reps claim pool leads through PoolService
    if (before.rowVersion != l.rowVersion)
        throw ConflictError(QStringLiteral("Lead %1 was changed by someone else (version %2, yours %3)")
                                .arg(l.id)
                                .arg(before.rowVersion)
                                .arg(l.rowVersion));
    const QDateTime now = m_db.clock().now();
    if (l.ownerId != before.ownerId)
        l.assignedAt = l.ownerId ? now : QDateTime();
    if (l.status == LeadStatus::Converted && !l.convertedAt.isValid())
        l.convertedAt = now;
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE leads SET external_id = ?, name = ?, company = ?, normalized_company = ?, title = ?, "
                         "phone = ?, normalized_phone = ?, email = ?, source = ?, campaign_id = ?, status = ?, "
                         "disqualify_reason = ?, owner_id = ?, region_id = ?, assigned_at = ?, last_followup_at = ?, "
                         "converted_customer_id = ?, converted_contact_id = ?, converted_opportunity_id = ?, "
                         "converted_at = ?, notes = ?, updated_at = ?, row_version = row_version + 1 "
                         "WHERE id = ? AND row_version = ?"));
    bindEdited(q, l);
    q.add(isotime::toStored(now)).add(l.id).add(l.rowVersion).exec();
    if (q.numRowsAffected() != 1)
        throw ConflictError(QStringLiteral("Lead %1 was changed by someone else").arg(l.id));
    const QString entity = QStringLiteral("lead");
    if (l.ownerId != before.ownerId)
        audit::record(m_db, entity, l.id, l.ownerId ? QStringLiteral("reassign") : QStringLiteral("pool_return"),
                      QStringLiteral("owner_id"), nullableId(before.ownerId), nullableId(l.ownerId));
    audit::recordChange(m_db, entity, l.id, QStringLiteral("name"), before.name, l.name.trimmed());
    audit::recordChange(m_db, entity, l.id, QStringLiteral("company"), nullableText(before.company),
                        nullableText(l.company.trimmed()));
    audit::recordChange(m_db, entity, l.id, QStringLiteral("phone"), nullableText(before.phone),
                        nullableText(l.phone.trimmed()));
    audit::recordChange(m_db, entity, l.id, QStringLiteral("status"), toString(before.status), toString(l.status));
    audit::recordChange(m_db, entity, l.id, QStringLiteral("title"), nullableText(before.title),
                        nullableText(l.title.trimmed()));
    audit::recordChange(m_db, entity, l.id, QStringLiteral("email"), nullableText(before.email),
                        nullableText(l.email.trimmed()));
    audit::recordChange(m_db, entity, l.id, QStringLiteral("source"), nullableText(before.source),
                        nullableText(l.source));
    audit::recordChange(m_db, entity, l.id, QStringLiteral("campaign_id"), nullableId(before.campaignId),
                        nullableId(l.campaignId));
    audit::recordChange(m_db, entity, l.id, QStringLiteral("region_id"), nullableId(before.regionId),
                        nullableId(l.regionId));
    audit::recordChange(m_db, entity, l.id, QStringLiteral("disqualify_reason"), nullableText(before.disqualifyReason),
                        nullableText(l.disqualifyReason));
    audit::recordChange(m_db, entity, l.id, QStringLiteral("notes"), nullableText(before.notes), nullableText(l.notes));
    tx.commit();
    l.createdAt = before.createdAt;
    l.updatedAt = now;
    l.rowVersion += 1;
}

Lead LeadRepository::get(qint64 id)
{
    QVariantList binds{id};
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM leads").arg(kLeadColumns)
                         + repo::visibleOnly(m_db, RecordType::Lead, QStringLiteral("leads"),
                                             QStringLiteral("WHERE id = ?"), binds));
    repo::execWith(q, binds);
    if (!q.next())
        throw NotFoundError(QStringLiteral("Lead %1 does not exist").arg(id));
    return leadFromRow(q);
}

QString LeadRepository::filterClause(const LeadFilter &f, QVariantList &binds) const
{
    QStringList where;
    if (f.poolOnly)
        where << QStringLiteral("owner_id IS NULL");
    if (f.ownerId) {
        where << QStringLiteral("owner_id = ?");
        binds << f.ownerId;
    }
    if (!f.statuses.isEmpty()) {
        QVariantList names;
        for (LeadStatus s : f.statuses)
            names << toString(s);
        where << QStringLiteral("status IN (%1)").arg(repo::placeholders(names, binds));
    }
    if (f.campaignId) {
        where << QStringLiteral("campaign_id = ?");
        binds << f.campaignId;
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString like = m_db.dialect().likeOperator();
        const QString pattern = repo::containsPattern(f.text);
        QString clause = QStringLiteral("name %1 ? OR company %1 ? OR email %1 ?").arg(like);
        binds << pattern << pattern << pattern;
        const QString digits = normalize::phone(f.text);
        if (!digits.isEmpty()) {
            clause += QStringLiteral(" OR normalized_phone %1 ?").arg(like);
            binds << repo::containsPattern(digits);
        }
        where << QLatin1Char('(') + clause + QLatin1Char(')');
    }
    return repo::visibleOnly(m_db, RecordType::Lead, QStringLiteral("leads"), repo::where(where), binds);
}

QList<Lead> LeadRepository::list(const LeadFilter &f)
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1 FROM leads %2 ORDER BY created_at DESC, id DESC")
                      .arg(kLeadColumns, filterClause(f, binds));
    sql += repo::page(f.limit, f.offset, binds);
    SqlQuery q(m_db, sql);
    repo::execWith(q, binds);
    QList<Lead> list;
    while (q.next())
        list.append(leadFromRow(q));
    return list;
}

qint64 LeadRepository::count(const LeadFilter &f)
{
    QVariantList binds;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM leads %1").arg(filterClause(f, binds)));
    repo::execWith(q, binds);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace fd
