// funneldesk-cli duplicates: the review list of probable duplicate leads or customers.
#include "commands.h"

#include "leads/duplicatefinder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

class DuplicatesCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("duplicates"); }
    QString summary() const override
    {
        return QStringLiteral("Probable duplicate leads or customers, with what matched");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("kind"), QStringLiteral("leads (default) or customers."), QStringLiteral("K"),
                          QStringLiteral("leads")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QString kindText = parser.value(QStringLiteral("kind")).trimmed().toLower();
        if (kindText != QLatin1String("leads") && kindText != QLatin1String("customers"))
            throw UsageError(QStringLiteral("--kind must be leads or customers, not \"%1\"").arg(kindText));
        const RecordKind kind = kindText == QLatin1String("leads") ? RecordKind::Leads : RecordKind::Customers;
        const QList<DuplicatePair> pairs = DuplicateFinder(ctx.database()).pairs(kind);

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const DuplicatePair &p : pairs) {
                QJsonArray reasons;
                for (const MatchReason &r : p.reasons)
                    reasons.append(QJsonObject{{QStringLiteral("field"), r.field}, {QStringLiteral("key"), r.key}});
                list.append(QJsonObject{{QStringLiteral("first_id"), p.firstId},
                                        {QStringLiteral("first_name"), p.firstName},
                                        {QStringLiteral("second_id"), p.secondId},
                                        {QStringLiteral("second_name"), p.secondName},
                                        {QStringLiteral("reasons"), reasons}});
            }
            const QJsonObject root{{QStringLiteral("kind"), kindText}, {QStringLiteral("pairs"), list}};
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        ctx.out << pairs.size() << " probable duplicate pair(s) of " << kindText << "\n";
        for (const DuplicatePair &p : pairs) {
            QStringList why;
            for (const MatchReason &r : p.reasons)
                why << r.field + QLatin1Char('=') + r.key;
            ctx.out << p.firstId << " " << p.firstName << "  <->  " << p.secondId << " " << p.secondName << "  ["
                    << why.join(QStringLiteral(", ")) << "]\n";
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeDuplicatesCommand()
{
    return std::make_unique<DuplicatesCommand>();
}

} // namespace fd
