// bench_startup: start-up and memory of the real desktop application at scale. Not a CTest test.
//   bench_startup [FILE] [--runs N] [--app PATH]
// FILE (default /tmp/funneldesk-bench-startup.sqlite) is made by the demo generator with 100,000
// deals when missing, and its stage history is topped up to 1,000,000 rows: deals that slipped
// back a stage and moved on again, between the moves they already have.
//
// The `funneldesk` binary is started as a child process (QT_QPA_PLATFORM=offscreen, its own empty
// settings and data folders, the demo administrator remembered as signed in, as on a desktop that
// ticked "Remember me") with --startup-trace --visit-pages, which prints when its window is first
// painted, when the dashboard shows every figure, then visits every page and prints its peak RSS
// (VmHWM). The times are measured here, from QProcess::start() (so they include loading the
// binary and its libraries) to the moment the child's line arrives; the child's own CPU time so
// far is printed beside them, because wall time on a loaded machine says more about the load.
// Each run is a first start of the day: the daily backup of the file runs too (at idle priority).
#include "signin/rememberedsignin.h"

#include "auth/signin.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <map>

using namespace fd;

namespace {

QTextStream out(stdout);

constexpr int kDeals = 100000;
constexpr qint64 kHistoryRows = 1000000;
constexpr double kPaintTargetMs = 1000;
constexpr double kFiguresTargetMs = 2000;
constexpr double kPeakTargetMb = 200;

qint64 historyRows(Database &db)
{
    return SqlQuery(db, QStringLiteral("SELECT count(*) FROM opportunity_stage_history")).scalar().toLongLong();
}

// Two rows per open move X → Y: back to X and on to Y again, at evenly spaced times while the
// deal was in Y (up to three such slips per move), until the history holds kHistoryRows rows.
void topUpHistory(Database &db, const QString &today)
{
    Transaction tx(db);
    SqlQuery q(db, QStringLiteral(
                       "INSERT INTO opportunity_stage_history (opportunity_id, from_stage_id, to_stage_id, "
                       "from_status, to_status, changed_at, changed_by) "
                       "SELECT opportunity_id, CASE side WHEN 0 THEN y ELSE x END, CASE side WHEN 0 THEN x ELSE y END, "
                       "'open', 'open', strftime('%Y-%m-%dT%H:%M:%SZ', julianday(t0) + (julianday(t1) - julianday(t0)) "
                       "* (2 * j + 1 + side) / 7.0), changed_by FROM ("
                       "  SELECT h.opportunity_id, h.from_stage_id AS x, h.to_stage_id AS y, h.changed_at AS t0, "
                       "    h.changed_by, k.j, COALESCE((SELECT min(n.changed_at) FROM opportunity_stage_history n "
                       "      WHERE n.opportunity_id = h.opportunity_id AND n.changed_at > h.changed_at), ?) AS t1 "
                       "  FROM opportunity_stage_history h, (SELECT 0 AS j UNION ALL SELECT 1 UNION ALL SELECT 2) k "
                       "  WHERE h.from_status = 'open' AND h.to_status = 'open' AND h.from_stage_id <> h.to_stage_id "
                       "  ORDER BY k.j, h.id LIMIT ?"
                       "), (SELECT 0 AS side UNION ALL SELECT 1) ORDER BY opportunity_id, t0, j, side"));
    q.add(today).add((kHistoryRows - historyRows(db) + 1) / 2).exec();
    tx.commit();
}

struct Run
{
    std::map<QString, double> wallMs; // moment → ms since QProcess::start()
    std::map<QString, qint64> cpuMs;  // moment → the child's CPU time then
    qint64 peakKb = -1;
    QStringList pages;
    bool ok = false;
    QString error; // what went wrong when not ok
};

Run runOnce(const QString &app, const QString &file, const QProcessEnvironment &env)
{
    Run run;
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    child.start(app,
                {QStringLiteral("--db"), file, QStringLiteral("--startup-trace"), QStringLiteral("--visit-pages")});
    if (!child.waitForStarted(10000)) {
        out << "cannot start " << app << ": " << child.errorString() << '\n';
        return run;
    }
    QByteArray pending;
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        if (!child.canReadLine() && !child.waitForReadyRead(300000))
            break;
        while (child.canReadLine()) {
            const double at = clock.nsecsElapsed() / 1e6;
            const QString line = QString::fromUtf8(child.readLine()).trimmed();
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.value(0) != QLatin1String("startup-trace"))
                continue;
            if (f.value(1) == QLatin1String("peak-rss")) {
                run.peakKb = f.value(2).toLongLong();
            } else if (f.value(1) == QLatin1String("page")) {
                run.pages << f.mid(2, f.size() - 4).join(QLatin1Char(' '))
                                 + QStringLiteral(" %1 ms").arg(at, 0, 'f', 0);
            } else {
                run.wallMs[f.value(1)] = at;
                run.cpuMs[f.value(1)] = f.value(f.size() - 1).toLongLong();
            }
        }
    }
    child.waitForFinished(60000);
    QStringList seen;
    for (const auto &[moment, ms] : run.wallMs)
        seen << moment;
    run.error = QStringLiteral("exit code %1 (%2), moments seen: %3, peak %4")
                    .arg(child.exitCode())
                    .arg(child.exitStatus() == QProcess::NormalExit ? QStringLiteral("normal")
                                                                    : QStringLiteral("crash"))
                    .arg(seen.join(QStringLiteral(", ")))
                    .arg(run.peakKb);
    run.ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 && run.peakKb > 0
             && run.wallMs.count(QStringLiteral("painted")) && run.wallMs.count(QStringLiteral("figures"));
    return run;
}

