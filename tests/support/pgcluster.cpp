#include "pgcluster.h"

#include "domain/errors.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace fd::test {

namespace {

const char *const kBinDir = "/usr/lib/postgresql/15/bin";

// Runs argv (no shell) with stdout and stderr appended to `logPath`; returns the exit code
// (-1 if it could not run). fork/exec rather than QProcess: this also runs at process exit.
int runLogged(const QStringList &argv, const QString &logPath)
{
    std::vector<QByteArray> storage;
    for (const QString &a : argv)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> args;
    for (QByteArray &a : storage)
        args.push_back(a.data());
    args.push_back(nullptr);
    const QByteArray log = logPath.toLocal8Bit();
    const QByteArray notFound = "cannot run " + storage.front() + " (not installed, or not on PATH)\n";
    const pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        const int fd = open(log.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        const int null = open("/dev/null", O_RDONLY);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        if (null >= 0)
            dup2(null, 0);
        execvp(args[0], args.data());
        if (write(2, notFound.constData(), notFound.size()) < 0) {
        }
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A loopback TCP port nobody listens on right now.
int freeLoopbackPort()
{
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (bind(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && getsockname(s, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    close(s);
    return port;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
}

PgCluster *s_cluster = nullptr;

void stopAtExit()
{
    if (s_cluster)
        s_cluster->stopNow();
}

} // namespace

PgCluster &PgCluster::instance()
{
    static PgCluster cluster;
    s_cluster = &cluster;
    if (!cluster.m_running)
        cluster.start();
    return cluster;
}

void PgCluster::stopNow()
{
    stop();
}

PgCluster::PgCluster()
    : m_binDir(QString::fromLatin1(kBinDir))
{
}

PgCluster::~PgCluster()
{
    stop();
}

PostgresParams PgCluster::params(const QString &database) const
{
    PostgresParams p;
    p.host = QStringLiteral("127.0.0.1");
    p.port = m_port;
    p.database = database;
    p.user = superuser();
    return p;
}

void PgCluster::start()
{
    if (!QFileInfo::exists(m_binDir + QStringLiteral("/initdb")))
        throw std::runtime_error("PostgreSQL 15 is not installed (no /usr/lib/postgresql/15/bin/initdb); "
                                 "run packaging/setup.sh, which installs the postgresql package");
    // As root the server runs as "postgres", which must be able to reach the folder: /tmp
    // always can be, a private TMPDIR (e.g. under /root) may not.
    const QString base = geteuid() == 0 ? QStringLiteral("/tmp") : QDir::tempPath();
    QTemporaryDir tmp(base + QStringLiteral("/fd-pgcluster-XXXXXX"));
    if (!tmp.isValid())
        throw std::runtime_error("cannot create a temporary folder for the PostgreSQL test cluster");
    tmp.setAutoRemove(false); // removed by stop() or by the watcher
    m_dir = tmp.path();
    const QString data = m_dir + QStringLiteral("/data");
    const QString log = m_dir + QStringLiteral("/setup.log");
    const QString serverLog = m_dir + QStringLiteral("/server.log");

    // initdb and postgres refuse to run as root: hand the folder to the postgres user.
    QStringList prefix;
    m_asPostgresUser = geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *pw = getpwnam("postgres");
        if (!pw)
            throw std::runtime_error("running as root but there is no \"postgres\" system user to run the test "
                                     "PostgreSQL cluster (install the postgresql package)");
        if (chown(QFile::encodeName(m_dir).constData(), pw->pw_uid, pw->pw_gid) != 0)
            throw std::runtime_error("cannot hand the test cluster folder to the postgres user");
        prefix = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                             QStringLiteral("--")};
    }

    // If this process dies without exit handlers (crash, kill, even during initdb), a
    // detached watcher stops the server and removes the folder once the process is gone.
    const QString stopCmd = (prefix.isEmpty() ? QString() : prefix.join(QLatin1Char(' ')) + QLatin1Char(' '))
                            + QStringLiteral("%1/pg_ctl -D %2 -m immediate stop").arg(m_binDir, data);
    const QByteArray script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                             "if [ -d %2 ]; then %3; rm -rf %2; fi")
                                  .arg(getpid())
                                  .arg(m_dir, stopCmd)
                                  .toLocal8Bit(); // before fork(): no allocation in the child
    const pid_t watcher = fork();
    if (watcher == 0) {
        setsid();
        const int null = open("/dev/null", O_RDWR);
        dup2(null, 0);
        dup2(null, 1);
        dup2(null, 2);
        if (fork() == 0) { // orphaned grandchild: never a zombie of the test process
            execl("/bin/sh", "sh", "-c", script.constData(), static_cast<char *>(nullptr));
        }
        _exit(0);
    }
    if (watcher > 0)
        waitpid(watcher, nullptr, 0);

    const int initdb = runLogged(prefix
                                     + QStringList{m_binDir + QStringLiteral("/initdb"), QStringLiteral("-D"), data,
                                                   QStringLiteral("-U"), superuser(), QStringLiteral("--auth=trust"),
                                                   QStringLiteral("-E"), QStringLiteral("UTF8"),
                                                   QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                                 log);
    if (initdb != 0) {
        const QString text = readAll(log);
        QDir(m_dir).removeRecursively();
        throw std::runtime_error(QStringLiteral("initdb of the test PostgreSQL cluster failed (exit %1):\n%2")
                                     .arg(initdb)
                                     .arg(text)
                                     .toStdString());
    }

    // Trust everyone on loopback except one role that must give its password, so the tests
    // can prove password logins and the "authentication failed" message.
    {
        QFile hba(data + QStringLiteral("/pg_hba.conf")); // rewritten in place: keeps its owner
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || hba.write(QByteArrayLiteral("local all all trust\n"
                                           "host all fd_password_user 127.0.0.1/32 scram-sha-256\n"
                                           "host all +fd_scram_logins 127.0.0.1/32 scram-sha-256\n"
                                           "host all all 127.0.0.1/32 trust\n"))
                   < 0)
            throw std::runtime_error("cannot write pg_hba.conf of the test PostgreSQL cluster");
    }

    // A port can be taken between choosing and binding it: try a few.
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off")
                                    .arg(m_port)
                                    .arg(m_dir);
        const int rc = runLogged(prefix
                                     + QStringList{m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data,
                                                   QStringLiteral("-l"), serverLog, QStringLiteral("-w"),
                                                   QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                                                   options, QStringLiteral("start")},
                                 log);
        m_running = rc == 0;
    }
    if (!m_running) {
        const QString text = readAll(log) + QStringLiteral("\n--- server log ---\n") + readAll(serverLog);
        QDir(m_dir).removeRecursively();
        throw std::runtime_error(
            QStringLiteral("the test PostgreSQL cluster did not start:\n%1").arg(text).toStdString());
    }

    if (QCoreApplication::instance())
        qAddPostRoutine(stopAtExit); // while Qt SQL still exists
    else
        std::atexit(stopAtExit);
}

void PgCluster::stop()
{
    m_admin.reset();
    if (m_dir.isEmpty())
        return;
    if (m_running) {
        QStringList prefix;
        if (m_asPostgresUser)
            prefix = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                                 QStringLiteral("--")};
        runLogged(prefix
                      + QStringList{m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                                    m_dir + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("fast"),
                                    QStringLiteral("-w"), QStringLiteral("stop")},
                  QStringLiteral("/dev/null"));
        m_running = false;
    }
    QDir(m_dir).removeRecursively();
    m_dir.clear();
}

