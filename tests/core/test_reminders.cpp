// Reminders reach the right person only (ReminderEngine): each rep their own follow-up
// tasks whose reminder time has passed and the overdue / soon-due instalments of their own
// contracts and deals, finance every instalment; "done" and "later" are kept per person.
// Time is the test clock's; the same cases run on SQLite and on PostgreSQL.
#include "builders.h"
#include "catchqt.h"
#include "clirun.h"
#include "contractfixture.h"
#include "tempdatabase.h"

#include "domain/activity.h"
#include "reminders/reminderengine.h"
#include "storage/repositories/activityrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::test;

namespace {

// 王芳 and 李强 (reps) and 陈静 (finance, ContractOffice). Now: 2026-11-23 09:00 UTC.
// 王芳: a task reminding at 08:00 (due), one at 10:30 (later), one done, one without a
// reminder; a contract of her deal with an instalment overdue since 11-10, one due 11-27
// and one due 12-31. 李强: a task reminding at 07:00 and an overdue instalment of his own
// contract. A second payment on 王芳's overdue instalment leaves ¥2,000 outstanding.
struct ReminderOffice : ContractOffice
{
    // Entered by nobody in particular: the reps' deals and tasks are not finance's to add.
    int enteredByNobody = (tdb.db().setActingUserId(0), 0);
    qint64 wang = make.user(QStringLiteral("王芳"));
    qint64 li = make.user(QStringLiteral("李强"));
    Pipeline pipeline = make.pipeline();
    qint64 wangDeal = make.opportunity(pipeline, customerA, wang, 3000000, QStringLiteral("华东 MES")).id;
    qint64 wangDue = task(wang, QStringLiteral("回访报价"), QStringLiteral("2026-11-23T08:00:00Z"));
    qint64 wangLater = task(wang, QStringLiteral("确认合同条款"), QStringLiteral("2026-11-23T10:30:00Z"));
    qint64 wangDone = task(wang, QStringLiteral("已完成的"), QStringLiteral("2026-11-22T08:00:00Z"));
    qint64 wangNoReminder = task(wang, QStringLiteral("无提醒"), QString());
    qint64 liDue = task(li, QStringLiteral("李强的任务"), QStringLiteral("2026-11-23T07:00:00Z"));
    Contract wangContract = contractOf(wang, wangDeal, 3000000);
    QList<Instalment> wangPlan = planByAmount(
        wangContract.id,
        {{1000000, QDate(2026, 11, 10)}, {1000000, QDate(2026, 11, 27)}, {1000000, QDate(2026, 12, 31)}});
    Contract liContract = contractOf(li, 0, 500000);
    QList<Instalment> liPlan = planByAmount(liContract.id, {{500000, QDate(2026, 11, 1)}});

    ReminderOffice()
    {
        ActivityRepository(tdb.db()).setTaskDone(wangDone);
        receipt(wangContract.id, 800000, QDate(2026, 11, 12), wangPlan[0].id);
    }

    qint64 task(qint64 user, const QString &title, const QString &remindAt)
    {
        FollowUpTask t;
        t.title = title;
        t.userId = user;
        t.customerId = customerA;
        t.dueAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        if (!remindAt.isEmpty())
            t.remindAt = QDateTime::fromString(remindAt, Qt::ISODate);
        return ActivityRepository(tdb.db()).addTask(t);
    }

    Contract contractOf(qint64 owner, qint64 deal, qint64 cents)
    {
        Contract c;
        c.number = QStringLiteral("HT-R-%1").arg(++numbers);
        c.title = QStringLiteral("提醒合同");
        c.customerId = customerA;
        c.opportunityId = deal;
        // 王芳's contract is kept by finance: she is reminded as the deal's owner.
        c.ownerId = deal ? finance : owner;
        c.amount = {cents, QStringLiteral("CNY")};
        c.approvalStatus = ApprovalStatus::Approved;
        c.signedDate = QDate(2026, 10, 1);
        recordContract(tdb.db(), c);
        return c;
    }

    QStringList keys(qint64 user)
    {
        QStringList out;
        for (const Reminder &r : ReminderEngine(tdb.db()).due(user))
            out << r.key;
        return out;
    }
    QString taskKey(qint64 id, const QString &at) const { return QStringLiteral("task:%1@%2").arg(id).arg(at); }
    QString instalmentKey(qint64 id, const char *when) const
    {
        return QStringLiteral("instalment:%1:%2").arg(id).arg(QLatin1String(when));
    }
};

} // namespace

