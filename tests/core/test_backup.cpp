// Backup, restore and check on real SQLite files: funneldesk-cli backup / restore / check,
// the online backup while another connection writes, the refusals of restore, and the
// automatic rotating backups.
#include "catchqt.h"
#include "clirun.h"
#include "smalloffice.h"

#include "domain/clock.h"
#include "storage/backup/backuprotation.h"
#include "storage/backup/backupservice.h"
#include "storage/backup/databasecheck.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/settingsrepository.h"
#include "storage/sqlquery.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <atomic>

using namespace fd;
using namespace fd::test;

namespace {

// The small office with padding rows enough that a backup takes many steps of the backup
// API (~8 MB).
struct Office : SmallOffice
{
    explicit Office(int dealCount = 3)
        : SmallOffice(dealCount)
    {
    }
    void pad()
    {
        tdb.db().exec(QStringLiteral("CREATE TABLE test_padding (x BLOB)"));
        tdb.db().exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                     "INSERT INTO test_padding SELECT randomblob(4000) FROM n"));
    }
};

qint64 countIn(const QString &file, const QString &table)
{
    auto db = Database::openSqlite(file);
    SqlQuery q(*db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.scalar().toLongLong();
}

} // namespace

TEST_CASE("backup writes a copy that restore brings back, keeping the replaced data", "[backup]")
{
    Office office;
    const QString backupFile = office.file(QStringLiteral("office-backup.sqlite"));
    const CliRun backup = runCliWith(
        {QStringLiteral("--db"), office.tdb.path(), QStringLiteral("backup"), QStringLiteral("--out"), backupFile});
    REQUIRE(backup.code == 0);
    CHECK(backup.out.contains(QStringLiteral("3 deal(s)")));
    CHECK(countIn(backupFile, QStringLiteral("opportunities")) == 3);
    // One self-contained file: no WAL beside it, a rollback journal mode in its header.
    CHECK_FALSE(QFileInfo::exists(backupFile + QStringLiteral("-wal")));

    // Work goes on after the backup: a fourth deal.
    office.addDeal(999900);
    office.tdb.reopen();
    REQUIRE(office.tdb.count(QStringLiteral("opportunities")) == 4);

    const CliRun restore = runCliWith(
        {QStringLiteral("--db"), office.tdb.path(), QStringLiteral("restore"), QStringLiteral("--from"), backupFile});
    REQUIRE(restore.code == 0);
    INFO(restore.out.toStdString());
    CHECK(office.tdb.count(QStringLiteral("opportunities")) == 3); // the open connection sees the restored data
    const QStringList kept = QDir(office.tdb.dir()).entryList({QStringLiteral("test.sqlite.replaced-*.sqlite")});
    REQUIRE(kept.size() == 1);
    CHECK(restore.out.contains(kept.first()));
    CHECK(countIn(office.file(kept.first()), QStringLiteral("opportunities")) == 4); // what was replaced
    CHECK(runCliWith({QStringLiteral("--db"), office.tdb.path(), QStringLiteral("check")}).code == 0);
}

