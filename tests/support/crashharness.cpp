#include "crashharness.h"

#include "builders.h"
#include "contractfixture.h"

#include "domain/errors.h"
#include "storage/backup/databasecheck.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <sys/types.h>

namespace fd::test {

namespace {

// The migration the migration rounds kill: 0017 rebuilds audit_log (SQLite cannot change a
// CHECK constraint in place), and ten years of history make that copy last long enough for
// kills to land inside it. The rounds migrate from the version before it to the newest, so the
// migrations that came later are killed too. Fixed rather than "the newest that changes a
// SQLite file": a newer one may only add a small table (0020), where kills hardly ever land.
constexpr int kKilledMigration = 17;
constexpr int kMigrationAuditRows = 50000;
constexpr int kMigrationDeals = 1000;

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

// What a whole migration to each version leaves in a SQLite file: the schema (every table,
// index and trigger as sqlite_master has it) and the versions recorded.
struct SchemaAt
{
    QStringList schema;
    QStringList versions;
};

SchemaAt schemaOf(Database &db)
{
    SchemaAt at;
    SqlQuery objects(db, QStringLiteral("SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master WHERE "
                                        "name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    objects.exec();
    while (objects.next())
        at.schema << QStringLiteral("%1 %2 on %3: %4")
                         .arg(objects.value(0).toString(), objects.value(1).toString(), objects.value(2).toString(),
                              objects.value(3).toString());
    SqlQuery versions(db, QStringLiteral("SELECT version FROM schema_version ORDER BY version"));
    versions.exec();
    while (versions.next())
        at.versions << versions.value(0).toString();
    return at;
}

qint64 versionOf(Database &db)
{
    return scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
}

// The office of the migration rounds, at version kKilledMigration - 1, in plain SQL of that
// version's schema: the domain's code writes the newest schema (a split form on every deal
// since 0019...), and a released migration never changes, so this SQL stays valid however
// many migrations come after. Deals with their history and team (half of them split by
// amount, which 0019 reads), and the long audit trail 0017 copies.
void writeOldOffice(Database &db)
{
    const QStringList statements = {
        QStringLiteral("INSERT INTO users (login, display_name, role, created_at, updated_at) VALUES "
                       "('wangfang', '王芳', 'rep', {AT}, {AT}), ('lilei', '李雷', 'manager', {AT}, {AT})"),
        QStringLiteral("INSERT INTO pipelines (name, is_default, created_at) VALUES ('标准销售流程', 1, {AT})"),
        QStringLiteral("INSERT INTO stages (pipeline_id, name, position, win_probability, created_at) "
                       "SELECT p.id, s.name, s.position, s.win, {AT} FROM pipelines p, (SELECT '初步接洽' AS name, 0 "
                       "AS position, 10 AS win UNION ALL SELECT '需求确认', 1, 30 UNION ALL SELECT '方案报价', 2, 60 "
                       "UNION ALL SELECT '合同谈判', 3, 80) s"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
                       "INSERT INTO customers (name, normalized_name, owner_id, created_at, updated_at) "
                       "SELECT '老客户' || i, '老客户' || i, (SELECT min(id) FROM users), {AT}, {AT} FROM n"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {DEALS}) "
                       "INSERT INTO opportunities (title, customer_id, owner_id, pipeline_id, stage_id, amount_cents, "
                       "created_at, updated_at) SELECT '历史商机' || i, (SELECT min(id) FROM customers) + i % 100, "
                       "(SELECT min(id) FROM users), s.pipeline_id, s.id, 100000 + i, {AT}, {AT} FROM n JOIN stages s "
                       "ON s.position = i % 4"),
        QStringLiteral("INSERT INTO opportunity_stage_history (opportunity_id, to_stage_id, to_status, changed_at, "
                       "changed_by) SELECT id, stage_id, status, created_at, owner_id FROM opportunities"),
        QStringLiteral("INSERT INTO opportunity_team_members (opportunity_id, user_id, split_percent, "
                       "split_amount_cents) SELECT id, owner_id, CASE WHEN id % 2 = 0 THEN 100 END, CASE WHEN id % 2 "
                       "= 1 THEN amount_cents END FROM opportunities"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {AUDIT}) "
                       "INSERT INTO audit_log (occurred_at, user_id, entity, entity_id, action, field, old_value, "
                       "new_value) SELECT {AT}, (SELECT min(id) FROM users), 'opportunity', i % {DEALS} + 1, 'update', "
                       "'title', 'old ' || i, 'new ' || i FROM n"),
    };
    Transaction tx(db);
    for (const QString &statement : statements)
        db.exec(QString(statement)
                    .replace(QLatin1String("{AT}"), QLatin1String("'2020-01-01T00:00:00Z'"))
                    .replace(QLatin1String("{DEALS}"), QString::number(kMigrationDeals))
                    .replace(QLatin1String("{AUDIT}"), QString::number(kMigrationAuditRows)));
    tx.commit();
}

// The migration rounds (SQLite): a copy of the office at the version before kKilledMigration,
// which a command migrates to the newest while it may be killed. The office is a file of its
// own, set up once at the old version, because a migration cannot be set back on SQLite in
// general (0009 adds columns with a reference, which ALTER TABLE cannot drop). After every
// round the file must be whole at a version some migrations fully reached: that version's
// schema and recorded versions exactly, and every row the office had.
struct MigrationOffice
{
    int from = 0;
    int latest = 0;
    QHash<int, SchemaAt> ladder; // version → what a whole migration to it leaves
    QString templateFile;        // the office at `from`, copied for each fresh round
    QString file;                // the file the rounds migrate
    QString latestFile;          // an empty office at the newest version: nothing to migrate
    QHash<QString, qint64> rows; // rows of each table of the office
};

MigrationOffice setUpMigrationOffice(const CrashConfig &config)
{
    MigrationOffice m;
    const QDir dir(config.workDir);
    const QString backups = dir.filePath(QStringLiteral("migration-backups"));
    m.latest = Migrator::latestVersion();
    m.from = kKilledMigration - 1;
    {
        m.latestFile = dir.filePath(QStringLiteral("ladder.sqlite"));
        auto db = Database::openSqlite(m.latestFile);
        Migrator migrator(*db);
        migrator.setBackupFolder(backups);
        for (int v = 1; v <= m.latest; ++v) {
            migrator.migrateTo(v);
            m.ladder.insert(int(versionOf(*db)), schemaOf(*db));
        }
    }
    if (m.ladder.value(m.from).schema == m.ladder.value(kKilledMigration).schema)
        throw StorageError(QStringLiteral("crash harness: migration %1 changes nothing in a SQLite file; choose one "
                                          "that rebuilds a table")
                               .arg(kKilledMigration));
    m.templateFile = dir.filePath(QStringLiteral("migration-office.sqlite"));
    m.file = dir.filePath(QStringLiteral("migration.sqlite"));
    auto db = Database::openSqlite(m.templateFile);
    Migrator migrator(*db);
    migrator.setBackupFolder(backups);
    migrator.migrateTo(m.from);
    writeOldOffice(*db);
    SqlQuery tables(*db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                        "'sqlite_%'"));
    tables.exec();
    while (tables.next()) {
        if (tables.value(0).toString() != QLatin1String("schema_version")) // checked against the ladder
            m.rows.insert(tables.value(0).toString(), 0);
    }
    for (auto it = m.rows.begin(); it != m.rows.end(); ++it)
        it.value() = scalar(*db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(it.key()));
    return m;
}

void removeSqliteFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

struct Run
{
    QString out;
    QString err;
    bool killed = false;
    int exitCode = -1;
    qint64 elapsedMs = 0;
};

Run runChild(const CrashConfig &config, const QString &target, const QStringList &args, qint64 killAfterUs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(config.workDir).filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(config.cli, QStringList{QStringLiteral("--db"), target} + args);
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

// After a migration round: the file is whole, at a version whole migrations reached (that
// version's schema and recorded versions, every row of the office), and at the newest
// version when the command finished.
void checkMigration(CrashFigures &f, const MigrationOffice &migration, int round, const Run &run)
{
    ++f.migrations;
    const auto problem = [&f, round](int &counter, const QString &what) {
        ++counter;
        f.problems.append(QStringLiteral("round %1: migration: %2").arg(round).arg(what));
    };
    // Pages a killed command left in the WAL (opening the file below rolls back any that no
    // commit covers): at the old version they show a migration killed half way.
    const bool walLeft = QFileInfo(migration.file + QStringLiteral("-wal")).size() > 0;
    const CheckReport report = databasecheck::check(migration.file);
    for (const CheckProblem &p : report.problems)
        problem(f.corrupt, QStringLiteral("%1 row %2: %3").arg(p.table).arg(p.row).arg(p.what));
    auto db = Database::openSqlite(migration.file);
    const int version = int(versionOf(*db));
    if (run.killed) {
        ++f.migrationKills;
        if (version == migration.from) {
            ++f.migrationKilledAtOld;
            f.migrationKilledMidway += walLeft ? 1 : 0;
        } else if (version == migration.latest)
            ++f.migrationKilledAtNew;
        else
            ++f.migrationKilledBetween;
    } else if (run.exitCode == 0) {
        ++f.acknowledged;
        if (version != migration.latest)
            problem(f.lost,
                    QStringLiteral("finished, yet the file is at version %1 of %2").arg(version).arg(migration.latest));
    } else {
        f.problems.append(
            QStringLiteral("round %1: migration failed without a kill: %2").arg(round).arg(run.err.trimmed()));
    }
    if (version < migration.from || !migration.ladder.contains(version)) {
        problem(f.halfApplied, QStringLiteral("the file is at version %1, outside %2 to %3")
                                   .arg(version)
                                   .arg(migration.from)
                                   .arg(migration.latest));
        return;
    }
    const SchemaAt found = schemaOf(*db);
    const SchemaAt &whole = migration.ladder.value(version);
    if (found.versions != whole.versions)
        problem(f.halfApplied, QStringLiteral("versions %1 recorded at version %2, where a whole migration records %3")
                                   .arg(found.versions.join(QLatin1Char(',')))
                                   .arg(version)
                                   .arg(whole.versions.join(QLatin1Char(','))));
    for (const QString &object : found.schema) {
        if (!whole.schema.contains(object))
            problem(f.halfApplied, QStringLiteral("at version %1, %2 is not that version's").arg(version).arg(object));
    }
    for (const QString &object : whole.schema) {
        if (!found.schema.contains(object))
            problem(f.halfApplied, QStringLiteral("at version %1, %2 is missing").arg(version).arg(object));
    }
    for (auto it = migration.rows.cbegin(); it != migration.rows.cend(); ++it) {
        const QString table = QStringLiteral("table %1 on %1: ").arg(it.key());
        if (std::none_of(whole.schema.cbegin(), whole.schema.cend(),
                         [&](const QString &o) { return o.startsWith(table); }))
            continue; // a table a migration removes on purpose
        const qint64 n = scalar(*db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(it.key()));
        if (n != it.value())
            problem(f.halfApplied,
                    QStringLiteral("%1 has %2 rows, the office had %3").arg(it.key()).arg(n).arg(it.value()));
    }
}

} // namespace

CrashFigures runCrashHarness(const CrashConfig &config)
{
    CrashFigures f;
    QDir().mkpath(QDir(config.workDir).filePath(QStringLiteral("data")));
    auto db = Database::open(config.target);
    const Office office = writeOffice(*db, config.deals);
    const bool onSqlite = db->dialect().kind() == Dialect::Kind::Sqlite;
    const MigrationOffice migration = onSqlite ? setUpMigrationOffice(config) : MigrationOffice();
    f.migrationFrom = migration.from;
    f.migrationTo = migration.latest;
    QRandomGenerator rng(config.seed);
    // How long the command of the migration rounds takes with nothing to migrate: before then
    // it is starting up, and a kill there only shows the old file untouched.
    const qint64 startUpUs = onSqlite
                                 ? runChild(config, migration.latestFile, {QStringLiteral("info")}, -1).elapsedMs * 1000
                                 : 0;

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
    const auto wanting = [&] {
        return f.kills < config.minKills || (onSqlite && f.migrationKills < config.minMigrationKills);
    };
    QElapsedTimer wall;
    wall.start();
    const auto pastBudget = [&](qint64 share) { return config.budgetMs > 0 && wall.elapsed() >= share; };
    for (int round = 0; round < config.rounds || (wanting() && round < maxRounds); ++round) {
        if (pastBudget(config.budgetMs)) {
            f.outOfTime = true;
            break;
        }
        int pick = int(rng.bounded(100));
        // Past the rounds asked for, or past half the time, only migrations while they still
        // lack kills (a killed migration counts as a kill too).
        if ((round >= config.rounds || pastBudget(config.budgetMs / 2)) && onSqlite
            && f.migrationKills < config.minMigrationKills)
            pick = 99;
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
                continue; // the migration rounds are SQLite's (PostgreSQL DDL is transactional)
            kind = QStringLiteral("migration");
            // A killed migration is run again by the next round (finished by a later command,
            // as the user's next start does); a finished one starts over from the old office.
            bool fresh = !QFile::exists(migration.file);
            if (!fresh) {
                auto m = Database::openSqlite(migration.file);
                fresh = versionOf(*m) == migration.latest;
            }
            if (fresh) {
                removeSqliteFile(migration.file);
                QFile::copy(migration.templateFile, migration.file);
            }
            args = {QStringLiteral("info")};
        }
        // Release this process's connection's locks and cache while the child works.
        db.reset();
        qint64 killAt = -1;
        // A kind's first command, and then one in six unless time is short, run to their end
        // to measure them: commands grow slower as the office grows and the machine gets
        // busy, and a duration learnt once would have the rounds kill nearly every command.
        const bool hurry = wanting() && pastBudget(config.budgetMs / 2);
        const bool measure = !usualUs.contains(kind) || (!hurry && rng.bounded(6) == 0);
        if (!measure) {
            // A migration round's kill comes once the command would have started migrating;
            // short of time and kills, well before the command usually ends.
            const qint64 usual = usualUs.value(kind);
            const qint64 from = kind == QLatin1String("migration") ? std::min(startUpUs, usual / 2) : 0;
            const qint64 until = hurry ? usual * 3 / 4 : usual * 3 / 2;
            killAt = from + qint64(rng.bounded(quint32(std::max<qint64>(1, until - from))));
        }
        const Run run = runChild(config, kind == QLatin1String("migration") ? migration.file : config.target, args,
                                 killAt);
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
        if (kind == QLatin1String("migration"))
            checkMigration(f, migration, round, run);
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
                           .arg(run.killed ? QStringLiteral(": killed")
                                           : QStringLiteral(": finished in %1 ms").arg(run.elapsedMs)));
    }
    return f;
}

} // namespace fd::test
