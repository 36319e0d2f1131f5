#pragma once

#include "domain/target.h"

#include <QList>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace fd {

class Session;

// One target before and after a change (nullopt = no row of its own).
struct TargetChange
{
    QString period;
    TargetLevel level = TargetLevel::Company;
    qint64 subjectId = 0;
    std::optional<qint64> before;
    std::optional<qint64> after;
};

// Sets (or clears) several targets as one undo step, in one transaction. The page applies
// the change first (apply(), which may throw ValidationError and then stores nothing) and
// pushes the command only when it succeeded; the first redo() therefore does nothing.
class SetTargetsCommand final : public QUndoCommand
{
public:
    SetTargetsCommand(Session &session, QList<TargetChange> changes, const QString &text,
                      std::function<void(const QString &error)> changed);

    // Writes the `after` (or, for undo, `before`) side of every change in one transaction.
    // Throws ValidationError / StorageError; nothing is stored then.
    void apply(bool after);
    // Checks every `after` value without writing; throws ValidationError.
    void validate();

    void redo() override;
    void undo() override;

private:
    void applyOrReport(bool after);

    Session &m_session;
    QList<TargetChange> m_changes;
    std::function<void(const QString &error)> m_changed; // after each undo/redo; error empty on success
    bool m_applied = true;
};

} // namespace fd
