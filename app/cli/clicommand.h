#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "cliapp.h"
#include "domain/errors.h"

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
    // Runs with the parsed options and returns ExitOk, or ExitFailure after writing why to
    // ctx.err. Throws UsageError for a wrong command line (exit code 2) and fd::Error when the
    // command fails (exit code 1); runCli prints either on ctx.err (see CliExit in cliapp.h).
    virtual int run(const QCommandLineParser &parser, CliContext &ctx) const = 0;
};

// The command line is wrong (see ExitUsage): a required option missing, an option value not of
// its form. runCli prints "funneldesk-cli <command>: <message>" and returns ExitUsage.
class UsageError : public Error
{
public:
    using Error::Error;
};

} // namespace fd
