#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace fd {

class Database;

// Opens database files for the GUI and explains failures to the user.
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    // Opens (creating if needed) the SQLite file at `path` and migrates it to the current
    // schema. On failure shows a message box saying why (a newer FunnelDesk wrote it, it is
    // not a FunnelDesk database, the migration failed — with the backup's path when one was
    // made) and returns nullptr. `parent` may be null (before the main window exists).
    static std::unique_ptr<Database> open(QWidget *parent, const QString &path);

    // True for a database that holds no sales process and no opportunity yet (a new file).
    static bool isFresh(Database &db);

    // Opportunities stored, for the status bar; -1 if it cannot be read.
    static qint64 opportunityCount(Database &db);
};

} // namespace fd
