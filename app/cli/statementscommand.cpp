// funneldesk-cli statements --period 2026-11 [--rep LOGIN] [--json] [--out DIR]: the monthly
// statements (绩效单, analytics/statementbook.h) the acting user may see — one row per person
// (or the whole statement of --rep), as JSON, or written to DIR as one A4 PDF per person plus
// the payroll workbook. `statements close --period 2026-11`: finance closes the month.
#include "commands.h"

#include "analyticsoptions.h"
#include "reportlanguage.h"

#include "analytics/statementbook.h"
#include "analytics/statementtext.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "io/statementworkbook.h"
#include "report/reportrenderer.h"
#include "report/statementreport.h"
#include "setup/officecurrency.h"
#include "storage/database.h"
#include "storage/repositories/payplanrepository.h"
#include "storage/repositories/settingsrepository.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fd {

namespace {

QString padded(const QString &text, int width)
{
    int w = 0;
    for (QChar c : text)
        w += c.unicode() >= 0x1100 ? 2 : 1;
    return text + QString(qMax(1, width - w), QLatin1Char(' '));
}

class StatementsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("statements"); }
    QString summary() const override
    {
        return QStringLiteral("Monthly pay statements (绩效单) of a month; 'statements close' closes the month");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("close"), QStringLiteral("Close the month (finance, admin)."),
                                     QStringLiteral("[close]"));
        parser.addOption({QStringLiteral("period"), QStringLiteral("The month (2026-11)."), QStringLiteral("MONTH")});
        parser.addOption(
            {QStringLiteral("rep"), QStringLiteral("Only this person's statement, in full."), QStringLiteral("LOGIN")});
        parser.addOption({QStringLiteral("as-of"), QStringLiteral("Compute as of the end of this day (YYYY-MM-DD)."),
                          QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
        parser.addOption({QStringLiteral("out"),
                          QStringLiteral("Write one A4 PDF per person and the payroll workbook (XLSX) to DIR."),
                          QStringLiteral("DIR")});
        cliopts::addReportLanguageOption(parser);
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QString month = parser.value(QStringLiteral("period")).trimmed();
        static const QRegularExpression form(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
        if (!form.match(month).hasMatch())
            throw UsageError(QStringLiteral("--period is required: a month such as 2026-11"));
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1 || (positional.size() == 1 && positional.first() != QLatin1String("close")))
            throw UsageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.last()));
        QDateTime asOf;
        if (parser.isSet(QStringLiteral("as-of"))) {
            const QDate d = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
            if (!d.isValid())
                throw UsageError(QStringLiteral("--as-of must be a date YYYY-MM-DD"));
            asOf = QDateTime(d, QTime(23, 59, 59), Qt::UTC);
        }
        const QString lang = cliopts::reportLanguage(parser);
        Database &db = ctx.database();
        const QList<PayPlan> plans = PayPlanRepository(db).all();
        analytics::StatementBook book(db, plans, asOf);
        if (!positional.isEmpty()) {
            const int closed = book.close(month);
            ctx.out << QStringLiteral("Closed %1: %2 statement(s) frozen.\n").arg(month).arg(closed);
            return ExitOk;
        }

        QList<analytics::Statement> statements;
        if (parser.isSet(QStringLiteral("rep"))) {
            const QString login = parser.value(QStringLiteral("rep")).trimmed();
            qint64 userId = 0;
            for (qint64 id : book.people(month)) {
                const analytics::Statement s = book.statement(id, month);
                if (s.login == login)
                    userId = id;
            }
            if (!userId)
                throw UsageError(
                    QStringLiteral("--rep %1: no statement of that login in %2 that you may see").arg(login, month));
            statements << book.statement(userId, month);
        } else {
            statements = book.statements(month);
        }
        const QString currency = office::currency(db);

        if (parser.isSet(QStringLiteral("out"))) {
            if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
                throw Error(QStringLiteral("writing PDFs needs a QGuiApplication"));
            // The PDFs and the workbook speak the office's language (--lang), the CLI's own text English.
            const cliopts::ReportLanguage language(lang);
            if (!language.translated())
                ctx.err << "funneldesk-cli statements: no " << lang << " translation in this build; writing English\n";
            const QString dir = parser.value(QStringLiteral("out"));
            if (!QDir().mkpath(dir))
                throw Error(QStringLiteral("cannot create %1").arg(dir));
            const QString company = SettingsRepository(db).text(QStringLiteral("company_name"),
                                                                QStringLiteral("FunnelDesk"));
            for (const analytics::Statement &s : std::as_const(statements)) {
                const QString path = QDir(dir).filePath(QStringLiteral("statement-%1-%2.pdf").arg(month, s.login));
                QString error;
                if (!report::ReportRenderer(report::statementReportDocument(s, company, currency))
                         .writePdf(path, &error))
                    throw Error(QStringLiteral("cannot write %1: %2").arg(path, error));
            }
            writeStatementWorkbook(QDir(dir).filePath(QStringLiteral("payroll-%1.xlsx").arg(month)), statements,
                                   currency);
        }

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const analytics::Statement &s : std::as_const(statements))
                list.append(analytics::toJson(s));
            const QJsonObject root{{QStringLiteral("period"), month},
                                   {QStringLiteral("currency"), currency},
                                   {QStringLiteral("closed"), book.isClosed(month)},
                                   {QStringLiteral("statements"), list}};
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        if (statements.size() == 1 && parser.isSet(QStringLiteral("rep"))) {
            const analytics::Statement &s = statements.first();
            ctx.out << QStringLiteral("%1 (%2) %3  %4  plan %5\n")
                           .arg(s.userName, s.login, month, analytics::statusTitle(s.status),
                                s.planName.isEmpty() ? QStringLiteral("-") : s.planName);
            for (const analytics::StatementComponent &c : s.components)
                ctx.out << QStringLiteral("  %1 %2  %3\n")
                               .arg(padded(analytics::componentTitle(c), 34),
                                    money::format(c.amountCents, currency).rightJustified(16),
                                    analytics::componentDetail(s, c, currency));
            ctx.out << QStringLiteral("  %1 %2\n")
                           .arg(padded(QStringLiteral("Total"), 34),
                                money::format(s.totalCents, currency).rightJustified(16));
            return ExitOk;
        }
        ctx.out << padded(QStringLiteral("Person"), 16) << padded(QStringLiteral("Login"), 12)
                << padded(QStringLiteral("Status"), 10) << QStringLiteral("Total").rightJustified(16) << "\n";
        qint64 sum = 0;
        for (const analytics::Statement &s : std::as_const(statements)) {
            ctx.out << padded(s.userName, 16) << padded(s.login, 12) << padded(analytics::statusTitle(s.status), 10)
                    << money::format(s.totalCents, currency).rightJustified(16) << "\n";
            sum += s.totalCents;
        }
        ctx.out << padded(QStringLiteral("Total"), 38) << money::format(sum, currency).rightJustified(16) << "\n";
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeStatementsCommand()
{
    return std::make_unique<StatementsCommand>();
}

} // namespace fd
