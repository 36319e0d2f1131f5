// funneldesk-cli audit: reads the audit trail (who changed what, when, from what to what),
// newest first, through the same reader as the History tabs and Settings → Audit log, so
// it shows what the acting user may see: on SQLite the --user given before the command (a
// rep their own records' rows), on PostgreSQL the address's login under row level security.
//   audit [--entity KIND --id N] [--user LOGIN] [--action ACTION] [--since DATE] [--until DATE]
//         [--limit N] [--json]
// (--user after "audit" filters by who acted; before it, it signs in as on every command.)
#include "commands.h"

#include "audit/auditreader.h"
#include "audit/audittext.h"
#include "audit/audittitles.h"
#include "domain/isotime.h"
#include "storage/database.h"
#include "storage/repositories/organizationrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

class AuditCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override { return QStringLiteral("The audit trail: who changed what, when"); }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("entity"),
                          QStringLiteral("Record kind: %1.").arg(auditEntityKinds().join(QStringLiteral(", "))),
                          QStringLiteral("KIND")});
        parser.addOption(
            {QStringLiteral("id"), QStringLiteral("One record of that kind (needs --entity)."), QStringLiteral("N")});
        parser.addOption(
            {QStringLiteral("user"), QStringLiteral("Only what this login did."), QStringLiteral("LOGIN")});
        parser.addOption({QStringLiteral("action"),
                          QStringLiteral("Only this action: %1.").arg(auditActions().join(QStringLiteral(", "))),
                          QStringLiteral("ACTION")});
        parser.addOption(
            {QStringLiteral("since"), QStringLiteral("From this UTC day (YYYY-MM-DD)."), QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("until"), QStringLiteral("Up to and including this UTC day (YYYY-MM-DD)."),
                          QStringLiteral("DATE")});
        parser.addOption(
            {QStringLiteral("limit"), QStringLiteral("At most N events, the newest."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        if (!parser.positionalArguments().isEmpty())
            throw UsageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        AuditFilter filter = parseFilter(parser);
        Database &db = ctx.database();
        const QString login = parser.value(QStringLiteral("user")).trimmed();
        if (parser.isSet(QStringLiteral("user"))) {
            const auto user = OrganizationRepository(db).userByLogin(login);
            if (!user) {
                ctx.err << "funneldesk-cli audit: no user has the login \"" << login << "\"\n";
                return ExitFailure;
            }
            filter.userId = user->id;
        }
        const QList<AuditEvent> events = AuditReader(db).list(filter);
        AuditText text(db);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const AuditEvent &e : events)
                list.append(json(e, text));
            ctx.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        for (const AuditEvent &e : events) {
            ctx.out << e.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "Z  " << text.who(e);
            if (!e.userLogin.isEmpty() && e.userLogin != text.who(e))
                ctx.out << " (" << e.userLogin << ')';
            ctx.out << "  " << auditActionTitle(e.action) << "  " << text.record(e.entity, e.entityId);
            const QString details = text.details(e);
            if (!details.isEmpty())
                ctx.out << "  " << details;
            ctx.out << '\n';
        }
        ctx.out << events.size() << " event(s)\n";
        return ExitOk;
    }

private:
    // The filter from the command line alone (usage errors before anything is read).
    static AuditFilter parseFilter(const QCommandLineParser &parser)
    {
        AuditFilter f;
        f.entity = parser.value(QStringLiteral("entity")).trimmed();
        if (!f.entity.isEmpty() && !auditEntityKinds().contains(f.entity))
            throw UsageError(QStringLiteral("--entity must be one of %1, not \"%2\"")
                                 .arg(auditEntityKinds().join(QStringLiteral(", ")), f.entity));
        if (parser.isSet(QStringLiteral("id"))) {
            if (f.entity.isEmpty())
                throw UsageError(QStringLiteral("--id needs --entity (which kind of record)"));
            f.entityId = positive(parser, QStringLiteral("id"));
        }
        if (parser.isSet(QStringLiteral("user")) && parser.value(QStringLiteral("user")).trimmed().isEmpty())
            throw UsageError(QStringLiteral("--user needs a login"));
        f.action = parser.value(QStringLiteral("action")).trimmed();
        if (!f.action.isEmpty() && !auditActions().contains(f.action))
            throw UsageError(QStringLiteral("--action must be one of %1, not \"%2\"")
                                 .arg(auditActions().join(QStringLiteral(", ")), f.action));
        f.since = day(parser, QStringLiteral("since"));
        f.until = day(parser, QStringLiteral("until"));
        if (f.since.isValid() && f.until.isValid() && f.until < f.since)
            throw UsageError(QStringLiteral("--until %1 is before --since %2")
                                 .arg(isotime::toStored(f.until), isotime::toStored(f.since)));
        if (parser.isSet(QStringLiteral("limit")))
            f.limit = int(positive(parser, QStringLiteral("limit")));
        return f;
    }

    static qint64 positive(const QCommandLineParser &parser, const QString &option)
    {
        bool ok = false;
        const qint64 n = parser.value(option).trimmed().toLongLong(&ok);
        if (!ok || n <= 0 || (option == QLatin1String("limit") && n > 1000000))
            throw UsageError(
                QStringLiteral("--%1 must be a positive whole number, not \"%2\"").arg(option, parser.value(option)));
        return n;
    }

    static QDate day(const QCommandLineParser &parser, const QString &option)
    {
        if (!parser.isSet(option))
            return {};
        const auto d = isotime::parseDate(parser.value(option).trimmed());
        if (!d)
            throw UsageError(
                QStringLiteral("--%1 must be a date YYYY-MM-DD, not \"%2\"").arg(option, parser.value(option)));
        return *d;
    }

    static QJsonValue orNull(const QString &value, bool set) { return set ? QJsonValue(value) : QJsonValue(); }

    static QJsonObject json(const AuditEvent &e, AuditText &text)
    {
        QJsonArray changes;
        for (const AuditChange &c : e.changes) {
            changes.append(
                QJsonObject{{QStringLiteral("field"), c.field},
                            {QStringLiteral("field_title"), auditFieldTitle(c.field)},
                            {QStringLiteral("old"), orNull(c.oldValue, c.hadOld)},
                            {QStringLiteral("new"), orNull(c.newValue, c.hasNew)},
                            {QStringLiteral("old_text"), orNull(text.value(c.field, c.oldValue, c.hadOld), c.hadOld)},
                            {QStringLiteral("new_text"), orNull(text.value(c.field, c.newValue, c.hasNew), c.hasNew)}});
        }
        return QJsonObject{{QStringLiteral("id"), e.id},
                           {QStringLiteral("occurred_at"), isotime::toStored(e.occurredAt)},
                           {QStringLiteral("user_id"), e.userId ? QJsonValue(e.userId) : QJsonValue()},
                           {QStringLiteral("user_login"), orNull(e.userLogin, !e.userLogin.isEmpty())},
                           {QStringLiteral("user_name"), orNull(e.userName, !e.userName.isEmpty())},
                           {QStringLiteral("entity"), e.entity},
                           {QStringLiteral("entity_id"), e.entityId},
                           {QStringLiteral("record"), text.record(e.entity, e.entityId)},
                           {QStringLiteral("action"), e.action},
                           {QStringLiteral("changes"), changes}};
    }
};

} // namespace

std::unique_ptr<CliCommand> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

} // namespace fd
