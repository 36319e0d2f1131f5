#include "crashharness.h"

#include "builders.h"
#include "contractfixture.h"

#include "domain/errors.h"
#include "storage/backup/databasecheck.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace fd::test {

namespace {

// The migration a round sets back and lets a command run again: 0007 (the approval history,
// a table filled from the contracts); later migrations are for PostgreSQL only.
constexpr int kRedoneMigration = 7;

struct Office
{
    QList<qint64> deals;
    QList<qint64> stages;
    QStringList contracts;
    QList<QPair<qint64, qint64>> pairs; // (keep, remove) customers; the removed one has a deal
    QString ownerName;
    QString stageName;
};

Office writeOffice(Database &db, int dealCount)
{
    Office o;
    Builders make(db);
    const Pipeline pipeline = make.pipeline();
    for (const Stage &s : pipeline.stages)
        o.stages.append(s.id);
    o.stageName = pipeline.stages.first().name;
    o.ownerName = QStringLiteral("王芳");
    const qint64 owner = make.user(o.ownerName);
    const qint64 customer = make.customer(QStringLiteral("华东精密机械有限公司"));
    for (int i = 0; i < dealCount; ++i)
        o.deals.append(make.opportunity(pipeline, customer, owner, 100000 + i).id);
    for (int i = 0; i < 12; ++i) {
        const qint64 keep = make.customer(QStringLiteral("重复客户%1").arg(i));
        const qint64 remove = make.customer(QStringLiteral("重复客户%1（副本）").arg(i));
        make.opportunity(pipeline, remove, owner, 5000, QStringLiteral("副本商机%1").arg(i));
        o.pairs.append({keep, remove});
    }
    for (int i = 0; i < 3; ++i) {
        Contract c;
        c.number = QStringLiteral("HT-CRASH-%1").arg(i + 1);
        c.title = QStringLiteral("崩溃测试合同 %1").arg(i + 1);
        c.customerId = customer;
        c.ownerId = owner;
        c.amount = {qint64(1000000000), QStringLiteral("CNY")};
        c.approvalStatus = ApprovalStatus::Approved;
        c.signedDate = QDate(2026, 6, 1);
        recordContract(db, c);
        o.contracts.append(c.number);
    }
    return o;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    for (const QVariant &b : binds)
        q.add(b);
    return q.scalar().toLongLong();
}

bool tableExists(Database &db, const QString &table)
{
    if (db.dialect().kind() == Dialect::Kind::Postgres)
        return scalar(db,
                      QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                     "current_schema() AND table_name = ?"),
                      {table})
               > 0;
    return scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {table})
           > 0;
}

// Sets the schema back to before kRedoneMigration (SQLite: the migration is a table and its
// rows), or leaves a migration a kill interrupted as it is. False when a later migration is
// applied: those cannot be set back on SQLite (ALTER TABLE ADD COLUMN with a reference).
bool setBackMigration(Database &db)
{
    const qint64 version = scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (version < kRedoneMigration)
        return true; // a killed migration: the next command runs it again
    if (version != kRedoneMigration || Migrator::latestVersion() != kRedoneMigration)
        return false;
    db.exec(QStringLiteral("DROP TABLE contract_approvals"));
    SqlQuery q(db, QStringLiteral("DELETE FROM schema_version WHERE version >= ?"));
    q.add(kRedoneMigration).exec();
    return true;
}

struct Run
{
    QString out;
    QString err;
    bool killed = false;
    int exitCode = -1;
    qint64 elapsedMs = 0;
};

