#include "startuptrace.h"

#include "dashboardpage.h"
#include "mainwindow.h"
#include "memorypolicy.h"
#include "widgets/backgroundquery.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace fd {

namespace {

// Polling interval while a page settles, and how many quiet ticks in a row make it settled
// (a page may chain a second computation on the first one's result).
constexpr int kTickMs = 20;
constexpr int kQuietTicks = 5;
constexpr int kPageTimeoutTicks = 120 * 1000 / kTickMs;

qint64 cpuMs()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    const auto ms = [](const timeval &t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
#else
    return -1;
#endif
}

} // namespace

StartupTrace::StartupTrace(MainWindow &window, const QElapsedTimer &sinceMain, bool visitPages)
    : QObject(&window)
    , m_window(window)
    , m_sinceMain(sinceMain)
    , m_visitPages(visitPages)
{
    window.installEventFilter(this);
    // The dashboard is the first page of a desktop without a remembered page; built here
    // when another page was remembered, so that "figures" is always printed.
    if (auto *dashboard = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard"))))
        connect(dashboard, &DashboardPage::figuresShown, this, &StartupTrace::figuresShown);
    m_toVisit = window.pageIds();
}

namespace {

// A "Vm…:" line of /proc/self/status in kB, -1 where /proc is not there.
qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // Read at once: /proc files have no size, so atEnd() is true before the first read.
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

qint64 StartupTrace::peakRssKb()
{
    return statusKb(QByteArrayLiteral("VmHWM:"));
}

bool StartupTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After this paint event, the rest of the frame and its flush.
        QTimer::singleShot(0, this, [this] {
            print(QStringLiteral("painted"));
            if (m_figures && m_visitPages)
                visitNext();
        });
    }
    return QObject::eventFilter(watched, event);
}

void StartupTrace::print(const QString &moment)
{
    std::printf("startup-trace %s %lld %lld\n", qUtf8Printable(moment), m_sinceMain.elapsed(), cpuMs());
    std::fflush(stdout);
}

void StartupTrace::figuresShown()
{
    if (m_figures)
        return; // a later reload (data changed) is not the start-up's
    m_figures = true;
    print(QStringLiteral("figures"));
    if (m_painted && m_visitPages)
        visitNext();
}

void StartupTrace::visitNext()
{
    if (m_toVisit.isEmpty()) {
        std::printf("startup-trace peak-rss %lld\n", peakRssKb());
        std::fflush(stdout);
        QCoreApplication::exit(0);
        return;
    }
    const QString id = m_toVisit.takeFirst();
    m_window.showPage(id);
    settle(id, 0, 0);
}

void StartupTrace::settle(const QString &id, int quietTicks, int ticks)
{
    QTimer::singleShot(kTickMs, this, [this, id, quietTicks, ticks] {
        const int quiet = BackgroundWaiter::pending() == 0 ? quietTicks + 1 : 0;
        if (quiet < kQuietTicks && ticks < kPageTimeoutTicks) {
            settle(id, quiet, ticks + 1);
            return;
        }
        m_window.grab(); // the page drawn with what it delivered
        // With the peak so far, so that the page that raised it shows, and the resident set
        // now: what the page kept after its computations were over.
        print(QStringLiteral("page %1 peak-%2MB rss-%3MB heap-%4MB%5")
                  .arg(id)
                  .arg(peakRssKb() / 1024)
                  .arg(statusKb(QByteArrayLiteral("VmRSS:")) / 1024)
                  .arg(memory::heapInUseKb() / 1024)
                  .arg(quiet < kQuietTicks ? QStringLiteral(" (still busy)") : QString()));
        visitNext();
    });
}

} // namespace fd