TEST_CASE("each person gets only their own reminders, at their time", "[reminders]")
{
    ReminderOffice o;
    const QString wangTask = o.taskKey(o.wangDue, QStringLiteral("2026-11-23T08:00:00Z"));
    // The earliest first: the overdue instalment (11-10), her task (11-23 08:00), then 11-27.
    CHECK(o.keys(o.wang)
          == QStringList{o.instalmentKey(o.wangPlan[0].id, "overdue"), wangTask,
                         o.instalmentKey(o.wangPlan[1].id, "soon")});
    CHECK(o.keys(o.li)
          == QStringList{o.instalmentKey(o.liPlan[0].id, "overdue"),
                         o.taskKey(o.liDue, QStringLiteral("2026-11-23T07:00:00Z"))});
    // Finance: every contract's instalments, nobody's tasks.
    CHECK(o.keys(o.finance)
          == QStringList{o.instalmentKey(o.liPlan[0].id, "overdue"), o.instalmentKey(o.wangPlan[0].id, "overdue"),
                         o.instalmentKey(o.wangPlan[1].id, "soon")});

    // The amounts are the receivables' outstanding; the texts name what to do.
    const QList<Reminder> mine = ReminderEngine(o.tdb.db()).due(o.wang);
    REQUIRE(mine.size() == 3);
    CHECK(mine[0].kind == ReminderKind::InstalmentOverdue);
    CHECK(mine[0].amountCents == 200000);
    CHECK(mine[0].daysPastDue == 13);
    CHECK(mine[0].contractId == o.wangContract.id);
    CHECK(mine[1].kind == ReminderKind::Task);
    CHECK(mine[1].title == QStringLiteral("回访报价"));
    CHECK(mine[1].text().contains(QStringLiteral("回访报价")));
    CHECK(mine[2].kind == ReminderKind::InstalmentDueSoon);
    CHECK(mine[2].amountCents == 1000000);

    // At 10:30 her second task is due as well; 李强's list is unchanged.
    o.tdb.clock().set(QDateTime(QDate(2026, 11, 23), QTime(10, 30), Qt::UTC));
    CHECK(o.keys(o.wang).contains(o.taskKey(o.wangLater, QStringLiteral("2026-11-23T10:30:00Z"))));
    CHECK(o.keys(o.wang).size() == 4);
    CHECK(o.keys(o.li).size() == 2);
}

TEST_CASE("done and later are kept per person, and an instalment that falls due reminds again", "[reminders]")
{
    ReminderOffice o;
    ReminderEngine engine(o.tdb.db());
    const QString wangTask = o.taskKey(o.wangDue, QStringLiteral("2026-11-23T08:00:00Z"));
    const QString soon = o.instalmentKey(o.wangPlan[1].id, "soon");
    const QString overdue = o.instalmentKey(o.wangPlan[0].id, "overdue");

    engine.acknowledge(o.wang, wangTask);
    engine.acknowledge(o.wang, soon);
    engine.snooze(o.wang, overdue, o.tdb.clock().now().addSecs(3600));
    CHECK(o.keys(o.wang).isEmpty());
    // Finance still sees the instalments 王芳 put away: her choices are hers.
    CHECK(o.keys(o.finance).contains(soon));
    CHECK(o.keys(o.finance).contains(overdue));

    // The snooze ends after an hour; done stays done.
    o.tdb.clock().advanceSeconds(3601);
    CHECK(o.keys(o.wang) == QStringList{overdue});
    // A second "later" replaces the first.
    engine.snooze(o.wang, overdue, o.tdb.clock().now().addSecs(600));
    CHECK(o.keys(o.wang).isEmpty());

    // 11-28: the instalment she marked done when it was due soon is overdue now, and reminds.
    o.tdb.clock().set(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    const QString nowOverdue = o.instalmentKey(o.wangPlan[1].id, "overdue");
    CHECK(o.keys(o.wang).contains(nowOverdue));
    CHECK_FALSE(o.keys(o.wang).contains(wangTask));
    // A task done is no reminder any more, whoever acknowledged what.
    ActivityRepository(o.tdb.db()).setTaskDone(o.liDue);
    CHECK(o.keys(o.li) == QStringList{o.instalmentKey(o.liPlan[0].id, "overdue")});
}

TEST_CASE("funneldesk-cli reminders prints one person's reminders, never someone else's", "[reminders][cli]")
{
    // The CLI runs on the system clock: the tasks remind an hour before the real now.
    TempDatabase t;
    Builders make(t.db());
    const qint64 wang = make.user(QStringLiteral("王芳"));
    const qint64 li = make.user(QStringLiteral("李强"));
    const qint64 customer = make.customer(QStringLiteral("苏州精工"), 0, wang);
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const auto &[user, title] :
         {std::pair{wang, QStringLiteral("王芳的回访")}, std::pair{li, QStringLiteral("李强的回访")}}) {
        FollowUpTask task;
        task.title = title;
        task.userId = user;
        task.customerId = customer;
        task.dueAt = hourAgo.addDays(1);
        task.remindAt = hourAgo;
        ActivityRepository(t.db()).addTask(task);
    }
    const QString login = t.scalar(QStringLiteral("SELECT login FROM users WHERE id = %1").arg(wang)).toString();

    const CliRun text = runCliWith(
        {QStringLiteral("--db"), t.path(), QStringLiteral("reminders"), QStringLiteral("--user"), login});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("王芳的回访")));
    CHECK_FALSE(text.out.contains(QStringLiteral("李强")));

    const CliRun json = runCliWith({QStringLiteral("--db"), t.path(), QStringLiteral("reminders"),
                                    QStringLiteral("--user"), login, QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("user_id")).toInteger() == wang);
    const QJsonArray list = root.value(QStringLiteral("reminders")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("task"));
    CHECK(list[0].toObject().value(QStringLiteral("title")).toString() == QStringLiteral("王芳的回访"));

    // Nobody named on an unsigned file: a usage error, nothing guessed.
    CHECK(runCliWith({QStringLiteral("--db"), t.path(), QStringLiteral("reminders")}).code == 2);
}
