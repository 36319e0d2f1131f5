#pragma once

#include "reportdocument.h"

#include "analytics/resultsanalysis.h"

#include <QLocale>

namespace fd::report {

// The printed results analysis (成果分析) the Results page and `funneldesk-cli results --pdf`
// write: won amount, cost, margin and margin % by region and by product line, with totals
// (DEFINITIONS.md §10a), then each row's performance. `company` heads every page; `scope`
// says what the figures are narrowed to ("Whole company" when empty).
ReportDocument resultsReportDocument(const analytics::ResultsAnalysis &result, const QString &company,
                                     const QString &scope = {}, const QLocale &locale = QLocale());

} // namespace fd::report
