#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QMainWindow;
class QSystemTrayIcon;
class QTimer;

namespace fd {

class Session;

// Announces follow-up tasks that became overdue while the application runs: a tray
// message where the desktop has a tray, else a status-bar message. Checked when a
// database is opened and every kIntervalMs; each task is announced once per run.
class OverdueNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit OverdueNotifier(Session &session, QMainWindow *window);

    static constexpr int kIntervalMs = 5 * 60 * 1000;

    // Checks now; returns the ids announced by this check (empty when nothing is new).
    QList<qint64> checkNow();

signals:
    // Newly overdue tasks were announced.
    void announced(const QList<qint64> &taskIds);

private:
    Session &m_session;
    QMainWindow *m_window;
    QTimer *m_timer;
    QSystemTrayIcon *m_tray = nullptr;
    QSet<qint64> m_announced;
};

} // namespace fd
