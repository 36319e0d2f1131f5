#include "overduenotifier.h"

#include "session.h"

#include "analytics/overduetasks.h"
#include "domain/errors.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace fd {

OverdueNotifier::OverdueNotifier(Session &session, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &OverdueNotifier::checkNow);
    // Tasks of another file are other tasks: forget what was announced for the old one.
    connect(&m_session, &Session::databaseChanged, this, [this] {
        m_announced.clear();
        checkNow();
    }, Qt::QueuedConnection);
    m_timer->start();
    if (m_session.database())
        QTimer::singleShot(0, this, &OverdueNotifier::checkNow);
}

QList<qint64> OverdueNotifier::checkNow()
{
    Database *db = m_session.database();
    if (!db)
        return {};
    QList<OverdueTask> fresh;
    try {
        for (const OverdueTask &t : overdueTasks(*db))
            if (!m_announced.contains(t.id))
                fresh.append(t);
    } catch (const Error &e) {
        // A busy file: the next tick tries again; not worth a dialog.
        qWarning("overdue check failed: %s", e.what());
        return {};
    }
    if (fresh.isEmpty())
        return {};

    QList<qint64> ids;
    for (const OverdueTask &t : fresh) {
        ids.append(t.id);
        m_announced.insert(t.id);
    }
    const QString title = tr("Overdue follow-up tasks");
    const QString message = fresh.size() == 1
        ? tr("Overdue: %1").arg(fresh.first().title)
        : tr("%n follow-up task(s) are overdue, the oldest: %1", nullptr, int(fresh.size())).arg(fresh.first().title);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    } else if (m_window) {
        m_window->statusBar()->showMessage(message, 15000);
    }
    emit announced(ids);
    return ids;
}

} // namespace fd
