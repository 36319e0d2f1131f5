#include "backupactions.h"

#include "backgroundwork.h"
#include "databaseopener.h"
#include "session.h"
#include "signin/signinflow.h"

#include "storage/backup/backupfile.h"
#include "storage/backup/backupservice.h"
#include "storage/database.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace fd {

namespace {

bool isTeam(const Database &db)
{
    return db.dialect().kind() == Dialect::Kind::Postgres;
}

QString fileFilter(bool team)
{
    return team ? BackupActions::tr("PostgreSQL dumps (*.dump)") + QStringLiteral(";;")
                      + BackupActions::tr("All files (*)")
                : BackupActions::tr("FunnelDesk backups (*.sqlite *.db)") + QStringLiteral(";;")
                      + BackupActions::tr("All files (*)");
}

} // namespace

BackupActions::BackupActions(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_backUp(new QAction(window))
    , m_restore(new QAction(window))
{
    m_backUp->setObjectName(QStringLiteral("fileBackUp"));
    m_restore->setObjectName(QStringLiteral("fileRestore"));
    connect(m_backUp, &QAction::triggered, this, &BackupActions::backUp);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);
    const auto enable = [this] {
        m_backUp->setEnabled(m_session.database() != nullptr);
        m_restore->setEnabled(m_session.database() != nullptr);
    };
    connect(&m_session, &Session::databaseChanged, this, enable);
    enable();
    window->installEventFilter(this);
    retranslate();
}

void BackupActions::retranslate()
{
    m_backUp->setText(tr("&Back Up…"));
    m_backUp->setStatusTip(tr("Write a copy of the whole database to a file, while others go on working"));
    m_restore->setText(tr("&Restore…"));
    m_restore->setStatusTip(tr("Replace the database with a backup; the data it replaces is kept"));
}

bool BackupActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

QString BackupActions::confirmationText(const QString &target, const QString &file, const BackupFileInfo &info)
{
    QString what = info.deals >= 0 ? tr("%n deal(s)", nullptr, int(info.deals)) : tr("a team database dump");
    return tr("Replace all data in %1 with the backup %2 (%3, schema version %4)?\n\n"
              "The data there now is kept as a copy, so this can be undone by restoring that copy. "
              "Anyone else working in this database should close FunnelDesk first.")
        .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(file), what)
        .arg(info.schemaVersion);
}

void BackupActions::backUp()
{
    Database *db = m_session.database();
    if (!db)
        return;
    const bool team = isTeam(*db);
    const QString base = team ? db->postgresParams().database : QFileInfo(db->location()).completeBaseName();
    const QString start = team ? QDir::homePath() : QFileInfo(db->location()).absolutePath();
    const QString name = QStringLiteral("%1-backup-%2.%3")
                             .arg(base, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")),
                                  team ? QStringLiteral("dump") : QStringLiteral("sqlite"));
    QString file = QFileDialog::getSaveFileName(m_window, tr("Back Up Database"), QDir(start).filePath(name),
                                                fileFilter(team));
    if (file.isEmpty())
        return;
    if (!team && QFileInfo(file).absoluteFilePath() == QFileInfo(db->location()).absoluteFilePath()) {
        QMessageBox::warning(m_window, tr("Back Up Database"),
                             tr("That is the database itself. Choose another file for the backup."));
        return;
    }
    const auto connect = db->connector();
    const QString error = runInBackground(m_window, tr("Back Up Database"), tr("Writing the backup…"),
                                          [&](const auto &progress) {
                                              auto worker = connect();
                                              backupservice::backup(*worker, file, progress);
                                          });
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, tr("Back Up Database"), tr("The backup was not written."),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(error);
        box.exec();
        return;
    }
    QMessageBox::information(m_window, tr("Back Up Database"),
                             tr("The backup was written to %1.").arg(QDir::toNativeSeparators(file)));
}

void BackupActions::restore()
{
    Database *db = m_session.database();
    if (!db)
        return;
    const bool team = isTeam(*db);
    const QString start = team ? QDir::homePath() : QFileInfo(db->location()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Restore Database"), start, fileFilter(team));
    if (!file.isEmpty())
        restoreFrom(file);
}

bool BackupActions::restoreFrom(const QString &file)
{
    Database *db = m_session.database();
    if (!db)
        return false;
    const bool team = isTeam(*db);
    const QString target = db->location();
    BackupFileInfo info;
    QString error = runInBackground(m_window, tr("Restore Database"), tr("Reading the backup…"),
                                    [&](const auto &) { info = backupfile::checkRestorable(file, team); });
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Restore Database"),
                             tr("This file cannot be restored. Nothing was changed.\n\n%1").arg(error));
        return false;
    }
    QMessageBox ask(QMessageBox::Question, tr("Restore Database"), confirmationText(target, file, info),
                    QMessageBox::Cancel, m_window);
    ask.setObjectName(QStringLiteral("restoreConfirmation"));
    QPushButton *replace = ask.addButton(tr("Replace with the Backup"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != replace)
        return false;

    // Close every connection of this window first; reopen (and migrate) afterwards.
    const PostgresParams params = db->postgresParams(); // team mode: with the password
    const QString address = team ? params.description() : target;
    m_session.setDatabase(nullptr);
    backupservice::RestoreResult result;
    error = runInBackground(m_window, tr("Restore Database"), tr("Restoring the backup…"), [&](const auto &progress) {
        result = backupservice::restore(address, file, progress, params.password);
    });
    std::unique_ptr<Database> reopened = team ? DatabaseOpener::openTeam(m_window, params)
                                              : DatabaseOpener::open(m_window, target);
    if (reopened && !team && SignInFlow::establish(m_window, *reopened) == SignInFlow::Result::Refused)
        reopened.reset();
    m_session.setDatabase(std::move(reopened));
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, tr("Restore Database"),
                        tr("The backup was not restored; the database is as it was."), QMessageBox::Ok, m_window);
        box.setDetailedText(error);
        box.exec();
        return false;
    }
    QMessageBox::information(m_window, tr("Restore Database"),
                             tr("The backup was restored. The data it replaced is kept in %1.")
                                 .arg(QDir::toNativeSeparators(result.replacedCopy)));
    return true;
}

} // namespace fd
