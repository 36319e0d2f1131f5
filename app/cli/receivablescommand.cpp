// funneldesk-cli receivables: receivables aging (0–30, 31–60, 61–90, 90+ days past due) per
// customer and in total, overdue instalments and receipts expected in the next 30 days,
// as JSON with snake_case keys and amounts in cents.
#include "commands.h"

#include "analytics/receivables.h"
#include "domain/clock.h"
#include "domain/isotime.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

QJsonObject agingJson(const AgingRow &row)
{
    QJsonObject o;
    if (row.customerId) {
        o.insert(QStringLiteral("customer_id"), row.customerId);
        o.insert(QStringLiteral("customer"), row.customerName);
    }
    for (int b = 0; b < kAgingBucketCount; ++b)
        o.insert(QStringLiteral("days_%1_cents").arg(agingBucketKey(AgingBucket(b))), row.buckets[size_t(b)]);
    o.insert(QStringLiteral("total_cents"), row.total);
    o.insert(QStringLiteral("instalments"), row.instalments);
    return o;
}

QJsonArray instalmentsJson(const QList<InstalmentBalance> &list)
{
    QJsonArray a;
    for (const InstalmentBalance &in : list) {
        QJsonObject o;
        o.insert(QStringLiteral("instalment_id"), in.instalmentId);
        o.insert(QStringLiteral("contract_id"), in.contractId);
        o.insert(QStringLiteral("contract"), in.contractNumber);
        o.insert(QStringLiteral("customer_id"), in.customerId);
        o.insert(QStringLiteral("customer"), in.customerName);
        o.insert(QStringLiteral("seq"), in.seq);
        o.insert(QStringLiteral("due_date"), isotime::toStored(in.due));
        o.insert(QStringLiteral("days_past_due"), in.daysPastDue);
        o.insert(QStringLiteral("currency"), in.currency);
        o.insert(QStringLiteral("amount_cents"), in.amount);
        o.insert(QStringLiteral("received_cents"), in.received);
        o.insert(QStringLiteral("written_off_cents"), in.adjusted);
        o.insert(QStringLiteral("outstanding_cents"), in.outstanding);
        a.append(o);
    }
    return a;
}

class ReceivablesCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("receivables"); }
    QString summary() const override
    {
        return QStringLiteral("Receivables aging (0-30/31-60/61-90/90+ days) and overdue instalments as JSON");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("as-of"),
                          QStringLiteral("Receivables at the end of this day (YYYY-MM-DD); default today (UTC)."),
                          QStringLiteral("D")});
        parser.addOption({QStringLiteral("customer"), QStringLiteral("Only this customer id."), QStringLiteral("ID")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        Database &db = ctx.database();
        QDate asOf = db.clock().now().date();
        if (parser.isSet(QStringLiteral("as-of"))) {
            const auto day = isotime::parseDate(parser.value(QStringLiteral("as-of")));
            if (!day)
                throw UsageError(QStringLiteral("--as-of must be a date YYYY-MM-DD, not \"%1\"")
                                     .arg(parser.value(QStringLiteral("as-of"))));
            asOf = *day;
        }
        qint64 customer = 0;
        if (parser.isSet(QStringLiteral("customer"))) {
            bool ok = false;
            customer = parser.value(QStringLiteral("customer")).toLongLong(&ok);
            if (!ok || customer <= 0)
                throw UsageError(QStringLiteral("--customer must be a customer id, not \"%1\"")
                                     .arg(parser.value(QStringLiteral("customer"))));
        }
        const ReceivablesReport r = computeReceivables(db, asOf, customer);

        QJsonObject totals;
        totals.insert(QStringLiteral("contracts"), int(r.contracts.size()));
        totals.insert(QStringLiteral("balance_cents"), r.balanceTotal);
        totals.insert(QStringLiteral("due_cents"), r.dueTotal);
        totals.insert(QStringLiteral("overdue_cents"), r.overdueTotal);
        totals.insert(QStringLiteral("overdue_instalments"), int(r.overdue.size()));
        totals.insert(QStringLiteral("expected_next_30_days_cents"), r.expectedTotal);

        QJsonArray customers;
        for (const AgingRow &row : r.aging)
            customers.append(agingJson(row));
        QJsonObject aging;
        aging.insert(QStringLiteral("customers"), customers);
        aging.insert(QStringLiteral("total"), agingJson(r.agingTotal));

        QJsonObject root;
        root.insert(QStringLiteral("as_of"), isotime::toStored(asOf));
        root.insert(QStringLiteral("totals"), totals);
        root.insert(QStringLiteral("aging"), aging);
        root.insert(QStringLiteral("overdue_instalments"), instalmentsJson(r.overdue));
        root.insert(QStringLiteral("expected_instalments"), instalmentsJson(r.expected));
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeReceivablesCommand()
{
    return std::make_unique<ReceivablesCommand>();
}

} // namespace fd
