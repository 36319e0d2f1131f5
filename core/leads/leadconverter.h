#pragma once

#include <QDate>
#include <QString>

namespace fd {

class Database;

// What a conversion should create. Unset members take the lead's values.
struct ConversionRequest
{
    qint64 leadId = 0;
    qint64 existingCustomerId = 0; // join this customer (e.g. a duplicate match) instead of a new one
    QString customerName;          // new customer's name; default: the lead's company, else its name
    bool createOpportunity = false;
    QString opportunityTitle; // default: "<customer> – <lead name>"
    qint64 amountCents = 0;   // in the office's currency (office::currency)
    QDate expectedCloseDate;
    qint64 ownerId = 0; // default: the lead's owner, else the acting user
};

// What a conversion created (0 = nothing of that kind).
struct ConversionResult
{
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 opportunityId = 0;
    bool newCustomer = false;
};

// 线索转化: a lead becomes a customer (or joins an existing one), a contact and optionally
// an opportunity in the first stage of the default pipeline — one transaction. The lead
// is marked converted with links to all three; its activities and tasks join the customer.
class LeadConverter final
{
public:
    explicit LeadConverter(Database &db)
        : m_db(db)
    {
    }

    // Converts; throws ValidationError / NotFoundError / StorageError with nothing stored.
    ConversionResult convert(const ConversionRequest &request);

private:
    Database &m_db;
};

} // namespace fd
