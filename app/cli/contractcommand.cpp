// funneldesk-cli contract: a contract's approval — submit, approve, reject (with a
// comment) and its history. Every step goes through ContractApproval on behalf of the
// signed-in --user (SQLite) or the PostgreSQL login, who must be allowed to take it.
#include "commands.h"

#include "peopleoutput.h"

#include "approval/approvaltitles.h"
#include "approval/contractapproval.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/repositories/contractrepository.h"
#include "storage/repositories/organizationrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

// Login and display name of whoever acted in a contract's history, looked up once each.
class ActorNames
{
public:
    explicit ActorNames(Database &db)
        : m_org(db)
    {
    }
    const User &operator()(qint64 id)
    {
        auto it = m_users.find(id);
        if (it == m_users.end()) {
            User user;
            if (id) {
                try {
                    user = m_org.user(id);
                } catch (const NotFoundError &) {
                }
            }
            it = m_users.insert(id, user);
        }
        return *it;
    }

private:
    OrganizationRepository m_org;
    QHash<qint64, User> m_users;
};

class ContractCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("contract"); }
    QString summary() const override
    {
        return QStringLiteral("Contract approval: contract submit | approve | reject | history --number N");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("submit, approve, reject or history."));
        parser.addOption(
            {QStringLiteral("number"), QStringLiteral("The contract's number (HT-2026-001)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("comment"), QStringLiteral("Why (required to reject; optional otherwise)."),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (history).")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        static const QStringList actions{QStringLiteral("submit"), QStringLiteral("approve"), QStringLiteral("reject"),
                                         QStringLiteral("history")};
        if (args.size() != 1 || !actions.contains(action))
            throw UsageError(QStringLiteral("say what to do: submit, approve, reject or history"));
        const QString number = parser.value(QStringLiteral("number")).trimmed();
        if (number.isEmpty())
            throw UsageError(QStringLiteral("%1: --number is required").arg(action));
        const QString comment = parser.value(QStringLiteral("comment"));
        if (action == QLatin1String("reject") && comment.trimmed().isEmpty())
            throw UsageError(QStringLiteral("reject: --comment is required (say why)"));
        Database &db = ctx.database();
        const auto contract = ContractRepository(db).byNumber(number);
        if (!contract)
            throw NotFoundError(QStringLiteral("%1: no contract has the number \"%2\"").arg(action, number));
        if (action == QLatin1String("history"))
            return history(db, *contract, parser.isSet(QStringLiteral("json")), ctx);
        ContractApproval approval(db);
        try {
            if (action == QLatin1String("submit"))
                approval.submit(contract->id, comment);
            else if (action == QLatin1String("approve"))
                approval.approve(contract->id, comment);
            else
                approval.reject(contract->id, comment);
        } catch (const PermissionError &e) {
            throw PermissionError(cliout::withSignInHint(e.message()));
        }
        const Contract after = ContractRepository(db).get(contract->id);
        ctx.out << "Contract " << after.number << ": " << toString(after.approvalStatus);
        if (after.approvalStatus == ApprovalStatus::Pending)
            ctx.out << " (waits for the " << toString(approval.awaitedLevel(after.id)) << "'s approval)";
        ctx.out << '\n';
        return ExitOk;
    }

private:
    static int history(Database &db, const Contract &contract, bool json, CliContext &ctx)
    {
        const QList<ApprovalStep> steps = ContractApproval(db).history(contract.id);
        ActorNames who(db);
        if (json) {
            QJsonArray list;
            for (const ApprovalStep &s : steps) {
                QJsonObject o;
                o.insert(QStringLiteral("contract"), contract.number);
                o.insert(QStringLiteral("step"), toString(s.kind));
                o.insert(QStringLiteral("level"), s.level == ApprovalLevel::None ? QJsonValue() : toString(s.level));
                o.insert(QStringLiteral("from_status"), toString(s.from));
                o.insert(QStringLiteral("to_status"), toString(s.to));
                o.insert(QStringLiteral("by_login"), s.actedBy ? QJsonValue(who(s.actedBy).login) : QJsonValue());
                o.insert(QStringLiteral("by_name"), s.actedBy ? QJsonValue(who(s.actedBy).displayName) : QJsonValue());
                o.insert(QStringLiteral("at"), isotime::toStored(s.actedAt));
                o.insert(QStringLiteral("comment"), s.comment);
                list.append(o);
            }
            ctx.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        ctx.out << contract.number << ' ' << contract.title << ": " << approvalStatusTitle(contract.approvalStatus)
                << '\n';
        for (const ApprovalStep &s : steps) {
            ctx.out << isotime::toStored(s.actedAt) << "  " << approvalStepTitle(s.kind);
            if (s.level != ApprovalLevel::None)
                ctx.out << " (" << approvalLevelTitle(s.level) << ')';
            ctx.out << "  " << approvalStatusTitle(s.from) << " → " << approvalStatusTitle(s.to);
            if (s.actedBy)
                ctx.out << "  " << who(s.actedBy).displayName;
            if (!s.comment.isEmpty())
                ctx.out << "  " << s.comment;
            ctx.out << '\n';
        }
        ctx.out << steps.size() << " step(s)\n";
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeContractCommand()
{
    return std::make_unique<ContractCommand>();
}

} // namespace fd
