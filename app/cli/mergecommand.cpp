// funneldesk-cli merge --kind customers|leads --keep ID --remove ID: merges two duplicate
// records through RecordMerger (everything of the removed one moves to the kept one, one
// transaction), as the duplicate review does; `duplicates` lists the pairs.
#include "commands.h"

#include "domain/errors.h"
#include "leads/recordmerger.h"
#include "storage/database.h"

namespace fd {

namespace {

class MergeCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override
    {
        return QStringLiteral("Merge a duplicate into the record kept: merge --kind customers|leads --keep ID "
                              "--remove ID");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("kind"), QStringLiteral("customers or leads."), QStringLiteral("K")});
        parser.addOption({QStringLiteral("keep"), QStringLiteral("The id of the record kept."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("remove"), QStringLiteral("The id of the duplicate merged into it."),
                          QStringLiteral("ID")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QString kindText = parser.value(QStringLiteral("kind"));
        if (kindText != QLatin1String("customers") && kindText != QLatin1String("leads"))
            throw UsageError(QStringLiteral("--kind must be customers or leads"));
        const RecordKind kind = kindText == QLatin1String("customers") ? RecordKind::Customers : RecordKind::Leads;
        bool keepOk = false;
        bool removeOk = false;
        const qint64 keep = parser.value(QStringLiteral("keep")).toLongLong(&keepOk);
        const qint64 remove = parser.value(QStringLiteral("remove")).toLongLong(&removeOk);
        if (!keepOk || !removeOk || keep <= 0 || remove <= 0)
            throw UsageError(QStringLiteral("--keep ID and --remove ID (positive whole numbers) are required"));
        const MergeRecord record = RecordMerger(ctx.database()).merge(kind, keep, remove);
        int moved = 0;
        for (const MergeRecord::Moved &m : record.moved)
            moved += int(m.ids.size());
        ctx.out << "Merged " << kindText.chopped(1) << ' ' << remove << " into " << keep << " (" << moved
                << " linked row(s) moved)\n";
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeMergeCommand()
{
    return std::make_unique<MergeCommand>();
}

} // namespace fd
