#include "overduenotifier.h"

#include "session.h"

#include "analytics/overduetasks.h"
#include "analytics/receivables.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QApplication>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace fd {

OverdueNotifier::OverdueNotifier(Session &session, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &OverdueNotifier::checkNow);
    // Tasks of another file are other tasks: forget what was announced for the old one.
    connect(
        &m_session, &Session::databaseChanged, this,
        [this] {
            m_announced.clear();
            m_announcedPayments.clear();
            checkNow();
        },
        Qt::QueuedConnection);
    m_timer->start();
    if (m_session.database())
        QTimer::singleShot(0, this, &OverdueNotifier::checkNow);
}

QList<qint64> OverdueNotifier::checkNow()
{
    Database *db = m_session.database();
    if (!db)
        return {};
    QList<OverdueTask> fresh;
    QList<qint64> paymentIds;
    QStringList paymentLines;
    try {
        for (const OverdueTask &t : overdueTasks(*db))
            if (!m_announced.contains(t.id))
                fresh.append(t);
        paymentLines = freshPayments(paymentIds);
    } catch (const Error &e) {
        // A busy file: the next tick tries again; not worth a dialog.
        qWarning("overdue check failed: %s", e.what());
        return {};
    }
    if (fresh.isEmpty() && paymentLines.isEmpty())
        return {};

    QList<qint64> ids;
    for (const OverdueTask &t : fresh) {
        ids.append(t.id);
        m_announced.insert(t.id);
    }
    QStringList lines;
    if (!fresh.isEmpty())
        lines << (fresh.size() == 1 ? tr("Overdue: %1").arg(fresh.first().title)
                                    : tr("%n follow-up task(s) are overdue, the oldest: %1", nullptr, int(fresh.size()))
                                          .arg(fresh.first().title));
    lines << paymentLines;
    const QString title = paymentLines.isEmpty() ? tr("Overdue follow-up tasks")
                          : fresh.isEmpty()      ? tr("Payments to collect")
                                                 : tr("Overdue follow-ups and payments");
    const QString message = lines.join(QLatin1Char('\n'));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    } else if (m_window) {
        m_window->statusBar()->showMessage(lines.join(QStringLiteral("  ·  ")), 15000);
    }
    if (!ids.isEmpty())
        emit announced(ids);
    if (!paymentIds.isEmpty())
        emit paymentsAnnounced(paymentIds);
    return ids;
}

QStringList OverdueNotifier::freshPayments(QList<qint64> &ids)
{
    const ReceivablesReport r = computeReceivables(*m_session.database(), m_session.database()->clock().now().date());
    qint64 overdueSum = 0;
    qint64 soonSum = 0;
    int overdueCount = 0;
    int soonCount = 0;
    QString currency = QStringLiteral("CNY");
    for (const InstalmentBalance &in : r.instalments) {
        if (in.outstanding <= 0 || in.daysPastDue < -kPaymentNoticeDays
            || m_announcedPayments.contains(in.instalmentId))
            continue;
        currency = in.currency;
        ids.append(in.instalmentId);
        m_announcedPayments.insert(in.instalmentId);
        if (in.daysPastDue > 0) {
            ++overdueCount;
            overdueSum += in.outstanding;
        } else {
            ++soonCount;
            soonSum += in.outstanding;
        }
    }
    const QLocale locale;
    QStringList lines;
    if (overdueCount)
        lines << tr("%n payment instalment(s) overdue, %1 outstanding", nullptr, overdueCount)
                     .arg(money::format(overdueSum, currency, locale));
    if (soonCount)
        lines << tr("%n payment instalment(s) due within %1 days, %2 expected", nullptr, soonCount)
                     .arg(kPaymentNoticeDays)
                     .arg(money::format(soonSum, currency, locale));
    return lines;
}

} // namespace fd
