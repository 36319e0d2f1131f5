// funneldesk-cli commit --period P --amount X: the signed-in rep's committed forecast
// (承诺预测, analytics/forecastcommitments.h) for a month or quarter, stored beside the model's
// forecast for their own deals; the forecast-accuracy component of their pay plan compares it
// with what they are then credited with. Without --amount: what they committed so far.
#include "commands.h"

#include "analyticsoptions.h"

#include "analytics/forecastcommitments.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "setup/officecurrency.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

class CommitCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("commit"); }
    QString summary() const override
    {
        return QStringLiteral("Commit your forecast for a month or quarter (counted if made by its 7th day)");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("period"), QStringLiteral("Month (2026-12) or quarter (2026-Q4)."),
                          QStringLiteral("PERIOD")});
        parser.addOption({QStringLiteral("amount"),
                          QStringLiteral("The amount you commit to win, in the office currency (650000)."),
                          QStringLiteral("X")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QString period = parser.value(QStringLiteral("period")).trimmed();
        if (!analytics::commitmentDeadline(period).isValid())
            throw UsageError(QStringLiteral("--period is required: a month (2026-12) or a quarter (2026-Q4)"));
        Database &db = ctx.database();
        const qint64 me = db.actingUserId();
        if (me == 0)
            throw UsageError(QStringLiteral("commit needs a signed-in user: --user LOGIN (or a team database login)"));
        analytics::ForecastCommitments commitments(db);
        const QString currency = office::currency(db);
        qint64 stored = 0;
        if (parser.isSet(QStringLiteral("amount"))) {
            const QString text = parser.value(QStringLiteral("amount"));
            const std::optional<qint64> cents = money::parse(text, currency);
            if (!cents || *cents < 0)
                throw UsageError(
                    QStringLiteral("--amount X must be an amount of zero or more in %1 (650000)").arg(currency));
            analytics::ForecastQuery q;
            q.period = period;
            q.method = analytics::ForecastMethod::Auto;
            q.scope.ownerId = me;
            const analytics::ForecastResult model = analytics::computeForecast(db, q);
            stored = commitments.commit(model, q.scope, *cents, QStringLiteral("cli"));
        }
        const auto counted = commitments.counted(me, period);
        const auto latest = commitments.latest(me, period);
        const QDate deadline = analytics::commitmentDeadline(period);
        if (parser.isSet(QStringLiteral("json"))) {
            auto commitment = [](const std::optional<analytics::Commitment> &c) {
                return c ? QJsonValue(QJsonObject{{QStringLiteral("cents"), c->cents},
                                                  {QStringLiteral("recorded_at"), cliopts::json(c->recordedAt)},
                                                  {QStringLiteral("snapshot_id"), c->snapshotId}})
                         : QJsonValue();
            };
            QJsonObject root{{QStringLiteral("period"), period},
                             {QStringLiteral("currency"), currency},
                             {QStringLiteral("deadline"), deadline.toString(Qt::ISODate)},
                             {QStringLiteral("counted"), commitment(counted)},
                             {QStringLiteral("latest"), commitment(latest)}};
            if (stored)
                root.insert(QStringLiteral("recorded_snapshot_id"), stored);
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        if (stored)
            ctx.out << "Committed " << money::format(latest->cents, currency) << " for " << period << ".\n";
        if (counted)
            ctx.out << "Counted by your pay plan: " << money::format(counted->cents, currency) << " (committed "
                    << counted->recordedAt.toString(Qt::ISODate) << ").\n";
        else
            ctx.out << "No commitment for " << period << " counts yet: one made by " << deadline.toString(Qt::ISODate)
                    << " will.\n";
        if (latest && (!counted || latest->snapshotId != counted->snapshotId))
            ctx.out << "Your latest, " << money::format(latest->cents, currency) << ", came after "
                    << deadline.toString(Qt::ISODate) << " and is not counted.\n";
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeCommitCommand()
{
    return std::make_unique<CommitCommand>();
}

} // namespace fd
