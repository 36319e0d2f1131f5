#pragma once

#include <QObject>

class QTimer;

namespace fd {

class Session;

// The automatic return to the public pool while the application runs: once when a
// database is opened (kFirstRunDelayMs after the start) and then every kIntervalMs
// (PoolService::returnStale, audited).
class PoolReturnJob final : public QObject
{
    Q_OBJECT

public:
    explicit PoolReturnJob(Session &session, QObject *parent = nullptr);

    static constexpr int kIntervalMs = 60 * 60 * 1000;
    static constexpr int kFirstRunDelayMs = 10 * 1000;

    // Runs the return now; returns how many leads went back to the pool.
    int runNow();

private:
    Session &m_session;
    QTimer *m_timer;
};

} // namespace fd
