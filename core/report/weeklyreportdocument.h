#pragma once

#include "reportdocument.h"
#include "weeklyreport.h"

#include <QLocale>

namespace fd::report {

// Lays the weekly report's figures out as blocks (headings, tables, the funnel) with
// translated texts and amounts formatted for `locale`.
ReportDocument weeklyReportDocument(const WeeklyReportData &data, const QLocale &locale = QLocale());

// Translated name of a change kind ("New deals", "Advanced", …).
QString changeKindName(ChangeKind kind);

} // namespace fd::report
