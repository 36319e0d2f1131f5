#include "pgtools.h"

#include "domain/errors.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QVersionNumber>

namespace fd::pgtools {

namespace {

// Versioned installation folders: "<prefix><version><suffix>" per platform's packages.
struct Layout
{
    const char *parent;
    const char *prefix;
    const char *suffix;
};

} // namespace

QString find(const QString &program)
{
    static const Layout layouts[] = {
        {"/usr/lib/postgresql", "", "/bin"},          // Debian, Ubuntu
        {"/usr", "pgsql-", "/bin"},                   // PGDG RPMs
        {"/opt/homebrew/opt", "postgresql@", "/bin"}, // Homebrew (Apple silicon)
        {"/usr/local/opt", "postgresql@", "/bin"},    // Homebrew (Intel)
        {"C:/Program Files/PostgreSQL", "", "/bin"},  // EDB installer
    };
    QString best;
    QVersionNumber bestVersion;
    for (const Layout &l : layouts) {
        const QDir parent(QString::fromUtf8(l.parent));
        const QString prefix = QString::fromUtf8(l.prefix);
        for (const QString &entry : parent.entryList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QVersionNumber version = QVersionNumber::fromString(entry.mid(prefix.size()));
            const QString exe = QStandardPaths::findExecutable(program,
                                                               {parent.filePath(entry) + QString::fromUtf8(l.suffix)});
            if (!version.isNull() && !exe.isEmpty() && version > bestVersion) {
                best = exe;
                bestVersion = version;
            }
        }
    }
    return best.isEmpty() ? QStandardPaths::findExecutable(program) : best;
}

QString missingProgramAdvice(const QString &program, const QStringList &arguments)
{
    return QStringLiteral("%1 was not found (install the PostgreSQL client programs, e.g. the Debian package "
                          "postgresql-client, of the server's version or newer). Run by hand: PGPASSWORD=… %1 %2")
        .arg(program, arguments.join(QLatin1Char(' ')));
}

QStringList connectionArguments(const PostgresParams &params)
{
    QStringList args{
        QStringLiteral("--host"),     params.host, QStringLiteral("--port"),       QString::number(params.port),
        QStringLiteral("--username"), params.user, QStringLiteral("--no-password")};
    return args;
}

QByteArray run(const QString &program, const QStringList &arguments, const PostgresParams &params)
{
    const QString exe = find(program);
    if (exe.isEmpty())
        throw StorageError(missingProgramAdvice(program, arguments));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!params.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), params.password);
    process.setProcessEnvironment(env);
    process.start(exe, arguments);
    if (!process.waitForStarted())
        throw StorageError(QStringLiteral("Cannot run %1: %2").arg(exe, process.errorString()));
    process.closeWriteChannel();
    QByteArray out;
    // A large database takes as long as it takes: no time limit, but keep the pipe drained.
    while (process.state() != QProcess::NotRunning) {
        process.waitForFinished(200);
        out += process.readAllStandardOutput();
    }
    out += process.readAllStandardOutput();
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw StorageError(QStringLiteral("%1 failed (exit code %2): %3")
                               .arg(QFileInfo(exe).fileName())
                               .arg(process.exitCode())
                               .arg(errors.isEmpty() ? process.errorString() : errors));
    return out;
}

} // namespace fd::pgtools
