#pragma once

#include "analytics/forecast.h"
#include "analytics/snapshot.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace fd {

class Database;

// One stored forecast (table forecast_snapshots, migration 0004; DEFINITIONS.md §12):
// what a forecast said for a period and scope, as of an instant, and who recorded it where.
struct ForecastSnapshot
{
    qint64 id = 0;
    QString period;         // "2026-12" or "2026-Q4"
    analytics::Scope scope; // 0 = not filtered (stored as NULL)
    QString method;         // analytics::toString(method) at recording time
    QDateTime asOf;         // UTC
    QDateTime recordedAt;   // UTC; set by record()
    qint64 recordedBy = 0;  // user id, 0 = nobody (stored as NULL); set by record()
    QString source;         // "report", "cli" or "gui"
    qint64 wonInPeriod = 0;
    qint64 expected = 0;
    qint64 forecast = 0;
    std::optional<qint64> p10, p50, p90; // none when the method gives no range
    std::optional<qint64> target;
};

// The snapshot of a computed forecast. The range is kept only when the method filled it
// (P10, P50 and P90 all 0 = no range: every method but the simulation leaves them 0).
ForecastSnapshot snapshotOf(const analytics::ForecastResult &forecast, const analytics::Scope &scope,
                            const QString &source);

// Records and lists forecast snapshots. Snapshots are facts about the past: never updated.
class ForecastSnapshotRepository final
{
public:
    explicit ForecastSnapshotRepository(Database &db)
        : m_db(db)
    {
    }

    // Stores every snapshot in one transaction, stamping recorded_at (the clock's now) and
    // recorded_by (the acting user); fills in the ids. Validates all of them first: a bad one
    // (ValidationError naming the snapshot's index and field) stores nothing.
    void record(std::vector<ForecastSnapshot> &snapshots);
    // One snapshot; returns its id.
    qint64 record(ForecastSnapshot &snapshot);

    // Snapshots of `period` for exactly this scope (unset members must be unset), oldest
    // as-of first, then by recording order. An empty `method` lists every method.
    std::vector<ForecastSnapshot> list(const QString &period, const analytics::Scope &scope,
                                       const QString &method = QString());
    // Periods with at least one snapshot for this scope, latest first.
    QStringList periods(const analytics::Scope &scope);

    // Validation of record(); `index` locates the snapshot (row) in the error.
    static void validate(const ForecastSnapshot &snapshot, int index = 0);

private:
    Database &m_db;
};

} // namespace fd
