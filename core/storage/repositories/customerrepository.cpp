#include "customerrepository.h"
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
#include "storage/tables/customertables.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace fd {

namespace {
const QString kContactColumns = QStringLiteral(
    "id, customer_id, name, title, phone, mobile, email, wechat, is_primary, notes, created_at, updated_at");

Contact contactFromRow(const SqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.title = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.mobile = q.value(5).toString();
    c.email = q.value(6).toString();
    c.wechat = q.value(7).toString();
    c.isPrimary = q.value(8).toInt() != 0;
    c.notes = q.value(9).toString();
    c.createdAt = rows::timestamp(q.value(10));
    c.updatedAt = rows::timestamp(q.value(11));
    return c;
}

// Field checks of a contact, without its customer reference (not known yet on create).
void checkContactFields(Validator &v, const Contact &c)
{
    v.required(QStringLiteral("name"), c.name, 200);
    v.maxLength(QStringLiteral("title"), c.title, 200);
    v.maxLength(QStringLiteral("phone"), c.phone, 50);
    v.maxLength(QStringLiteral("mobile"), c.mobile, 50);
    v.maxLength(QStringLiteral("email"), c.email, 200);
    v.check(repo::isEmail(c.email), QStringLiteral("email"), c.email, Validation::tr("is not an e-mail address"));
    v.maxLength(QStringLiteral("wechat"), c.wechat, 100);
    v.maxLength(QStringLiteral("notes"), c.notes, Validator::kMaxTextLength);
}

// Binds the columns an edit of a customer sets, external_id … notes, in that order.
void bindEdited(SqlQuery &q, const Customer &c)
{
    const QVariantList values = tables::CustomerRow::table().pick(
        tables::customerRow(c).values(),
        {"external_id", "name", "normalized_name", "tier", "score", "industry", "size", "region_id", "owner_id",
         "phone", "email", "address", "website", "source", "notes"});
    for (const QVariant &v : values)
        q.add(v);
}

// Binds the columns an edit of a contact sets, name … notes, in that order.
void bindEdited(SqlQuery &q, const Contact &c)
{
    const QVariantList values = tables::ContactRow::table().pick(
        tables::contactRow(c).values(), {"name", "title", "phone", "mobile", "email", "wechat", "is_primary", "notes"});
    for (const QVariant &v : values)
        q.add(v);
}
} // namespace

