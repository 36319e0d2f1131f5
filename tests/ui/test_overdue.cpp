// The overdue follow-up tasks listed on the dashboard (the signed-in person's reminders:
// test_reminders_ui).

#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "dashboardpage.h"
#include "languagemanager.h"
#include "session.h"

#include "storage/database.h"
#include "storage/repositories/activityrepository.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>

using namespace fd;
using fd::test::Builders;
using fd::test::TempDatabase;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

// A file with two overdue tasks, one done overdue task and one future task; now is
// TempDatabase's fixed 2026-11-23 09:00 UTC. A GUI session reads it on a second connection.
struct Office
{
    TempDatabase tdb;
    Session session;
    LanguageManager languages;
    PageContext context{session, languages};
    qint64 overdueOld = 0;
    qint64 overdueNew = 0;

    Office()
    {
        QSettings().clear();
        languages.apply(QStringLiteral("en"));
        Builders b(tdb.db());
        const qint64 wang = b.user(QStringLiteral("王芳"));
        const qint64 li = b.user(QStringLiteral("李强"));
        const qint64 customer = b.customer(QStringLiteral("华东机电"), 0, wang);
        overdueNew = addTask(QStringLiteral("回访报价"), QStringLiteral("2026-11-22T08:00:00Z"), li, customer);
        overdueOld = addTask(QStringLiteral("Call back"), QStringLiteral("2026-11-20T10:00:00Z"), wang, customer);
        const qint64 done = addTask(QStringLiteral("Done already"), QStringLiteral("2026-11-10T10:00:00Z"), wang,
                                    customer);
        ActivityRepository(tdb.db()).setTaskDone(done);
        addTask(QStringLiteral("Next week"), QStringLiteral("2026-11-30T10:00:00Z"), wang, customer);
        auto db = Database::openSqlite(tdb.path());
        db->setClock(&tdb.clock());
        session.setDatabase(std::move(db));
    }

    qint64 addTask(const QString &title, const QString &due, qint64 userId, qint64 customerId)
    {
        FollowUpTask t;
        t.title = title;
        t.dueAt = utc(due);
        t.userId = userId;
        t.customerId = customerId;
        return ActivityRepository(tdb.db()).addTask(t);
    }
};

} // namespace

TEST_CASE("the dashboard lists exactly the overdue open tasks, oldest first")
{
    Office o;
    DashboardPage page(o.context);
    QSignalSpy shown(&page, &DashboardPage::headlineFiguresShown); // read off the GUI thread
    REQUIRE(shown.wait(20000));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("dashboardOverdue"));
    auto *heading = page.findChild<QLabel *>(QStringLiteral("dashboardOverdueHeading"));
    REQUIRE(table);
    REQUIRE(heading);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->data(Qt::UserRole).toLongLong() == o.overdueOld);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Call back"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("华东机电"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("王芳"));
    CHECK(table->item(1, 0)->data(Qt::UserRole).toLongLong() == o.overdueNew);
    CHECK(table->item(1, 3)->text() == QStringLiteral("李强"));
    CHECK(heading->text().contains(QStringLiteral("(2)")));

    // The clock moves past the next week's task: it joins the list on refresh.
    o.tdb.clock().set(utc(QStringLiteral("2026-12-01T09:00:00Z")));
    page.refresh();
    REQUIRE(shown.wait(20000));
    CHECK(table->rowCount() == 3);
    CHECK(heading->text().contains(QStringLiteral("(3)")));
}

TEST_CASE("the dashboard caps the overdue list and says how many more")
{
    Office o;
    const qint64 wang = o.tdb.scalar(QStringLiteral("SELECT id FROM users ORDER BY id LIMIT 1")).toLongLong();
    const qint64 customer = o.tdb.scalar(QStringLiteral("SELECT id FROM customers LIMIT 1")).toLongLong();
    for (int i = 0; i < DashboardPage::kOverdueRows; ++i)
        o.addTask(QStringLiteral("Task %1").arg(i), QStringLiteral("2026-11-01T09:00:00Z"), wang, customer);
    DashboardPage page(o.context);
    QSignalSpy shown(&page, &DashboardPage::headlineFiguresShown);
    REQUIRE(shown.wait(20000));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("dashboardOverdue"));
    auto *more = page.findChild<QLabel *>(QStringLiteral("dashboardOverdueMore"));
    REQUIRE(table);
    REQUIRE(more);
    CHECK(table->rowCount() == DashboardPage::kOverdueRows);
    CHECK(!more->isHidden());
    CHECK(more->text().contains(QStringLiteral("2 more")));
}
