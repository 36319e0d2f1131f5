#pragma once

#include "weeklyreport.h"

namespace fd {

class Database;

namespace report {

// Records the forecasts a weekly report shows (its month and its quarter) as forecast
// snapshots with source "report" (DEFINITIONS.md §12). Called when a report is produced
// for reading — printed, or written as PDF or HTML (the CLI's `report`, the Reports page's
// Print… / Save as… buttons) — never when it is only gathered for the screen.
// One transaction. Throws ValidationError / StorageError.
void recordReportForecasts(Database &db, const WeeklyReportData &data);

} // namespace report
} // namespace fd
