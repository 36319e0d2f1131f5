// Opening and filling databases from the GUI: the demo office is generated on a worker
// thread with its own connection and Cancel stores nothing; a newer schema is refused.
#include "catchqt.h"
#include "tempdatabase.h"

#include "databaseopener.h"
#include "demoloader.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

using namespace fd;

TEST_CASE("the demo office loads on a worker thread into a fresh database", "[ui][demo]")
{
    test::TempDatabase t;
    REQUIRE(DatabaseOpener::isFresh(t.db()));
    CHECK_FALSE(DatabaseOpener::hasOpportunities(t.db()));
    REQUIRE(DemoLoader::load(nullptr, t.db(), DemoOptions{7, 120}));
    CHECK(t.count(QStringLiteral("opportunities")) == 120);
    CHECK(DatabaseOpener::opportunityCount(t.db()) == 120);
    CHECK(DatabaseOpener::hasOpportunities(t.db()));
    CHECK_FALSE(DatabaseOpener::isFresh(t.db()));
}

TEST_CASE("cancelling the demo office stores nothing", "[ui][demo]")
{
    test::TempDatabase t;
    // Press Cancel as soon as the progress dialog is up.
    QTimer canceller;
    canceller.setInterval(1);
    QObject::connect(&canceller, &QTimer::timeout, [&]() {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QProgressDialog *>(w);
            auto *button = dialog ? dialog->findChild<QPushButton *>() : nullptr;
            if (button && button->isVisible() && button->isEnabled()) {
                button->click();
                canceller.stop();
            }
        }
    });
    canceller.start();
    CHECK_FALSE(DemoLoader::load(nullptr, t.db(), DemoOptions{7, 3000}));
    CHECK_FALSE(canceller.isActive()); // the dialog was found and cancelled
    CHECK(t.count(QStringLiteral("opportunities")) == 0);
    CHECK(t.count(QStringLiteral("customers")) == 0);
    CHECK(DatabaseOpener::isFresh(t.db()));
}

TEST_CASE("opening a database from a newer FunnelDesk is refused with a message", "[ui][open]")
{
    QString path;
    {
        test::TempDatabase t;
        t.db().exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', "
                                   "'2030-01-01T00:00:00Z')"));
        // Copy while the fixture lives; the copy outlives it.
        path = QDir::temp().filePath(
            QStringLiteral("funneldesk-ui-newer-%1.sqlite").arg(QCoreApplication::applicationPid()));
        QFile::remove(path);
        t.db().exec(QStringLiteral("VACUUM INTO '%1'").arg(path));
    }
    QString shown;
    QTimer closer;
    closer.setInterval(1);
    QObject::connect(&closer, &QTimer::timeout, [&]() {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
            closer.stop();
        }
    });
    closer.start();
    CHECK(DatabaseOpener::open(nullptr, path) == nullptr);
    CHECK(shown.contains(QStringLiteral("newer version of FunnelDesk")));
    CHECK(shown.contains(QStringLiteral("999")));
    // Refused before anything was written: no backup beside the file.
    CHECK(QDir::temp().entryList({QFileInfo(path).fileName() + QStringLiteral(".before-*")}).isEmpty());
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}
