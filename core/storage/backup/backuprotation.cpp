#include "backuprotation.h"

#include "domain/errors.h"
#include "sqlitecopy.h"
#include "storage/database.h"
#include "storage/repositories/settingsrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace fd {

QString BackupRotation::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

int BackupRotation::keepSetting(Database &db)
{
    try {
        const qint64 keep = SettingsRepository(db).integer(QString::fromLatin1(kKeepSetting), kDefaultKeep);
        return keep >= 1 ? int(keep) : kDefaultKeep;
    } catch (const Error &) {
        return kDefaultKeep;
    }
}

BackupRotation::BackupRotation(const QString &folder, int keep)
    : m_folder(folder)
    , m_keep(std::max(1, keep))
{
}

QString BackupRotation::prefixOf(const QString &location) const
{
    const QFileInfo info(location);
    const QByteArray hash =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QStringLiteral("%1-%2-").arg(info.fileName(), QString::fromLatin1(hash));
}

QStringList BackupRotation::backupsOf(const QString &location) const
{
    QStringList names = QDir(m_folder).entryList({prefixOf(location) + QStringLiteral("*.sqlite")}, QDir::Files,
                                                 QDir::Name);
    std::reverse(names.begin(), names.end()); // the stamp sorts by time
    QStringList paths;
    for (const QString &name : names)
        paths.append(QDir(m_folder).filePath(name));
    return paths;
}

QString BackupRotation::backUp(Database &db, const QString &reason, const QDateTime &now)
{
    if (db.dialect().kind() != Dialect::Kind::Sqlite)
        return {};
    if (!QDir().mkpath(m_folder))
        throw StorageError(QStringLiteral("Cannot create the backup folder %1").arg(m_folder));
    const QString base = QDir(m_folder).filePath(
        prefixOf(db.location()) + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-') + reason);
    QString target = base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1-%2.sqlite").arg(base).arg(n);
    sqlitecopy::copyTo(db, target);
    const QStringList all = backupsOf(db.location());
    for (qsizetype i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return target;
}

QString BackupRotation::dailyIfDue(Database &db, const QDateTime &now)
{
    if (db.dialect().kind() != Dialect::Kind::Sqlite)
        return {};
    const QString today = now.toUTC().toString(QStringLiteral("yyyyMMdd"));
    const QString prefix = prefixOf(db.location());
    for (const QString &path : backupsOf(db.location())) {
        if (QFileInfo(path).fileName().mid(prefix.size(), 8) == today)
            return {};
    }
    return backUp(db, QStringLiteral("daily"), now);
}

} // namespace fd
