#pragma once

#include "domain/customer.h"

#include <QHash>
#include <QList>
#include <QString>

namespace fd {

class Database;

// What the customer list shows. Unset members do not filter.
struct CustomerFilter
{
    QString text; // in name, phone or any contact's name
    qint64 ownerId = 0;
    qint64 regionId = 0;
    QString tier;  // "A", "B", "C"
    int limit = 0; // 0 = no limit
    int offset = 0;
};

// Customers (the company's file) with their contacts. normalized_name is written on
// every save (normalize::companyName) for duplicate detection. Customer updates use
// optimistic locking on row_version; every write is one transaction and is audited.
class CustomerRepository final
{
public:
    explicit CustomerRepository(Database &db)
        : m_db(db)
    {
    }

    // The full record with its contacts (primary first). Throws NotFoundError.
    Customer get(qint64 id);

    // Validates and inserts the customer with the contacts in c.contacts; fills in ids,
    // timestamps and rowVersion. Returns the id. Throws ValidationError (nothing stored).
    qint64 create(Customer &c);

    // Saves the customer's own fields (contacts change through add/update/removeContact).
    // Throws ConflictError when the stored row_version differs from c.rowVersion.
    void update(Customer &c);

    // Deletes a customer and its contacts and attachments, unless deals, leads,
    // activities, tasks or contracts refer to it (ValidationError naming them).
    void remove(qint64 id);

    // Light rows for the list, by name.
    QList<CustomerSummary> list(const CustomerFilter &filter = {});
    // Number of customers matching the filter (limit/offset ignored).
    qint64 count(const CustomerFilter &filter = {});
    // The names of these customers by id; ids that match no customer are left out.
    QHash<qint64, QString> names(const QList<qint64> &ids);

    // Adds a contact to contact.customerId; a new primary contact demotes the others.
    qint64 addContact(Contact &contact);
    // Saves a contact (its customer cannot change). Throws ValidationError / NotFoundError.
    void updateContact(Contact &contact);
    // Deletes a contact unless deals, activities or leads refer to it.
    void removeContact(qint64 contactId);
    // One contact. Throws NotFoundError.
    Contact contact(qint64 contactId);
    // Contacts of a customer, primary first, then by name.
    QList<Contact> contacts(qint64 customerId);

    // Validation shared by create and update; throws ValidationError.
    void validate(const Customer &c);
    void validate(const Contact &contact);

private:
    void insertContact(Contact &contact);
    void demoteOtherPrimaries(const Contact &contact);
    QString filterClause(const CustomerFilter &f, QVariantList &binds) const;

    Database &m_db;
};

} // namespace fd
