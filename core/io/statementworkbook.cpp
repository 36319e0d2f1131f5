#include "statementworkbook.h"

#include "xlsxfilewriter.h"

#include "analytics/statementtext.h"
#include "domain/splitcredit.h"
#include "domain/trcontext.h"

#include <QSet>

namespace fd {

using analytics::Statement;
using analytics::StatementComponent;

PayrollFigures payrollFigures(const Statement &s)
{
    PayrollFigures f;
    for (const StatementComponent &c : s.components) {
        if (!c.counted)
            continue;
        switch (c.kind) {
        case StatementComponent::Base:
            f.base += c.amountCents;
            break;
        case StatementComponent::Commission:
        case StatementComponent::Tiers:
        case StatementComponent::Band:
        case StatementComponent::Cap:
            f.commission += c.amountCents;
            break;
        case StatementComponent::Accuracy:
        case StatementComponent::Activity:
            f.bonuses += c.amountCents;
            break;
        case StatementComponent::Clawback:
            f.clawbacks += c.amountCents;
            break;
        case StatementComponent::Adjustment:
            f.adjustments += c.amountCents;
            break;
        }
    }
    f.total = s.totalCents;
    return f;
}

void writeStatementWorkbook(const QString &path, const QList<Statement> &statements, const QString &currency,
                            const QLocale &l)
{
    XlsxFileWriter xlsx(path, StatementText::tr("Payroll"), currency);
    xlsx.begin({{StatementText::tr("Person"), ColumnType::Text},
                {StatementText::tr("Login"), ColumnType::Text},
                {StatementText::tr("Month"), ColumnType::Text},
                {StatementText::tr("Plan"), ColumnType::Text},
                {StatementText::tr("Status"), ColumnType::Text},
                {StatementText::tr("Base pay"), ColumnType::Money},
                {StatementText::tr("Commission"), ColumnType::Money},
                {StatementText::tr("Bonuses"), ColumnType::Money},
                {StatementText::tr("Claw-backs"), ColumnType::Money},
                {StatementText::tr("Adjustments"), ColumnType::Money},
                {StatementText::tr("Total"), ColumnType::Money}});
    PayrollFigures sum;
    for (const Statement &s : statements) {
        const PayrollFigures f = payrollFigures(s);
        xlsx.writeRow({s.userName, s.login, s.month, s.planName, analytics::statusTitle(s.status), f.base, f.commission,
                       f.bonuses, f.clawbacks, f.adjustments, f.total});
        sum.base += f.base;
        sum.commission += f.commission;
        sum.bonuses += f.bonuses;
        sum.clawbacks += f.clawbacks;
        sum.adjustments += f.adjustments;
        sum.total += f.total;
    }
    xlsx.writeRow({StatementText::tr("Total"), QVariant(), QVariant(), QVariant(), QVariant(), sum.base, sum.commission,
                   sum.bonuses, sum.clawbacks, sum.adjustments, sum.total});

    QSet<QString> names;
    for (const Statement &s : statements) {
        // Sheet names are unique and at most 31 characters: the person's name, else with the login.
        QString name = s.userName.left(31);
        if (names.contains(name))
            name = QStringLiteral("%1 %2").arg(s.userName, s.login).left(31);
        names.insert(name);
        xlsx.addSheet(name);
        xlsx.begin({{StatementText::tr("Section"), ColumnType::Text},
                    {StatementText::tr("Item"), ColumnType::Text},
                    {StatementText::tr("Detail"), ColumnType::Text},
                    {StatementText::tr("Date"), ColumnType::Date},
                    {StatementText::tr("Amount"), ColumnType::Money},
                    {StatementText::tr("Credit"), ColumnType::Money},
                    {StatementText::tr("Pay"), ColumnType::Money}});
        const QString pay = StatementText::tr("Pay");
        for (const StatementComponent &c : s.components)
            xlsx.writeRow({pay, analytics::componentTitle(c, l), analytics::componentDetail(s, c, currency, l),
                           QVariant(), QVariant(), QVariant(), c.counted ? QVariant(c.amountCents) : QVariant()});
        xlsx.writeRow({pay, StatementText::tr("Total"), QVariant(), QVariant(), QVariant(), QVariant(), s.totalCents});
        const QString deal = StatementText::tr("Credited deal");
        for (const analytics::StatementDeal &d : s.deals)
            xlsx.writeRow({deal, d.title, QStringLiteral("%1 · %2").arg(d.customer, splits::title(d.form)), d.wonOn,
                           d.amountCents, d.creditCents, QVariant()});
        const QString receipt = StatementText::tr("Receipt");
        for (const analytics::StatementReceipt &r : s.receipts)
            xlsx.writeRow(
                {receipt, r.contractNumber, r.customer, r.receivedOn, r.amountCents, r.creditCents, QVariant()});
        const QString writeOff = StatementText::tr("Write-off");
        for (const analytics::StatementWriteOff &w : s.writeOffs)
            xlsx.writeRow(
                {writeOff, w.contractNumber, QString(), w.writtenOffOn, w.amountCents, w.creditCents, QVariant()});
    }
    xlsx.finish();
}

} // namespace fd
