#include "statementreport.h"

#include "analytics/statementtext.h"
#include "domain/money.h"
#include "domain/splitcredit.h"
#include "domain/trcontext.h"

namespace fd::report {

using analytics::Statement;
using analytics::StatementComponent;

namespace {

const QString kNone = QStringLiteral("—");

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : kNone;
}

} // namespace

ReportDocument statementReportDocument(const Statement &s, const QString &company, const QString &currency,
                                       const QLocale &l)
{
    const auto m = [&](qint64 cents) { return money::format(cents, currency, l); };
    ReportDocument doc;
    doc.company = company;
    doc.title = StatementText::tr("Monthly statement");
    doc.subtitle = StatementText::tr("%1 (%2) · %3").arg(s.userName, s.login, s.month);
    doc.asOfText = StatementText::tr("As of %1 UTC · %2")
                       .arg(s.asOf.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            analytics::statusTitle(s.status));

    doc.heading(StatementText::tr("Summary"));
    if (s.planName.isEmpty()) {
        doc.paragraph(StatementText::tr("No pay plan pays %1 in %2.").arg(s.userName, s.month));
    } else {
        doc.paragraph(StatementText::tr("Plan %1, terms from %2; commission on %3%4.")
                          .arg(s.planName, day(s.versionFrom), s.planPeriodLabel,
                               s.settles ? QString() : StatementText::tr(" (paid on the quarter's last month)")));
    }
    doc.paragraph(StatementText::tr("Target %1 · credited won %2 · completion %3")
                      .arg(s.target ? m(*s.target) : StatementText::tr("none"), m(s.creditedWon),
                           analytics::completionText(s.completionPermille, l)));

    doc.subheading(StatementText::tr("Pay"));
    ReportBlock &pay = doc.table({{StatementText::tr("Component"), 2.0},
                                  {StatementText::tr("Computed from"), 3.4},
                                  {StatementText::tr("Amount"), 1.4, true}});
    for (const StatementComponent &c : s.components) {
        const QString title = c.counted ? analytics::componentTitle(c, l)
                                        : QStringLiteral("    ") + analytics::componentTitle(c, l);
        pay.rows << QStringList{title, analytics::componentDetail(s, c, currency, l),
                                c.counted ? m(c.amountCents) : QStringLiteral("(%1)").arg(m(c.amountCents))};
    }
    pay.rows << QStringList{StatementText::tr("Total"), QString(), m(s.totalCents)};
    pay.lastRowIsTotal = true;

    doc.subheading(StatementText::tr("Credited deals"));
    if (s.deals.isEmpty()) {
        doc.paragraph(StatementText::tr("No deal won and credited in %1.").arg(s.planPeriodLabel));
    } else {
        ReportBlock &deals = doc.table({{StatementText::tr("Deal"), 1.9},
                                        {StatementText::tr("Customer"), 1.5},
                                        {StatementText::tr("Split"), 1.7},
                                        {StatementText::tr("Won on"), 1.1},
                                        {StatementText::tr("Amount"), 1.5, true},
                                        {StatementText::tr("Share"), 1.0, true},
                                        {StatementText::tr("Credit"), 1.5, true},
                                        {StatementText::tr("Margin credit"), 1.4, true}});
        for (const analytics::StatementDeal &d : s.deals)
            deals.rows << QStringList{d.title,
                                      d.customer,
                                      splits::title(d.form),
                                      day(d.wonOn),
                                      m(d.amountCents),
                                      analytics::shareText(d.creditCents, d.amountCents, l),
                                      m(d.creditCents),
                                      d.marginCredit ? m(*d.marginCredit) : kNone};
    }
    doc.subheading(StatementText::tr("Receipts counted"));
    if (s.receipts.isEmpty()) {
        doc.paragraph(StatementText::tr("No money received in %1 on credited deals.").arg(s.planPeriodLabel));
    } else {
        ReportBlock &receipts = doc.table({{StatementText::tr("Contract"), 1.6},
                                           {StatementText::tr("Customer"), 2.0},
                                           {StatementText::tr("Received on"), 1.2},
                                           {StatementText::tr("Amount"), 1.5, true},
                                           {StatementText::tr("Share"), 1.0, true},
                                           {StatementText::tr("Credit"), 1.5, true}});
        for (const analytics::StatementReceipt &r : s.receipts)
            receipts.rows << QStringList{r.contractNumber,
                                         r.customer,
                                         day(r.receivedOn),
                                         m(r.amountCents),
                                         analytics::shareText(r.creditCents, r.amountCents, l),
                                         m(r.creditCents)};
    }
    if (!s.writeOffs.isEmpty()) {
        doc.subheading(StatementText::tr("Write-offs"));
        ReportBlock &offs = doc.table({{StatementText::tr("Contract"), 1.6},
                                       {StatementText::tr("Written off on"), 1.3},
                                       {StatementText::tr("Deal won on"), 1.3},
                                       {StatementText::tr("Amount"), 1.5, true},
                                       {StatementText::tr("Credit"), 1.5, true}});
        for (const analytics::StatementWriteOff &w : s.writeOffs)
            offs.rows << QStringList{w.contractNumber, day(w.writtenOffOn), day(w.dealWonOn), m(w.amountCents),
                                     m(w.creditCents)};
    }
    if (!s.reviewedByName.isEmpty())
        doc.paragraph(StatementText::tr("Reviewed by %1 on %2%3")
                          .arg(s.reviewedByName, s.reviewedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                               s.reviewNote.isEmpty() ? QString() : QStringLiteral(": ") + s.reviewNote));
    if (s.status == analytics::StatementStatus::Closed)
        doc.paragraph(StatementText::tr("Closed on %1 by %2. A closed month is never reopened; later changes are "
                                        "paid as adjustments on the first open month.")
                          .arg(s.closedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")), s.closedByName));
    return doc;
}

} // namespace fd::report
