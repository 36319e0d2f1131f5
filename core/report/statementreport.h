#pragma once

#include "reportdocument.h"

#include "analytics/statement.h"

#include <QLocale>

namespace fd::report {

// The printed monthly statement (绩效单) the Performance page and `funneldesk-cli statements
// --out` write: the header (person, month, plan and version, target, credited won, completion,
// status), the pay components with the total, then every credited deal, receipt and write-off
// (DEFINITIONS.md §14). `company` heads every page.
ReportDocument statementReportDocument(const analytics::Statement &statement, const QString &company,
                                       const QString &currency, const QLocale &locale = QLocale());

} // namespace fd::report