QString verdict(double value, double target)
{
    return value <= target ? QStringLiteral("ok") : QStringLiteral("OVER");
}

} // namespace

int main(int argc, char *argv[])
{
    // The remembered sign-in is written where the child will read it: its own settings folder.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FunnelDesk"));

    QString file = QStringLiteral("/tmp/funneldesk-bench-startup.sqlite");
    QString appPath = QStringLiteral(FD_FUNNELDESK_PATH);
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--app") && i + 1 < args.size())
            appPath = args[++i];
        else
            file = args[i];
    }

    {
        const QDate today = QDate::currentDate();
        const bool fresh = !QFile::exists(file);
        auto db = Database::openSqlite(file);
        Migrator(*db).migrate();
        if (fresh) {
            out << "Generating " << kDeals << " deals into " << file << " …\n";
            out.flush();
            QElapsedTimer t;
            t.start();
            DemoGenerator(*db, DemoOptions{20261123, kDeals, today}).generate();
            out << "  generated in " << t.elapsed() / 1000 << " s\n";
        }
        if (historyRows(*db) < kHistoryRows)
            topUpHistory(*db, QDateTime(today, QTime(0, 0), Qt::UTC).toString(Qt::ISODate));
        out << "File " << file << ": "
            << SqlQuery(*db, QStringLiteral("SELECT count(*) FROM opportunities")).scalar().toLongLong() << " deals, "
            << historyRows(*db) << " stage-history rows\n";
        SignIn signIn(*db);
        const User admin = signIn.signIn(QStringLiteral("admin"), QString::fromLatin1(kDemoPassword));
        RememberedSignIn::store(*db, {admin.login, signIn.remember(QStringLiteral("bench_startup"))});
        signIn.signOut();
    }
    out << "Application " << appPath << ", " << runs << " runs\n";
    out.flush();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::vector<Run> done;
    for (int i = 0; i < runs; ++i) {
        // Every run starts with no backup of today in its data folder, as the day's first start.
        QDir(QDir(home.path()).filePath(QStringLiteral("data"))).removeRecursively();
        Run r = runOnce(appPath, file, env);
        if (!r.ok) {
            out << "run " << i + 1 << " failed: " << r.error << '\n';
            return 1;
        }
        out << QStringLiteral("run %1: painted %2 ms (cpu %3), figures %4 ms (cpu %5), peak %6 MB\n")
                   .arg(i + 1)
                   .arg(r.wallMs[QStringLiteral("painted")], 0, 'f', 0)
                   .arg(r.cpuMs[QStringLiteral("painted")])
                   .arg(r.wallMs[QStringLiteral("figures")], 0, 'f', 0)
                   .arg(r.cpuMs[QStringLiteral("figures")])
                   .arg(r.peakKb / 1024.0, 0, 'f', 1);
        out << "  pages: " << r.pages.join(QStringLiteral(", ")) << '\n';
        out.flush();
        done.push_back(std::move(r));
    }
    const auto median = [&](auto value) {
        std::vector<double> v;
        for (const Run &r : done)
            v.push_back(value(r));
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double painted = median([](const Run &r) { return r.wallMs.at(QStringLiteral("painted")); });
    const double figures = median([](const Run &r) { return r.wallMs.at(QStringLiteral("figures")); });
    const double peak = median([](const Run &r) { return r.peakKb / 1024.0; });
    out << "\nMedian of " << runs << " runs:\n";
    out << QStringLiteral("start to first painted window  %1 ms   (target <= %2 ms)  %3\n")
               .arg(painted, 6, 'f', 0)
               .arg(kPaintTargetMs)
               .arg(verdict(painted, kPaintTargetMs));
    out << QStringLiteral("start to all dashboard figures %1 ms   (target <= %2 ms)  %3\n")
               .arg(figures, 6, 'f', 0)
               .arg(kFiguresTargetMs)
               .arg(verdict(figures, kFiguresTargetMs));
    out << QStringLiteral("peak RSS after every page      %1 MB   (target <= %2 MB)  %3\n")
               .arg(peak, 6, 'f', 1)
               .arg(kPeakTargetMb)
               .arg(verdict(peak, kPeakTargetMb));
    return 0;
}
