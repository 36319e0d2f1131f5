#pragma once

#include <QDateTime>

namespace fd {

// Where "now" comes from. Core code never calls QDateTime::currentDateTimeUtc()
// directly, so tests (and as-of replays) can fix time.
class Clock
{
public:
    virtual ~Clock() = default;
    // Current time in UTC.
    virtual QDateTime now() const = 0;
};

// The real clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until moved; for tests and replays.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
        m_now.setTimeSpec(Qt::UTC);
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// The process-wide system clock (never null).
const Clock &systemClock();

} // namespace fd
