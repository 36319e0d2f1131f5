// File → Back up… / Restore… on a real SQLite file: the actions in the File menu (in 简体中文),
// the restore's confirmation naming the file, what it holds and that the data is kept, the
// database replaced and reopened. FD_SCREENSHOTS=<folder> keeps the menu and the question.
#include "catchqt.h"
#include "smalloffice.h"

#include "backup/backupactions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "session.h"

#include "storage/backup/backupfile.h"
#include "storage/backup/backupservice.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace fd;
using namespace fd::test;

namespace {

void shoot(QWidget &w, const QString &name)
{
    if (!qEnvironmentVariableIsSet("FD_SCREENSHOTS"))
        return;
    w.grab().save(QString::fromLocal8Bit(qgetenv("FD_SCREENSHOTS")) + QLatin1Char('/') + name);
}

// The office's file opened by a window of its own, in 简体中文.
struct Desk : SmallOffice
{
    Session session;
    LanguageManager languages;
    std::unique_ptr<MainWindow> window;

    Desk()
        : SmallOffice(3)
    {
        QSettings().clear();
        languages.apply(QStringLiteral("zh_CN"));
        session.setDatabase(Database::openSqlite(tdb.path()));
        window = std::make_unique<MainWindow>(session, languages);
        window->resize(1000, 700);
        window->show();
    }
    ~Desk() { QSettings().clear(); }
    QMenu *fileMenu() { return window->menuBar()->actions().first()->menu(); }
    QAction *action(const char *name) { return window->findChild<QAction *>(QLatin1String(name)); }
};

} // namespace

TEST_CASE("the File menu offers back up and restore, in Chinese", "[ui][backup]")
{
    Desk desk;
    QAction *backUp = desk.action("fileBackUp");
    QAction *restore = desk.action("fileRestore");
    REQUIRE(backUp);
    REQUIRE(restore);
    CHECK(desk.fileMenu()->actions().contains(backUp));
    CHECK(desk.fileMenu()->actions().contains(restore));
    CHECK(backUp->isEnabled());
    CHECK(backUp->text() == QStringLiteral("备份(&B)…"));
    CHECK(restore->text() == QStringLiteral("恢复(&R)…"));

    desk.fileMenu()->popup(desk.window->mapToGlobal(QPoint(0, desk.window->menuBar()->height())));
    QTest::qWait(100);
    shoot(*desk.fileMenu(), QStringLiteral("file-menu-backup.png"));
    desk.fileMenu()->hide();

    desk.languages.apply(QStringLiteral("en"));
    CHECK(backUp->text() == QStringLiteral("&Back Up…"));
    desk.session.setDatabase(nullptr);
    CHECK_FALSE(restore->isEnabled());
}

TEST_CASE("restore asks, replaces the open database, keeps its data and reopens it", "[ui][backup]")
{
    Desk desk;
    const QString backup = desk.file(QStringLiteral("office-backup.sqlite"));
    backupservice::backup(*desk.session.database(), backup);
    desk.addDeal(700000); // work after the backup
    REQUIRE(desk.tdb.count(QStringLiteral("opportunities")) == 4);

    auto *actions = desk.window->findChild<BackupActions *>();
    REQUIRE(actions);
    QString question;
    bool confirmed = false;
    QStringList otherBoxes;
    // Answers every modal window as it comes: the question (shot, then "replace"), the
    // closing message; the first-run "create the administrator" dialog is put off.
    QTimer answer;
    answer.setInterval(50);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (box->objectName() == QLatin1String("restoreConfirmation")) {
                question = box->text();
                shoot(*box, QStringLiteral("restore-confirmation.png"));
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::AcceptRole) {
                        confirmed = true;
                        b->click();
                    }
                }
            } else {
                otherBoxes.append(box->text());
                box->accept();
            }
        } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            dialog->reject();
        }
    });
    answer.start();
    const bool restored = actions->restoreFrom(backup);
    answer.stop();

    CHECK(confirmed);
    CHECK(restored);
    CHECK(question.contains(QStringLiteral("office-backup.sqlite")));
    CHECK(question.contains(QStringLiteral("3 个商机")));
    CHECK(question == BackupActions::confirmationText(desk.tdb.path(), backup, backupfile::inspect(backup)));
    REQUIRE(desk.session.database());
    CHECK(desk.session.database()->location() == desk.tdb.path());
    desk.tdb.reopen();
    CHECK(desk.tdb.count(QStringLiteral("opportunities")) == 3);
    const QStringList kept = QDir(desk.tdb.dir()).entryList({QStringLiteral("test.sqlite.replaced-*.sqlite")});
    REQUIRE(kept.size() == 1);
    REQUIRE_FALSE(otherBoxes.isEmpty());
    CHECK(otherBoxes.last().contains(kept.first()));
}

TEST_CASE("restore refuses a file that is not a FunnelDesk backup and changes nothing", "[ui][backup]")
{
    Desk desk;
    const QString notes = desk.file(QStringLiteral("notes.sqlite"));
    {
        auto other = Database::openSqlite(notes);
        other->exec(QStringLiteral("CREATE TABLE notes (x TEXT)"));
    }
    QString warning;
    QTimer answer;
    answer.setInterval(50);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    answer.start();
    CHECK_FALSE(desk.window->findChild<BackupActions *>()->restoreFrom(notes));
    CHECK(warning.contains(QStringLiteral("not a FunnelDesk database")));
    CHECK(desk.session.database() != nullptr);
    CHECK(desk.tdb.count(QStringLiteral("opportunities")) == 3);
}
