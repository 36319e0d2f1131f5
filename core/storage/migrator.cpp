#include "migrator.h"

#include "backup/backuprotation.h"
#include "database.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "pgaccess.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

// Resources of a static library must be registered explicitly (outside any namespace).
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace fd {

Migrator::Migrator(Database &db)
    : m_db(db)
{
    initMigrationResources();
}

QList<Migrator::Migration> Migrator::migrations()
{
    initMigrationResources();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+?)(?:\\.(pg|sqlite))?\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/fd/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file), m.captured(3)});
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

int Migrator::latestVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

void Migrator::ensureVersionTable()
{
    // A FunnelDesk login may not create tables (CREATE TABLE IF NOT EXISTS checks that first).
    if (m_db.dialect().kind() == Dialect::Kind::Postgres) {
        SqlQuery exists(m_db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
        if (exists.scalar().toBool())
            return;
    }
    m_db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                             " version INTEGER PRIMARY KEY,"
                             " name TEXT NOT NULL,"
                             " applied_at TEXT NOT NULL)"));
}

int Migrator::currentVersion()
{
    ensureVersionTable();
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    return q.scalar().toInt();
}

QString Migrator::makeBackup(int fromVersion)
{
    if (m_db.dialect().kind() != Dialect::Kind::Sqlite)
        return {}; // a server is backed up by its administrator, not by a client
    BackupRotation rotation(m_backupFolder.isEmpty() ? BackupRotation::defaultFolder() : m_backupFolder,
                            BackupRotation::keepSetting(m_db));
    return rotation.backUp(m_db, QStringLiteral("before-v%1").arg(fromVersion), m_db.clock().now());
}

void Migrator::migrate()
{
    migrateTo(std::numeric_limits<int>::max());
}

QString Migrator::ownerToMigrateAs()
{
    if (m_db.dialect().kind() != Dialect::Kind::Postgres || !pgaccess::hasTeamSecurity(m_db))
        return {};
    const QString owner = pgaccess::recordedRoleName(m_db, QStringLiteral("owner"));
    SqlQuery q(m_db, QStringLiteral("SELECT NOT rolsuper AND pg_has_role(session_user, ?, 'MEMBER') FROM pg_roles "
                                    "WHERE rolname = session_user"));
    return q.add(owner).scalar().toBool() ? owner : QString();
}

void Migrator::migrateTo(int target)
{
    m_backupPath.clear();
    const int current = currentVersion();
    const auto list = migrations();
    const int latest = list.isEmpty() ? 0 : list.last().version;
    if (current > latest) {
        throw StorageError(QStringLiteral("The database %1 has schema version %2, written by a newer FunnelDesk; "
                                          "this FunnelDesk knows versions up to %3. Install the newer FunnelDesk "
                                          "to open it. Nothing was changed.")
                               .arg(m_db.location())
                               .arg(current)
                               .arg(latest));
    }
    if (current == latest)
        return;

    SqlQuery tables(m_db, m_db.dialect().kind() == Dialect::Kind::Sqlite
                              ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                               "AND name NOT IN ('schema_version', 'sqlite_sequence')")
                              : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                               "table_schema = current_schema() AND table_name <> 'schema_version'"));
    if (tables.scalar().toInt() > 0)
        m_backupPath = makeBackup(current);

    for (const Migration &migration : list) {
        if (migration.version <= current || migration.version > target)
            continue;
        // Dialect twins (NNNN_name.sqlite.sql + NNNN_name.pg.sql): each database runs and
        // records its own, once.
        const bool twinRunsHere = std::any_of(list.begin(), list.end(), [&](const Migration &other) {
            return &other != &migration && other.version == migration.version && runsHere(other);
        });
        if (twinRunsHere && !runsHere(migration))
            continue;
        const QString owner = ownerToMigrateAs();
        Transaction tx(m_db);
        if (!owner.isEmpty()) // what the migration makes belongs to the owner role, not to this login
            m_db.exec(QStringLiteral("SET LOCAL ROLE %1").arg(pgaccess::quotedIdentifier(owner)));
        if (runsHere(migration)) {
            QFile file(migration.resource);
            if (!file.open(QIODevice::ReadOnly))
                throw StorageError(QStringLiteral("Missing migration %1").arg(migration.resource));
            try {
                runStatements(expand(QString::fromUtf8(file.readAll())));
            } catch (const PermissionError &e) {
                throw PermissionError(
                    QStringLiteral("Migration %1 (%2) needs a PostgreSQL superuser%3; nothing of it "
                                   "was applied. %4")
                        .arg(migration.version, 4, 10, QLatin1Char('0'))
                        .arg(migration.name,
                             owner.isEmpty() ? QStringLiteral(" or a member of the owner role") : QString(),
                             e.message()));
            }
        }
        SqlQuery record(m_db,
                        QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
        record.add(migration.version).add(migration.name).add(isotime::toStored(m_db.clock().now())).exec();
        tx.commit();
    }
}

bool Migrator::runsHere(const Migration &migration) const
{
    if (migration.dialect.isEmpty())
        return true;
    return (migration.dialect == QLatin1String("pg")) == (m_db.dialect().kind() == Dialect::Kind::Postgres);
}

QString Migrator::expand(const QString &sql)
{
    QString out = m_db.dialect().expandMigration(sql);
    if (m_db.dialect().kind() != Dialect::Kind::Postgres || !out.contains(QLatin1String("{{")))
        return out;
    SqlQuery where(m_db, QStringLiteral("SELECT current_database(), current_schema()"));
    where.exec();
    where.next();
    const QString database = where.value(0).toString();
    const QString schema = where.value(1).toString();
    out.replace(QStringLiteral("{{SCHEMA}}"), pgaccess::quotedIdentifier(schema));
    out.replace(QStringLiteral("{{DATABASE}}"), pgaccess::quotedIdentifier(database));
    static const QRegularExpression role(QStringLiteral("\\{\\{ROLE(_NAME)?:(\\w+)\\}\\}"));
    QString expanded;
    qsizetype from = 0;
    for (auto it = role.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        const QString name = pgaccess::roleName(database, schema, m.captured(2));
        expanded += out.mid(from, m.capturedStart() - from);
        expanded += m.captured(1).isEmpty() ? pgaccess::quotedIdentifier(name) : pgaccess::quotedLiteral(name);
        from = m.capturedEnd();
    }
    return expanded + out.mid(from);
}

void Migrator::runStatements(const QString &sql)
{
    // Statements end with ";" at the end of a line; comment lines are dropped, except inside
    // a $$-quoted body, which runs up to the line that closes it.
    QString statement;
    bool inBody = false;
    const auto lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!inBody && (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty()))
            continue;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        statement += line + QLatin1Char('\n');
        if (!inBody && trimmed.endsWith(QLatin1Char(';'))) {
            m_db.exec(statement);
            statement.clear();
        }
    }
    if (!statement.trimmed().isEmpty())
        m_db.exec(statement);
}

} // namespace fd
