#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace fd {

struct Lead;

namespace tables {

// Leads (线索) before they become customers and deals.

struct LeadRow
{
    qint64 id = 0;      // 0: the database numbers the row
    QString externalId; // empty: NULL
    QString name;
    QString company;           // empty: NULL
    QString normalizedCompany; // empty: NULL
    QString title;             // empty: NULL
    QString phone;             // empty: NULL
    QString normalizedPhone;   // empty: NULL
    QString email;             // empty: NULL
    QString source;            // empty: NULL
    qint64 campaignId = 0;     // 0: none
    QString status = QStringLiteral("new");
    QString disqualifyReason;          // empty: NULL
    qint64 ownerId = 0;                // 0: none
    qint64 regionId = 0;               // 0: none
    QString assignedAt;                // empty: NULL
    QString lastFollowupAt;            // empty: NULL
    qint64 convertedCustomerId = 0;    // 0: none
    qint64 convertedContactId = 0;     // 0: none
    qint64 convertedOpportunityId = 0; // 0: none
    QString convertedAt;               // empty: NULL
    QString notes;                     // empty: NULL
    QString createdAt;
    QString updatedAt;
    qint64 rowVersion = 1;

    static const Table &table();
    QVariantList values() const;
};

// How a lead is stored: text trimmed, the normalised company and phone that duplicate
// checks compare; created_at and updated_at left to the caller.
LeadRow leadRow(const Lead &l);

} // namespace tables
} // namespace fd
