#include "kindimporterbase.h"

#include "domain/normalize.h"
#include "domain/trcontext.h"
#include "domain/validator.h"
#include "io/importvalues.h"
#include "storage/bulkinsert.h"
#include "storage/sqlquery.h"
#include "storage/tables/customertables.h"

namespace fd {

namespace {

// Customers, unique by external id and by name.
class CustomerImporter final : public KindImporterBase
{
    enum {
        ExtId,
        Name,
        Tier,
        Score,
        Industry,
        Size,
        Region,
        Owner,
        Phone,
        Email,
        Address,
        Website,
        Source,
        Notes,
        CreatedAt
    };

public:
    CustomerImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : KindImporterBase(db, refs, s)
    {
        SqlQuery q(db, QStringLiteral("SELECT external_id, id FROM customers WHERE external_id IS NOT NULL"));
        q.exec();
        while (q.next())
            m_extIds.insert(q.value(0).toString(), Earlier{0, q.value(1).toLongLong()});
        m_insert = bulk(tables::CustomerRow::table());
    }

    bool importRow(ImportRow &row) override
    {
        const QString ext = text(row, ExtId, 100, false);
        const QString name = text(row, Name, 300, true);
        const QString tier = row.value(Tier).toUpper();
        if (!tier.isEmpty() && tier != QLatin1String("A") && tier != QLatin1String("B") && tier != QLatin1String("C"))
            row.error(Tier, row.value(Tier), Import::tr("is not a tier (A, B or C)"));
        qint64 score = 0;
        if (!row.value(Score).isEmpty()) {
            const auto v = importvalues::integer(row.value(Score));
            if (!v || *v > 100)
                row.error(Score, row.value(Score), Import::tr("is not a score from 0 to 100"));
            else
                score = *v;
        }
        const QString industry = text(row, Industry, 200, false);
        QString size;
        if (!row.value(Size).isEmpty()) {
            size = canonicalWord(row.value(Size), {{"micro", "微型|微"},
                                                   {"small", "小型|小"},
                                                   {"medium", "中型|中"},
                                                   {"large", "大型|大"},
                                                   {"enterprise", "集团|集團|超大型|特大型"}});
            if (size.isEmpty())
                row.error(Size, row.value(Size), Import::tr("is not a size (micro, small, medium, large, enterprise)"));
        }
        Ref region = ref(row, Region, RefKind::Region, false);
        Ref owner = ref(row, Owner, RefKind::User, false);
        const QString phone = text(row, Phone, 100, false);
        const QString mail = email(row, Email);
        const QString address = text(row, Address, 500, false);
        const QString website = text(row, Website, 300, false);
        const QString source = text(row, Source, 200, false);
        const QString notes = text(row, Notes, Validator::kMaxTextLength, false);
        const auto createdAt = timestamp(row, CreatedAt, false);
        std::optional<Duplicate> dup;
        const QString nameKey = ImportRefs::key(RefKind::Customer, name);
        if (!ext.isEmpty() && m_extIds.contains(ext)) {
            const Earlier e = m_extIds.value(ext);
            dup = Duplicate{ExtId, ext, duplicateOf(e.line), e, true};
        } else if (!name.isEmpty()) {
            const auto inFile = m_names.constFind(nameKey);
            const qint64 stored = inFile == m_names.constEnd() ? m_refs.find(RefKind::Customer, name) : 0;
            if (inFile != m_names.constEnd())
                dup = Duplicate{Name, name, duplicateOf(inFile->line), *inFile, false};
            else if (stored != 0)
                dup = Duplicate{Name, name, duplicateOf(0), Earlier{0, stored}, false};
        }
        rejectDuplicate(row, dup);
        if (!row.ok())
            return false;
        if (dup && !storeDuplicate(row, *dup, "customers", "customer", true, [&] {
                const bool extFree = !ext.isEmpty() && !m_extIds.contains(ext);
                return QList<MergeField>{{"external_id", extFree ? ext : QString()},
                                         {"tier", tier},
                                         {"industry", industry},
                                         {"size", size},
                                         {"region_id", realize(region)},
                                         {"owner_id", realize(owner)},
                                         {"phone", phone},
                                         {"email", mail},
                                         {"address", address},
                                         {"website", website},
                                         {"source", source},
                                         {"notes", notes}};
            }))
            return false;
        const qint64 regionId = realize(region);
        const qint64 ownerId = realize(owner);
        const QString created = stamp(createdAt);
        tables::CustomerRow customer;
        customer.externalId = ext;
        customer.name = name;
        customer.normalizedName = normalize::companyName(name);
        customer.tier = tier;
        customer.score = score;
        customer.industry = industry;
        customer.size = size;
        customer.regionId = regionId;
        customer.ownerId = ownerId;
        customer.phone = phone;
        customer.email = mail;
        customer.address = address;
        customer.website = website;
        customer.source = source;
        customer.notes = notes;
        customer.createdAt = created;
        customer.updatedAt = m_nowText;
        const qint64 id = m_insert->exec(customer.values());
        audit("customer", id);
        // A kept duplicate leaves the first copy as the one later rows name and match.
        if (!dup) {
            m_refs.remember(RefKind::Customer, name, id);
            m_names.insert(nameKey, Earlier{row.line(), id});
        }
        if (!ext.isEmpty())
            m_extIds.insert(ext, Earlier{row.line(), id});
        return true;
    }

private:
    QHash<QString, Earlier> m_extIds;
    QHash<QString, Earlier> m_names;
    std::unique_ptr<BulkInsert> m_insert;
};

} // namespace

std::unique_ptr<KindImporter> makeCustomerImporter(Database &db, ImportRefs &refs, const KindImportSettings &settings)
{
    return std::make_unique<CustomerImporter>(db, refs, settings);
}

} // namespace fd
