#include "databaseopener.h"

#include "auth/signin.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/databasecontents.h"
#include "storage/migrator.h"

#include <QDir>
#include <QMessageBox>

namespace fd {

std::unique_ptr<Database> DatabaseOpener::open(QWidget *parent, const QString &path)
{
    if (PostgresParams::isUrl(path)) {
        try {
            return openTeam(parent, PostgresParams::fromUrl(path));
        } catch (const Error &e) { // a malformed address
            QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"),
                            tr("FunnelDesk could not open the team database\n%1").arg(path), QMessageBox::Ok, parent);
            box.setDetailedText(e.message());
            box.exec();
            return nullptr;
        }
    }
    const QString shownPath = QDir::toNativeSeparators(path);
    std::unique_ptr<Database> db;
    try {
        db = Database::openSqlite(path);
    } catch (const Error &e) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"),
                        tr("FunnelDesk could not open the database file\n%1").arg(shownPath), QMessageBox::Ok, parent);
        box.setDetailedText(e.message());
        box.exec();
        return nullptr;
    }
    return migrated(parent, std::move(db), shownPath);
}

std::unique_ptr<Database> DatabaseOpener::openTeam(QWidget *parent, const PostgresParams &params)
{
    std::unique_ptr<Database> db;
    try {
        db = Database::openPostgres(params);
    } catch (const Error &e) {
        QMessageBox box(
            QMessageBox::Critical, tr("Cannot open the team database"),
            tr("FunnelDesk could not open the team database\n%1\n\nCheck the server address, the database name, "
               "the user name and the password.")
                .arg(params.description()),
            QMessageBox::Ok, parent);
        box.setDetailedText(e.message());
        box.exec();
        return nullptr;
    }
    db = migrated(parent, std::move(db), params.description());
    if (db)
        SignIn(*db).recordTeamSignIn(QStringLiteral("desktop")); // the login is the sign-in
    return db;
}

std::unique_ptr<Database> DatabaseOpener::migrated(QWidget *parent, std::unique_ptr<Database> db,
                                                   const QString &shownPath)
{
    Migrator migrator(*db);
    try {
        if (migrator.currentVersion() > Migrator::latestVersion()) {
            QMessageBox box(QMessageBox::Critical, tr("Database from a newer FunnelDesk"),
                            tr("The database\n%1\nwas written by a newer version of FunnelDesk (schema version %2; "
                               "this version knows up to %3).\n\nInstall the newer FunnelDesk to open it. "
                               "Nothing in the file was changed.")
                                .arg(shownPath)
                                .arg(migrator.currentVersion())
                                .arg(Migrator::latestVersion()),
                            QMessageBox::Ok, parent);
            box.exec();
            return nullptr;
        }
        migrator.migrate();
    } catch (const Error &e) {
        QString text = tr("The database\n%1\ncould not be brought up to date; the step that failed was rolled "
                          "back.")
                           .arg(shownPath);
        if (!migrator.backupPath().isEmpty())
            text += QStringLiteral("\n\n")
                    + tr("A copy of the file as it was before the update is kept at\n%1")
                          .arg(QDir::toNativeSeparators(migrator.backupPath()));
        QMessageBox box(QMessageBox::Critical, tr("Cannot update the database"), text, QMessageBox::Ok, parent);
        box.setDetailedText(e.message());
        box.exec();
        return nullptr;
    }
    return db;
}

bool DatabaseOpener::isFresh(Database &db)
{
    return contents::isFresh(db);
}

qint64 DatabaseOpener::opportunityCount(Database &db)
{
    try {
        return contents::opportunityCount(db);
    } catch (const Error &) {
        return -1;
    }
}

bool DatabaseOpener::hasOpportunities(Database &db)
{
    try {
        return contents::hasOpportunities(db);
    } catch (const Error &) {
        return true;
    }
}

} // namespace fd
