// bench_import: imports a generated 100,000-row opportunities CSV (validation, reference
// lookups, duplicate check, history rows, the audit event, one transaction) and times it
// against the floor SQLite itself sets for this schema: the sqlite3 shell moving the same
// rows, loaded bare with ".import", into the real tables with INSERT … SELECT and the same
// index deferral (no parsing, validation or duplicate check). Target: ours ≤ 1.5× the
// floor. Each of --runs rounds imports into a fresh copy of the office and runs the floor
// on another; the medians of wall and CPU time are compared (the machine is shared: CPU
// time is the steadier figure). Prints peak RSS (VmHWM) to show the file is streamed.
// Not a CTest test.
//   bench_import [--rows N] [--runs N] [--dir DIR]   (FD_DEFER=0/1 forces index deferral off/on)
#include "domain/clock.h"
#include "domain/isotime.h"
#include "domain/normalize.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/repositories/pipelinerepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace fd;

namespace {

QTextStream out(stdout);

// Peak resident set size of this process so far, in MiB.
double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

constexpr int kCustomers = 500;
constexpr int kReps = 40;

QString customerName(int i)
{
    static const char *const cities[] = {"北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京"};
    return QStringLiteral("%1星河%2科技有限公司").arg(QString::fromUtf8(cities[i % 8])).arg(i);
}

QString repName(int i)
{
    static const char *const names[] = {"张", "李", "王", "刘", "陈", "杨", "赵", "黄"};
    return QStringLiteral("%1销售%2").arg(QString::fromUtf8(names[i % 8])).arg(i);
}

// CPU time (user + system) of this process so far, in ms: wall time on a shared machine
// also counts other people's builds.
double cpuMs(int who = RUSAGE_SELF)
{
    rusage u{};
    getrusage(who, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// Writes the file row by row (never held in memory).
void writeCsv(const QString &path, int rows, const QStringList &stages)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream s(&f);
    s.setEncoding(QStringConverter::Utf8);
    s << "external_id,title,customer,owner,team,region,product,amount,currency,stage,status,created_at,"
         "expected_close,closed_at,lost_reason,source,campaign\r\n";
    const QDate base(2025, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const int kind = i % 10; // 7 open, 2 won, 1 lost
        const QString status = kind < 7   ? QStringLiteral("open")
                               : kind < 9 ? QStringLiteral("won")
                                          : QStringLiteral("lost");
        const QDate created = base.addDays(i % 600);
        s << "OPP-" << i << ",\"" << customerName(i % kCustomers) << " 项目 " << i << "\","
          << customerName(i % kCustomers) << ',' << repName(i % kReps) << ",,,," << (i * 37 % 5000000) << '.'
          << (i % 100 < 10 ? "0" : "") << (i % 100) << ",CNY," << stages.at(i % stages.size()) << ',' << status << ','
          << isotime::toStored(created) << ',' << isotime::toStored(created.addDays(90)) << ','
          << (status == QLatin1String("open") ? QString() : isotime::toStored(created.addDays(60))) << ','
          << (status == QLatin1String("lost") ? QStringLiteral("价格") : QString()) << ",展会,\r\n";
    }
}

// Reference data the file names: customers and reps (as an office has them before importing).
void seed(Database &db)
{
    Transaction tx(db);
    const QString now = isotime::toStored(db.clock().now());
    SqlQuery c(db, QStringLiteral(
                       "INSERT INTO customers (name, normalized_name, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < kCustomers; ++i)
        c.add(customerName(i)).add(normalize::companyName(customerName(i))).add(now).add(now).exec();
    SqlQuery u(db,
               QStringLiteral("INSERT INTO users (login, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < kReps; ++i)
        u.add(QStringLiteral("rep%1").arg(i)).add(repName(i)).add(now).add(now).exec();
    tx.commit();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString ms(double v)
{
    return QString::number(v, 'f', 0);
}

// Runs an SQL script in the sqlite3 shell on `file`; returns wall ms and adds the shell's CPU ms.
double shell(const QString &file, const QString &script, double *cpu = nullptr)
{
    const double cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {file});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double wall = t.nsecsElapsed() / 1e6;
    if (p.exitCode() != 0)
        out << "sqlite3 failed: " << QString::fromUtf8(p.readAllStandardError()) << '\n';
    if (cpu)
        *cpu = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
    return wall;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rows = 100000;
    int runs = 5;
    QString dirPath;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--dir"))
            dirPath = args[i + 1];
    }
    QTemporaryDir tmp;
    if (dirPath.isEmpty())
        dirPath = tmp.path();
    QDir().mkpath(dirPath);
    const QString csv = dirPath + QStringLiteral("/opportunities.csv");
    const QString dbPath = dirPath + QStringLiteral("/bench.sqlite");
    const QString bare = dirPath + QStringLiteral("/bare.sqlite");
    const QString office = dirPath + QStringLiteral("/office.sqlite");
    const QString floorDb = dirPath + QStringLiteral("/floor.sqlite");
    for (const QString &f : {dbPath, bare, office, floorDb})
        QFile::remove(f);

    // The office before the import (customers and reps the file names), kept as a template.
    QStringList stages;
    QString dropIndexes, createIndexes;
    {
        auto db = Database::openSqlite(office);
        Migrator(*db).migrate();
        PipelineRepository(*db).ensureDefault();
        for (const Stage &s : PipelineRepository(*db).defaultPipeline().stages)
            stages << s.name;
        seed(*db);
        // The indexes the floor defers as ours does (unique ones are constraints and stay).
        SqlQuery q(*db,
                   QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                  "AND tbl_name = 'opportunities' AND sql IS NOT NULL AND sql NOT LIKE '%UNIQUE%'"));
        q.exec();
        while (q.next()) {
            dropIndexes += QStringLiteral("DROP INDEX %1;\n").arg(q.value(0).toString());
            createIndexes += q.value(1).toString() + QStringLiteral(";\n");
        }
    }
    writeCsv(csv, rows, stages);
    const double fileMiB = QFileInfo(csv).size() / 1048576.0;
    out << "File: " << rows << " opportunities, " << QString::number(fileMiB, 'f', 1) << " MiB UTF-8 CSV; " << runs
        << " runs\n";

    // sqlite3 shell: the same file into a bare 17-column table, no checks, no indexes.
    shell(bare,
          QStringLiteral(
              "CREATE TABLE opps (external_id TEXT, title TEXT, customer TEXT, owner TEXT, team TEXT, region TEXT, "
              "product TEXT, amount TEXT, currency TEXT, stage TEXT, status TEXT, created_at TEXT, "
              "expected_close TEXT, closed_at TEXT, lost_reason TEXT, source TEXT, campaign TEXT);\n"));
    double shellCpu = 0;
    const double shellMs = shell(bare, QStringLiteral(".import --csv --skip 1 %1 opps\n").arg(csv), &shellCpu);
    out.flush();

    // The floor: the sqlite3 shell itself moving the bare rows into the real schema with
    // set-based statements and the same index deferral as ours (constraints, foreign
    // keys, the unique external id; no parsing, validation or duplicate check): what
    // storing this data costs SQLite before any of our work.
    const QString floorScript =
        QStringLiteral(
            "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768; ATTACH '%1' AS b; BEGIN;\n%2"
            "INSERT INTO opportunities (external_id, title, customer_id, owner_id, pipeline_id, stage_id, "
            "amount_cents, currency, expected_close_date, status, lost_reason, closed_at, source, created_at, "
            "updated_at, row_version) SELECT o.external_id, o.title, c.id, u.id, s.pipeline_id, s.id, "
            "CAST(ROUND(o.amount * 100) AS INTEGER), o.currency, o.expected_close, o.status, "
            "NULLIF(o.lost_reason, ''), NULLIF(o.closed_at, ''), o.source, o.created_at, o.created_at, 1 "
            "FROM b.opps o JOIN customers c ON c.name = o.customer JOIN users u ON u.display_name = o.owner "
            "JOIN stages s ON s.name = o.stage;\n"
            "INSERT INTO opportunity_stage_history (opportunity_id, to_stage_id, to_status, changed_at, changed_by) "
            "SELECT id, stage_id, 'open', created_at, owner_id FROM opportunities;\n"
            "INSERT INTO opportunity_stage_history (opportunity_id, from_stage_id, to_stage_id, from_status, "
            "to_status, changed_at, changed_by) SELECT id, stage_id, stage_id, 'open', status, closed_at, owner_id "
            "FROM opportunities WHERE closed_at IS NOT NULL;\n%3COMMIT;\n")
            .arg(bare, dropIndexes, createIndexes);

    QList<double> oursWall, oursCpu, floorWall, floorCpu;
    double rssBefore = 0, rssAfter = 0;
    qint64 historyRows = 0;
    for (int run = 0; run < runs; ++run) {
        // Ours: detection, parsing (on a second thread), mapping, validation, lookups,
        // duplicate check, the deals, their history rows and the import's audit event, all
        // in one transaction — into a fresh copy of the office.
        for (const QString &f : {dbPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm")})
            QFile::remove(f);
        QFile::copy(office, dbPath);
        {
            auto db = Database::openSqlite(dbPath);
            ImportOptions options;
            options.kind = DataKind::Opportunities;
            if (qEnvironmentVariableIsSet("FD_DEFER"))
                options.deferIndexes = qEnvironmentVariableIntValue("FD_DEFER") != 0;
            rssBefore = peakRssMiB();
            QElapsedTimer timer;
            timer.start();
            const double cpuBefore = cpuMs();
            const ImportResult r = Importer(*db).run(csv, options);
            oursWall << timer.nsecsElapsed() / 1e6;
            oursCpu << cpuMs() - cpuBefore;
            rssAfter = peakRssMiB();
            if (!r.committed || r.rowsImported != rows) {
                out << "import failed: " << (r.errors.isEmpty() ? QStringLiteral("?") : r.errors.first().message())
                    << '\n';
                return 1;
            }
            historyRows =
                SqlQuery(*db, QStringLiteral("SELECT count(*) FROM opportunity_stage_history")).scalar().toLongLong();
        }
        // The floor, on its own fresh copy.
        for (const QString &f : {floorDb, floorDb + QStringLiteral("-wal"), floorDb + QStringLiteral("-shm")})
            QFile::remove(f);
        QFile::copy(office, floorDb);
        double cpu = 0;
        floorWall << shell(floorDb, floorScript, &cpu);
        floorCpu << cpu;
        out << "run " << run + 1 << ": funneldesk " << ms(oursWall.last()) << " ms (CPU " << ms(oursCpu.last())
            << "), floor " << ms(floorWall.last()) << " ms (CPU " << ms(floorCpu.last()) << ")\n";
        out.flush();
    }

    const double ours = median(oursWall), floor = median(floorWall);
    const double oursC = median(oursCpu), floorC = median(floorCpu);
    out << "funneldesk import:      " << ms(ours) << " ms median  (" << ms(rows / (ours / 1000.0)) << " rows/s; "
        << rows << " deals + " << historyRows << " history rows, validated, duplicate-checked, audited; CPU "
        << ms(oursC) << " ms)\n";
    out << "sqlite3 INSERT…SELECT into the real schema (the floor; no validation; indexes deferred as ours): "
        << ms(floor) << " ms median (CPU " << ms(floorC) << " ms)\n";
    out << "sqlite3 .import (bare table, for scale): " << ms(shellMs) << " ms (CPU " << ms(shellCpu) << " ms)\n";
    out << "ours / floor: " << QString::number(ours / floor, 'f', 2) << "x by wall time, "
        << QString::number(oursC / floorC, 'f', 2) << "x by CPU time (target <= 1.5x)\n";
    out << "peak RSS: " << QString::number(rssBefore, 'f', 1) << " MiB before the last import, "
        << QString::number(rssAfter, 'f', 1) << " MiB after (file " << QString::number(fileMiB, 'f', 1) << " MiB)\n";
    return 0;
}
