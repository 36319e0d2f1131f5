#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd {

class Database;

// Office-wide settings stored in the database (shared by every user of the file), as
// key/value text with typed helpers. Per-machine preferences belong in QSettings.
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    {
    }

    // The stored text, if the key is set.
    std::optional<QString> value(const QString &key);
    // The stored text, or `fallback`.
    QString text(const QString &key, const QString &fallback = {});
    // An integer, or `fallback` when unset or not a number.
    qint64 integer(const QString &key, qint64 fallback = 0);
    // A boolean ("1"/"true"), or `fallback` when unset.
    bool boolean(const QString &key, bool fallback = false);
    // A date (YYYY-MM-DD), or `fallback` when unset or invalid.
    QDate date(const QString &key, const QDate &fallback = {});

    // Stores a value (insert or replace), audited. Key: 1..100 characters. Throws ValidationError.
    void setText(const QString &key, const QString &value);
    void setInteger(const QString &key, qint64 value);
    void setBoolean(const QString &key, bool value);
    void setDate(const QString &key, const QDate &value);
    // Removes a key (no-op when unset).
    void remove(const QString &key);
    // Every key, sorted.
    QStringList keys();

private:
    Database &m_db;
};

} // namespace fd
