#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace fd::test {

// Kills funneldesk-cli with SIGKILL at random points while it writes, and checks after every
// kill that the database is whole and that nothing is half applied or lost.
//
// Each round runs one command as a child process (fork/exec through QProcess) on the same
// database: an import of a CSV file of kImportRows deals, a stage move or an undo of a deal's
// last move, a receipt on an approved contract, a merge of two duplicate customers, or (on
// SQLite) a migration: `info` run on a copy of an office at the version before a migration
// that rebuilds a long table, or on the file a killed migration left.
// After a random delay within the command's usual duration the child is sent SIGKILL unless
// it has finished. Then, in this process:
//   corrupt:      PRAGMA integrity_check / foreign_key_check (databasecheck), or on PostgreSQL
//                 every foreign key row by row, find anything;
//   half applied: a deal whose stage or status is not where its last stage-history row says,
//                 an import batch present in part, a merge whose removed customer still has
//                 deals pointed at the keeper or the reverse, a schema version that disagrees
//                 with its tables: the migration's file at a version v whose schema (every
//                 table, index and trigger) or recorded versions differ from what a whole
//                 migration to v leaves, or that lacks rows the office had;
//   lost:         a change the command acknowledged on its standard output before the kill
//                 (a move's history row, an undo's removal, a receipt, an import's rows, a
//                 merge) that is not in the database, or a finished migration not at the
//                 newest version.
// Every figure must be 0.
struct CrashConfig
{
    QString cli;      // the funneldesk-cli program
    QString target;   // the database: a SQLite file or a postgresql:// address
    QString workDir;  // CSV files, the child's data folder (automatic backups)
    quint32 seed = 1; // the rounds and kill times follow from it
    int rounds = 40;  // commands run
    // Whether a kill lands inside a command depends on the machine's speed and load: rounds go
    // on past `rounds` (up to maxRounds) until at least minKills children were killed, so that
    // a bounded run cannot pass by killing nothing.
    int minKills = 0;
    int minMigrationKills = 0; // on SQLite: rounds go on, migrations only, until this many
    int maxRounds = 0;         // 0: 3 × rounds
    // Wall time for the rounds in ms (0: none), so that a loaded machine runs fewer rounds
    // instead of running into CTest's timeout: no round starts after it, and from half of it
    // on the rounds go to what still lacks its minimum kills (migrations first).
    qint64 budgetMs = 0;
    int deals = 40;                           // deals of the office the setup writes
    std::function<void(const QString &)> log; // one line per round when set
};

struct CrashFigures
{
    int rounds = 0;
    int kills = 0;        // children that were still running when killed
    int finished = 0;     // children that finished first
    int acknowledged = 0; // changes printed as done
    int corrupt = 0;
    int halfApplied = 0;
    int lost = 0;
    bool outOfTime = false; // the budget ended the rounds before `rounds` (or the minimum kills)
    // The migration rounds (SQLite): from version migrationFrom to migrationTo; where the
    // killed ones left the file (each migration is whole or absent: an intermediate version
    // is one some of the migrations fully reached).
    int migrationFrom = 0;
    int migrationTo = 0;
    int migrations = 0;
    int migrationKills = 0;
    int migrationKilledAtOld = 0;
    int migrationKilledMidway = 0; // of those, killed inside a migration (its pages in the WAL, rolled back)
    int migrationKilledBetween = 0;
    int migrationKilledAtNew = 0;
    QStringList problems; // what each corrupt / half-applied / lost finding was
};

constexpr int kImportRows = 300;

// Writes the office into the (migrated, empty) database `config.target`, then runs the rounds.
CrashFigures runCrashHarness(const CrashConfig &config);

} // namespace fd::test
