#include "backgroundwork.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace fd {

QString runInBackground(QWidget *parent, const QString &title, const QString &label,
                        const std::function<void(const std::function<bool(int, int)> &)> &work)
{
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    QString error;
    std::unique_ptr<QThread> thread(QThread::create([&]() {
        try {
            work([&](int d, int t) {
                done.store(d);
                total.store(t);
                return !cancel.load();
            });
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
    }));

    QProgressDialog progress(label, QCoreApplication::translate("BackupActions", "Cancel"), 0, 0, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&]() {
        const int t = total.load();
        progress.setMaximum(t > 0 ? 1000 : 0);
        if (t > 0)
            progress.setValue(int(qint64(done.load()) * 1000 / t));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&]() {
        cancel.store(true);
        // Up without its button until the worker has stopped and cleaned up.
        progress.show();
        if (auto *button = progress.findChild<QPushButton *>())
            button->setEnabled(false);
    });
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    poll.start();
    thread->start();
    loop.exec();
    thread->wait();
    poll.stop();
    progress.close();
    return error;
}

} // namespace fd
