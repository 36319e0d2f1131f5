// funneldesk-cli reminders: the reminders due now to one person (ReminderEngine: their own
// follow-up tasks whose reminder time has passed, the overdue and soon-due instalments of
// their deals and contracts; finance: of all contracts), one line each or as JSON.
// Whose: the signed-in user (--user before the command on a file, the login on a server),
// or --user LOGIN after the command when nobody is signed in on a SQLite file. Reminders are
// personal: a signed-in user asking for someone else's is refused.
#include "commands.h"

#include "domain/clock.h"
#include "domain/isotime.h"
#include "reminders/reminderengine.h"
#include "storage/database.h"
#include "storage/namedrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

QString kindKey(ReminderKind kind)
{
    switch (kind) {
    case ReminderKind::Task:
        return QStringLiteral("task");
    case ReminderKind::InstalmentOverdue:
        return QStringLiteral("instalment_overdue");
    case ReminderKind::InstalmentDueSoon:
        return QStringLiteral("instalment_due_soon");
    }
    return {};
}

class RemindersCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("reminders"); }
    QString summary() const override
    {
        return QStringLiteral("A person's reminders due now: their follow-up tasks and payment instalments");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("user"),
                          QStringLiteral("Whose reminders (login or display name); default the signed-in user."),
                          QStringLiteral("LOGIN")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON with snake_case keys.")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        Database &db = ctx.database();
        qint64 user = db.actingUserId();
        if (parser.isSet(QStringLiteral("user"))) {
            const QString login = parser.value(QStringLiteral("user"));
            const QList<qint64> ids = idsNamed(db, NamedRecord::User, login);
            if (ids.size() != 1)
                throw UsageError(QStringLiteral("--user \"%1\" names %2 users, not one").arg(login).arg(ids.size()));
            if (user && ids.first() != user)
                throw PermissionError(QStringLiteral("Reminders are personal: signed in as user %1, you cannot "
                                                     "read those of \"%2\".")
                                          .arg(user)
                                          .arg(login));
            user = ids.first();
        }
        if (!user)
            throw UsageError(QStringLiteral("Whose reminders? Sign in (--user LOGIN before the command) or name "
                                            "them with --user LOGIN."));
        const QList<Reminder> due = ReminderEngine(db).due(user);
        if (!parser.isSet(QStringLiteral("json"))) {
            for (const Reminder &r : due)
                ctx.out << r.text() << '\n';
            return ExitOk;
        }
        QJsonArray list;
        for (const Reminder &r : due) {
            QJsonObject o;
            o.insert(QStringLiteral("key"), r.key);
            o.insert(QStringLiteral("kind"), kindKey(r.kind));
            o.insert(QStringLiteral("title"), r.title);
            o.insert(QStringLiteral("related"), r.related);
            o.insert(QStringLiteral("at"), isotime::toStored(r.at));
            if (r.kind == ReminderKind::Task) {
                o.insert(QStringLiteral("task_id"), r.itemId);
                o.insert(QStringLiteral("due_at"), isotime::toStored(r.dueAt));
            } else {
                o.insert(QStringLiteral("instalment_id"), r.itemId);
                o.insert(QStringLiteral("contract_id"), r.contractId);
                o.insert(QStringLiteral("outstanding_cents"), r.amountCents);
                o.insert(QStringLiteral("currency"), r.currency);
                o.insert(QStringLiteral("days_past_due"), r.daysPastDue);
            }
            list.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("user_id"), user);
        root.insert(QStringLiteral("now"), isotime::toStored(db.clock().now()));
        root.insert(QStringLiteral("reminders"), list);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeRemindersCommand()
{
    return std::make_unique<RemindersCommand>();
}

} // namespace fd
