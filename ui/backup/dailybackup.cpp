#include "dailybackup.h"

#include "session.h"

#include "domain/errors.h"
#include "storage/backup/backuprotation.h"
#include "storage/database.h"

#include <QDateTime>
#include <QThread>
#include <QtDebug>

namespace fd {

DailyBackup::DailyBackup(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_session, &Session::databaseChanged, this, &DailyBackup::databaseChanged);
    databaseChanged();
}

DailyBackup::~DailyBackup()
{
    // A backup under way finishes (it is written under a temporary name until complete).
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void DailyBackup::databaseChanged()
{
    Database *db = m_session.database();
    if (!db || db->dialect().kind() != Dialect::Kind::Sqlite)
        return;
    QThread *thread = QThread::create([connect = db->connector()] {
        try {
            auto worker = connect();
            BackupRotation rotation(BackupRotation::defaultFolder(), BackupRotation::keepSetting(*worker));
            const QString written = rotation.dailyIfDue(*worker, QDateTime::currentDateTimeUtc());
            if (!written.isEmpty())
                qInfo("FunnelDesk: daily backup written to %s", qUtf8Printable(written));
        } catch (const Error &e) {
            qWarning("FunnelDesk: the daily backup failed: %s", qUtf8Printable(e.message()));
        }
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    // Reading the whole file must not slow the start-up's own work (first paint, the
    // dashboard's computations): the thread only gets a core nobody else wants.
    thread->start(QThread::IdlePriority);
}

} // namespace fd
