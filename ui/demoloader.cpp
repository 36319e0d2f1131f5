#include "demoloader.h"

#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/pipelinerepository.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace fd {

namespace {

// What the worker hands back; exceptions never cross the thread boundary.
struct Outcome
{
    bool stored = false;
    bool cancelled = false;
    QString error;
    DemoReport report;
};

} // namespace

DemoLoader::Choice DemoLoader::ask(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Welcome to FunnelDesk"),
                    tr("This database is empty. Would you like to load the demo office?"), QMessageBox::NoButton,
                    parent);
    box.setInformativeText(tr("The demo office is a made-up Chinese sales office with reps in three regions, "
                              "customers, about 3,000 opportunities over the last two years, activities, targets, "
                              "contracts and payments, so that every view has something to show. You can start "
                              "another, empty database at any time from the File menu."));
    QPushButton *demo = box.addButton(tr("Load demo office"), QMessageBox::AcceptRole);
    box.addButton(tr("Start empty"), QMessageBox::RejectRole);
    box.setDefaultButton(demo);
    box.exec();
    return box.clickedButton() == demo ? Choice::LoadDemo : Choice::StartEmpty;
}

bool DemoLoader::load(QWidget *parent, Database &db, const DemoOptions &options)
{
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};

    // The worker opens its own connection: a QSqlDatabase must stay in the thread that made it.
    Database *source = &db;
    Outcome outcome;
    std::unique_ptr<QThread> thread(QThread::create([source, options, &outcome, &cancel, &done, &total]() {
        try {
            std::unique_ptr<Database> worker = source->reopen();
            DemoGenerator generator(*worker, options);
            outcome.report = generator.generate([&](qint64 d, qint64 t) {
                done.store(d);
                total.store(t);
                return !cancel.load();
            });
            // A cancelled run returns an empty report and has rolled back; a Cancel that
            // came after the commit changes nothing: the office is stored.
            outcome.stored = outcome.report.opportunities > 0;
        } catch (const Error &e) {
            outcome.error = e.message();
        } catch (const std::exception &e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        outcome.cancelled = !outcome.stored && cancel.load();
        if (outcome.cancelled)
            outcome.error.clear();
    }));

    QProgressDialog progress(tr("Generating the demo office…"), tr("Cancel"), 0, 1000, parent);
    progress.setWindowTitle(tr("Demo office"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    QEventLoop loop;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&]() {
        const qint64 t = total.load();
        if (t > 0)
            progress.setValue(int(std::min<qint64>(1000, done.load() * 1000 / t)));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&]() {
        cancel.store(true);
        // Keep the dialog up, without a button, until the worker has rolled back.
        progress.show();
        progress.setLabelText(tr("Cancelling…"));
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

    if (outcome.cancelled)
        return false;
    if (!outcome.error.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, tr("Demo office"),
                        tr("The demo office could not be generated. "
                           "Nothing was stored."),
                        QMessageBox::Ok, parent);
        box.setDetailedText(outcome.error);
        box.exec();
        return false;
    }
    return outcome.stored;
}

void DemoLoader::prepareEmpty(QWidget *parent, Database &db)
{
    try {
        PipelineRepository(db).ensureDefault();
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Sales process"),
                             tr("The default sales process could not be created: %1").arg(e.message()));
    }
}

} // namespace fd
