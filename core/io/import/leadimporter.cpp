#include "kindimporterbase.h"

#include "domain/normalize.h"
#include "domain/trcontext.h"
#include "domain/validator.h"
#include "io/importvalues.h"
#include "storage/bulkinsert.h"
#include "storage/sqlquery.h"
#include "storage/tables/leadtables.h"

namespace fd {

namespace {

// Leads, unique by external id, by phone and by company and name.
class LeadImporter final : public KindImporterBase
{
    enum { ExtId, Name, Company, Title, Phone, Email, Source, Campaign, Status, Owner, Region, Notes, CreatedAt };

public:
    LeadImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : KindImporterBase(db, refs, s)
    {
        SqlQuery q(db, QStringLiteral("SELECT external_id, normalized_phone, normalized_company, name, id FROM leads"));
        q.exec();
        while (q.next()) {
            const Earlier stored{0, q.value(4).toLongLong()};
            if (!q.value(0).isNull())
                m_extIds.insert(q.value(0).toString(), stored);
            if (!q.value(1).toString().isEmpty())
                m_phones.insert(q.value(1).toString(), stored);
            m_names.insert(q.value(2).toString() + QChar(0x1F) + q.value(3).toString().simplified().toLower(), stored);
        }
        m_insert = bulk(tables::LeadRow::table());
    }

    bool importRow(ImportRow &row) override
    {
        const QString ext = text(row, ExtId, 100, false);
        const QString name = text(row, Name, 200, true);
        const QString company = text(row, Company, 300, false);
        const QString title = text(row, Title, 200, false);
        const QString phone = text(row, Phone, 100, false);
        const QString mail = email(row, Email);
        const QString source = text(row, Source, 200, false);
        Ref campaign = ref(row, Campaign, RefKind::Campaign, false);
        QString status = QStringLiteral("new");
        if (!row.value(Status).isEmpty()) {
            status = canonicalWord(row.value(Status), {{"new", "新建|新线索|新線索|未处理|未處理|新"},
                                                       {"contacted", "已联系|已聯繫|联系中|聯繫中|跟进中|跟進中"},
                                                       {"qualified", "合格|有效|已确认|已確認"},
                                                       {"disqualified", "无效|無效|不合格"},
                                                       {"converted", "已转化|已轉化|转化|轉化"}});
            if (status.isEmpty())
                row.error(Status, row.value(Status),
                          Import::tr("is not a lead status (new, contacted, qualified, disqualified, converted)"));
        }
        Ref owner = ref(row, Owner, RefKind::User, false);
        Ref region = ref(row, Region, RefKind::Region, false);
        const QString notes = text(row, Notes, Validator::kMaxTextLength, false);
        const auto createdAt = timestamp(row, CreatedAt, false);
        const QString normPhone = normalize::phone(phone);
        const QString normCompany = company.isEmpty() ? QString() : normalize::companyName(company);
        const QString nameKey = normCompany + QChar(0x1F) + name.simplified().toLower();
        std::optional<Duplicate> dup;
        const qint64 exported = !ext.isEmpty() && ext.startsWith(QLatin1String("FD-")) ? m_refs.lead(ext) : 0;
        if (!ext.isEmpty() && (m_extIds.contains(ext) || exported)) {
            const Earlier e = m_extIds.value(ext, Earlier{0, exported});
            dup = Duplicate{ExtId, ext, duplicateOf(e.line), e, true};
        } else if (!normPhone.isEmpty() && m_phones.contains(normPhone)) {
            const Earlier e = m_phones.value(normPhone);
            dup = Duplicate{Phone, phone, duplicateOf(e.line) + Import::tr(" (same phone)"), e, false};
        } else if (!name.isEmpty() && m_names.contains(nameKey)) {
            const Earlier e = m_names.value(nameKey);
            dup = Duplicate{Name, name, duplicateOf(e.line) + Import::tr(" (same company and name)"), e, false};
        }
        rejectDuplicate(row, dup);
        if (!row.ok())
            return false;
        if (dup && !storeDuplicate(row, *dup, "leads", "lead", true, [&] {
                // A stored external id names that lead already; the row's can go only
                // where there is none and nobody else has it.
                const bool extFree = !ext.isEmpty() && !m_extIds.contains(ext) && !exported;
                return QList<MergeField>{{"external_id", extFree ? ext : QString()},
                                         {"company", company},
                                         {"normalized_company", normCompany, false},
                                         {"title", title},
                                         {"phone", phone},
                                         {"normalized_phone", normPhone, false},
                                         {"email", mail},
                                         {"source", source},
                                         {"campaign_id", realize(campaign)},
                                         {"owner_id", realize(owner)},
                                         {"region_id", realize(region)},
                                         {"notes", notes}};
            }))
            return false;
        const qint64 campaignId = realize(campaign);
        const qint64 regionId = realize(region);
        const qint64 ownerId = realize(owner);
        const QString created = stamp(createdAt);
        tables::LeadRow lead;
        lead.externalId = ext;
        lead.name = name;
        lead.company = company;
        lead.normalizedCompany = normCompany;
        lead.title = title;
        lead.phone = phone;
        lead.normalizedPhone = normPhone;
        lead.email = mail;
        lead.source = source;
        lead.campaignId = campaignId;
        lead.status = status;
        lead.ownerId = ownerId;
        lead.regionId = regionId;
        if (ownerId)
            lead.assignedAt = created;
        lead.notes = notes;
        lead.createdAt = created;
        lead.updatedAt = m_nowText;
        const qint64 id = m_insert->exec(lead.values());
        audit("lead", id);
        // A kept duplicate leaves the first copy as the one later rows are compared with.
        const Earlier here{row.line(), id};
        if (!ext.isEmpty()) {
            m_extIds.insert(ext, here);
            m_refs.addLead(ext, id);
        }
        if (!normPhone.isEmpty() && !m_phones.contains(normPhone))
            m_phones.insert(normPhone, here);
        if (!m_names.contains(nameKey))
            m_names.insert(nameKey, here);
        return true;
    }

private:
    QHash<QString, Earlier> m_extIds;
    QHash<QString, Earlier> m_phones;
    QHash<QString, Earlier> m_names;
    std::unique_ptr<BulkInsert> m_insert;
};

} // namespace

std::unique_ptr<KindImporter> makeLeadImporter(Database &db, ImportRefs &refs, const KindImportSettings &settings)
{
    return std::make_unique<LeadImporter>(db, refs, settings);
}

} // namespace fd
