#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace fd {

class Database;

// The open database of the GUI and the signals pages listen to. Owns the Database;
// pages never keep the pointer past databaseChanged().
class Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // The open database, or nullptr when none is open.
    Database *database() const { return m_db.get(); }
    // The office currency of the open database (office::currency), read when it opens and on
    // notifyDataChanged() (after the setup wizard): every page shows amounts in it.
    const QString &currency() const { return m_currency; }
    // Takes ownership of `db` (may be null), closes the previous one, emits databaseChanged().
    void setDatabase(std::unique_ptr<Database> db);

    // Tells every page that data changed behind their back (demo loaded, import done).
    void notifyDataChanged();
    // Tells every page that someone else is acting now (signed in, out, or switched):
    // the database's actingUserId() changed.
    void notifyUserChanged();

signals:
    // The current database is about to be closed: drop models and queries on it.
    void databaseAboutToChange();
    // Another database file was opened (or the last one closed); reload everything.
    void databaseChanged();
    // Rows changed in the current database; refresh what is shown.
    void dataChanged();
    // The acting user changed (sign-in, sign-out, switch user); databaseChanged() implies it.
    void userChanged();

private:
    void readCurrency();

    std::unique_ptr<Database> m_db;
    QString m_currency;
};

} // namespace fd
