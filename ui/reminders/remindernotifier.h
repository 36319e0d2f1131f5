#pragma once

#include "reminders/reminderengine.h"
#include "widgets/latestjob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QMainWindow;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

namespace fd {

class RemindersDialog;
class Session;

// Brings the signed-in person their reminders (ReminderEngine: their own follow-up tasks at
// the reminder time, the overdue and soon-due instalments of their deals and contracts — of
// all contracts for finance) while the application runs. Checked when a database is opened
// or the user changes, and every kIntervalMs, off the GUI thread (its own connection). A new
// reminder is announced once per run: a tray message where the desktop has a tray, else a
// status-bar message. A status-bar button "Reminders (N)" opens the list (RemindersDialog)
// with open / later / done. Nobody signed in: no reminders.
class ReminderNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit ReminderNotifier(Session &session, QMainWindow *window);
    ~ReminderNotifier() override;

    static constexpr int kIntervalMs = 60 * 1000;

    // Starts a check now (the result arrives through checked()).
    void checkNow();
    // The reminders of the last check.
    const QList<Reminder> &current() const { return m_current; }
    // The status-bar button, hidden when there is nothing to show.
    QToolButton *statusButton() const { return m_button; }
    // The database clock's time (what snoozes count from).
    QDateTime now() const;
    // Opens (or raises) the list of reminders.
    RemindersDialog *showList();

    // What the list's buttons do, for the signed-in person; each checks again.
    void acknowledge(const Reminder &reminder); // a task's "done" also marks the task done
    void snooze(const Reminder &reminder, qint64 seconds);
    // "Open": a contract's editor for an instalment; the page of a task (pageRequested).
    void open(const Reminder &reminder, QWidget *parent);

signals:
    // A check finished: `reminders` are due now, `announced` are the keys new in this run.
    void checked(const QList<fd::Reminder> &reminders, const QStringList &announced);
    // The main window should show this page ("activities").
    void pageRequested(const QString &pageId);

private:
    void delivered(const QList<Reminder> &reminders);
    void announce(const QList<Reminder> &fresh);

    Session &m_session;
    QMainWindow *m_window;
    QTimer *m_timer;
    QToolButton *m_button;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<RemindersDialog> m_dialog;
    LatestJob<QList<Reminder>> m_job{this};
    QList<Reminder> m_current;
    QSet<QString> m_announced;
};

} // namespace fd
