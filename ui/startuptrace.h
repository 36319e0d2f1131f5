#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace fd {

class MainWindow;

// funneldesk --startup-trace: prints the moments bench_startup measures to stdout, one line
// each, flushed at once, as "startup-trace <moment> <ms since main()> <cpu ms of the process>":
//   painted    the main window's first paint is done (its first paint event has been handled)
//   figures    the dashboard shows every figure (DashboardPage::figuresShown)
// With `visitPages`, every page is then shown in turn, each until it is painted and no
// background computation is left ("page <id> peak-<MB>MB rss-<MB>MB" lines: the peak so far and
// the resident set after the page settled), and finally
//   peak-rss <kB>   the process's peak resident set (VmHWM of /proc/self/status)
// after which the application quits.
class StartupTrace final : public QObject
{
    Q_OBJECT

public:
    // `sinceMain` was started first thing in main(); `window` must outlive the trace.
    StartupTrace(MainWindow &window, const QElapsedTimer &sinceMain, bool visitPages);

    // The process's peak resident set in kB (VmHWM), -1 where /proc is not there.
    static qint64 peakRssKb();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void print(const QString &moment);
    void figuresShown();
    // Shows the next page to visit, or prints the peak and quits.
    void visitNext();
    // Waits until no background computation is left for kQuietTicks ticks in a row, draws
    // the window and goes on to the next page.
    void settle(const QString &id, int quietTicks, int ticks);

    MainWindow &m_window;
    QElapsedTimer m_sinceMain;
    bool m_visitPages;
    bool m_painted = false;
    bool m_figures = false;
    QStringList m_toVisit;
};

} // namespace fd
