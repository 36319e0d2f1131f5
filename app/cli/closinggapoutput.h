#pragma once

#include "analytics/gapclosing.h"

#include <QJsonObject>
#include <QTextStream>

namespace fd::cliopts {

// "closing_gap" of `forecast --json` (DEFINITIONS.md §13).
QJsonObject closingGapJson(const analytics::GapClosing &gap);
// The "Closing the gap" block of the forecast's text output.
void printClosingGap(QTextStream &out, const analytics::GapClosing &gap);

} // namespace fd::cliopts
