// The signed-in person's reminders in the main window on the offscreen platform: a check off
// the GUI thread finds only their own (a task of 王芳's, the overdue instalment of her deal;
// never 李强's), announces them on the status bar where there is no tray, counts them on the
// status-bar button, and the list's Done / Later do what they say; the activity dialog sets
// a follow-up task's reminder time. Time is the test clock's; SQLite and PostgreSQL.
#include "builders.h"
#include "catchqt.h"
#include "contractfixture.h"
#include "tempdatabase.h"

#include "activities/logactivitydialog.h"
#include "languagemanager.h"
#include "reminders/remindernotifier.h"
#include "reminders/remindersdialog.h"
#include "session.h"

#include "domain/activity.h"
#include "storage/repositories/activityrepository.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace fd;
using namespace fd::test;

namespace {

// 王芳 and 李强 (reps), each with a task whose reminder time (08:00 / 07:00) has passed at
// 09:00; 王芳's deal has a contract (kept by finance) with an instalment overdue since 11-10.
// The GUI's session reads the database on its own connection, signed in as 王芳.
struct Desk : ContractOffice
{
    // Entered by nobody in particular: the reps' deals and tasks are not finance's to add.
    int enteredByNobody = (tdb.db().setActingUserId(0), 0);
    LanguageManager languages;
    qint64 wang = make.user(QStringLiteral("王芳"));
    qint64 li = make.user(QStringLiteral("李强"));
    Pipeline pipeline = make.pipeline();
    qint64 deal = make.opportunity(pipeline, customerA, wang, 3000000, QStringLiteral("华东 MES")).id;
    qint64 wangTask = task(wang, QStringLiteral("回访报价"), QTime(8, 0));
    qint64 liTask = task(li, QStringLiteral("李强的回访"), QTime(7, 0));
    qint64 contractId = 0;
    Session session;
    QMainWindow window;
    int checks = 0;

    Desk()
    {
        Contract c = contract(customerA, 1000000);
        tdb.db().exec(QStringLiteral("UPDATE contracts SET opportunity_id = %1 WHERE id = %2").arg(deal).arg(c.id));
        contractId = c.id;
        planByAmount(c.id, {{1000000, QDate(2026, 11, 10)}});
        auto gui = tdb.db().connector()();
        gui->setClock(&tdb.clock());
        gui->setActingUserId(wang);
        session.setDatabase(std::move(gui));
    }

    qint64 task(qint64 user, const QString &title, const QTime &remind)
    {
        FollowUpTask t;
        t.title = title;
        t.userId = user;
        t.customerId = customerA;
        t.dueAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        t.remindAt = QDateTime(QDate(2026, 11, 23), remind, Qt::UTC);
        return ActivityRepository(tdb.db()).addTask(t);
    }

    // Waits for the notifier's next check to arrive.
    void waitForCheck(ReminderNotifier &n, const std::function<void()> &trigger = {})
    {
        const int before = checks;
        if (trigger)
            trigger();
        else
            n.checkNow();
        REQUIRE(QTest::qWaitFor([&] { return checks > before; }, 10000));
    }
};

QStringList titles(const QList<Reminder> &reminders)
{
    QStringList out;
    for (const Reminder &r : reminders)
        out << r.title;
    return out;
}

} // namespace

