#include "reportsnapshots.h"

#include "storage/repositories/forecastsnapshotrepository.h"

namespace fd::report {

void recordReportForecasts(Database &db, const WeeklyReportData &data)
{
    const analytics::Scope scope = data.scope.analyticsScope();
    std::vector<ForecastSnapshot> snapshots{snapshotOf(data.month, scope, QStringLiteral("report")),
                                            snapshotOf(data.quarter, scope, QStringLiteral("report"))};
    ForecastSnapshotRepository(db).record(snapshots);
}

} // namespace fd::report