Run runChild(const CrashConfig &config, const QStringList &args, qint64 killAfterUs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(config.workDir).filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(config.cli, QStringList{QStringLiteral("--db"), config.target} + args);
    Run r;
    if (!p.waitForStarted()) {
        r.err = p.errorString();
        return r;
    }
    if (killAfterUs >= 0) {
        QThread::usleep(quint64(killAfterUs));
        if (p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            r.killed = true;
        }
    }
    p.waitForFinished(-1);
    r.elapsedMs = timer.elapsed();
    // A process killed before it exited may still have finished its work: it counts as
    // killed only when the signal ended it.
    if (r.killed && p.exitStatus() == QProcess::NormalExit)
        r.killed = false;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

CrashFigures runCrashHarness(const CrashConfig &config)
{
    CrashFigures f;
    QDir().mkpath(QDir(config.workDir).filePath(QStringLiteral("data")));
    auto db = Database::open(config.target);
    const Office office = writeOffice(*db, config.deals);
    const bool onSqlite = db->dialect().kind() == Dialect::Kind::Sqlite;
    QRandomGenerator rng(config.seed);

    // What the commands acknowledged, to be found after every kill.
    QSet<qint64> historyPresent; // acknowledged moves not undone since
    QSet<qint64> historyGone;    // acknowledged undos
    QSet<qint64> receipts;
    QHash<int, bool> imports; // import round → acknowledged
    QSet<int> mergedPairs;    // acknowledged merges (index into office.pairs)
    // The usual duration of each kind of command, so that kills land inside it: the first
    // command of a kind runs to its end to measure it.
    QHash<QString, qint64> usualUs;
    const auto problem = [&f](int &counter, const QString &what) {
        ++counter;
        f.problems.append(what);
    };
    static const QRegularExpression movedRe(QStringLiteral("\\(history (\\d+)\\)"));
    static const QRegularExpression undoneRe(QStringLiteral("\\(history (\\d+) removed\\)"));
    static const QRegularExpression receiptRe(QStringLiteral("^Receipt (\\d+) on contract"));

    const int maxRounds = config.maxRounds > 0 ? config.maxRounds : 3 * config.rounds;
    for (int round = 0; round < config.rounds || (f.kills < config.minKills && round < maxRounds); ++round) {
        const int pick = int(rng.bounded(100));
        QStringList args;
        QString kind;
        qint64 deal = 0;
        qint64 lastHistory = 0;
        int pair = -1;
        if (pick < 15) {
            kind = QStringLiteral("import");
            QString csv = QStringLiteral("title,customer,owner,amount,stage\n");
            for (int i = 0; i < kImportRows; ++i)
                csv += QStringLiteral("crash-r%1-%2,导入客户%3,%4,%5,%6\n")
                           .arg(round)
                           .arg(i)
                           .arg(i % 20)
                           .arg(office.ownerName)
                           .arg(1000 + i)
                           .arg(office.stageName);
            const QString file = QDir(config.workDir).filePath(QStringLiteral("import-%1.csv").arg(round));
            QFile out(file);
            out.open(QIODevice::WriteOnly);
            out.write(csv.toUtf8());
            out.close();
            args = {QStringLiteral("import"),
                    QStringLiteral("--kind"),
                    QStringLiteral("opportunities"),
                    QStringLiteral("--file"),
                    file,
                    QStringLiteral("--create-missing")};
            imports.insert(round, false);
        } else if (pick < 55) {
            kind = QStringLiteral("deal");
            deal = office.deals.at(int(rng.bounded(office.deals.size())));
            lastHistory = scalar(*db,
                                 QStringLiteral("SELECT id FROM opportunity_stage_history WHERE opportunity_id "
                                                "= ? ORDER BY changed_at DESC, id DESC LIMIT 1"),
                                 {deal});
            if (rng.bounded(3) == 0) {
                args = {QStringLiteral("deal"), QStringLiteral("undo"), QStringLiteral("--id"), QString::number(deal)};
            } else {
                const qint64 stage = office.stages.at(int(rng.bounded(office.stages.size())));
                args = {QStringLiteral("deal"),   QStringLiteral("move"),    QStringLiteral("--id"),
                        QString::number(deal),    QStringLiteral("--stage"), QString::number(stage),
                        QStringLiteral("--force")};
            }
        } else if (pick < 75) {
            kind = QStringLiteral("receipt");
            args = {QStringLiteral("receipt"),
                    QStringLiteral("--contract"),
                    office.contracts.at(int(rng.bounded(office.contracts.size()))),
                    QStringLiteral("--amount"),
                    QStringLiteral("1.%1").arg(rng.bounded(10, 99)),
                    QStringLiteral("--date"),
                    QStringLiteral("2026-11-20")};
        } else if (pick < 90) {
            kind = QStringLiteral("merge");
            QList<int> open;
            for (int i = 0; i < office.pairs.size(); ++i) {
                if (scalar(*db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"),
                           {office.pairs.at(i).second}))
                    open.append(i);
            }
            if (open.isEmpty())
                continue;
            pair = open.at(int(rng.bounded(open.size())));
            args = {QStringLiteral("merge"),
                    QStringLiteral("--kind"),
                    QStringLiteral("customers"),
                    QStringLiteral("--keep"),
                    QString::number(office.pairs.at(pair).first),
                    QStringLiteral("--remove"),
                    QString::number(office.pairs.at(pair).second)};
        } else {
            if (!onSqlite)
                continue; // see bench_crash: the migration round is SQLite's (PostgreSQL DDL is transactional)
            // Only while 0007 is the newest migration that runs on SQLite: a later one (an
            // ALTER TABLE ADD COLUMN with a reference) cannot be set back on SQLite.
            if (!setBackMigration(*db))
                continue;
            kind = QStringLiteral("info");
            args = {QStringLiteral("info")};
        }

        // Release this process's connection's locks and cache while the child works.
        db.reset();
        const qint64 killAt = usualUs.contains(kind) ? qint64(rng.bounded(quint32(usualUs.value(kind) * 3 / 2)))
                                                     : qint64(-1);
        const Run run = runChild(config, args, killAt);
        ++f.rounds;
        if (run.killed)
            ++f.kills;
        else
            ++f.finished;
        if (!run.killed) // learn how long it takes, so that later kills land inside it
            usualUs[kind] = usualUs.contains(kind) ? (usualUs.value(kind) + run.elapsedMs * 1000) / 2
                                                   : run.elapsedMs * 1000;
        db = Database::open(config.target);

        // What the command acknowledged.
        if (kind == QLatin1String("import") && run.exitCode == 0 && !run.killed) {
            imports[round] = true;
            ++f.acknowledged;
        } else if (kind == QLatin1String("deal")) {
            if (const auto m = undoneRe.match(run.out); m.hasMatch()) {
                ++f.acknowledged;
                const qint64 h = m.captured(1).toLongLong();
                if (h != lastHistory)
                    problem(f.lost, QStringLiteral("round %1: undo removed history %2, not the deal's last %3")
                                        .arg(round)
                                        .arg(h)
                                        .arg(lastHistory));
                historyPresent.remove(h);
                historyGone.insert(h);
            } else if (const auto m2 = movedRe.match(run.out); m2.hasMatch()) {
                ++f.acknowledged;
                historyPresent.insert(m2.captured(1).toLongLong());
            } else if (args.value(1) == QLatin1String("undo")) {
                historyPresent.remove(lastHistory); // an unacknowledged undo may have happened
            }
        } else if (kind == QLatin1String("receipt")) {
            if (const auto m = receiptRe.match(run.out); m.hasMatch()) {
                ++f.acknowledged;
                receipts.insert(m.captured(1).toLongLong());
            }
        } else if (kind == QLatin1String("merge") && run.out.startsWith(QLatin1String("Merged"))) {
            ++f.acknowledged;
            mergedPairs.insert(pair);
        }
        if (!run.killed && run.exitCode != 0 && kind != QLatin1String("deal"))
            f.problems.append(
                QStringLiteral("round %1: %2 failed without a kill: %3").arg(round).arg(kind, run.err.trimmed()));

        // Whole?
        const CheckReport report = databasecheck::check(config.target);
        for (const CheckProblem &p : report.problems)
            problem(f.corrupt,
                    QStringLiteral("round %1: %2 row %3: %4").arg(round).arg(p.table).arg(p.row).arg(p.what));

        // Half applied? Every deal where its last history row says.
        SqlQuery where(
            *db, QStringLiteral("SELECT o.id FROM opportunities o WHERE NOT EXISTS (SELECT 1 FROM "
                                "opportunity_stage_history h WHERE h.id = (SELECT h2.id FROM opportunity_stage_history "
                                "h2 WHERE h2.opportunity_id = o.id ORDER BY h2.changed_at DESC, h2.id DESC LIMIT 1) "
                                "AND h.to_stage_id = o.stage_id AND h.to_status = o.status)"));
        where.exec();
        while (where.next())
            problem(f.halfApplied, QStringLiteral("round %1: deal %2 is not where its last history row says")
                                       .arg(round)
                                       .arg(where.value(0).toLongLong()));
        for (auto it = imports.cbegin(); it != imports.cend(); ++it) {
            const qint64 n = scalar(*db, QStringLiteral("SELECT count(*) FROM opportunities WHERE title LIKE ?"),
                                    {QStringLiteral("crash-r%1-%").arg(it.key())});
            if (n != 0 && n != kImportRows)
                problem(f.halfApplied, QStringLiteral("round %1: import of round %2 is in part: %3 of %4 rows")
                                           .arg(round)
                                           .arg(it.key())
                                           .arg(n)
                                           .arg(kImportRows));
            else if (it.value() && n == 0)
                problem(
                    f.lost,
                    QStringLiteral("round %1: acknowledged import of round %2 is missing").arg(round).arg(it.key()));
        }
        for (int i = 0; i < office.pairs.size(); ++i) {
            const auto [keep, remove] = office.pairs.at(i);
            const bool removed = scalar(*db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {remove})
                                 == 0;
            const qint64 onKeeper = scalar(
                *db, QStringLiteral("SELECT count(*) FROM opportunities WHERE customer_id = ?"), {keep});
            if (removed != (onKeeper == 1))
                problem(f.halfApplied, QStringLiteral("round %1: merge of customer %2 into %3 is in part")
                                           .arg(round)
                                           .arg(remove)
                                           .arg(keep));
            if (mergedPairs.contains(i) && !removed)
                problem(
                    f.lost,
                    QStringLiteral("round %1: acknowledged merge of customer %2 is missing").arg(round).arg(remove));
        }
        if (onSqlite) {
            const bool migrated = scalar(*db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
                                  >= kRedoneMigration;
            const bool table = tableExists(*db, QStringLiteral("contract_approvals"));
            if (migrated != table
                || (table
                    && scalar(*db, QStringLiteral("SELECT count(*) FROM contract_approvals"))
                           < scalar(*db, QStringLiteral("SELECT count(*) FROM contracts WHERE approval_status <> "
                                                        "'draft'"))))
                problem(f.halfApplied,
                        QStringLiteral("round %1: schema version and the approval history disagree").arg(round));
        }
        // Lost? Every acknowledged change is there.
        for (qint64 h : std::as_const(historyPresent)) {
            if (!scalar(*db, QStringLiteral("SELECT count(*) FROM opportunity_stage_history WHERE id = ?"), {h}))
                problem(f.lost,
                        QStringLiteral("round %1: acknowledged move (history %2) is missing").arg(round).arg(h));
        }
        for (qint64 h : std::as_const(historyGone)) {
            if (scalar(*db, QStringLiteral("SELECT count(*) FROM opportunity_stage_history WHERE id = ?"), {h}))
                problem(f.lost, QStringLiteral("round %1: acknowledged undo (history %2) is back").arg(round).arg(h));
        }
        for (qint64 r : std::as_const(receipts)) {
            if (!scalar(*db, QStringLiteral("SELECT count(*) FROM receipts WHERE id = ?"), {r}))
                problem(f.lost, QStringLiteral("round %1: acknowledged receipt %2 is missing").arg(round).arg(r));
        }
        if (config.log)
            config.log(QStringLiteral("round %1: %2 %3 after %4 ms%5")
                           .arg(round, 3)
                           .arg(kind, args.mid(1, 1).join(QLatin1Char(' ')))
                           .arg(killAt < 0 ? QStringLiteral("(no kill)") : QString::number(killAt / 1000))
                           .arg(run.killed ? QStringLiteral(": killed") : QStringLiteral(": finished")));
    }
    return f;
}

} // namespace fd::test
