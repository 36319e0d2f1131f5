#include "audittitles.h"

#include "domain/trcontext.h"

#include <QHash>

namespace fd {

namespace {

// Kinds in the order a filter lists them, with their titles.
QList<QPair<QString, QString>> kinds()
{
    return {
        {QStringLiteral("opportunity"), Audit::tr("Deal")},
        {QStringLiteral("customer"), Audit::tr("Customer")},
        {QStringLiteral("contact"), Audit::tr("Contact")},
        {QStringLiteral("lead"), Audit::tr("Lead")},
        {QStringLiteral("contract"), Audit::tr("Contract")},
        {QStringLiteral("user"), Audit::tr("Person")},
        {QStringLiteral("team"), Audit::tr("Team")},
        {QStringLiteral("region"), Audit::tr("Region")},
        {QStringLiteral("activity"), Audit::tr("Activity")},
        {QStringLiteral("task"), Audit::tr("Follow-up task")},
        {QStringLiteral("target"), Audit::tr("Target")},
        {QStringLiteral("invoice"), Audit::tr("Invoice")},
        {QStringLiteral("receipt"), Audit::tr("Receipt")},
        {QStringLiteral("payment_plan"), Audit::tr("Payment plan")},
        {QStringLiteral("receivable_adjustment"), Audit::tr("Receivable adjustment")},
        {QStringLiteral("attachment"), Audit::tr("Attachment")},
        {QStringLiteral("pipeline"), Audit::tr("Pipeline")},
        {QStringLiteral("stage"), Audit::tr("Stage")},
        {QStringLiteral("setting"), Audit::tr("Setting")},
        {QStringLiteral("product"), Audit::tr("Product")},
        {QStringLiteral("product_line"), Audit::tr("Product line")},
        {QStringLiteral("campaign"), Audit::tr("Campaign")},
        {QStringLiteral("import_batch"), Audit::tr("Import")},
        {QStringLiteral("pay_plan"), Audit::tr("Incentive plan")},
        {QStringLiteral("pay_period"), Audit::tr("Pay period close")},
        {QStringLiteral("statement_review"), Audit::tr("Statement review")},
    };
}

QList<QPair<QString, QString>> actions()
{
    return {
        {QStringLiteral("insert"), Audit::tr("Created")},
        {QStringLiteral("update"), Audit::tr("Changed")},
        {QStringLiteral("delete"), Audit::tr("Deleted")},
        {QStringLiteral("move"), Audit::tr("Moved to another stage")},
        {QStringLiteral("reassign"), Audit::tr("Reassigned")},
        {QStringLiteral("pool_return"), Audit::tr("Returned to the pool")},
        {QStringLiteral("merge"), Audit::tr("Merged")},
        {QStringLiteral("sign_in"), Audit::tr("Signed in")},
        {QStringLiteral("sign_out"), Audit::tr("Signed out")},
        {QStringLiteral("sign_in_failed"), Audit::tr("Wrong password")},
    };
}

QString lookup(const QList<QPair<QString, QString>> &list, const QString &key)
{
    for (const auto &p : list)
        if (p.first == key)
            return p.second;
    return key;
}

} // namespace

QStringList auditEntityKinds()
{
    QStringList out;
    for (const auto &p : kinds())
        out << p.first;
    return out;
}

QString auditEntityTitle(const QString &kind)
{
    return lookup(kinds(), kind);
}

QStringList auditActions()
{
    QStringList out;
    for (const auto &p : actions())
        out << p.first;
    return out;
}

QString auditActionTitle(const QString &action)
{
    return lookup(actions(), action);
}

QString auditFieldTitle(const QString &field)
{
    // Built per call: the language may change while the program runs.
    const QHash<QString, QString> titles = {
        {QStringLiteral("title"), Audit::tr("Title")},
        {QStringLiteral("name"), Audit::tr("Name")},
        {QStringLiteral("customer_id"), Audit::tr("Customer")},
        {QStringLiteral("contact_id"), Audit::tr("Contact")},
        {QStringLiteral("opportunity_id"), Audit::tr("Deal")},
        {QStringLiteral("owner_id"), Audit::tr("Owner")},
        {QStringLiteral("user_id"), Audit::tr("Person")},
        {QStringLiteral("amount_cents"), Audit::tr("Amount")},
        {QStringLiteral("cost_cents"), Audit::tr("Cost")},
        {QStringLiteral("line_cost_cents"), Audit::tr("Cost of the line items")},
        {QStringLiteral("currency"), Audit::tr("Currency")},
        {QStringLiteral("probability_override"), Audit::tr("Probability")},
        {QStringLiteral("expected_close_date"), Audit::tr("Expected close date")},
        {QStringLiteral("pipeline_id"), Audit::tr("Pipeline")},
        {QStringLiteral("stage_id"), Audit::tr("Stage")},
        {QStringLiteral("status"), Audit::tr("Status")},
        {QStringLiteral("lost_reason"), Audit::tr("Lost reason")},
        {QStringLiteral("disqualify_reason"), Audit::tr("Disqualified because")},
        {QStringLiteral("notes"), Audit::tr("Notes")},
        {QStringLiteral("closed_at"), Audit::tr("Closed at")},
        {QStringLiteral("source"), Audit::tr("Source")},
        {QStringLiteral("campaign_id"), Audit::tr("Campaign")},
        {QStringLiteral("description"), Audit::tr("Description")},
        {QStringLiteral("external_id"), Audit::tr("External ID")},
        {QStringLiteral("split_form"), Audit::tr("Performance split")},
        {QStringLiteral("created_at"), Audit::tr("Created at")},
        {QStringLiteral("created_by"), Audit::tr("Created by")},
        {QStringLiteral("tier"), Audit::tr("Tier")},
        {QStringLiteral("score"), Audit::tr("Score")},
        {QStringLiteral("industry"), Audit::tr("Industry")},
        {QStringLiteral("size"), Audit::tr("Size")},
        {QStringLiteral("region_id"), Audit::tr("Region")},
        {QStringLiteral("team_id"), Audit::tr("Team")},
        {QStringLiteral("manager_id"), Audit::tr("Manager")},
        {QStringLiteral("phone"), Audit::tr("Phone")},
        {QStringLiteral("mobile"), Audit::tr("Mobile")},
        {QStringLiteral("email"), Audit::tr("E-mail")},
        {QStringLiteral("address"), Audit::tr("Address")},
        {QStringLiteral("is_primary"), Audit::tr("Primary contact")},
        {QStringLiteral("company"), Audit::tr("Company")},
        {QStringLiteral("number"), Audit::tr("Contract number")},
        {QStringLiteral("approval_status"), Audit::tr("Approval")},
        {QStringLiteral("signed_date"), Audit::tr("Signed on")},
        {QStringLiteral("start_date"), Audit::tr("Start date")},
        {QStringLiteral("end_date"), Audit::tr("End date")},
        {QStringLiteral("login"), Audit::tr("Login")},
        {QStringLiteral("display_name"), Audit::tr("Display name")},
        {QStringLiteral("role"), Audit::tr("Role")},
        {QStringLiteral("active"), Audit::tr("Active")},
        {QStringLiteral("password"), Audit::tr("Password")},
        {QStringLiteral("password_hash"), Audit::tr("Password")},
        {QStringLiteral("import_batch"), Audit::tr("Imported")},
        {QStringLiteral("merged_from"), Audit::tr("Merged from")},
        {QStringLiteral("merged_into"), Audit::tr("Merged into")},
        {QStringLiteral("unmerged"), Audit::tr("Merge undone")},
        {QStringLiteral("restored"), Audit::tr("Restored")},
        {QStringLiteral("done"), Audit::tr("Done")},
        {QStringLiteral("file_name"), Audit::tr("File")},
        {QStringLiteral("rules"), Audit::tr("Scoring rules")},
        {QStringLiteral("cli"), Audit::tr("Command line")},
        {QStringLiteral("desktop"), Audit::tr("Desktop")},
        {QStringLiteral("remembered"), Audit::tr("Remembered on this desktop")},
        {QStringLiteral("version"), Audit::tr("Version from")},
    };
    return titles.value(field, field);
}

} // namespace fd
