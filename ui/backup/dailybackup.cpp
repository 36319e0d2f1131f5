#include "dailybackup.h"

#include "session.h"

#include "domain/errors.h"
#include "storage/backup/backuprotation.h"
#include "storage/database.h"

#include <QDateTime>
#include <QThreadPool>
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
    QThreadPool::globalInstance()->waitForDone();
}

void DailyBackup::databaseChanged()
{
    Database *db = m_session.database();
    if (!db || db->dialect().kind() != Dialect::Kind::Sqlite)
        return;
    QThreadPool::globalInstance()->start([connect = db->connector()] {
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
}

} // namespace fd
