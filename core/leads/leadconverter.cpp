#include "leadconverter.h"

#include "domain/customer.h"
#include "domain/lead.h"
#include "domain/opportunity.h"
#include "domain/pipeline.h"
#include "domain/validator.h"
#include "setup/officecurrency.h"
#include "storage/database.h"
#include "storage/repositories/customerrepository.h"
#include "storage/repositories/leadrepository.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/pipelinerepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fd {

ConversionResult LeadConverter::convert(const ConversionRequest &req)
{
    LeadRepository leads(m_db);
    CustomerRepository customers(m_db);
    Transaction tx(m_db);
    Lead lead = leads.get(req.leadId);
    Validator v(QStringLiteral("lead"));
    v.check(lead.status != LeadStatus::Converted, QStringLiteral("status"), toString(lead.status),
            QCoreApplication::translate("Validation", "is already converted"));
    v.check(lead.status != LeadStatus::Disqualified, QStringLiteral("status"), toString(lead.status),
            QCoreApplication::translate("Validation", "a disqualified lead cannot be converted"));
    v.throwIfInvalid();
    const qint64 ownerId = req.ownerId ? req.ownerId : (lead.ownerId ? lead.ownerId : m_db.actingUserId());

    ConversionResult result;
    if (req.existingCustomerId) {
        result.customerId = customers.get(req.existingCustomerId).id; // NotFoundError when gone
    } else {
        Customer c;
        c.name = !req.customerName.trimmed().isEmpty() ? req.customerName
                 : !lead.company.trimmed().isEmpty()   ? lead.company
                                                       : lead.name;
        c.ownerId = ownerId;
        c.regionId = lead.regionId;
        c.phone = lead.phone;
        c.email = lead.email;
        c.source = lead.source;
        c.notes = lead.notes;
        result.customerId = customers.create(c);
        result.newCustomer = true;
    }

    Contact contact;
    contact.customerId = result.customerId;
    contact.name = lead.name;
    contact.title = lead.title;
    // A mobile number (1xx, 11 digits) goes to the mobile field, anything else is a landline.
    const QString digits = lead.phone;
    if (digits.contains(QRegularExpression(QStringLiteral("^\\D*(\\+?86)?\\D*1\\d{2}\\D*\\d{4}\\D*\\d{4}\\D*$"))))
        contact.mobile = lead.phone;
    else
        contact.phone = lead.phone;
    contact.email = lead.email;
    contact.isPrimary = result.newCustomer;
    result.contactId = customers.addContact(contact);

    if (req.createOpportunity) {
        const Pipeline pipeline = PipelineRepository(m_db).defaultPipeline();
        v.check(!pipeline.stages.isEmpty(), QStringLiteral("pipeline"), pipeline.name,
                QCoreApplication::translate("Validation", "has no stage"));
        v.throwIfInvalid();
        Opportunity opp;
        opp.title = !req.opportunityTitle.trimmed().isEmpty()
                        ? req.opportunityTitle
                        : customers.get(result.customerId).name + QStringLiteral(" – ") + lead.name;
        opp.customerId = result.customerId;
        opp.contactId = result.contactId;
        opp.ownerId = ownerId;
        opp.pipelineId = pipeline.id;
        opp.stageId = pipeline.stages.first().id;
        opp.amount = {req.amountCents, office::currency(m_db)}; // a lead's deal is in the office's currency
        opp.expectedCloseDate = req.expectedCloseDate;
        opp.source = lead.source;
        opp.campaignId = lead.campaignId;
        result.opportunityId = OpportunityRepository(m_db).create(opp);
    }

    // The lead's history follows it into the customer's file.
    SqlQuery(m_db, QStringLiteral("UPDATE activities SET customer_id = ? WHERE lead_id = ? AND customer_id IS NULL"))
        .add(result.customerId)
        .add(lead.id)
        .exec();
    SqlQuery(m_db,
             QStringLiteral("UPDATE followup_tasks SET customer_id = ? WHERE lead_id = ? AND customer_id IS NULL"))
        .add(result.customerId)
        .add(lead.id)
        .exec();

    lead.status = LeadStatus::Converted;
    lead.convertedCustomerId = result.customerId;
    lead.convertedContactId = result.contactId;
    lead.convertedOpportunityId = result.opportunityId;
    if (!lead.ownerId)
        lead.ownerId = ownerId;
    leads.update(lead);
    tx.commit();
    return result;
}

} // namespace fd
