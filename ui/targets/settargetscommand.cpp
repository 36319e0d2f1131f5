#include "settargetscommand.h"

#include "session.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/targetrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace fd {

SetTargetsCommand::SetTargetsCommand(Session &session, QList<TargetChange> changes, const QString &text,
                                     std::function<void(const QString &error)> changed)
    : QUndoCommand(text)
    , m_session(session)
    , m_changes(std::move(changes))
    , m_changed(std::move(changed))
{
}

void SetTargetsCommand::validate()
{
    Database *db = m_session.database();
    if (!db)
        throw Error(QCoreApplication::translate("fd::TargetsPage", "No database is open."));
    TargetRepository repo(*db);
    for (const TargetChange &c : m_changes) {
        if (!c.after)
            continue;
        Target t;
        t.period = c.period;
        t.level = c.level;
        t.subjectId = c.subjectId;
        t.amount = {*c.after, m_session.currency()};
        repo.validate(t);
    }
}

void SetTargetsCommand::apply(bool after)
{
    Database *db = m_session.database();
    if (!db)
        throw Error(QCoreApplication::translate("fd::TargetsPage", "No database is open."));
    TargetRepository repo(*db);
    Transaction tx(*db);
    for (const TargetChange &c : m_changes) {
        const std::optional<qint64> value = after ? c.after : c.before;
        if (value) {
            Target t;
            t.period = c.period;
            t.level = c.level;
            t.subjectId = c.subjectId;
            t.amount = {*value, m_session.currency()};
            repo.set(t);
        } else if (const auto existing = repo.find(c.period, c.level, c.subjectId)) {
            repo.remove(existing->id);
        }
    }
    tx.commit();
}

void SetTargetsCommand::applyOrReport(bool after)
{
    // The stack cannot refuse a step: the page is told why and shows what is stored.
    QString error;
    try {
        apply(after);
    } catch (const Error &e) {
        error = e.message();
    }
    if (m_changed)
        m_changed(error);
}

void SetTargetsCommand::redo()
{
    if (m_applied) {
        m_applied = false; // applied by the page before pushing
        return;
    }
    applyOrReport(true);
}

void SetTargetsCommand::undo()
{
    applyOrReport(false);
}

} // namespace fd
