#pragma once

#include <QDate>

#include <functional>

namespace fd {

class Database;

// What to generate: the same seed and day always give the same office, row for row.
struct DemoOptions
{
    quint32 seed = 20261123;
    int opportunities = 3000; // 1 .. 1,000,000; everything else scales with it
    // The office's "today": its history ends at 00:00 UTC of this day (08:00 in Beijing,
    // before office hours), and every stored timestamp (created_at, changed_at, audit
    // rows, tasks, receipts...) is derived from it, never from the wall clock.
    // Invalid = the UTC date of db.clock().now().
    QDate today{};
};

// Every person of the demo office signs in with this password on SQLite (README, "Demo
// office"); the administrator's login is "admin". On PostgreSQL no password is stored.
inline constexpr const char *kDemoPassword = "demo1234";

// Row counts of what generate() stored, and the won revenue.
struct DemoReport
{
    int regions = 0, teams = 0, users = 0, customers = 0, contacts = 0, leads = 0, opportunities = 0, historyRows = 0,
        activities = 0, tasks = 0, contracts = 0, instalments = 0, receipts = 0, campaigns = 0, targets = 0,
        payPlans = 0;
    qint64 wonCents = 0;
};

// Fills a database with a realistic, deterministic Chinese sales office (demo and
// benchmarks): organisation, customers, pipeline, deals with stage histories,
// activities, leads, targets, contracts and receivables. "Now" is the start of
// DemoOptions::today; the database's clock is held there while generating.
class DemoGenerator final
{
public:
    DemoGenerator(Database &db, DemoOptions options);

    // Fills an EMPTY migrated database (throws fd::Error if it already holds opportunities).
    // progress(done, total) may return false to cancel: then nothing at all is stored (one transaction).
    DemoReport generate(const std::function<bool(qint64 done, qint64 total)> &progress = {});

private:
    Database &m_db;
    DemoOptions m_options;
};

} // namespace fd