Database &PgCluster::admin()
{
    if (!m_admin)
        m_admin = Database::openPostgres(params(QStringLiteral("postgres")));
    return *m_admin;
}

QString PgCluster::createDatabase()
{
    const QString name = QStringLiteral("fd_test_%1").arg(m_nextDatabase++);
    // UTF-8 with the C.UTF-8 collation the cluster was made with.
    admin().exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name));
    return name;
}

void PgCluster::dropDatabase(const QString &name)
{
    admin().exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

namespace {

// Everything a test could change in the schema besides rows: tables, columns, indexes,
// triggers, functions, other schemas, the recorded migrations.
QString schemaFingerprint(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT md5(string_agg(x, ',' ORDER BY x)) FROM ("
                                  " SELECT 'c:' || c.relname || ':' || c.relkind::text AS x FROM pg_class c"
                                  "  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                                  " UNION ALL SELECT 'a:' || c.relname || '.' || a.attname || ':' || a.atttypid::text"
                                  "  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                                  "  JOIN pg_namespace n ON n.oid = c.relnamespace"
                                  "  WHERE n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped"
                                  " UNION ALL SELECT 't:' || tgname FROM pg_trigger WHERE NOT tgisinternal"
                                  " UNION ALL SELECT 'p:' || p.proname FROM pg_proc p"
                                  "  JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema()"
                                  " UNION ALL SELECT 'n:' || nspname FROM pg_namespace"
                                  " UNION ALL SELECT 'v:' || version || ':' || name FROM schema_version) f"));
    return q.scalar().toString();
}

// One statement that deletes every row but the migrations' (schema_version, and team_roles:
// the role names of migration 0006) and restarts every identity.
QString emptyingSql(Database &db)
{
    QStringList statements{QStringLiteral("SET session_replication_role = replica")}; // no FK order needed
    SqlQuery tables(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND "
                                       "tablename NOT IN ('schema_version', 'team_roles') ORDER BY tablename"));
    tables.exec();
    while (tables.next())
        statements << QStringLiteral("DELETE FROM \"%1\"").arg(tables.value(0).toString());
    SqlQuery ids(db, QStringLiteral("SELECT pg_get_serial_sequence(quote_ident(table_name), column_name) FROM "
                                    "information_schema.columns WHERE table_schema = current_schema() AND "
                                    "is_identity = 'YES' ORDER BY 1"));
    ids.exec();
    while (ids.next())
        statements << QStringLiteral("SELECT setval('%1', 1, false)").arg(ids.value(0).toString());
    statements << QStringLiteral("SET session_replication_role = DEFAULT");
    return statements.join(QStringLiteral(";\n"));
}

} // namespace

