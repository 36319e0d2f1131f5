// LatestJob on a real SQLite file: of three quick requests only the newest is delivered,
// whichever thread finishes first; the status label shows the busy text meanwhile; an
// error reaches `done` as text; cancel() and a destroyed page deliver nothing.
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "widgets/latestjob.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTest>
#include <QThread>

#include <memory>

using namespace fd;

namespace {

struct Delivery
{
    std::optional<int> result;
    QString error;
    QThread *thread = nullptr;
};

// A request that sleeps `ms`, then answers `answer` and the number of customers it read
// on its own connection (10 × customers + answer).
LatestJob<int>::Work sleepy(int answer, int ms)
{
    return [answer, ms](Database &worker) {
        QThread::msleep(ms);
        return SqlQuery(worker, QStringLiteral("SELECT COUNT(*) FROM customers")).scalar().toInt() * 10 + answer;
    };
}

// Waits until every request has had time to end and its delivery to be posted.
void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QTest::qWait(20);
}

} // namespace

TEST_CASE("LatestJob delivers only the newest of three quick requests", "[ui][latestjob]")
{
    test::TempDatabase t;
    test::Builders(t.db()).customer(QStringLiteral("杭州云帆网络"));
    QObject page;
    QLabel status;
    LatestJob<int> job(&page, &status);
    QList<Delivery> delivered;
    const auto done = [&delivered](std::optional<int> r, const QString &e) {
        delivered << Delivery{r, e, QThread::currentThread()};
    };

    SECTION("the older requests finish last")
    {
        job.start(t.db(), sleepy(1, 300), done, QStringLiteral("Computing…"));
        job.start(t.db(), sleepy(2, 150), done, QStringLiteral("Computing…"));
        job.start(t.db(), sleepy(3, 0), done, QStringLiteral("Computing…"));
        CHECK(job.isRunning());
        CHECK(status.text() == QStringLiteral("Computing…"));
        settle(700);
        REQUIRE(delivered.size() == 1);
        CHECK(delivered.at(0).result == 13); // the third, which read the one customer
        CHECK(delivered.at(0).thread == QThread::currentThread());
        CHECK_FALSE(job.isRunning());
        CHECK(status.text().isEmpty());
    }
    SECTION("the newest request finishes last")
    {
        job.start(t.db(), sleepy(1, 0), done, QStringLiteral("Computing…"));
        job.start(t.db(), sleepy(2, 0), done, QStringLiteral("Computing…"));
        job.start(t.db(), sleepy(3, 300), done, QStringLiteral("Computing…"));
        settle(150);
        CHECK(delivered.isEmpty()); // the first two ended and were dropped
        CHECK(job.isRunning());
        CHECK(status.text() == QStringLiteral("Computing…"));
        settle(550);
        REQUIRE(delivered.size() == 1);
        CHECK(delivered.at(0).result == 13);
    }
}

TEST_CASE("LatestJob hands an error to done, and cancel() or a gone page deliver nothing", "[ui][latestjob]")
{
    test::TempDatabase t;
    QLabel status;
    QList<QString> errors;
    int results = 0;
    const auto done = [&](std::optional<int> r, const QString &e) {
        results += r ? 1 : 0;
        errors << e;
    };

    auto page = std::make_unique<QObject>();
    LatestJob<int> job(page.get(), &status);
    job.start(
        t.db(), [](Database &) -> int { throw Error(QStringLiteral("the file is locked")); }, done,
        QStringLiteral("Computing…"));
    settle(200);
    CHECK(results == 0);
    CHECK(errors == QList<QString>{QStringLiteral("the file is locked")});

    errors.clear();
    job.start(t.db(), sleepy(1, 100), done, QStringLiteral("Computing…"));
    job.cancel();
    CHECK_FALSE(job.isRunning());
    CHECK(status.text().isEmpty());
    settle(300);
    CHECK(errors.isEmpty());
    CHECK(results == 0);

    // The page goes away mid-computation: it waits for the worker, nothing is delivered.
    LatestJob<int> orphan(page.get(), &status);
    orphan.start(t.db(), sleepy(2, 150), done);
    page.reset();
    settle(300);
    CHECK(errors.isEmpty());
    CHECK(results == 0);
}
