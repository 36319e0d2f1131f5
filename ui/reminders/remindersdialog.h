#pragma once

#include "reminders/reminderengine.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fd {

class ReminderNotifier;

// The signed-in person's reminders due now (ReminderNotifier::current(), refreshed with each
// check): when, what, the amount of an instalment. For the chosen one: Open (the contract's
// editor, or the task's page), Later (an hour, or tomorrow at 09:00) and Done (a task is
// marked done; an instalment is put away for this person only).
class RemindersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RemindersDialog(ReminderNotifier &notifier, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The reminder of the current row (nullptr when none).
    const Reminder *selected() const;
    void openSelected();
    void snoozeSelected(qint64 seconds);
    void doneSelected();

private:
    void fill(const QList<Reminder> &reminders);
    void selectionChanged();
    // Seconds from now to tomorrow 09:00 local time.
    qint64 untilTomorrowMorning() const;

    ReminderNotifier &m_notifier;
    QList<Reminder> m_shown;
    QLabel *m_empty;
    QTreeWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_later;
    QPushButton *m_done;
};

} // namespace fd