QString PgCluster::acquireMigrated(const Clock &clock)
{
    if (!m_clean.isEmpty())
        return m_clean.takeLast();
    const QString name = createDatabase();
    auto db = Database::openPostgres(params(name));
    db->setClock(&clock);
    Migrator(*db).migrate();
    if (m_migratedFingerprint.isEmpty()) {
        m_migratedFingerprint = schemaFingerprint(*db);
        m_emptySql = emptyingSql(*db);
    }
    return name;
}

void PgCluster::release(const QString &name, std::unique_ptr<Database> connection)
{
    try {
        if (connection && schemaFingerprint(*connection) == m_migratedFingerprint) {
            connection->exec(m_emptySql);
            connection.reset();
            m_clean << name;
            return;
        }
    } catch (const std::exception &) {
        // Whatever the test left (an aborted transaction, a lock), a new database is cleaner.
    }
    connection.reset();
    dropDatabase(name);
}

TempPgDatabase::TempPgDatabase(const QDateTime &now, bool migrate)
    : m_clock(now)
{
    PgCluster &cluster = PgCluster::instance();
    m_pooled = migrate;
    m_name = migrate ? cluster.acquireMigrated(m_clock) : cluster.createDatabase();
    m_db = Database::openPostgres(params());
    m_db->setClock(&m_clock);
}

TempPgDatabase::~TempPgDatabase()
{
    try {
        if (m_pooled) {
            PgCluster::instance().release(m_name, std::move(m_db));
        } else {
            m_db.reset();
            PgCluster::instance().dropDatabase(m_name);
        }
    } catch (const std::exception &) {
        // The cluster goes away with the process anyway.
    }
}

PostgresParams TempPgDatabase::params() const
{
    return PgCluster::instance().params(m_name);
}

QString TempPgDatabase::path() const
{
    return params().description();
}

void TempPgDatabase::reopen()
{
    const qint64 user = m_db->actingUserId();
    m_db.reset();
    m_db = Database::openPostgres(params());
    m_db->setClock(&m_clock);
    m_db->setActingUserId(user);
}

qint64 TempPgDatabase::count(const QString &table)
{
    return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

QVariant TempPgDatabase::scalar(const QString &sql)
{
    SqlQuery q(*m_db, sql);
    return q.scalar();
}

} // namespace fd::test
