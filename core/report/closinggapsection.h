#pragma once

#include "reportdocument.h"

#include "analytics/gapclosing.h"

#include <QLocale>

namespace fd::report {

// Appends the "Closing the gap" (如何补齐差距) section of a forecast's gap to a report
// document: wins needed, deals needed per stage, and the open deals that would close it;
// a single sentence when there is no gap to close (ahead, no target, period over).
void addClosingGapSection(ReportDocument &doc, const analytics::GapClosing &gap, const QString &currency,
                          const QLocale &locale);

} // namespace fd::report
