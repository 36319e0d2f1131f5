#include "remindernotifier.h"

#include "remindersdialog.h"
#include "session.h"

#include "contracts/contracteditor.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/activityrepository.h"
#include "storage/transaction.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>

namespace fd {

ReminderNotifier::ReminderNotifier(Session &session, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_timer(new QTimer(this))
    , m_button(new QToolButton(window))
{
    m_button->setObjectName(QStringLiteral("statusReminders"));
    m_button->setAutoRaise(true);
    m_button->hide();
    if (m_window)
        m_window->statusBar()->addPermanentWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, &ReminderNotifier::showList);

    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReminderNotifier::checkNow);
    // Another file or another person: other reminders, announced afresh.
    const auto restart = [this] {
        m_announced.clear();
        checkNow();
    };
    connect(&m_session, &Session::databaseAboutToChange, this, [this] { m_job.cancel(); });
    connect(&m_session, &Session::databaseChanged, this, restart, Qt::QueuedConnection);
    connect(&m_session, &Session::userChanged, this, restart, Qt::QueuedConnection);
    connect(&m_session, &Session::dataChanged, this, &ReminderNotifier::checkNow, Qt::QueuedConnection);
    m_timer->start();
    if (m_session.database())
        QTimer::singleShot(0, this, &ReminderNotifier::checkNow);
}

ReminderNotifier::~ReminderNotifier() = default;

void ReminderNotifier::checkNow()
{
    Database *db = m_session.database();
    const qint64 user = db ? db->actingUserId() : 0;
    if (!user) {
        m_job.cancel();
        delivered({});
        return;
    }
    m_job.start(
        *db, [user](Database &worker) { return ReminderEngine(worker).due(user); },
        [this](std::optional<QList<Reminder>> result, const QString &error) {
            if (!result) {
                // A busy file: the next tick tries again; not worth a dialog.
                qWarning("reminder check failed: %s", qPrintable(error));
                return;
            }
            delivered(*result);
        });
}

void ReminderNotifier::delivered(const QList<Reminder> &reminders)
{
    m_current = reminders;
    QList<Reminder> fresh;
    QStringList keys;
    for (const Reminder &r : reminders) {
        if (m_announced.contains(r.key))
            continue;
        m_announced.insert(r.key);
        fresh.append(r);
        keys << r.key;
    }
    m_button->setText(tr("Reminders (%1)").arg(reminders.size()));
    m_button->setToolTip(reminders.isEmpty() ? QString() : reminders.first().text());
    m_button->setVisible(!reminders.isEmpty());
    if (!fresh.isEmpty())
        announce(fresh);
    emit checked(reminders, keys);
}

void ReminderNotifier::announce(const QList<Reminder> &fresh)
{
    const QString title = fresh.size() == 1 ? tr("Reminder") : tr("%n reminder(s)", nullptr, int(fresh.size()));
    QStringList lines;
    for (int i = 0; i < fresh.size() && i < 3; ++i)
        lines << fresh[i].text();
    if (fresh.size() > 3)
        lines << tr("… and %n more", nullptr, int(fresh.size() - 3));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderNotifier::showList);
            connect(m_tray, &QSystemTrayIcon::activated, this, &ReminderNotifier::showList);
            m_tray->show();
        }
        m_tray->showMessage(title, lines.join(QLatin1Char('\n')), QSystemTrayIcon::Information);
    } else if (m_window) {
        m_window->statusBar()->showMessage(lines.join(QStringLiteral("  ·  ")), 30000);
    }
}

QDateTime ReminderNotifier::now() const
{
    const Database *db = m_session.database();
    return db ? db->clock().now() : systemClock().now();
}

RemindersDialog *ReminderNotifier::showList()
{
    if (!m_dialog) {
        m_dialog = new RemindersDialog(*this, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void ReminderNotifier::acknowledge(const Reminder &reminder)
{
    Database *db = m_session.database();
    if (!db || !db->actingUserId())
        return;
    Transaction tx(*db);
    if (reminder.kind == ReminderKind::Task)
        ActivityRepository(*db).setTaskDone(reminder.itemId);
    ReminderEngine(*db).acknowledge(db->actingUserId(), reminder.key);
    tx.commit();
    if (reminder.kind == ReminderKind::Task)
        m_session.notifyDataChanged(); // the task lists change too (and we check again)
    else
        checkNow();
}

void ReminderNotifier::snooze(const Reminder &reminder, qint64 seconds)
{
    Database *db = m_session.database();
    if (!db || !db->actingUserId())
        return;
    ReminderEngine(*db).snooze(db->actingUserId(), reminder.key, db->clock().now().addSecs(seconds));
    checkNow();
}

void ReminderNotifier::open(const Reminder &reminder, QWidget *parent)
{
    Database *db = m_session.database();
    if (!db)
        return;
    if (reminder.contractId) {
        ContractEditor editor(*db, reminder.contractId, parent);
        if (editor.exec() == QDialog::Accepted)
            m_session.notifyDataChanged();
        return;
    }
    emit pageRequested(QStringLiteral("activities"));
}

} // namespace fd
