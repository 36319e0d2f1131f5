#pragma once

#include <QtGlobal>

#include <functional>

namespace fd {

class Database;

// What to generate: the same seed (and the same clock) always gives the same office.
struct DemoOptions
{
    quint32 seed = 20261123;
    int opportunities = 3000; // 1 .. 1,000,000; everything else scales with it
};

// Row counts of what generate() stored, and the won revenue.
struct DemoReport
{
    int regions = 0, teams = 0, users = 0, customers = 0, contacts = 0, leads = 0, opportunities = 0,
        historyRows = 0, activities = 0, tasks = 0, contracts = 0, instalments = 0, receipts = 0, campaigns = 0,
        targets = 0;
    qint64 wonCents = 0;
};

// Fills a database with a realistic, deterministic Chinese sales office (demo and
// benchmarks): organisation, customers, pipeline, deals with stage histories,
// activities, leads, targets, contracts and receivables. "Now" is db.clock().now().
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