TEST_CASE("a backup is one instant of the database while another connection writes", "[backup]")
{
    Office office(2);
    office.pad();
    const qint64 deal = office.deals.first();
    const qint64 second = office.pipeline.stages.at(1).id;
    const qint64 first = office.pipeline.stages.at(0).id;
    // A writer on its own connection and thread moves the deal back and forth: each move is
    // one transaction updating the deal and appending its history row.
    std::atomic<bool> stop{false};
    std::atomic<int> moves{0};
    std::atomic<int> movesDuringCopy{0};
    std::atomic<bool> copying{false};
    const auto connect = office.tdb.db().connector();
    QThread *writer = QThread::create([&] {
        auto db = connect();
        OpportunityRepository deals(*db);
        for (int i = 0; !stop; ++i) {
            deals.changeStage(deal, i % 2 ? first : second);
            ++moves;
            if (copying)
                ++movesDuringCopy;
        }
    });
    writer->start();
    while (moves < 5)
        QThread::msleep(1);

    const QString backupFile = office.file(QStringLiteral("during-writes.sqlite"));
    int steps = 0;
    copying = true;
    backupservice::backup(office.tdb.db(), backupFile, [&](int, int) {
        ++steps;
        QThread::msleep(20); // let the writer commit between steps
        return true;
    });
    copying = false;
    stop = true;
    writer->wait();
    delete writer;

    CHECK(steps > 3);
    CHECK(movesDuringCopy > 0); // the writer was not blocked by the copy
    // In the copy the deal is where its last history row says, with as many rows as moves.
    auto copy = Database::openSqlite(backupFile);
    SqlQuery stage(*copy, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"));
    stage.add(deal);
    SqlQuery last(*copy, QStringLiteral("SELECT to_stage_id FROM opportunity_stage_history WHERE opportunity_id = ? "
                                        "ORDER BY id DESC LIMIT 1"));
    last.add(deal);
    CHECK(stage.scalar().toLongLong() == last.scalar().toLongLong());
    const CheckReport report = databasecheck::checkSqliteFile(backupFile);
    CHECK(report.ok());
    CHECK(countIn(backupFile, QStringLiteral("test_padding")) == 2000);
}

TEST_CASE("restore refuses a file from a newer schema, a foreign database and a non-database", "[backup]")
{
    Office office;
    const QString newer = office.file(QStringLiteral("newer.sqlite"));
    backupservice::backup(office.tdb.db(), newer);
    {
        auto db = Database::openSqlite(newer);
        SqlQuery q(*db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', "
                                       "'2027-01-01T00:00:00Z')"));
        q.add(Migrator::latestVersion() + 1).exec();
    }
    const QString foreign = office.file(QStringLiteral("other-app.sqlite"));
    {
        auto db = Database::openSqlite(foreign);
        db->exec(QStringLiteral("CREATE TABLE notes (x TEXT)"));
    }
    const QString text = office.file(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("id,name\n1,not a database\n");
    }
    office.addDeal(5); // the file now differs
    struct Case
    {
        QString file;
        QString says;
    };
    for (const Case &c :
         {Case{newer, QStringLiteral("newer FunnelDesk")}, Case{foreign, QStringLiteral("not a FunnelDesk database")},
          Case{text, QStringLiteral("not a FunnelDesk database or backup")},
          Case{office.file(QStringLiteral("missing.sqlite")), QStringLiteral("does not exist")}}) {
        INFO(c.file.toStdString());
        const CliRun r = runCliWith(
            {QStringLiteral("--db"), office.tdb.path(), QStringLiteral("restore"), QStringLiteral("--from"), c.file});
        CHECK(r.code == 1);
        CHECK(r.err.contains(c.says));
        CHECK(office.tdb.count(QStringLiteral("opportunities")) == 4); // untouched
        CHECK(QDir(office.tdb.dir()).entryList({QStringLiteral("*.replaced-*")}).isEmpty());
    }
    CHECK(runCliWith({QStringLiteral("--db"), office.tdb.path(), QStringLiteral("restore")}).code == 2);
    CHECK(runCliWith({QStringLiteral("--db"), office.tdb.path(), QStringLiteral("backup")}).code == 2);
}

