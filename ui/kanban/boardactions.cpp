#include "boardactions.h"

#include "lostreasondialog.h"
#include "outcomedropzone.h"

#include "opportunity/dealstore.h"
#include "opportunity/deletedealcommand.h"
#include "opportunity/movedealscommand.h"
#include "opportunity/opportunityeditor.h"
#include "opportunity/setoutcomecommand.h"

#include "domain/errors.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QUndoStack>

namespace fd {

BoardActions::BoardActions(DealStore &store, QUndoStack &undoStack, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_dialogParent(dialogParent)
{
    confirmPendingTasks = [this](const QList<PendingTask> &pending) { return confirmDefault(pending); };
    askLostReason = [this](int count) { return lostReasonDefault(count); };
    connect(&store, &DealStore::failed, this, &BoardActions::failed);
}

void BoardActions::report(const std::exception &error)
{
    if (const auto *v = dynamic_cast<const ValidationError *>(&error)) {
        QStringList lines;
        for (const FieldError &e : v->errors())
            lines << e.reason;
        emit failed(lines.join(QLatin1Char('\n')));
    } else if (const auto *e = dynamic_cast<const Error *>(&error)) {
        emit failed(e->message());
    } else {
        emit failed(QString::fromUtf8(error.what()));
    }
}

bool BoardActions::confirmDefault(const QList<PendingTask> &pending)
{
    QStringList lines;
    for (const PendingTask &t : pending)
        lines << QStringLiteral("• %1: %2").arg(t.stageName, t.title);
    QMessageBox box(QMessageBox::Warning, tr("Required tasks not done"),
                    tr("These required checklist tasks are not done yet:\n\n%1\n\nMove the deal anyway?")
                        .arg(lines.join(QLatin1Char('\n'))),
                    QMessageBox::Yes | QMessageBox::Cancel, m_dialogParent);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Move anyway"));
    return box.exec() == QMessageBox::Yes;
}

std::optional<QString> BoardActions::lostReasonDefault(int dealCount)
{
    LostReasonDialog dialog(m_store.pipelines().lostReasons(), dealCount, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

bool BoardActions::moveDeals(const QList<qint64> &ids, qint64 stageId)
{
    try {
        QList<PendingTask> pending;
        for (qint64 id : ids)
            pending += m_store.opportunities().requiredTasksUndone(id, stageId);
        if (!pending.isEmpty() && !confirmPendingTasks(pending))
            return false;
        QList<StageChange> changes = m_store.moveDeals(ids, stageId);
        if (changes.isEmpty())
            return false;
        const QString stageName = m_store.pipelines().stage(stageId).name;
        m_undoStack.push(new MoveDealsCommand(m_store, std::move(changes), stageName));
        return true;
    } catch (const std::exception &e) {
        report(e);
        return false;
    }
}

bool BoardActions::stepDeals(const QList<qint64> &ids, int delta, const QList<qint64> &stageIds)
{
    if (ids.isEmpty())
        return false;
    try {
        // All selected cards sit in one column: step from the first card's stage.
        const qint64 from = m_store.opportunities().summary(ids.first()).stageId;
        const int at = int(stageIds.indexOf(from)) + delta;
        if (at < 0 || at >= stageIds.size())
            return false;
        return moveDeals(ids, stageIds.at(at));
    } catch (const std::exception &e) {
        report(e);
        return false;
    }
}

bool BoardActions::setOutcome(const QList<qint64> &ids, OpportunityStatus outcome)
{
    try {
        QString reason;
        if (outcome == OpportunityStatus::Won) {
            QList<PendingTask> pending;
            for (qint64 id : ids)
                pending += m_store.opportunities().requiredTasksUndone(id, 0);
            if (!pending.isEmpty() && !confirmPendingTasks(pending))
                return false;
        } else if (outcome == OpportunityStatus::Lost) {
            const std::optional<QString> answer = askLostReason(int(ids.size()));
            if (!answer)
                return false;
            reason = *answer;
        }
        QList<StageChange> changes = m_store.setOutcome(ids, outcome, reason);
        if (changes.isEmpty())
            return false;
        m_undoStack.push(new SetOutcomeCommand(m_store, std::move(changes), OutcomeDropZone::outcomeName(outcome)));
        return true;
    } catch (const std::exception &e) {
        report(e);
        return false;
    }
}

void BoardActions::openDeal(qint64 id)
{
    try {
        OpportunityEditor editor(m_store, m_undoStack, id, 0, 0, m_dialogParent);
        editor.exec();
    } catch (const std::exception &e) {
        report(e);
    }
}

void BoardActions::newDeal(qint64 pipelineId, qint64 stageId)
{
    try {
        OpportunityEditor editor(m_store, m_undoStack, 0, pipelineId, stageId, m_dialogParent);
        editor.exec();
    } catch (const std::exception &e) {
        report(e);
    }
}

void BoardActions::deleteDeal(qint64 id)
{
    try {
        const DealSummary s = m_store.opportunities().summary(id);
        if (QMessageBox::question(
                m_dialogParent, tr("Delete opportunity"),
                tr("Delete \"%1\" of %2? You can undo this with Ctrl+Z.").arg(s.title, s.customerName))
            != QMessageBox::Yes)
            return;
        m_undoStack.push(new DeleteDealCommand(m_store, m_store.remove(id)));
    } catch (const std::exception &e) {
        report(e);
    }
}

} // namespace fd
