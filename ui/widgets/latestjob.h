#pragma once

#include "backgroundquery.h"

#include <QLabel>
#include <QPointer>

#include <functional>
#include <optional>

namespace fd {

// A page's background computation where the latest request wins: start() runs `work`
// on another thread on its own connection to the database (runInBackground) and, when
// it is still the newest request, hands its result — or the error's message — to `done`
// on the page's thread. A request started later, or cancel(), supersedes it: whatever
// it delivers afterwards is dropped (the thread runs to its end; nothing is shown).
// With a status label, `busyText` shows while the newest request runs and the label is
// cleared just before `done` (which may write an error or a note there).
// Lives as a member of `receiver` (the page): nothing is delivered once the page is gone.
template<typename Result>
class LatestJob final
{
public:
    using Work = std::function<Result(Database &)>;
    using Done = std::function<void(std::optional<Result> result, const QString &error)>;

    explicit LatestJob(QObject *receiver, QLabel *status = nullptr)
        : m_receiver(receiver)
        , m_status(status)
    {
    }
    LatestJob(const LatestJob &) = delete;
    LatestJob &operator=(const LatestJob &) = delete;

    // Starts a request on `db`'s file or server; earlier requests are superseded.
    void start(const Database &db, Work work, Done done, const QString &busyText = QString())
    {
        const quint64 request = ++m_latest;
        m_running = true;
        if (m_status && !busyText.isNull())
            m_status->setText(busyText);
        runInBackground<Result>(
            m_receiver, db, std::move(work),
            [this, request, done = std::move(done)](std::optional<Result> result, const QString &error) {
                if (request != m_latest)
                    return; // superseded by a newer request
                m_running = false;
                if (m_status)
                    m_status->clear();
                done(std::move(result), error);
            });
    }

    // Supersedes the running request (e.g. the database is about to close): nothing of
    // it is delivered; the status label is cleared.
    void cancel()
    {
        ++m_latest;
        m_running = false;
        if (m_status)
            m_status->clear();
    }

    // Whether the newest request has not delivered yet.
    bool isRunning() const { return m_running; }

private:
    QObject *m_receiver;
    QPointer<QLabel> m_status;
    quint64 m_latest = 0;
    bool m_running = false;
};

} // namespace fd
