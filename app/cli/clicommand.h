#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace fd {

class Database;

// What every command gets: its output streams and the database named by --db.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QString dbPath; // --db, or the default location
    // Opens (and migrates) the database on first use and signs in the --user (SQLite):
    // every change the command makes records that user. Throws fd::Error (SignInError).
    std::function<Database &()> database;
    // The next line of standard input (passwords: --password-stdin), without the line
    // break; empty at the end of input. When --user reads its password from standard
    // input too (no FD_PASSWORD), that is the first line and database() reads it.
    std::function<QString()> readLine;
};

// One sub-command of funneldesk-cli. A command writes results to ctx.out, errors to
// ctx.err, and returns the process exit code. It never leaves a partial write behind:
// everything it changes is one transaction.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    // Name typed on the command line ("info", "demo", …).
    virtual QString name() const = 0;
    // One line for the command list.
    virtual QString summary() const = 0;
    // Declares the command's options on `parser` (--help is added by the caller).
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // Runs with the parsed options. Throws fd::Error for failures (exit code 1).
    virtual int run(const QCommandLineParser &parser, CliContext &ctx) const = 0;
};

// Exit codes shared by all commands.
enum CliExit { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

} // namespace fd
