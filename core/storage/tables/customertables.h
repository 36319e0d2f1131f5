#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace fd {

struct Contact;
struct Customer;

namespace tables {

// Customers and their contacts.

struct CustomerRow
{
    qint64 id = 0;      // 0: the database numbers the row
    QString externalId; // empty: NULL
    QString name;
    QString normalizedName;
    QString tier; // empty: NULL
    qint64 score = 0;
    QString industry;    // empty: NULL
    QString size;        // empty: NULL
    qint64 regionId = 0; // 0: none
    qint64 ownerId = 0;  // 0: none
    QString phone;       // empty: NULL
    QString email;       // empty: NULL
    QString address;     // empty: NULL
    QString website;     // empty: NULL
    QString source;      // empty: NULL
    QString notes;       // empty: NULL
    QString createdAt;
    QString updatedAt;
    qint64 rowVersion = 1;

    static const Table &table();
    QVariantList values() const;
};

struct ContactRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 customerId = 0;
    QString name;
    QString title;  // empty: NULL
    QString phone;  // empty: NULL
    QString mobile; // empty: NULL
    QString email;  // empty: NULL
    QString wechat; // empty: NULL
    qint64 isPrimary = 0;
    QString notes; // empty: NULL
    QString createdAt;
    QString updatedAt;

    static const Table &table();
    QVariantList values() const;
};

// How the domain structs are stored: text trimmed, the normalised name that duplicate
// checks compare, created_at and updated_at left to the caller.
CustomerRow customerRow(const Customer &c);
ContactRow contactRow(const Contact &c);

} // namespace tables
} // namespace fd
