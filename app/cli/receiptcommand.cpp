// funneldesk-cli receipt --contract N --amount X: records money received on an approved
// contract through ContractRepository (at most the balance, audited, one transaction), as
// the contract editor's "Add receipt" does; for scripts and bank-statement tools.
#include "commands.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "storage/database.h"
#include "storage/repositories/contractrepository.h"

namespace fd {

namespace {

class ReceiptCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("receipt"); }
    QString summary() const override
    {
        return QStringLiteral("Record money received on a contract: receipt --contract N --amount X");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(
            {QStringLiteral("contract"), QStringLiteral("The contract's number (HT-2026-001)."), QStringLiteral("N")});
        parser.addOption(
            {QStringLiteral("amount"), QStringLiteral("The amount received in yuan (12345.67)."), QStringLiteral("X")});
        parser.addOption({QStringLiteral("date"), QStringLiteral("The day it was received (default: today, UTC)."),
                          QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("reference"), QStringLiteral("The bank reference."), QStringLiteral("TEXT")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QString number = parser.value(QStringLiteral("contract")).trimmed();
        if (number.isEmpty())
            throw UsageError(QStringLiteral("--contract N is required"));
        QDate date;
        if (parser.isSet(QStringLiteral("date"))) {
            date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
            if (!date.isValid())
                throw UsageError(QStringLiteral("--date must be YYYY-MM-DD"));
        }
        Database &db = ctx.database();
        ContractRepository contracts(db);
        const auto contract = contracts.byNumber(number);
        if (!contract)
            throw NotFoundError(QStringLiteral("no contract has the number \"%1\"").arg(number));
        // In the contract's currency: "$500" on a yuan contract is refused, never booked as ¥500.
        const QString amountText = parser.value(QStringLiteral("amount"));
        const std::optional<qint64> cents = money::parse(amountText, contract->amount.currency);
        if (!cents || *cents <= 0) {
            const QString written = money::writtenCurrency(amountText, contract->amount.currency);
            throw UsageError(written.isEmpty()
                                 ? QStringLiteral("--amount X must be a positive amount in %1 (12345.67)")
                                       .arg(contract->amount.currency)
                                 : QStringLiteral("--amount \"%1\" is in %2, but contract %3 is in %4")
                                       .arg(amountText, written, contract->number, contract->amount.currency));
        }
        Receipt receipt;
        receipt.contractId = contract->id;
        receipt.receivedDate = date.isValid() ? date : db.clock().now().date();
        receipt.amountCents = *cents;
        receipt.reference = parser.value(QStringLiteral("reference"));
        const qint64 id = contracts.addReceipt(receipt);
        ctx.out << "Receipt " << id << " on contract " << contract->number << ": "
                << money::format(*cents, contract->amount.currency) << " received "
                << receipt.receivedDate.toString(Qt::ISODate) << '\n';
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeReceiptCommand()
{
    return std::make_unique<ReceiptCommand>();
}

} // namespace fd
