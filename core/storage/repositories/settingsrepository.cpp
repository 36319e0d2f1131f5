#include "settingsrepository.h"
#include "domain/trcontext.h"

#include "domain/isotime.h"
#include "domain/validator.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

namespace fd {

namespace {
// Settings have no numeric id: audit rows use 0 and name the key in `field`.
constexpr qint64 kNoId = 0;
} // namespace

std::optional<QString> SettingsRepository::value(const QString &key)
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.add(key);
    const QVariant v = q.scalar();
    if (!v.isValid())
        return std::nullopt;
    return v.toString();
}

QString SettingsRepository::text(const QString &key, const QString &fallback)
{
    return value(key).value_or(fallback);
}

qint64 SettingsRepository::integer(const QString &key, qint64 fallback)
{
    const auto v = value(key);
    bool ok = false;
    const qint64 n = v ? v->toLongLong(&ok) : 0;
    return ok ? n : fallback;
}

bool SettingsRepository::boolean(const QString &key, bool fallback)
{
    const auto v = value(key);
    if (!v)
        return fallback;
    return *v == QLatin1String("1") || v->compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QDate SettingsRepository::date(const QString &key, const QDate &fallback)
{
    const auto v = value(key);
    if (!v)
        return fallback;
    return isotime::parseDate(*v).value_or(fallback);
}

void SettingsRepository::setText(const QString &key, const QString &text)
{
    Validator v(QStringLiteral("setting"));
    v.required(QStringLiteral("key"), key, 100);
    v.maxLength(key, text, Validator::kMaxTextLength);
    v.throwIfInvalid();
    const std::optional<QString> before = value(key);
    if (before == text)
        return;
    Transaction tx(m_db);
    // ON CONFLICT … DO UPDATE is spelled the same in SQLite (≥ 3.24) and PostgreSQL.
    SqlQuery q(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.add(key).add(text).exec();
    audit::record(m_db, QStringLiteral("setting"), kNoId, before ? QStringLiteral("update") : QStringLiteral("insert"),
                  key, before ? QVariant(*before) : QVariant(), text);
    tx.commit();
}

void SettingsRepository::setInteger(const QString &key, qint64 v)
{
    setText(key, QString::number(v));
}

void SettingsRepository::setBoolean(const QString &key, bool v)
{
    setText(key, v ? QStringLiteral("1") : QStringLiteral("0"));
}

void SettingsRepository::setDate(const QString &key, const QDate &v)
{
    Validator check(QStringLiteral("setting"));
    check.check(v.isValid(), key, QString(), Validation::tr("is not a valid date"));
    check.throwIfInvalid();
    setText(key, isotime::toStored(v));
}

void SettingsRepository::remove(const QString &key)
{
    const std::optional<QString> before = value(key);
    if (!before)
        return;
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.add(key).exec();
    audit::record(m_db, QStringLiteral("setting"), kNoId, QStringLiteral("delete"), key, *before, QVariant());
    tx.commit();
}

QStringList SettingsRepository::keys()
{
    SqlQuery q(m_db, QStringLiteral("SELECT key FROM settings ORDER BY key"));
    q.exec();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

} // namespace fd
