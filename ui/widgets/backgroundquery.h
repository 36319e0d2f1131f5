#pragma once

#include "memorypolicy.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "storage/database.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace fd {

// Runs a read-only computation off the GUI thread on its own connection to the same
// database file (a QSqlDatabase belongs to the thread that opened it), then hands the
// result — or the error's message — to `done` on `receiver`'s thread. Nothing is
// delivered once the receiver is gone, so a page may be destroyed mid-computation.
// Waits for a worker thread when its owner goes away first (see runInBackground).
class BackgroundWaiter final : public QObject
{
public:
    BackgroundWaiter(QThread *thread, QObject *owner)
        : QObject(owner)
        , m_thread(thread)
    {
        ++s_pending;
    }
    ~BackgroundWaiter() override
    {
        if (m_thread)
            m_thread->wait();
        --s_pending;
    }

    // Computations started and not yet over, their result delivered (the waiter goes after the
    // delivery, both queued on the owner's thread): 0 once every page's background work is shown.
    // The start-up trace waits for it to settle on each page.
    static int pending() { return s_pending; }

private:
    QPointer<QThread> m_thread;
    inline static std::atomic<int> s_pending{0};
};

template<typename Result>
void runInBackground(QObject *receiver, const Database &db, std::function<Result(Database &)> work,
                     std::function<void(std::optional<Result> result, const QString &error)> done)
{
    // The worker opens its own connection in its thread, on a clock frozen at the request:
    // nothing of `db` is touched once the thread runs, so the Session may close it meanwhile.
    const auto connect = db.connector(); // a file or a team server alike
    auto clock = std::make_shared<FixedClock>(db.clock().now());
    QThread *thread = QThread::create([connect, clock, work, done, guard = QPointer<QObject>(receiver)]() mutable {
        std::optional<Result> result;
        QString error;
        try {
            std::unique_ptr<Database> worker = connect();
            worker->setClock(clock.get());
            result = work(*worker);
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        memory::releaseFreed(); // the computation's temporaries and its connection's cache
        if (!guard)
            return;
        // The result is moved, never copied, on its way to `done`: a page's figures can be tens
        // of megabytes. What `done` freed (the page's previous figures, its temporaries) is
        // handed back too.
        QMetaObject::invokeMethod(
            guard.data(),
            [done, result = std::move(result), error]() mutable {
                done(std::move(result), error);
                memory::releaseFreed();
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // A page destroyed mid-computation waits for its worker, so no thread outlives the
    // window (or the test) that started it.
    auto *waiter = new BackgroundWaiter(thread, receiver);
    QObject::connect(thread, &QThread::finished, waiter, &QObject::deleteLater);
    thread->start();
}

} // namespace fd