void CustomerRepository::validate(const Customer &c)
{
    static const QStringList tiers{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    static const QStringList sizes{QStringLiteral("micro"), QStringLiteral("small"), QStringLiteral("medium"),
                                   QStringLiteral("large"), QStringLiteral("enterprise")};
    Validator v(QStringLiteral("customer"));
    v.required(QStringLiteral("name"), c.name, 300);
    v.check(c.name.trimmed().isEmpty() || !normalize::companyName(c.name).isEmpty(), QStringLiteral("name"), c.name,
            Validation::tr("has no letters or digits"));
    v.maxLength(QStringLiteral("external_id"), c.externalId, 100);
    if (!c.externalId.isEmpty())
        v.check(!repo::taken(m_db, "customers", "external_id", c.externalId, c.id), QStringLiteral("external_id"),
                c.externalId, Validation::tr("is already used by another customer"));
    v.check(c.tier.isEmpty() || tiers.contains(c.tier), QStringLiteral("tier"), c.tier,
            Validation::tr("must be A, B or C"));
    v.range(QStringLiteral("score"), c.score, 0, 100);
    v.maxLength(QStringLiteral("industry"), c.industry, 100);
    v.check(c.size.isEmpty() || sizes.contains(c.size), QStringLiteral("size"), c.size,
            Validation::tr("must be micro, small, medium, large or enterprise"));
    if (c.regionId)
        v.check(repo::exists(m_db, "regions", c.regionId), QStringLiteral("region"), QString::number(c.regionId),
                Validation::tr("does not exist"));
    if (c.ownerId)
        v.check(repo::exists(m_db, "users", c.ownerId), QStringLiteral("owner"), QString::number(c.ownerId),
                Validation::tr("does not exist"));
    v.maxLength(QStringLiteral("phone"), c.phone, 50);
    v.maxLength(QStringLiteral("email"), c.email, 200);
    v.check(repo::isEmail(c.email), QStringLiteral("email"), c.email, Validation::tr("is not an e-mail address"));
    v.maxLength(QStringLiteral("address"), c.address, 500);
    v.maxLength(QStringLiteral("website"), c.website, 300);
    v.maxLength(QStringLiteral("source"), c.source, 200);
    v.maxLength(QStringLiteral("notes"), c.notes, Validator::kMaxTextLength);
    QList<FieldError> errors = v.errors();
    for (qsizetype i = 0; i < c.contacts.size(); ++i) {
        // Numbered (row 1, 2, …) so that the editor can say which contact is wrong.
        Validator cv(QStringLiteral("contact"), int(i + 1));
        checkContactFields(cv, c.contacts.at(i));
        errors += cv.errors();
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

void CustomerRepository::validate(const Contact &c)
{
    Validator v(QStringLiteral("contact"));
    v.check(repo::exists(m_db, "customers", c.customerId), QStringLiteral("customer"), QString::number(c.customerId),
            Validation::tr("does not exist"));
    checkContactFields(v, c);
    v.throwIfInvalid();
}

void CustomerRepository::demoteOtherPrimaries(const Contact &c)
{
    if (!c.isPrimary)
        return;
    SqlQuery q(m_db, QStringLiteral("UPDATE contacts SET is_primary = 0 WHERE customer_id = ? AND id <> ? "
                                    "AND is_primary = 1"));
    q.add(c.customerId).add(c.id).exec();
}

void CustomerRepository::insertContact(Contact &c)
{
    const QDateTime now = m_db.clock().now();
    tables::ContactRow row = tables::contactRow(c);
    row.id = 0;
    row.createdAt = isotime::toStored(now);
    row.updatedAt = row.createdAt;
    c.id = tables::insert(m_db, row);
    c.createdAt = now;
    c.updatedAt = now;
    demoteOtherPrimaries(c);
    audit::record(m_db, QStringLiteral("contact"), c.id, QStringLiteral("insert"));
}

qint64 CustomerRepository::create(Customer &c)
{
    validate(c);
    Viewer::of(m_db).requireCreate(m_db, RecordType::Customer, c.ownerId);
    const QDateTime now = m_db.clock().now();
    Transaction tx(m_db);
    const QDateTime createdAt = c.createdAt.isValid() ? c.createdAt.toUTC() : now;
    tables::CustomerRow row = tables::customerRow(c);
    row.id = 0;
    row.createdAt = isotime::toStored(createdAt);
    row.updatedAt = isotime::toStored(now);
    c.id = tables::insert(m_db, row);
    audit::record(m_db, QStringLiteral("customer"), c.id, QStringLiteral("insert"));
    for (Contact &contact : c.contacts) {
        contact.customerId = c.id;
        insertContact(contact);
    }
    tx.commit();
    c.createdAt = createdAt;
    c.updatedAt = now;
    c.rowVersion = 1;
    return c.id;
}

void CustomerRepository::update(Customer &c)
{
    const Customer before = get(c.id);
    Customer fields = c;
    fields.contacts.clear(); // contacts are saved through their own calls
    validate(fields);
    const Viewer viewer = Viewer::of(m_db);
    viewer.requireWrite(m_db, RecordType::Customer, c.id);
    if (c.ownerId != before.ownerId)
        viewer.requireReassign(RecordType::Customer, c.id);
    if (before.rowVersion != c.rowVersion)
        throw ConflictError(QStringLiteral("Customer %1 was changed by someone else (version %2, yours %3)")
                                .arg(c.id)
                                .arg(before.rowVersion)
                                .arg(c.rowVersion));
    const QDateTime now = m_db.clock().now();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE customers SET external_id = ?, name = ?, normalized_name = ?, tier = ?, "
                                    "score = ?, industry = ?, size = ?, region_id = ?, owner_id = ?, phone = ?, "
                                    "email = ?, address = ?, website = ?, source = ?, notes = ?, updated_at = ?, "
                                    "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    bindEdited(q, c);
    q.add(isotime::toStored(now)).add(c.id).add(c.rowVersion).exec();
    if (q.numRowsAffected() != 1)
        throw ConflictError(QStringLiteral("Customer %1 was changed by someone else").arg(c.id));
    const QString entity = QStringLiteral("customer");
    audit::recordChange(m_db, entity, c.id, QStringLiteral("name"), before.name, c.name.trimmed());
    audit::recordChange(m_db, entity, c.id, QStringLiteral("tier"), nullableText(before.tier), nullableText(c.tier));
    audit::recordChange(m_db, entity, c.id, QStringLiteral("score"), before.score, c.score);
    audit::recordChange(m_db, entity, c.id, QStringLiteral("industry"), nullableText(before.industry),
                        nullableText(c.industry.trimmed()));
    audit::recordChange(m_db, entity, c.id, QStringLiteral("size"), nullableText(before.size), nullableText(c.size));
    audit::recordChange(m_db, entity, c.id, QStringLiteral("region_id"), nullableId(before.regionId),
                        nullableId(c.regionId));
    audit::recordChange(m_db, entity, c.id, QStringLiteral("owner_id"), nullableId(before.ownerId),
                        nullableId(c.ownerId));
    audit::recordChange(m_db, entity, c.id, QStringLiteral("phone"), nullableText(before.phone),
                        nullableText(c.phone.trimmed()));
    audit::recordChange(m_db, entity, c.id, QStringLiteral("email"), nullableText(before.email),
                        nullableText(c.email.trimmed()));
    audit::recordChange(m_db, entity, c.id, QStringLiteral("address"), nullableText(before.address),
                        nullableText(c.address.trimmed()));
    tx.commit();
    c.createdAt = before.createdAt;
    c.updatedAt = now;
    c.rowVersion += 1;
    c.contacts = before.contacts;
}

Customer CustomerRepository::get(qint64 id)
{
    QVariantList binds{id};
    SqlQuery q(m_db, QStringLiteral("SELECT id, external_id, name, tier, score, industry, size, region_id, owner_id, "
                                    "phone, email, address, website, source, notes, created_at, updated_at, "
                                    "row_version FROM customers c")
                         + repo::visibleOnly(m_db, RecordType::Customer, QStringLiteral("c"),
                                             QStringLiteral("WHERE c.id = ?"), binds));
    repo::execWith(q, binds);
    if (!q.next())
        throw NotFoundError(QStringLiteral("Customer %1 does not exist").arg(id));
    Customer c;
    c.id = q.value(0).toLongLong();
    c.externalId = q.value(1).toString();
    c.name = q.value(2).toString();
    c.tier = q.value(3).toString();
    c.score = q.value(4).toInt();
    c.industry = q.value(5).toString();
    c.size = q.value(6).toString();
    c.regionId = rows::id(q.value(7));
    c.ownerId = rows::id(q.value(8));
    c.phone = q.value(9).toString();
    c.email = q.value(10).toString();
    c.address = q.value(11).toString();
    c.website = q.value(12).toString();
    c.source = q.value(13).toString();
    c.notes = q.value(14).toString();
    c.createdAt = rows::timestamp(q.value(15));
    c.updatedAt = rows::timestamp(q.value(16));
    c.rowVersion = q.value(17).toInt();
    c.contacts = contacts(id);
    return c;
}

void CustomerRepository::remove(qint64 id)
{
    if (!repo::exists(m_db, "customers", id))
        throw NotFoundError(QStringLiteral("Customer %1 does not exist").arg(id));
    repo::requireWrite(m_db, RecordType::Customer, id);
    // Deals, leads, activities, tasks and contracts keep their customer: refuse rather than orphan them.
    struct Reference
    {
        const char *table;
        const char *column;
        const char *what;
    };
    static const Reference references[] = {
        {"opportunities", "customer_id", QT_TRANSLATE_NOOP("Validation", "is referenced by %n deal(s)")},
        {"contracts", "customer_id", QT_TRANSLATE_NOOP("Validation", "is referenced by %n contract(s)")},
        {"activities", "customer_id", QT_TRANSLATE_NOOP("Validation", "is referenced by %n activity(ies)")},
        {"followup_tasks", "customer_id", QT_TRANSLATE_NOOP("Validation", "is referenced by %n task(s)")},
        {"leads", "converted_customer_id", QT_TRANSLATE_NOOP("Validation", "is referenced by %n lead(s)")},
    };
    Validator v(QStringLiteral("customer"));
    for (const Reference &r : references) {
        const qint64 n = repo::countReferences(m_db, r.table, r.column, id);
        v.check(n == 0, QStringLiteral("id"), QString::number(id),
                QCoreApplication::translate("Validation", r.what, nullptr, int(n)));
    }
    // Its contacts go with it, so they must be unreferenced too.
    SqlQuery contactRefs(m_db, QStringLiteral("SELECT count(*) FROM contacts c WHERE c.customer_id = ? AND ("
                                              "EXISTS (SELECT 1 FROM opportunities o WHERE o.contact_id = c.id) OR "
                                              "EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = c.id) OR "
                                              "EXISTS (SELECT 1 FROM leads l WHERE l.converted_contact_id = c.id))"));
    contactRefs.add(id);
    const qint64 usedContacts = contactRefs.scalar().toLongLong();
    v.check(usedContacts == 0, QStringLiteral("contacts"), QString::number(usedContacts),
            Validation::tr("contacts of this customer are referenced elsewhere"));
    v.throwIfInvalid();

    Transaction tx(m_db);
    SqlQuery attachments(m_db, QStringLiteral("DELETE FROM attachments WHERE (entity = 'customer' AND entity_id = ?) "
                                              "OR (entity = 'contact' AND entity_id IN "
                                              "(SELECT id FROM contacts WHERE customer_id = ?))"));
    attachments.add(id).add(id).exec();
    SqlQuery delContacts(m_db, QStringLiteral("DELETE FROM contacts WHERE customer_id = ?"));
    delContacts.add(id).exec();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM customers WHERE id = ?"));
    q.add(id).exec();
    audit::record(m_db, QStringLiteral("customer"), id, QStringLiteral("delete"));
    tx.commit();
}

QString CustomerRepository::filterClause(const CustomerFilter &f, QVariantList &binds) const
{
    QStringList where;
    if (f.ownerId) {
        where << QStringLiteral("c.owner_id = ?");
        binds << f.ownerId;
    }
    if (f.regionId) {
        where << QStringLiteral("c.region_id = ?");
        binds << f.regionId;
    }
    if (!f.tier.isEmpty()) {
        where << QStringLiteral("c.tier = ?");
        binds << f.tier;
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString like = m_db.dialect().likeOperator();
        where << QStringLiteral("(c.name %1 ? OR c.normalized_name %1 ? OR c.phone %1 ? OR EXISTS "
                                "(SELECT 1 FROM contacts k WHERE k.customer_id = c.id AND k.name %1 ?))")
                     .arg(like);
        const QString pattern = repo::containsPattern(f.text);
        binds << pattern << repo::containsPattern(normalize::companyName(f.text)) << pattern << pattern;
    }
    return repo::visibleOnly(m_db, RecordType::Customer, QStringLiteral("c"), repo::where(where), binds);
}

QHash<qint64, QString> CustomerRepository::names(const QList<qint64> &ids)
{
    QHash<qint64, QString> names;
    for (const QVariantList &part : repo::idChunks(ids)) {
        QVariantList binds;
        SqlQuery q(
            m_db,
            QStringLiteral("SELECT id, name FROM customers WHERE id IN (%1)").arg(repo::placeholders(part, binds)));
        repo::execWith(q, binds);
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return names;
}

QList<CustomerSummary> CustomerRepository::list(const CustomerFilter &f)
{
    QVariantList binds;
    QString sql = QStringLiteral(
                      "SELECT c.id, c.name, c.tier, c.score, c.industry, c.region_id, r.name, c.owner_id, "
                      "u.display_name, "
                      "(SELECT k.name FROM contacts k WHERE k.customer_id = c.id "
                      " ORDER BY k.is_primary DESC, k.id LIMIT 1), "
                      "(SELECT count(*) FROM contacts k WHERE k.customer_id = c.id), c.updated_at, c.row_version "
                      "FROM customers c LEFT JOIN regions r ON r.id = c.region_id "
                      "LEFT JOIN users u ON u.id = c.owner_id %1 ORDER BY c.name, c.id")
                      .arg(filterClause(f, binds));
    sql += repo::page(f.limit, f.offset, binds);
    SqlQuery q(m_db, sql);
    repo::execWith(q, binds);
    QList<CustomerSummary> list;
    while (q.next()) {
        CustomerSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.tier = q.value(2).toString();
        s.score = q.value(3).toInt();
        s.industry = q.value(4).toString();
        s.regionId = rows::id(q.value(5));
        s.regionName = q.value(6).toString();
        s.ownerId = rows::id(q.value(7));
        s.ownerName = q.value(8).toString();
        s.primaryContact = q.value(9).toString();
        s.contactCount = q.value(10).toInt();
        s.updatedAt = rows::timestamp(q.value(11));
        s.rowVersion = q.value(12).toInt();
        list.append(s);
    }
    return list;
}

qint64 CustomerRepository::count(const CustomerFilter &f)
{
    QVariantList binds;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM customers c %1").arg(filterClause(f, binds)));
    repo::execWith(q, binds);
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Contacts --------------------------------------------------------------------------

qint64 CustomerRepository::addContact(Contact &c)
{
    validate(c);
    Viewer::of(m_db).requireCreate(m_db, RecordType::Contact, c.customerId);
    Transaction tx(m_db);
    insertContact(c);
    tx.commit();
    return c.id;
}

void CustomerRepository::updateContact(Contact &c)
{
    const Contact before = contact(c.id);
    c.customerId = before.customerId;
    validate(c);
    repo::requireWrite(m_db, RecordType::Contact, c.id);
    const QDateTime now = m_db.clock().now();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE contacts SET name = ?, title = ?, phone = ?, mobile = ?, email = ?, "
                                    "wechat = ?, is_primary = ?, notes = ?, updated_at = ? WHERE id = ?"));
    bindEdited(q, c);
    q.add(isotime::toStored(now)).add(c.id).exec();
    demoteOtherPrimaries(c);
    const QString entity = QStringLiteral("contact");
    audit::recordChange(m_db, entity, c.id, QStringLiteral("name"), before.name, c.name.trimmed());
    audit::recordChange(m_db, entity, c.id, QStringLiteral("title"), nullableText(before.title),
                        nullableText(c.title.trimmed()));
    audit::recordChange(m_db, entity, c.id, QStringLiteral("phone"), nullableText(before.phone),
                        nullableText(c.phone.trimmed()));
    audit::recordChange(m_db, entity, c.id, QStringLiteral("mobile"), nullableText(before.mobile),
                        nullableText(c.mobile.trimmed()));
    audit::recordChange(m_db, entity, c.id, QStringLiteral("email"), nullableText(before.email),
                        nullableText(c.email.trimmed()));
    audit::recordChange(m_db, entity, c.id, QStringLiteral("is_primary"), before.isPrimary ? 1 : 0,
                        c.isPrimary ? 1 : 0);
    tx.commit();
    c.createdAt = before.createdAt;
    c.updatedAt = now;
}

void CustomerRepository::removeContact(qint64 id)
{
    contact(id); // NotFoundError
    repo::requireWrite(m_db, RecordType::Contact, id);
    Validator v(QStringLiteral("contact"));
    const qint64 refs = repo::countReferences(m_db, "opportunities", "contact_id", id)
                        + repo::countReferences(m_db, "activities", "contact_id", id)
                        + repo::countReferences(m_db, "leads", "converted_contact_id", id);
    v.check(refs == 0, QStringLiteral("id"), QString::number(id),
            QCoreApplication::translate("Validation", "is referenced by %n record(s)", nullptr, int(refs)));
    v.throwIfInvalid();
    Transaction tx(m_db);
    SqlQuery attachments(m_db, QStringLiteral("DELETE FROM attachments WHERE entity = 'contact' AND entity_id = ?"));
    attachments.add(id).exec();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    q.add(id).exec();
    audit::record(m_db, QStringLiteral("contact"), id, QStringLiteral("delete"));
    tx.commit();
}

Contact CustomerRepository::contact(qint64 id)
{
    QVariantList binds{id};
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM contacts k").arg(kContactColumns)
                         + repo::visibleOnly(m_db, RecordType::Contact, QStringLiteral("k"),
                                             QStringLiteral("WHERE k.id = ?"), binds));
    repo::execWith(q, binds);
    if (!q.next())
        throw NotFoundError(QStringLiteral("Contact %1 does not exist").arg(id));
    return contactFromRow(q);
}

QList<Contact> CustomerRepository::contacts(qint64 customerId)
{
    QVariantList binds{customerId};
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM contacts k").arg(kContactColumns)
                         + repo::visibleOnly(m_db, RecordType::Contact, QStringLiteral("k"),
                                             QStringLiteral("WHERE k.customer_id = ? ORDER BY k.is_primary DESC, "
                                                            "k.name, k.id"),
                                             binds));
    repo::execWith(q, binds);
    QList<Contact> list;
    while (q.next())
        list.append(contactFromRow(q));
    return list;
}

} // namespace fd
