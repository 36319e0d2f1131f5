#include "rememberedsignin.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSysInfo>

namespace fd {

namespace {
// One settings group per database file: "signin/<sha1 of its canonical path>".
QString groupFor(const Database &db)
{
    const QFileInfo file(db.location());
    const QString path = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    return QStringLiteral("signin/")
           + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

bool onSqlite(const Database &db)
{
    return db.dialect().kind() == Dialect::Kind::Sqlite;
}
} // namespace

RememberedSignIn RememberedSignIn::load(const Database &db)
{
    if (!onSqlite(db))
        return {};
    QSettings settings;
    settings.beginGroup(groupFor(db));
    return {settings.value(QStringLiteral("login")).toString(), settings.value(QStringLiteral("token")).toString()};
}

void RememberedSignIn::store(const Database &db, const RememberedSignIn &remembered)
{
    if (!onSqlite(db))
        return;
    QSettings settings;
    settings.beginGroup(groupFor(db));
    settings.setValue(QStringLiteral("login"), remembered.login);
    settings.setValue(QStringLiteral("token"), remembered.token);
}

void RememberedSignIn::clear(const Database &db)
{
    QSettings settings;
    settings.remove(groupFor(db));
}

QString RememberedSignIn::desktopName()
{
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return QStringLiteral("%1 / %2").arg(QSysInfo::machineHostName(),
                                         account.isEmpty() ? QStringLiteral("?") : account);
}

} // namespace fd
