// funneldesk-cli deal move --id N --stage S | deal undo --id N: a deal's stage moves for
// scripts, through the same repository code as the board (history row, audit, one
// transaction); undo takes back the deal's last stage move as the board's Edit → Undo does.
#include "commands.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/pipelinerepository.h"

namespace fd {

namespace {

class DealCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("deal"); }
    QString summary() const override
    {
        return QStringLiteral("Move a deal to a stage or undo its last move: deal move --id N --stage S | deal undo "
                              "--id N");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("move or undo."));
        parser.addOption({QStringLiteral("id"), QStringLiteral("The deal's id."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("stage"),
                          QStringLiteral("move: the stage to move to, by name or id (a stage of the deal's pipeline)."),
                          QStringLiteral("S")});
        parser.addOption({QStringLiteral("note"), QStringLiteral("move: a note kept in the stage history."),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("force"),
                          QStringLiteral("move: move even when required checklist tasks of the stages it passes are "
                                         "not done (the board asks first).")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (args.size() != 1 || (action != QLatin1String("move") && action != QLatin1String("undo")))
            throw UsageError(QStringLiteral("say what to do: move or undo"));
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || id <= 0)
            throw UsageError(QStringLiteral("%1: --id N (a positive whole number) is required").arg(action));
        const QString stageText = parser.value(QStringLiteral("stage")).trimmed();
        if (action == QLatin1String("move") && stageText.isEmpty())
            throw UsageError(QStringLiteral("move: --stage S is required"));

        Database &db = ctx.database();
        OpportunityRepository deals(db);
        PipelineRepository pipelines(db);
        const Opportunity deal = deals.get(id);
        if (action == QLatin1String("undo")) {
            auto move = deals.lastStageMove(id, db.clock().now());
            if (!move)
                throw ValidationError(FieldError{QStringLiteral("opportunity"), QStringLiteral("id"),
                                                 QString::number(id),
                                                 QStringLiteral("its last change is not a stage move; nothing to "
                                                                "undo")});
            deals.undoChange(*move);
            ctx.out << "Deal " << id << ": undid the move " << pipelines.stage(move->fromStageId).name << " → "
                    << pipelines.stage(move->toStageId).name << " (history " << move->history.id << " removed)\n";
            return ExitOk;
        }

        const qint64 stageId = stageOf(pipelines.pipeline(deal.pipelineId), stageText);
        if (!parser.isSet(QStringLiteral("force"))) {
            const QList<PendingTask> pending = deals.requiredTasksUndone(id, stageId);
            if (!pending.isEmpty()) {
                QStringList tasks;
                for (const PendingTask &t : pending)
                    tasks.append(QStringLiteral("%1: %2").arg(t.stageName, t.title));
                throw ValidationError(FieldError{QStringLiteral("opportunity"), QStringLiteral("stage"), stageText,
                                                 QStringLiteral("required tasks are not done (%1); --force moves "
                                                                "anyway")
                                                     .arg(tasks.join(QStringLiteral("; ")))});
            }
        }
        const StageChange change = deals.changeStage(id, stageId, parser.value(QStringLiteral("note")));
        if (!change.changed()) {
            ctx.out << "Deal " << id << " already is in " << pipelines.stage(stageId).name << '\n';
            return ExitOk;
        }
        ctx.out << "Deal " << id << ": moved " << pipelines.stage(change.fromStageId).name << " → "
                << pipelines.stage(change.toStageId).name << " (history " << change.history.id << ")\n";
        return ExitOk;
    }

private:
    // A stage of the pipeline by id or by name (case-insensitive). Throws NotFoundError.
    static qint64 stageOf(const Pipeline &pipeline, const QString &text)
    {
        bool isNumber = false;
        const qint64 number = text.toLongLong(&isNumber);
        QStringList names;
        for (const Stage &s : pipeline.stages) {
            if ((isNumber && s.id == number) || s.name.compare(text, Qt::CaseInsensitive) == 0)
                return s.id;
            names.append(s.name);
        }
        throw NotFoundError(QStringLiteral("move: \"%1\" is no stage of the deal's pipeline %2 (stages: %3)")
                                .arg(text, pipeline.name, names.join(QStringLiteral(", "))));
    }
};

} // namespace

std::unique_ptr<CliCommand> makeDealCommand()
{
    return std::make_unique<DealCommand>();
}

} // namespace fd
