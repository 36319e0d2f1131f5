#include "poolreturnjob.h"

#include "session.h"

#include "domain/errors.h"
#include "leads/poolservice.h"

#include <QTimer>

namespace fd {

PoolReturnJob::PoolReturnJob(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PoolReturnJob::runNow);
    // Queued: the pages connected to databaseChanged read the file first, then see the return.
    connect(&m_session, &Session::databaseChanged, this, &PoolReturnJob::runNow, Qt::QueuedConnection);
    m_timer->start();
    // Not before the window has painted and the dashboard read its figures: the return scans
    // every lead and writes on this thread.
    if (m_session.database())
        QTimer::singleShot(kFirstRunDelayMs, this, &PoolReturnJob::runNow);
}

int PoolReturnJob::runNow()
{
    Database *db = m_session.database();
    if (!db)
        return 0;
    try {
        const int returned = int(PoolService(*db).returnStale().size());
        if (returned > 0)
            m_session.notifyDataChanged();
        return returned;
    } catch (const Error &e) {
        // A read-only or busy file: try again at the next tick rather than bother the user.
        qWarning("pool return failed: %s", e.what());
        return 0;
    }
}

} // namespace fd
