#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace fd {

class Database;
struct PostgresParams;

// Opens database files (and team databases) for the GUI and explains failures to the user.
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    // Opens (creating if needed) the SQLite file at `path` and migrates it to the current
    // schema. On failure shows a message box saying why (a newer FunnelDesk wrote it, it is
    // not a FunnelDesk database, the migration failed — with the backup's path when one was
    // made) and returns nullptr. `parent` may be null (before the main window exists).
    // A "postgresql://" address opens a team database instead (openTeam).
    static std::unique_ptr<Database> open(QWidget *parent, const QString &path);

    // Connects to a team database on a PostgreSQL server and migrates it; on failure
    // explains (server unreachable, login refused, no such database) and returns nullptr.
    static std::unique_ptr<Database> openTeam(QWidget *parent, const PostgresParams &params);

    // True for a database that holds no sales process and no opportunity yet (a new file).
    static bool isFresh(Database &db);

    // Opportunities stored, for the status bar; -1 if it cannot be read.
    static qint64 opportunityCount(Database &db);
    // contents::hasOpportunities; true when it cannot be read (not shown as empty then).
    static bool hasOpportunities(Database &db);

private:
    // Migrates an open database, explaining a refusal or failure; nullptr then.
    static std::unique_ptr<Database> migrated(QWidget *parent, std::unique_ptr<Database> db, const QString &shownPath);
};

} // namespace fd
