#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QMainWindow;
class QSystemTrayIcon;
class QTimer;

namespace fd {

class Session;

// Announces follow-up tasks that became overdue while the application runs, and payment
// instalments (回款) that are overdue or due within kPaymentNoticeDays: a tray message where
// the desktop has a tray, else a status-bar message. Checked when a database is opened and
// every kIntervalMs; each task and each instalment is announced once per run.
class OverdueNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit OverdueNotifier(Session &session, QMainWindow *window);

    static constexpr int kIntervalMs = 5 * 60 * 1000;
    // Instalments due within this many days are announced as expected receipts.
    static constexpr int kPaymentNoticeDays = 7;

    // Checks now; returns the ids announced by this check (empty when nothing is new).
    QList<qint64> checkNow();

signals:
    // Newly overdue tasks were announced.
    void announced(const QList<qint64> &taskIds);
    // Overdue or soon-due instalments were announced (ids of payment_instalments).
    void paymentsAnnounced(const QList<qint64> &instalmentIds);

private:
    // Instalments not announced yet: overdue ones and those due within kPaymentNoticeDays.
    QStringList freshPayments(QList<qint64> &ids);

    Session &m_session;
    QMainWindow *m_window;
    QTimer *m_timer;
    QSystemTrayIcon *m_tray = nullptr;
    QSet<qint64> m_announced;
    QSet<qint64> m_announcedPayments;
};

} // namespace fd
