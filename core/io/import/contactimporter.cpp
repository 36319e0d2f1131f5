#include "kindimporterbase.h"

#include "domain/trcontext.h"
#include "domain/validator.h"
#include "io/importvalues.h"
#include "storage/bulkinsert.h"
#include "storage/sqlquery.h"
#include "storage/tables/customertables.h"

namespace fd {

namespace {

// Contacts of customers, unique by customer and name.
class ContactImporter final : public KindImporterBase
{
    enum { Customer, Name, Title, Phone, Mobile, Email, Wechat, IsPrimary, Notes };

public:
    ContactImporter(Database &db, ImportRefs &refs, const KindImportSettings &s)
        : KindImporterBase(db, refs, s)
    {
        SqlQuery q(db, QStringLiteral("SELECT customer_id, name, id FROM contacts"));
        q.exec();
        while (q.next())
            m_keys.insert(QString::number(q.value(0).toLongLong()) + QChar(0x1F)
                              + q.value(1).toString().simplified().toLower(),
                          Earlier{0, q.value(2).toLongLong()});
        m_insert = bulk(tables::ContactRow::table());
    }

    bool importRow(ImportRow &row) override
    {
        Ref customer = ref(row, Customer, RefKind::Customer, true);
        const QString name = text(row, Name, 200, true);
        const QString title = text(row, Title, 200, false);
        const QString phone = text(row, Phone, 100, false);
        const QString mobile = text(row, Mobile, 100, false);
        const QString mail = email(row, Email);
        const QString wechat = text(row, Wechat, 100, false);
        const auto primary = importvalues::boolean(row.value(IsPrimary));
        if (!primary)
            row.error(IsPrimary, row.value(IsPrimary), Import::tr("is not yes/no (1/0)"));
        const QString notes = text(row, Notes, Validator::kMaxTextLength, false);
        QString key;
        std::optional<Duplicate> dup;
        if (!name.isEmpty() && !customer.name.isEmpty()) {
            key = (customer.id > 0 ? QString::number(customer.id) : QStringLiteral("new:") + customer.name.toLower())
                  + QChar(0x1F) + name.simplified().toLower();
            if (m_keys.contains(key)) {
                const Earlier e = m_keys.value(key);
                dup = Duplicate{Name, name, duplicateOf(e.line) + Import::tr(" (same customer and name)"), e, false};
            }
        }
        rejectDuplicate(row, dup);
        if (!row.ok())
            return false;
        if (dup && !storeDuplicate(row, *dup, "contacts", "contact", false, [&] {
                return QList<MergeField>{{"title", title}, {"phone", phone},   {"mobile", mobile},
                                         {"email", mail},  {"wechat", wechat}, {"notes", notes}};
            }))
            return false;
        const qint64 customerId = realize(customer);
        tables::ContactRow contact;
        contact.customerId = customerId;
        contact.name = name;
        contact.title = title;
        contact.phone = phone;
        contact.mobile = mobile;
        contact.email = mail;
        contact.wechat = wechat;
        contact.isPrimary = *primary ? 1 : 0;
        contact.notes = notes;
        contact.createdAt = m_nowText;
        contact.updatedAt = m_nowText;
        const qint64 id = m_insert->exec(contact.values());
        audit("contact", id);
        if (!dup) {
            m_keys.insert(key, Earlier{row.line(), id});
            m_keys.insert(QString::number(customerId) + QChar(0x1F) + name.simplified().toLower(),
                          Earlier{row.line(), id});
        }
        return true;
    }

private:
    QHash<QString, Earlier> m_keys;
    std::unique_ptr<BulkInsert> m_insert;
};

} // namespace

std::unique_ptr<KindImporter> makeContactImporter(Database &db, ImportRefs &refs, const KindImportSettings &settings)
{
    return std::make_unique<ContactImporter>(db, refs, settings);
}

} // namespace fd
