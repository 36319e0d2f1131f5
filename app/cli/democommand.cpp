// funneldesk-cli demo: fills an empty database with the demo office.
#include "commands.h"

#include "demo/demogenerator.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QLocale>

namespace fd {

namespace {

class DemoCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return QStringLiteral("Fill an empty database with a realistic demo sales office");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed: the same seed gives the same office."),
                          QStringLiteral("N"), QString::number(DemoOptions().seed)});
        parser.addOption({QStringLiteral("opportunities"),
                          QStringLiteral("Number of opportunities, 1 to 1000000; everything else scales with it."),
                          QStringLiteral("N"), QString::number(DemoOptions().opportunities)});
        parser.addOption({QStringLiteral("today"),
                          QStringLiteral("The office's today (YYYY-MM-DD): its history ends there. Default: today. "
                                         "The same seed and day give the same office."),
                          QStringLiteral("D")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        DemoOptions options;
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            throw UsageError(QStringLiteral("--seed must be a whole number from 0 to 4294967295"));
        options.opportunities = parser.value(QStringLiteral("opportunities")).toInt(&ok);
        if (!ok || options.opportunities < 1 || options.opportunities > 1000000)
            throw UsageError(QStringLiteral("--opportunities must be a whole number from 1 to 1000000"));
        if (parser.isSet(QStringLiteral("today"))) {
            const auto day = isotime::parseDate(parser.value(QStringLiteral("today")));
            if (!day)
                throw UsageError(QStringLiteral("--today must be a date YYYY-MM-DD, not \"%1\"")
                                     .arg(parser.value(QStringLiteral("today"))));
            options.today = *day;
        }
        Database &db = ctx.database();
        QElapsedTimer timer;
        timer.start();
        const DemoReport r = DemoGenerator(db, options).generate();
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        ctx.out << "Demo office created in " << db.location() << " (seed " << options.seed
                << (options.today.isValid() ? QStringLiteral(", today %1").arg(options.today.toString(Qt::ISODate))
                                            : QString())
                << ") in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s\n"
                << "  regions        " << r.regions << "\n"
                << "  teams          " << r.teams << "\n"
                << "  users          " << r.users << "\n"
                << "  customers      " << r.customers << "\n"
                << "  contacts       " << r.contacts << "\n"
                << "  leads          " << r.leads << "\n"
                << "  campaigns      " << r.campaigns << "\n"
                << "  opportunities  " << r.opportunities << "\n"
                << "  history rows   " << r.historyRows << "\n"
                << "  activities     " << r.activities << "\n"
                << "  follow-ups     " << r.tasks << "\n"
                << "  contracts      " << r.contracts << "\n"
                << "  instalments    " << r.instalments << "\n"
                << "  receipts       " << r.receipts << "\n"
                << "  targets        " << r.targets << "\n"
                << "  pay plans      " << r.payPlans << "\n"
                << "  won            " << money::format(r.wonCents, QStringLiteral("CNY"), english) << '\n';
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace fd
