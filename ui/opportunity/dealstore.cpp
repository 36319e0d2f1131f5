#include "dealstore.h"

#include "storage/transaction.h"

namespace fd {

DealStore::DealStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_opportunities(db)
    , m_pipelines(db)
    , m_choices(db)
{
}

QList<StageChange> DealStore::moveDeals(const QList<qint64> &ids, qint64 stageId)
{
    QList<StageChange> changes;
    {
        Transaction tx(m_db);
        for (qint64 id : ids) {
            StageChange c = m_opportunities.changeStage(id, stageId);
            if (c.changed())
                changes.append(c);
        }
        tx.commit();
    }
    for (const StageChange &c : changes)
        emit dealChanged(c.opportunityId);
    return changes;
}

QList<StageChange> DealStore::setOutcome(const QList<qint64> &ids, OpportunityStatus status, const QString &lostReason)
{
    QList<StageChange> changes;
    {
        Transaction tx(m_db);
        for (qint64 id : ids) {
            StageChange c = m_opportunities.changeOutcome(id, status, lostReason);
            if (c.changed())
                changes.append(c);
        }
        tx.commit();
    }
    for (const StageChange &c : changes)
        emit dealChanged(c.opportunityId);
    return changes;
}

void DealStore::save(Opportunity &o, const QSet<qint64> &checkedTasks)
{
    {
        Transaction tx(m_db);
        if (o.id == 0)
            m_opportunities.create(o);
        else
            m_opportunities.update(o);
        const QSet<qint64> before = this->checkedTasks(o.id);
        for (qint64 task : before - checkedTasks)
            m_opportunities.setTaskDone(o.id, task, false);
        for (qint64 task : checkedTasks - before)
            m_opportunities.setTaskDone(o.id, task, true);
        tx.commit();
    }
    emit dealChanged(o.id);
}

QSet<qint64> DealStore::checkedTasks(qint64 id)
{
    QSet<qint64> ids;
    for (const TaskCheck &c : m_opportunities.taskChecks(id))
        ids.insert(c.stageTaskId);
    return ids;
}

DealSnapshot DealStore::remove(qint64 id)
{
    DealSnapshot s;
    {
        Transaction tx(m_db);
        s = m_opportunities.snapshot(id);
        m_opportunities.remove(id);
        tx.commit();
    }
    emit dealRemoved(id);
    return s;
}

void DealStore::restore(const DealSnapshot &snapshot)
{
    m_opportunities.restore(snapshot);
    emit dealChanged(snapshot.opportunity.id);
}

void DealStore::undo(QList<StageChange> &changes)
{
    // Work on a copy: row versions only advance when the whole group committed.
    QList<StageChange> work = changes;
    {
        Transaction tx(m_db);
        for (auto it = work.rbegin(); it != work.rend(); ++it)
            m_opportunities.undoChange(*it);
        tx.commit();
    }
    changes = work;
    for (const StageChange &c : changes)
        emit dealChanged(c.opportunityId);
}

void DealStore::redo(QList<StageChange> &changes)
{
    QList<StageChange> work = changes;
    {
        Transaction tx(m_db);
        for (StageChange &c : work)
            m_opportunities.redoChange(c);
        tx.commit();
    }
    changes = work;
    for (const StageChange &c : changes)
        emit dealChanged(c.opportunityId);
}

} // namespace fd