TEST_CASE("check locates a dangling reference by table, row and value", "[backup]")
{
    Office office;
    const QString path = office.tdb.path();
    CHECK(runCliWith({QStringLiteral("--db"), path, QStringLiteral("check")}).code == 0);
    // What a tool that bypasses FunnelDesk (foreign keys off) can leave behind.
    office.tdb.db().exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    office.tdb.db().exec(QStringLiteral("INSERT INTO opportunity_stage_history (opportunity_id, to_stage_id, "
                                        "to_status, changed_at) VALUES (99999, %1, 'open', '2026-01-01T00:00:00Z')")
                             .arg(office.pipeline.stages.first().id));
    const qint64 row = office.tdb.scalar(QStringLiteral("SELECT max(id) FROM opportunity_stage_history")).toLongLong();
    const CliRun r = runCliWith({QStringLiteral("--db"), path, QStringLiteral("check")});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("opportunity_stage_history row %1: opportunity_id = 99999 refers to no row "
                                        "of opportunities")
                             .arg(row)));
    CHECK(r.out.contains(QStringLiteral("1 problem(s)")));
    const CliRun json = runCliWith({QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(json.code == 1);
    CHECK(json.out.contains(QStringLiteral("\"table\": \"opportunity_stage_history\"")));
}

TEST_CASE("check reports a damaged file instead of refusing it, and restore replaces it", "[backup]")
{
    Office office(20);
    office.pad();
    const QString good = office.file(QStringLiteral("good.sqlite"));
    backupservice::backup(office.tdb.db(), good);
    const QString damaged = office.file(QStringLiteral("damaged.sqlite"));
    REQUIRE(QFile::copy(good, damaged));
    {
        // Overwrite the headers of pages in the middle of the file (b-tree pages of the padding).
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 from = f.size() / 3 / 4096 * 4096;
        for (qint64 at = from; at < from + 40 * 4096; at += 4096) {
            f.seek(at);
            f.write(QByteArray(16, '\xff'));
        }
    }
    const CliRun r = runCliWith({QStringLiteral("--db"), damaged, QStringLiteral("check")});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("problem(s)")));
    CHECK_FALSE(r.out.contains(QStringLiteral(": ok\n")));

    const CliRun restore = runCliWith(
        {QStringLiteral("--db"), damaged, QStringLiteral("restore"), QStringLiteral("--from"), good});
    INFO(restore.err.toStdString());
    REQUIRE(restore.code == 0);
    CHECK(runCliWith({QStringLiteral("--db"), damaged, QStringLiteral("check")}).code == 0);
    CHECK(countIn(damaged, QStringLiteral("opportunities")) == 20);
    CHECK(QDir(office.tdb.dir()).entryList({QStringLiteral("damaged.sqlite.replaced-*.sqlite")}).size() == 1);
}

TEST_CASE("automatic backups: one a day, before a migration, the newest N kept", "[backup]")
{
    Office office;
    const QString folder = office.file(QStringLiteral("backups"));
    SettingsRepository(office.tdb.db()).setInteger(QString::fromLatin1(BackupRotation::kKeepSetting), 3);
    BackupRotation rotation(folder, BackupRotation::keepSetting(office.tdb.db()));
    const QDateTime day1(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    const QString first = rotation.dailyIfDue(office.tdb.db(), day1);
    CHECK(QFileInfo(first).fileName().startsWith(QStringLiteral("test.sqlite-")));
    CHECK(first.endsWith(QStringLiteral("-20261123-090000-daily.sqlite")));
    CHECK(rotation.dailyIfDue(office.tdb.db(), day1.addSecs(3600)).isEmpty()); // same day: none due
    CHECK(countIn(first, QStringLiteral("opportunities")) == 3);

    // Four more days: only the newest three backups of this file stay.
    for (int d = 1; d <= 4; ++d)
        CHECK_FALSE(rotation.dailyIfDue(office.tdb.db(), day1.addDays(d)).isEmpty());
    const QStringList kept = rotation.backupsOf(office.tdb.path());
    REQUIRE(kept.size() == 3);
    CHECK(kept.first().endsWith(QStringLiteral("-20261127-090000-daily.sqlite")));
    CHECK(kept.last().endsWith(QStringLiteral("-20261125-090000-daily.sqlite")));

    // Another file of the same name elsewhere keeps its own backups.
    QTemporaryDir elsewhere;
    auto other = Database::openSqlite(QDir(elsewhere.path()).filePath(QStringLiteral("test.sqlite")));
    Migrator(*other).migrate();
    CHECK_FALSE(rotation.dailyIfDue(*other, day1).isEmpty());
    CHECK(rotation.backupsOf(office.tdb.path()).size() == 3);
    CHECK(rotation.backupsOf(other->location()).size() == 1);

    // A migration backs up first, into the same rotation (the office's keep applies). At
    // version 0 with data, the first migration fails (its tables exist), after the backup.
    office.tdb.db().exec(QStringLiteral("DELETE FROM schema_version"));
    office.tdb.clock().set(day1.addDays(5));
    Migrator m(office.tdb.db());
    m.setBackupFolder(folder);
    CHECK_THROWS(m.migrate());
    CHECK(m.backupPath().endsWith(QStringLiteral("-20261128-090000-before-v0.sqlite")));
    CHECK(rotation.backupsOf(office.tdb.path()).size() == 3);
    CHECK(rotation.backupsOf(office.tdb.path()).first() == m.backupPath());
}
