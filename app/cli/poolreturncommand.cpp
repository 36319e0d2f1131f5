// funneldesk-cli pool-return: what the periodic job does — leads with no follow-up
// within the configured days go back to the public pool.
#include "commands.h"

#include "domain/isotime.h"
#include "leads/poolservice.h"
#include "storage/database.h"

#include <QDateTime>
#include <QTimeZone>

namespace fd {

namespace {

class PoolReturnCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("pool-return"); }
    QString summary() const override
    {
        return QStringLiteral("Return leads without a recent follow-up to the public pool");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("as-of"),
                          QStringLiteral("Judge staleness at the end of this day (YYYY-MM-DD); default now."),
                          QStringLiteral("D")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        QDateTime asOf;
        if (parser.isSet(QStringLiteral("as-of"))) {
            const auto day = isotime::parseDate(parser.value(QStringLiteral("as-of")));
            if (!day)
                throw UsageError(QStringLiteral("--as-of must be a date YYYY-MM-DD, not \"%1\"")
                                     .arg(parser.value(QStringLiteral("as-of"))));
            asOf = QDateTime(day->addDays(1), QTime(0, 0), QTimeZone::utc());
        }
        PoolService pool(ctx.database());
        const int days = pool.returnDays();
        const QList<qint64> returned = pool.returnStale(asOf);
        ctx.out << returned.size() << " lead(s) returned to the pool (no follow-up within " << days << " days)\n";
        for (qint64 id : returned)
            ctx.out << "  lead " << id << "\n";
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makePoolReturnCommand()
{
    return std::make_unique<PoolReturnCommand>();
}

} // namespace fd