TEST_CASE("reminders: the signed-in person's own, announced, listed, done and snoozed", "[ui][reminders]")
{
    Desk d;
    d.languages.apply(QStringLiteral("zh_CN"));
    ReminderNotifier notifier(d.session, &d.window);
    QStringList announced;
    QObject::connect(&notifier, &ReminderNotifier::checked, [&](const QList<Reminder> &, const QStringList &keys) {
        ++d.checks;
        announced = keys;
    });
    // The first check runs from the event loop, on the notifier's own connection.
    REQUIRE(QTest::qWaitFor([&] { return d.checks > 0; }, 10000));
    const QString instalmentTitle = QStringLiteral("%1 · 第 1 期").arg(QStringLiteral("HT-2026-001"));
    REQUIRE(notifier.current().size() == 2);
    CHECK(notifier.current()[0].contractId == d.contractId); // overdue since 11-10: first
    CHECK(titles(notifier.current()).contains(QStringLiteral("回访报价")));
    CHECK(titles(notifier.current()).contains(instalmentTitle));
    CHECK_FALSE(titles(notifier.current()).contains(QStringLiteral("李强的回访")));
    CHECK(announced.size() == 2);
    CHECK(notifier.statusButton()->isVisibleTo(&d.window));
    CHECK(notifier.statusButton()->text().contains(QStringLiteral("2")));
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        CHECK(d.window.statusBar()->currentMessage().contains(QStringLiteral("回访报价")));
        CHECK_FALSE(d.window.statusBar()->currentMessage().contains(QStringLiteral("李强")));
    }
    // Checked again: nothing new is announced again.
    d.waitForCheck(notifier);
    CHECK(announced.isEmpty());

    RemindersDialog *list = notifier.showList();
    REQUIRE(list->list()->topLevelItemCount() == 2);
    d.window.show();
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS")) { // kept for a look
        const QString dir = QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS"));
        list->grab().save(dir + QStringLiteral("/reminders_list.png"));
        d.window.statusBar()->grab().save(dir + QStringLiteral("/reminders_statusbar.png"));
    }

    // Later on the instalment: gone for an hour, then back.
    list->list()->setCurrentItem(list->list()->topLevelItem(0));
    REQUIRE(list->selected());
    CHECK(list->selected()->kind == ReminderKind::InstalmentOverdue);
    d.waitForCheck(notifier, [&] { list->snoozeSelected(3600); });
    CHECK(titles(notifier.current()) == QStringList{QStringLiteral("回访报价")});
    CHECK(list->list()->topLevelItemCount() == 1);

    // Done on her task: the task is done, the reminder gone.
    list->list()->setCurrentItem(list->list()->topLevelItem(0));
    d.waitForCheck(notifier, [&] { list->doneSelected(); });
    CHECK(ActivityRepository(d.tdb.db()).task(d.wangTask).done);
    CHECK(notifier.current().isEmpty());
    CHECK_FALSE(notifier.statusButton()->isVisibleTo(&d.window));

    d.tdb.clock().advanceSeconds(3601);
    d.waitForCheck(notifier);
    REQUIRE(notifier.current().size() == 1);
    CHECK(notifier.current()[0].contractId == d.contractId);
    CHECK(announced.isEmpty()); // announced once per run

    // 李强 signs in on this desktop: his task, not her instalment.
    d.waitForCheck(notifier, [&] {
        d.session.database()->setActingUserId(d.li);
        d.session.notifyUserChanged();
    });
    CHECK(titles(notifier.current()) == QStringList{QStringLiteral("李强的回访")});
    CHECK(ActivityRepository(d.tdb.db()).task(d.liTask).done == false);
}

TEST_CASE("reminders: the activity dialog sets a follow-up task's reminder, due at its time", "[ui][reminders]")
{
    Desk d;
    d.languages.apply(QStringLiteral("en"));
    Activity link;
    link.opportunityId = d.deal;
    link.customerId = d.customerA;
    LogActivityDialog dialog(*d.session.database(), link, d.wang);
    const QDateTime remindAt(QDate(2026, 11, 25), QTime(8, 30), Qt::UTC);
    dialog.setValues(ActivityKind::Call, QStringLiteral("电话沟通"), QStringLiteral("约了演示"), QDate(2026, 11, 26));
    dialog.setReminder(remindAt);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QList<FollowUpTask> open = ActivityRepository(d.tdb.db()).openTasks({d.wang, 0, d.deal, 0, {}, {}, 0});
    REQUIRE(open.size() == 1);
    CHECK(open[0].remindAt == remindAt);

    ReminderNotifier notifier(d.session, &d.window);
    QObject::connect(&notifier, &ReminderNotifier::checked, [&] { ++d.checks; });
    REQUIRE(QTest::qWaitFor([&] { return d.checks > 0; }, 10000));
    CHECK_FALSE(titles(notifier.current()).contains(open[0].title));
    d.tdb.clock().set(remindAt);
    d.waitForCheck(notifier);
    CHECK(titles(notifier.current()).contains(open[0].title));
}
