#pragma once

#include <QDateTime>
#include <QString>

namespace fd {

enum class LeadStatus { New, Contacted, Qualified, Disqualified, Converted };

QString toString(LeadStatus status);
bool parseLeadStatus(const QString &text, LeadStatus *status);

// A lead (线索). ownerId 0 means it sits in the public pool (公海池).
struct Lead
{
    qint64 id = 0;
    QString externalId;
    QString name;
    QString company;
    QString title;
    QString phone;
    QString email;
    QString source;
    qint64 campaignId = 0;
    LeadStatus status = LeadStatus::New;
    QString disqualifyReason;
    qint64 ownerId = 0;
    qint64 regionId = 0;
    QDateTime assignedAt;
    QDateTime lastFollowUpAt;
    qint64 convertedCustomerId = 0;
    qint64 convertedContactId = 0;
    qint64 convertedOpportunityId = 0;
    QDateTime convertedAt;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;
};

} // namespace fd
